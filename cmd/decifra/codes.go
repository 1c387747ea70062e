package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
	"github.com/decifra/decifra/web/ui"
)

const codesUsage = `usage: decifra codes [flags] [PROVIDER [CODE]]

Browses the catalog: every provider with its number of codes; one provider's codes
with status, retry strategy and title; or one code explained, as if it had been pasted.

  decifra codes
  decifra codes stripe
  decifra codes stripe card_declined
  decifra codes --export stripe > stripe.catalog.json

Flags:
`

// codesLabels are the words of the code tables, which the UI table (web/ui) has no use
// for elsewhere.
var codesLabels = map[string]catalog.Text{
	"id":        catalog.T("ID", "ID", "ID"),
	"codes":     catalog.T("Codes", "Códigos", "Códigos"),
	"title":     catalog.T("Title", "Título", "Título"),
	"status":    catalog.T("Status", "Status", "Status"),
	"total":     catalog.T("{providers} providers, {codes} codes", "{providers} provedores, {codes} códigos", "{providers} proveedores, {codes} códigos"),
	"from":      catalog.T("from {file}", "de {file}", "de {file}"),
	"overrides": catalog.T("{file} first, then the built-in codes", "{file} primeiro, depois os códigos embutidos", "{file} primero, después los códigos incorporados"),
	"count":     catalog.T("{n} codes", "{n} códigos", "{n} códigos"),
}

func label(lang catalog.Lang, key string, kv ...string) string {
	return ui.Fill(codesLabels[key].In(lang), kv...)
}

// stringList is a flag that may be given more than once.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ", ") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// parseInterspersed parses flags wherever they are among the arguments
// ("decifra codes stripe --json"), and returns the other arguments.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return rest, nil
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// loadCatalogs reads --catalog files: a portal's own providers, consulted before the
// built-in ones. A catalog that does not parse, or a second one with an id already
// taken, is an error naming every problem.
func loadCatalogs(files []string) ([]*catalog.Provider, error) {
	var out []*catalog.Provider
	for _, name := range files {
		data, err := readCatalogFile(name)
		if err != nil {
			return nil, err
		}
		p, err := catalog.ParseCatalog(data, name)
		if err != nil {
			return nil, err
		}
		for _, q := range out {
			if q.ID() == p.ID() {
				return nil, fmt.Errorf("%s: the id %q is %s's already; one catalog per provider", name, p.ID(), q.Origin())
			}
		}
		out = append(out, p)
	}
	return out, nil
}

// readCatalogFile reads a catalog, or standard input for "-"; a file past
// MaxCatalogBytes is refused before it is read, with the problem ParseCatalog would give.
func readCatalogFile(name string) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(io.LimitReader(os.Stdin, catalog.MaxCatalogBytes+1))
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("cannot read the catalog %s: %w", name, errors.Unwrap(err))
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, fmt.Errorf("the catalog %s is a directory, not a file", name)
	}
	if st.Size() > catalog.MaxCatalogBytes {
		return nil, &catalog.CatalogError{Origin: name, Problems: []catalog.Problem{{
			Expected: "a catalog of at most " + strconv.Itoa(catalog.MaxCatalogBytes) + " bytes (2 MiB)",
			Found:    strconv.FormatInt(st.Size(), 10) + " bytes"}}}
	}
	return io.ReadAll(io.LimitReader(f, catalog.MaxCatalogBytes+1))
}

