package catimport

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"

	"github.com/decifra/decifra/catalog"
)

// Options name the catalog an import writes.
type Options struct {
	// Origin names the document (its file name or URL): codes cite it as their source.
	Origin string
	// ID is the provider id; "" derives one from the document's title.
	ID string
	// Name is the provider's name; "" takes the document's title.
	Name string
	// Lang is the language the document's prose is written in; "" guesses it from the
	// prose. A document not in English has its texts copied into English and its own
	// language, and a gap says the English needs translating.
	Lang catalog.Lang
}

// Result is an imported catalog.
type Result struct {
	// Catalog is the catalog in decifra's format, as catalog.ExportCatalog writes it; it
	// passes catalog.ParseCatalog.
	Catalog []byte
	// Provider is the catalog, parsed.
	Provider *catalog.Provider
	// Found counts the codes by where they were found ("response schema enum",
	// "response example", "x-error-codes", "description", "errors file"); a code found
	// in two kinds of place counts in both.
	Found map[string]int
	// Gaps list what the document did not say, by catalog member.
	Gaps []Gap
}

// Gap is a member the import left empty or guessed for some codes.
type Gap struct {
	Field string   // the catalog member: "meaning", "fix", "category", "status" …
	Note  string   // what is missing, and what the import did instead
	Codes []string // the codes concerned; none when it is the catalog's own member
}

func (g Gap) String() string {
	s := g.Field + ": " + g.Note
	if n := len(g.Codes); n > 0 {
		s += " (" + strconv.Itoa(n) + " code"
		if n > 1 {
			s += "s"
		}
		var shown []string
		for _, c := range g.Codes[:min(n, 5)] {
			shown = append(shown, shortCode(c))
		}
		s += ": " + strings.Join(shown, ", ")
		if n > len(shown) {
			s += ", …"
		}
		s += ")"
	}
	return s
}

// Import reads an OpenAPI 3 document or an API Evangelist-style errors file, whichever
// data is.
func Import(data []byte, opts Options) (*Result, error) {
	doc, err := decode(data)
	if err != nil {
		return nil, err
	}
	if _, ok := doc["openapi"]; ok {
		return fromOpenAPI(doc, opts)
	}
	if _, ok := doc["swagger"]; ok {
		return nil, errors.New("a Swagger 2.0 document: convert it to OpenAPI 3 first (for instance with swagger2openapi)")
	}
	return fromErrorsFile(doc, opts)
}

// maxInput bounds a document: the largest public OpenAPI documents are a few MB.
const maxInput = 32 << 20

// decode parses YAML or JSON into plain maps with string keys (YAML allows 400: as a key).
func decode(data []byte) (map[string]any, error) {
	if len(data) > maxInput {
		return nil, fmt.Errorf("the document is %d bytes; at most %d are read", len(data), maxInput)
	}
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		return nil, fmt.Errorf("neither YAML nor JSON: %w", err)
	}
	m, ok := plain(v).(map[string]any)
	if !ok {
		return nil, errors.New("the document is not a mapping: want an OpenAPI 3 document or an errors file")
	}
	return m, nil
}

func plain(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = plain(e)
		}
		return x
	case map[any]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[fmt.Sprint(k)] = plain(e)
		}
		return m
	case []any:
		for i, e := range x {
			x[i] = plain(e)
		}
		return x
	}
	return v
}

// code is one code as the import learns it, from however many places.
type code struct {
	code     string
	context  string
	statuses []int
	// statusSure is true when the statuses come from something said of this code (an
	// example, an extension, its section), false when from a schema shared by codes.
	statusSure bool
	title      string
	meaning    string
	fix        []string
	category   catalog.Category
	retry      catalog.Strategy
	source     string
	from       string // where it was first found (a key of Result.Found)
	// titleFrom and meaningFrom say where the title and meaning came from: "" the
	// document's words for them; otherwise a note for the gaps.
	titleFrom, meaningFrom string
}

