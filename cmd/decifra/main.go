// Command decifra explains a payment API's error response: which provider sent it, what
// it means, how to fix it, and whether, when and how to retry.
//
//	curl -si https://api.example.com/… | decifra
//	decifra --json error.txt
//
// Exit status: 0 explained, 1 nothing recognisable in the input, 2 usage.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
)

const usage = `usage: decifra [flags] [FILE]
       decifra codes [flags] [PROVIDER [CODE]]
       decifra catalog check|import ...

Explains a payment API's error response. Reads FILE, or standard input when FILE is
absent or "-": a JSON body, curl -i / -v output, a HAR file, a log line or stack trace.

  curl -si https://api.example.com/v1/charges | decifra
  decifra --json --lang pt-BR error.txt
  decifra --catalog my-api.json error.txt

decifra codes browses the catalog; decifra catalog checks or imports a custom catalog
(decifra codes -h, decifra catalog -h).

Flags:
`

// Exit statuses.
const (
	exitExplained = 0
	exitNoError   = 1
	exitUsage     = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv, time.Now()))
}

// run is the whole command, with its world passed in so tests can drive it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string, now time.Time) int {
	if len(args) > 0 && args[0] == "codes" { // subcommands: codes.go, catalogcmd.go
		return runCodes(args[1:], stdout, stderr, getenv)
	} else if len(args) > 0 && args[0] == "catalog" {
		return runCatalog(args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("decifra", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	asJSON := fs.Bool("json", false, "print the explanation as JSON (the v1 contract)")
	langFlag := fs.String("lang", "", "language: en, pt-BR or es (default from LC_ALL, LC_MESSAGES or LANG)")
	nowFlag := fs.String("now", "", "reference time for dates in the paste, RFC 3339 (default: the current time)")
	provider := fs.String("provider", "", "a provider id to favour when the paste is ambiguous")
	colorFlag := fs.String("color", "auto", "colour the output: auto, always or never (NO_COLOR is honoured)")
	all := fs.Bool("all", false, "explain every error in the input (a HAR, a log excerpt, a curl -v session); with --json, an array")
	var catalogs stringList
	fs.Var(&catalogs, "catalog", "a custom catalog `FILE` (decifra-catalog.schema.json), consulted before the built-in ones (repeatable)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitExplained
		}
		return exitUsage
	}
	if fs.NArg() > 1 {
		fmt.Fprintf(stderr, "decifra: one FILE at most, got %d\n", fs.NArg())
		return exitUsage
	}
	lang, ok := chooseLang(*langFlag, getenv)
	if !ok {
		fmt.Fprintf(stderr, "decifra: --lang must be en, pt-BR or es, got %q\n", *langFlag)
		return exitUsage
	}
	if *nowFlag != "" {
		t, err := time.Parse(time.RFC3339, *nowFlag)
		if err != nil {
			fmt.Fprintf(stderr, "decifra: --now must be an RFC 3339 time such as 2026-01-02T15:04:05Z, got %q\n", *nowFlag)
			return exitUsage
		}
		now = t
	}
	custom, err := loadCatalogs(catalogs)
	if err != nil {
		reportCatalogError(stderr, err)
		return exitUsage
	}
	if *provider != "" && catalog.ByID(*provider) == nil && !slices.ContainsFunc(custom, func(p *catalog.Provider) bool { return p.ID() == *provider }) {
		fmt.Fprintf(stderr, "decifra: unknown --provider %q; known: %s\n", *provider, providerIDs())
		return exitUsage
	}
	var color bool
	switch *colorFlag {
	case "auto":
		color = getenv("NO_COLOR") == "" && isTerminal(stdout)
	case "always":
		color = true
	case "never":
	default:
		fmt.Fprintf(stderr, "decifra: --color must be auto, always or never, got %q\n", *colorFlag)
		return exitUsage
	}

	input, err := readInput(fs.Arg(0), stdin, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "decifra: %v\n", err)
		return exitUsage
	}
	opts := decode.Options{Lang: lang, Now: now, Provider: *provider, Catalogs: custom}
	var xs []*decode.Explanation
	if *all {
		xs, err = decode.ExplainAll(input, opts)
	} else {
		var x *decode.Explanation
		if x, err = decode.Explain(input, opts); err == nil {
			xs = []*decode.Explanation{x}
		}
	}
	var nf *decode.NoErrorFoundError
	if errors.As(err, &nf) {
		if *asJSON {
			writeJSON(stdout, nf.Body())
		} else {
			fmt.Fprintf(stderr, "decifra: %v\n", nf)
		}
		return exitNoError
	}
	if err != nil { // Explain returns no other error; keep the promise of exit 1 anyway
		fmt.Fprintf(stderr, "decifra: %v\n", err)
		return exitNoError
	}
	switch {
	case *asJSON && *all:
		writeJSON(stdout, xs)
	case *asJSON:
		writeJSON(stdout, xs[0])
	default:
		width := 80
		if w := getenv("COLUMNS"); w != "" {
			fmt.Sscan(w, &width)
		}
		for i, x := range xs {
			if len(xs) > 1 {
				if i > 0 {
					fmt.Fprintln(stdout)
				}
				fmt.Fprintf(stdout, "── %d/%d %s\n", i+1, len(xs), strings.Repeat("─", max(0, min(width, 80)-8)))
			}
			render(stdout, x, lang, color, width)
		}
	}
	return exitExplained
}

func writeJSON(w io.Writer, v any) {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// chooseLang takes --lang, else the POSIX locale variables in their order of precedence.
func chooseLang(flagValue string, getenv func(string) string) (catalog.Lang, bool) {
	if flagValue != "" {
		switch strings.ToLower(flagValue) {
		case "en", "en-us", "en-gb":
			return catalog.English, true
		case "pt-br", "pt", "pt_br":
			return catalog.Portuguese, true
		case "es", "es-419", "es-mx", "es-ar", "es-co", "es-cl", "es_mx":
			return catalog.Spanish, true
		}
		return "", false
	}
	for _, v := range [...]string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := getenv(v); s != "" {
			return catalog.ParseLang(s), true
		}
	}
	return catalog.English, true
}

func providerIDs() string { return strings.Join(catalog.IDs(), ", ") }

// readInput reads at most MaxInput+1 bytes: enough for Explain to say the paste was cut,
// never unbounded (`yes | decifra` must not hang).
func readInput(name string, stdin io.Reader, stderr io.Writer) ([]byte, error) {
	r := stdin
	if name != "" && name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %w", name, errors.Unwrap(err))
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, fmt.Errorf("%s is a directory, not a file", name)
		}
		r = f
	} else if f, ok := stdin.(*os.File); ok && isTerminal(f) {
		fmt.Fprintln(stderr, "decifra: reading the error from the terminal; paste it, then press Ctrl-D (decifra -h for help)")
	}
	return io.ReadAll(io.LimitReader(r, decode.MaxInput+1))
}

func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