// reportCatalogError prints a catalog's problems, one a line.
func reportCatalogError(stderr io.Writer, err error) {
	var ce *catalog.CatalogError
	if errors.As(err, &ce) {
		fmt.Fprintln(stderr, "decifra: the catalog "+ce.Origin+" has "+plural(len(ce.Problems), "problem")+":")
		fmt.Fprintln(stderr, err)
		return
	}
	fmt.Fprintf(stderr, "decifra: %v\n", err)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// runCodes is `decifra codes`.
func runCodes(args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	fs := flag.NewFlagSet("decifra codes", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, codesUsage)
		fs.PrintDefaults()
	}
	asJSON := fs.Bool("json", false, "print JSON: the providers, a provider's codes, or the explanation (the v1 contract)")
	langFlag := fs.String("lang", "", "language: en, pt-BR or es (default from LC_ALL, LC_MESSAGES or LANG)")
	export := fs.String("export", "", "print the provider with this id in the custom catalog format (decifra-catalog.schema.json)")
	var catalogs stringList
	fs.Var(&catalogs, "catalog", "a custom catalog `FILE`, consulted before the built-in ones (repeatable)")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitExplained
		}
		return exitUsage
	}
	lang, ok := chooseLang(*langFlag, getenv)
	if !ok {
		fmt.Fprintf(stderr, "decifra: --lang must be en, pt-BR or es, got %q\n", *langFlag)
		return exitUsage
	}
	custom, err := loadCatalogs(catalogs)
	if err != nil {
		reportCatalogError(stderr, err)
		return exitUsage
	}
	width := 80
	if w := getenv("COLUMNS"); w != "" {
		fmt.Sscan(w, &width)
	}
	tableWidth := 0 // a table is cut to the terminal's width; piped, it is whole
	if getenv("COLUMNS") != "" || isTerminal(stdout) {
		tableWidth = width
	}
	switch {
	case *export != "":
		if len(rest) > 0 {
			fmt.Fprintln(stderr, "decifra: --export takes the provider's id, and no other argument")
			return exitUsage
		}
		return exportProvider(*export, custom, stdout, stderr)
	case len(rest) == 0:
		listProviders(custom, lang, *asJSON, stdout)
		return exitExplained
	case len(rest) == 1:
		return listCodes(rest[0], custom, lang, *asJSON, tableWidth, stdout, stderr)
	case len(rest) == 2:
		x, err := decode.ExplainCode(rest[0], rest[1], decode.Options{Lang: lang, Catalogs: custom})
		if err != nil {
			fmt.Fprintf(stderr, "decifra: %v\n", err)
			return exitNoError
		}
		if *asJSON {
			writeJSON(stdout, x)
		} else {
			render(stdout, x, lang, getenv("NO_COLOR") == "" && isTerminal(stdout), width)
		}
		return exitExplained
	}
	fmt.Fprintf(stderr, "decifra: codes takes a provider and a code at most, got %d arguments\n", len(rest))
	return exitUsage
}

// providerRow is one provider as `decifra codes --json` lists it.
type providerRow struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Codes   int    `json:"codes"`
	DocsURL string `json:"docsUrl"`
	// Origin is the custom catalog the provider comes from; absent for a built-in one.
	Origin string `json:"origin,omitempty"`
	p      *catalog.Provider
}

// providerRows lists the custom catalogs' providers first, as decode consults them, then
// the built-in ones; a catalog that overrides a built-in provider stands in its place.
func providerRows(custom []*catalog.Provider, lang catalog.Lang) []providerRow {
	var rows []providerRow
	over := map[string]*catalog.Provider{}
	for _, p := range custom {
		if catalog.ByID(p.ID()) != nil {
			over[p.ID()] = p
			continue
		}
		rows = append(rows, providerRow{ID: p.ID(), Name: p.Name(lang), Codes: p.Len(), DocsURL: p.DocsURL(), Origin: p.Origin(), p: p})
	}
	for _, p := range catalog.Providers() {
		r := providerRow{ID: p.ID(), Name: p.Name(lang), Codes: p.Len(), DocsURL: p.DocsURL(), p: p}
		if c := over[p.ID()]; c != nil {
			r.Codes = len(slices.Collect(c.WithBuiltIn()))
			r.Origin = c.Origin()
			if c.DocsURL() != "" {
				r.DocsURL = c.DocsURL()
			}
		}
		rows = append(rows, r)
	}
	return rows
}

func listProviders(custom []*catalog.Provider, lang catalog.Lang, asJSON bool, w io.Writer) {
	rows := providerRows(custom, lang)
	if asJSON {
		writeJSON(w, rows)
		return
	}
	cells := [][]string{{label(lang, "id"), ui.T(lang, "provider"), label(lang, "codes"), ui.T(lang, "docs_cli")}}
	total := 0
	for _, r := range rows {
		name := r.Name
		if r.Origin != "" {
			name += " (" + label(lang, "from", "file", r.Origin) + ")"
		}
		cells = append(cells, []string{r.ID, name, strconv.Itoa(r.Codes), r.DocsURL})
		total += r.Codes
	}
	table(w, cells, []bool{false, false, true, false}, 0) // a URL cut is no URL
	fmt.Fprintln(w, label(lang, "total", "providers", strconv.Itoa(len(rows)), "codes", strconv.Itoa(total)))
}

// codeRow is one code as `decifra codes PROVIDER --json` lists it.
type codeRow struct {
	Code     string           `json:"code"`
	Context  string           `json:"context,omitempty"`
	Status   int              `json:"status,omitempty"`
	Category catalog.Category `json:"category"`
	Strategy catalog.Strategy `json:"strategy"`
	Title    string           `json:"title"`
}