// builder gathers codes in the order they are found.
type builder struct {
	opts   Options
	codes  []*code
	byCode map[string]*code
	found  map[string]int
	seen   map[string]map[string]bool // the codes found in each kind of place
	gaps   []Gap
	prose  strings.Builder // the document's prose, to guess its language

	// the provider
	name, docsURL, source, idempotencyHeader string
	hosts                                    []string
	body                                     map[string][]string
}

func newBuilder(opts Options) *builder {
	return &builder{opts: opts, byCode: map[string]*code{}, found: map[string]int{}, seen: map[string]map[string]bool{}, body: map[string][]string{}}
}

// add records a code, or merges what is new about one already found.
func (b *builder) add(c code) *code {
	c.code = strings.TrimSpace(c.code)
	if c.code == "" || len(c.code) > 200 {
		return nil
	}
	key := c.context + "\x00" + shortCode(c.code)
	if b.seen[c.from] == nil {
		b.seen[c.from] = map[string]bool{}
	}
	if !b.seen[c.from][key] {
		b.seen[c.from][key] = true
		b.found[c.from]++
	}
	old, ok := b.byCode[key]
	if !ok {
		cp := c
		b.codes = append(b.codes, &cp)
		b.byCode[key] = &cp
		return &cp
	}
	if strings.Contains(c.code, "://") && !strings.Contains(old.code, "://") {
		old.code = c.code // a problem type named bare before, now seen whole
	}
	switch {
	case c.statusSure && !old.statusSure: // a statement about this code beats a schema's statuses
		old.statuses, old.statusSure = c.statuses, true
	case c.statusSure == old.statusSure:
		for _, s := range c.statuses {
			if !slices.Contains(old.statuses, s) {
				old.statuses = append(old.statuses, s)
			}
		}
	}
	if old.title == "" || old.titleFrom != "" && c.title != "" && c.titleFrom == "" {
		old.title, old.titleFrom = c.title, c.titleFrom
	}
	if old.meaning == "" || old.meaningFrom != "" && c.meaning != "" && c.meaningFrom == "" {
		old.meaning, old.meaningFrom = c.meaning, c.meaningFrom
	}
	if len(old.fix) == 0 {
		old.fix = c.fix
	}
	if old.category == "" {
		old.category = c.category
	}
	if old.retry == "" {
		old.retry = c.retry
	}
	return old
}

// shortCode is a problem type URI's last segment, the name its prose uses; other codes
// are themselves.
func shortCode(c string) string {
	if i := strings.LastIndexByte(c, '/'); i >= 0 && strings.Contains(c, "://") {
		return c[i+1:]
	}
	return c
}

// gap records a gap for the codes of which missing reports true.
func (b *builder) gap(field, note string, missing func(*code) bool) {
	var codes []string
	for _, c := range b.codes {
		if missing(c) {
			codes = append(codes, c.code)
		}
	}
	if len(codes) > 0 {
		b.gaps = append(b.gaps, Gap{Field: field, Note: note, Codes: codes})
	}
}

// finish guesses what the document left out, reports it, and writes the catalog.
func (b *builder) finish(title string) (*Result, error) {
	if len(b.codes) == 0 {
		return nil, errors.New("no error codes found: the document has no enum of codes in its error responses' schemas, no error examples with a code, no x-error-codes or x-errors, and no error sections in its descriptions")
	}
	lang := b.opts.Lang
	if lang == "" {
		lang = guessLang(b.prose.String())
	}
	for _, c := range b.codes {
		slices.Sort(c.statuses)
		c.title = strings.TrimSuffix(c.title, ".")
		switch short := strings.TrimSuffix(c.meaning, "."); {
		case c.title != "":
		case c.meaningFrom == "" && short != "" && len([]rune(short)) <= 48 && !strings.Contains(short, ". "):
			c.title, c.titleFrom = short, "meaning" // "Requisição inválida." says it better than RequisicaoInvalida
		default:
			c.title, c.titleFrom = humanize(c.code), "name"
		}
	}
	b.gap("title", "made from the code's name: write a short title", func(c *code) bool { return c.titleFrom == "name" })
	b.gap("title", "the meaning, which is short: check it", func(c *code) bool { return c.titleFrom == "meaning" })
	b.gap("meaning", "taken from an example's message, which may describe one occurrence: check it", func(c *code) bool { return c.meaningFrom == "example" })
	b.gap("meaning", "the document does not say: write what the error means", func(c *code) bool { return c.meaning == "" })
	b.gap("fix", "the document does not say: write the steps that resolve the error", func(c *code) bool { return len(c.fix) == 0 })
	b.gap("status", "the document serves the code under several statuses: left out", func(c *code) bool { return len(c.statuses) > 1 })
	b.gap("status", "the document ties no HTTP status to the code: left out", func(c *code) bool { return len(c.statuses) == 0 })
	var fromStatus, fromName, fromNothing []string
	for _, c := range b.codes {
		if c.category != "" {
			continue
		}
		switch cat, how := guessCategory(c); how {
		case "status":
			c.category = cat
			fromStatus = append(fromStatus, c.code)
		case "name":
			c.category = cat
			fromName = append(fromName, c.code)
		default:
			c.category = cat
			fromNothing = append(fromNothing, c.code)
		}
	}
	for _, g := range []Gap{
		{"category", "guessed from the HTTP status: check it", fromStatus},
		{"category", "guessed from the code's name: check it", fromName},
		{"category", "nothing to guess from: set to " + string(catalog.Business) + ", check it", fromNothing},
	} {
		if len(g.Codes) > 0 {
			b.gaps = append(b.gaps, g)
		}
	}
	b.gap("retry", "guessed from the category: check it", func(c *code) bool {
		if c.retry != "" {
			return false
		}
		c.retry = retryFor(c.category)
		return true
	})

	id, name := b.opts.ID, b.opts.Name
	if name == "" {
		name = strings.TrimSpace(title)
	}
	if name == "" {
		name = "My API"
		b.gaps = append(b.gaps, Gap{Field: "name", Note: "the document has no title: set to \"My API\""})
	}
	if id == "" {
		id = slug(name)
	}
	doc := map[string]any{"version": catalog.FormatVersion, "id": id, "name": name}
	if catalog.ByID(id) != nil {
		doc["overrides"] = true
		b.gaps = append(b.gaps, Gap{Field: "overrides", Note: "the id " + id + " is a built-in provider's: set to true, so the catalog's codes come first"})
	}
	if b.docsURL != "" {
		doc["docsUrl"] = b.docsURL
	}
	if len(b.hosts) > 0 {
		doc["hosts"] = b.hosts
	} else {
		b.gaps = append(b.gaps, Gap{Field: "hosts", Note: "the document's servers name no real API host: add yours, a strong sign that an error is this API's"})
	}
	if b.idempotencyHeader != "" {
		doc["idempotencyHeader"] = b.idempotencyHeader
	}
	if b.source != "" {
		doc["source"] = b.source
	}
	if len(b.body) > 0 {
		doc["body"] = b.body
	}
	if len(b.body["envelope"]) == 0 {
		b.gaps = append(b.gaps, Gap{Field: "body.envelope", Note: "no members only this API's error bodies have: name some, or bodies are told apart by host and code only"})
	}
	if lang != catalog.English {
		b.gaps = append(b.gaps, Gap{Field: "texts", Note: "the document is in " + langName(lang) + ": its words are copied as the English text too; translate them"})
	}
	text := func(s string) any {
		if lang == catalog.English {
			return s
		}
		return map[string]string{"en": s, string(lang): s}
	}
	var codes []map[string]any
	for _, c := range b.codes {
		m := map[string]any{"code": c.code, "category": c.category, "retry": c.retry, "title": text(c.title)}
		if c.context != "" {
			m["context"] = c.context
		}
		if len(c.statuses) == 1 && c.statuses[0] >= 100 && c.statuses[0] <= 599 {
			m["status"] = c.statuses[0]
		}
		if c.meaning != "" {
			m["meaning"] = text(c.meaning)
		}
		if len(c.fix) > 0 {
			var fix []any
			for _, f := range c.fix {
				fix = append(fix, text(f))
			}
			m["fix"] = fix
		}
		if c.source != "" {
			m["source"] = c.source
		}
		codes = append(codes, m)
	}
	doc["codes"] = codes
	raw, err := json.Marshal(doc)
	if err != nil {
		return nil, err
	}
	p, err := catalog.ParseCatalog(raw, b.opts.Origin)
	if err != nil { // the import wrote something its own format refuses: a bug here
		return nil, fmt.Errorf("catimport wrote a catalog that does not parse: %w", err)
	}
	out, err := catalog.ExportCatalog(p)
	if err != nil {
		return nil, err
	}
	return &Result{Catalog: out, Provider: p, Found: b.found, Gaps: b.gaps}, nil
}