func listCodes(id string, custom []*catalog.Provider, lang catalog.Lang, asJSON bool, width int, w, stderr io.Writer) int {
	var p *catalog.Provider
	var ids []string
	for _, r := range providerRows(custom, lang) {
		ids = append(ids, r.ID)
		if r.ID == strings.ToLower(strings.TrimSpace(id)) {
			p = r.p
			for _, c := range custom {
				if c.ID() == r.ID {
					p = c
				}
			}
		}
	}
	if p == nil {
		fmt.Fprintf(stderr, "decifra: %v\n", &decode.UnknownCodeError{Provider: id, Closest: decode.Closest(id, ids, 3)})
		return exitNoError
	}
	entries := slices.Collect(p.WithBuiltIn())
	rows := make([]codeRow, len(entries))
	for i, e := range entries {
		rows[i] = codeRow{Code: e.Code, Context: e.Context, Status: e.Status, Category: e.Category, Strategy: e.Retry, Title: e.Title.In(lang)}
	}
	if asJSON {
		writeJSON(w, struct {
			ID      string    `json:"id"`
			Name    string    `json:"name"`
			DocsURL string    `json:"docsUrl"`
			Origin  string    `json:"origin,omitempty"`
			Codes   []codeRow `json:"codes"`
		}{p.ID(), p.Name(lang), p.DocsURL(), p.Origin(), rows})
		return exitExplained
	}
	head := p.Name(lang) + " (" + p.ID() + ") · " + label(lang, "count", "n", strconv.Itoa(len(rows)))
	switch {
	case p.Origin() != "" && catalog.ByID(p.ID()) != nil:
		head += " · " + label(lang, "overrides", "file", p.Origin())
	case p.Origin() != "":
		head += " · " + label(lang, "from", "file", p.Origin())
	}
	fmt.Fprintln(w, head)
	if p.DocsURL() != "" {
		fmt.Fprintln(w, p.DocsURL())
	}
	fmt.Fprintln(w)
	cells := [][]string{{ui.T(lang, "code"), label(lang, "status"), ui.T(lang, "retry"), label(lang, "title")}}
	for _, r := range rows {
		code := r.Code
		if r.Context != "" {
			code += " [" + r.Context + "]"
		}
		status := ""
		if r.Status != 0 {
			status = strconv.Itoa(r.Status)
		}
		cells = append(cells, []string{code, status, ui.Strategy(lang, r.Strategy), r.Title})
	}
	table(w, cells, []bool{false, true, false, false}, width)
	return exitExplained
}

// table prints rows in aligned columns, the first row as the header; right marks the
// columns aligned right. With a width (a terminal's), the last column is cut to it. The
// first column is at most 40 runes wide: a longer cell gets a line of its own.
func table(w io.Writer, rows [][]string, right []bool, width int) {
	cols := len(rows[0])
	widths := make([]int, cols)
	for _, r := range rows {
		for i, c := range r {
			n := utf8.RuneCountInString(c)
			if i == 0 {
				n = min(n, 40)
			}
			widths[i] = max(widths[i], n)
		}
	}
	for _, r := range rows {
		var b strings.Builder
		used := 0
		for i, c := range r {
			if i == cols-1 {
				if width > 0 {
					c = cut(c, max(width-used, 20))
				}
				b.WriteString(c)
				break
			}
			pad := strings.Repeat(" ", max(0, widths[i]-utf8.RuneCountInString(c)))
			if i == 0 && utf8.RuneCountInString(c) > widths[0] { // a long code gets a line of its own
				pad = "\n" + strings.Repeat(" ", widths[0])
			}
			if right[i] {
				b.WriteString(pad + c)
			} else {
				b.WriteString(c + pad)
			}
			b.WriteString("  ")
			used += widths[i] + 2
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

// cut shortens s to n runes, with an ellipsis.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

func exportProvider(id string, custom []*catalog.Provider, stdout, stderr io.Writer) int {
	id = strings.ToLower(strings.TrimSpace(id))
	var p *catalog.Provider
	for _, c := range custom {
		if c.ID() == id {
			p = c
			break
		}
	}
	if p == nil {
		p = catalog.ByID(id)
	}
	if p == nil {
		ids := catalog.IDs()
		for _, c := range custom {
			ids = append(ids, c.ID())
		}
		fmt.Fprintf(stderr, "decifra: %v\n", &decode.UnknownCodeError{Provider: id, Closest: decode.Closest(id, ids, 3)})
		return exitNoError
	}
	data, err := catalog.ExportCatalog(p)
	if err != nil {
		fmt.Fprintf(stderr, "decifra: %v\n", err)
		return exitNoError
	}
	stdout.Write(data)
	return exitExplained
}