// clean makes a document's text a catalog text: Markdown emphasis and links dropped,
// spaces collapsed, control characters (which ParseCatalog refuses) removed.
func clean(s string) string {
	s = strings.NewReplacer("__", "", "**", "", "`", "").Replace(s)
	s = mdLink.ReplaceAllString(s, "$1")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == 0x2028 || r == 0x2029 {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// humanize makes a title of a code's name: dailyVolumeLimitExceeded, SV_INSUFFICIENT_FUNDS
// and card-declined become "Daily volume limit exceeded", "Sv insufficient funds" and
// "Card declined".
func humanize(name string) string {
	if i := strings.LastIndexByte(name, '/'); i >= 0 && i < len(name)-1 {
		name = name[i+1:] // a problem type URI
	}
	var words []string
	var w []rune
	rs := []rune(name)
	flush := func() {
		if len(w) > 0 {
			words = append(words, strings.ToLower(string(w)))
			w = w[:0]
		}
	}
	for i, r := range rs {
		switch {
		case r == '_' || r == '-' || r == '.' || r == ' ':
			flush()
			continue
		case unicode.IsUpper(r) && i > 0 && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1])):
			flush()
		}
		w = append(w, r)
	}
	flush()
	if len(words) == 0 {
		return name
	}
	s := strings.Join(words, " ")
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// slug makes a provider id of a name: "API Pix" is api-pix.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case b.Len() > 0 && !dash:
			b.WriteByte('-')
			dash = true
		}
	}
	s := strings.Trim(b.String(), "-")
	if len(s) > 40 {
		s = strings.TrimRight(s[:40], "-")
	}
	if len(s) < 2 || s[0] < 'a' || s[0] > 'z' {
		s = "api-" + s
		s = strings.TrimRight(s[:min(len(s), 40)], "-")
	}
	return s
}

// guessLang guesses the language of prose from its commonest words.
func guessLang(s string) catalog.Lang {
	s = " " + strings.ToLower(strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }), " ")) + " "
	score := func(words ...string) int {
		n := 0
		for _, w := range words {
			n += strings.Count(s, " "+w+" ")
		}
		return n
	}
	en := score("the", "is", "of", "to", "and", "an", "this", "with", "be")
	pt := score("não", "do", "da", "uma", "são", "ao", "pelo", "pela", "deve", "está", "cobrança")
	es := score("el", "los", "las", "del", "una", "es", "está", "pero", "debe", "solicitud")
	switch {
	case pt > en && pt > es:
		return catalog.Portuguese
	case es > en && es > pt:
		return catalog.Spanish
	}
	return catalog.English
}

func langName(l catalog.Lang) string {
	switch l {
	case catalog.Portuguese:
		return "Portuguese"
	case catalog.Spanish:
		return "Spanish"
	}
	return "English"
}

// guessCategory guesses a code's category from its status, else from its name; how says
// which ("status", "name", or "" for the fallback).
func guessCategory(c *code) (catalog.Category, string) {
	if len(c.statuses) == 1 {
		if cat := categoryOfStatus(c.statuses[0]); cat != "" {
			return cat, "status"
		}
	}
	n := strings.ToLower(strings.NewReplacer("_", "", "-", "", " ", "").Replace(humanize(c.code)))
	for _, k := range nameCategories {
		for _, w := range k.words {
			if strings.Contains(n, w) {
				return k.category, "name"
			}
		}
	}
	if len(c.statuses) > 0 { // several statuses of one class
		if cat := categoryOfStatus(c.statuses[0]); cat != "" && (c.statuses[0] >= 500) == (c.statuses[len(c.statuses)-1] >= 500) {
			return cat, "status"
		}
	}
	return catalog.Business, ""
}

// nameCategories are words in code names (English, Portuguese, Spanish) and the category
// they suggest, the more specific first.
var nameCategories = []struct {
	words    []string
	category catalog.Category
}{
	{[]string{"ratelimit", "toomany", "throttl", "quota"}, catalog.RateLimit},
	{[]string{"timeout", "timedout", "tempoesgotado"}, catalog.Timeout},
	{[]string{"unavailable", "indisponivel", "nodisponible", "maintenance", "manutencao"}, catalog.Unavailable},
	{[]string{"duplicate", "duplicad", "alreadyexists", "jaexiste", "conflict", "conflito"}, catalog.Conflict},
	{[]string{"notfound", "naoencontrad", "noencontrad", "unknown", "identifier", "removido", "gone"}, catalog.NotFound},
	{[]string{"unauthori", "authentication", "apikey", "credential", "token", "naoautorizad"}, catalog.Authentication},
	{[]string{"authoris", "authoriz", "forbidden", "permission", "negado", "mandate", "notpermitted", "notallowed", "blocked", "bloquead", "suspended", "suspens", "inactive"}, catalog.Authorization},
	{[]string{"state", "expired", "expirad", "vencid", "cancel", "alreadypaid"}, catalog.StateCategory},
	{[]string{"format", "length", "mandatory", "required", "missing", "invalid", "invalida", "negative", "schema", "malformed"}, catalog.Validation},
	{[]string{"internal", "interno", "servererror", "generic"}, catalog.Internal},
	{[]string{"limit", "exceeded", "insufficient", "declined", "notsupported", "balance", "funds"}, catalog.Business},
}

func categoryOfStatus(s int) catalog.Category {
	switch s {
	case 400, 422:
		return catalog.Validation
	case 401:
		return catalog.Authentication
	case 403:
		return catalog.Authorization
	case 404, 410:
		return catalog.NotFound
	case 409:
		return catalog.Conflict
	case 402:
		return catalog.Business
	case 412:
		return catalog.StateCategory
	case 429:
		return catalog.RateLimit
	case 500:
		return catalog.Internal
	case 502:
		return catalog.Upstream
	case 503:
		return catalog.Unavailable
	case 504:
		return catalog.Timeout
	}
	return ""
}

// retryFor is the strategy a category usually calls for.
func retryFor(c catalog.Category) catalog.Strategy {
	switch c {
	case catalog.Conflict, catalog.StateCategory:
		return catalog.None
	case catalog.RateLimit:
		return catalog.Wait
	case catalog.Upstream, catalog.Unavailable:
		return catalog.Backoff
	case catalog.Timeout, catalog.Internal:
		return catalog.CheckFirst
	}
	return catalog.Fix
}

// str is v as a string when it is a scalar.
func str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int, int64, uint64, float64, bool:
		return fmt.Sprint(x)
	}
	return ""
}

// status reads an HTTP status from a response key or a member: 404, "404"; 0 otherwise.
func status(v any) int {
	n, err := strconv.Atoi(strings.TrimSpace(str(v)))
	if err != nil || n < 100 || n > 599 {
		return 0
	}
	return n
}
