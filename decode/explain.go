package decode

import (
	"bytes"
	"cmp"
	"slices"
	"strconv"

	"github.com/decifra/decifra/catalog"
)

// Options are the caller's settings for Explain.
type Options struct {
	// Lang is the language of the explanation; the zero value is English.
	Lang catalog.Lang
	// Now is the reference time for HTTP-dates and epoch timestamps when the paste has no
	// Date header. The zero value means "unknown": delays that need a clock are then left
	// out rather than guessed.
	Now Clock
	// Provider is a provider id the caller expects (a provider's own docs portal); it
	// favours that provider a little, and never claims an error nothing else supports.
	Provider string
	// Catalogs are a portal's own providers (catalog.ParseCatalog), consulted before the
	// built-in ones: their hosts, envelopes and codes are evidence like any provider's.
	Catalogs []*catalog.Provider
}

// Explain reads a paste and explains the error in it (of several, the last failed HAR
// entry, or the first error in a log). It returns a *NoErrorFoundError
// (errors.Is(err, ErrNoErrorFound)) when the paste holds nothing recognisable: empty,
// prose, binary, or a successful response. It never panics and reads at most MaxInput
// bytes.
func Explain(input []byte, opts Options) (*Explanation, error) {
	masked, in, err := prepare(input, opts.Lang)
	if err != nil {
		return nil, err
	}
	p := extract(masked)
	if p.harEntries > 1 {
		n := strconv.Itoa(p.harEntries)
		in.notes = append(in.notes, fill(catalog.SaidHARHasFailedEntriesLastOne, n))
	}
	return explainParts(&p, masked, in, opts)
}

// ExplainAll explains every error in a paste that holds several: each failed entry of a
// HAR, each response of a curl -v session, each error body in a log excerpt, in the order
// they appear (at most maxErrors). A paste with one error gives one explanation; one with
// none gives the same *NoErrorFoundError as Explain.
func ExplainAll(input []byte, opts Options) ([]*Explanation, error) {
	masked, in, err := prepare(input, opts.Lang)
	if err != nil {
		return nil, err
	}
	all := extractAll(masked)
	var out []*Explanation
	var firstErr error
	for i := range all {
		x, err := explainParts(&all[i], masked, in, opts)
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		out = append(out, x)
	}
	if len(out) == 0 {
		if firstErr == nil {
			p := extract(masked)
			_, firstErr = explainParts(&p, masked, in, opts)
		}
		return nil, firstErr
	}
	return out, nil
}

// reading is how a paste was read before any one error in it is explained: what was
// masked, how much was read, and remarks that hold for every error in it.
type pasteRead struct {
	redacted  []string
	bytesRead int
	notes     []catalog.Text
}

// prepare bounds, decodes and masks a paste: what every explanation of it starts from.
func prepare(input []byte, lang catalog.Lang) (string, pasteRead, error) {
	var in pasteRead
	if len(input) > MaxInput {
		input = input[:MaxInput]
		in.bytesRead = MaxInput
		n := strconv.Itoa(MaxInput)
		in.notes = append(in.notes, fill(catalog.SaidOnlyFirstBytesPasteWereRead, n, maxInputMiB))
	}
	text, fromUTF16, binaryAt := normalize(input)
	if fromUTF16 {
		in.notes = append(in.notes, catalog.SaidPasteWasUTF16Was)
	}
	if binaryAt >= 0 {
		at := strconv.Itoa(binaryAt)
		return "", in, (&noError{
			found: fill(catalog.SaidBinaryDataByteNotTextOffset, at),
			hint:  catalog.SaidPasteResponseTextCopyFrom,
		}).in(lang)
	}
	text = copied(text)
	if d := stringLiteral(unescapeEntities(text)); len(d) != len(text) {
		// The text a JSON string or HTML's escapes held, read as any paste is: its line
		// ends, its spaces, its quote marks and its cassettes' bodies.
		text = copied(d)
	}
	text = unwrapLine(text)
	if len(bytes.TrimSpace(text)) == 0 {
		return "", in, (&noError{
			found: catalog.SaidNothingPasteEmpty,
			hint:  catalog.SaidPasteResponseBodyWholeResponse,
		}).in(lang)
	}
	if curlyJSON(text) {
		text = bytes.ReplaceAll(bytes.ReplaceAll(text, []byte("“"), []byte(`"`)), []byte("”"), []byte(`"`))
		in.notes = append(in.notes, catalog.SaidPasteSCurlyQuotesWere)
	}
	masked, redacted := Redact(text)
	in.redacted = redacted
	// One copy into a string: every value read from the paste is a substring of it.
	return string(masked), in, nil
}

// copied undoes what copying does to a paste: Windows' line ends, a web page's or a
// chat's spaces, and what people put around it (a reply's quote, a fence, an indent), and
// unfolds a VCR cassette's bodies.
func copied(text []byte) []byte {
	if bytes.Contains(text, []byte("\r\n")) {
		// Windows' line ends: every reader reads lines ending in \n.
		text = bytes.ReplaceAll(text, []byte("\r\n"), []byte("\n"))
	}
	// The spaces a web page or a chat puts in copied text (a forum's &nbsp; indent, a narrow
	// or an ideographic space) read as ASCII's, and zero-width ones as nothing: JSON and
	// every reader know only ASCII's.
	for _, sp := range [...]struct{ from, to string }{{"\u00a0", " "}, {"\u202f", " "}, {"\u3000", " "}, {"\u200b", ""}} {
		if bytes.Contains(text, []byte(sp.from)) {
			text = bytes.ReplaceAll(text, []byte(sp.from), []byte(sp.to))
		}
	}
	// What people put around a paste: a reply's "> ", a Markdown fence, a code block's indent.
	text = unquote(text)
	if fenced(text) {
		text = unfence(text)
	}
	text = unquote(dedent(text)) // a code comment's "// " inside a reply's quote or a fence
	if bytes.Contains(text, []byte("!binary")) {
		text = cassetteBinary(text) // a VCR cassette's base64 bodies, as text
	}
	if bytes.Contains(text, []byte("string: ")) {
		text = cassetteQuoted(text) // and its quoted ones over several lines, unfolded
	}
	return text
}

// unescapeEntities undoes HTML's escaping of a paste copied from a page's source or a log
// shown in HTML: "{&quot;error&quot;: …}", "&lt;errors&gt;…", "can&#39;t", a forum's
// "&nbsp;" indent, with no quote of its own. PHP's "<b>Fatal error</b>: …
// {&quot;object&quot;: …}" keeps its tags, and what reads as a tag's escape in it stays
// one; a page with its own quotes is left as is.
func unescapeEntities(text []byte) []byte {
	if bytes.IndexByte(text, '&') < 0 || bytes.IndexByte(text, '"') >= 0 {
		return text
	}
	pairs := entityPairs[:]
	if bytes.IndexByte(text, '<') >= 0 {
		pairs = pairs[:len(pairs)-6] // all but the last three: the escapes of what makes tags
	}
	// Two escapes at least (one is a URL's &amp; or a word's): each takes 3 bytes off or more.
	if d := replacePairs(string(text), pairs...); len(text)-len(d) >= 6 {
		return []byte(d)
	}
	return text
}

// entityPairs are HTML's escapes of quotes, a space and, last, of what makes tags.
var entityPairs = [...]string{"&quot;", `"`, "&#34;", `"`, "&#39;", "'", "&#039;", "'", "&#x27;", "'", "&apos;", "'", "&nbsp;", " ", "&lt;", "<", "&gt;", ">", "&amp;", "&"}

// stringLiteral is the text a paste holds when the whole paste is one JSON string, as a
// JSON log's viewer copies a member's value: "{\n  \"error\": …}", a trace's "\n\tat".
// text itself for anything else, and for a string with no escaped line break or quote
// (a quoted message reads the same either way).
func stringLiteral(text []byte) []byte {
	t := bytes.TrimSpace(text)
	if len(t) < 4 || t[0] != '"' || t[len(t)-1] != '"' || !bytes.Contains(t, []byte(`\n`)) && !bytes.Contains(t, []byte(`\"`)) {
		return text
	}
	for i := 1; i < len(t)-1; i++ {
		if t[i] == '\\' {
			i++
			switch t[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u':
			default:
				return text // a Windows path or a PHP namespace quoted as it is: no JSON string
			}
		}
	}
	res, ok := parseLenient(string(t), 0)
	if s, isStr := res.value.(string); ok && isStr && res.end == len(t) && !res.lenient {
		return []byte(s)
	}
	return text
}

// unquote takes off the "> " a reply's quote puts before every line (an email, a forum's
// or GitHub's quote of an earlier message); text itself when a line does not start with
// one (curl -v's "> " request lines always come with its "< " response lines). It takes
// off the "// " of a code comment that quotes an answer too, from one run of two lines or
// more that holds every commented line: the reporter's words may come before or after it.
func unquote(text []byte) []byte {
	// A commented line must hold an answer's body (a JSON object, name-value pairs): a
	// status line in a comment ("// HTTP/1.1 200 OK", what a test expected) is no answer,
	// and left where it is.
	quoted, commented, runs, other, body := 0, 0, 0, false, false
	for i, prev := 0, false; i < len(text); {
		line, next := lineAt(text, i)
		if k := indentOf(line); !blankFrom(line, k) {
			c := k+1 < len(line) && line[k] == '/' && line[k+1] == '/'
			switch {
			case line[k] == '>':
				quoted++
			case c:
				commented++
				if !prev {
					runs++
				}
				body = body || bytes.IndexByte(line, '{') >= 0 || bytes.IndexByte(line, '&') >= 0
			default:
				other = true
			}
			prev = c
		}
		i = next
	}
	mark := byte('>')
	switch {
	case quoted > 0 && commented == 0 && !other:
	case commented >= 2 && runs == 1 && quoted == 0 && body:
		mark = '/'
	default:
		return text
	}
	out := make([]byte, 0, len(text))
	for i := 0; i < len(text); {
		line, next := lineAt(text, i)
		if k := indentOf(line); k < len(line) && line[k] == mark && (mark == '>' || k+1 < len(line) && line[k+1] == '/') {
			line = line[k+1+int(mark&1):] // '/' is odd: "//" is two bytes
			if len(line) > 0 && line[0] == ' ' {
				line = line[1:]
			}
		}
		out = append(out, line...)
		i = next
	}
	return out
}

// dedent takes off the indent every line of text shares (a Markdown code block's four
// spaces, a quote indented in an email): a status line or a header is read at a line's
// start. It returns text itself when the lines share none, else a copy.
func dedent(text []byte) []byte {
	indent := -1
	for i := 0; i < len(text) && indent != 0; {
		line, next := lineAt(text, i)
		if k := indentOf(line); !blankFrom(line, k) && (indent < 0 || k < indent) {
			indent = k // a blank line says nothing of the indent
		}
		i = next
	}
	if indent <= 0 {
		return text
	}
	out := make([]byte, 0, len(text))
	for i := 0; i < len(text); {
		line, next := lineAt(text, i)
		out = append(out, line[min(indent, indentOf(line)):]...)
		i = next
	}
	return out
}

// fenced reports whether text holds a Markdown code fence (```json … ```, ~~~) on a line
// of its own: what a paste copied from an issue's or a chat's source carries around the
// response.
func fenced(text []byte) bool {
	if !bytes.Contains(text, []byte("```")) && !bytes.Contains(text, []byte("~~~")) {
		return false
	}
	for i := 0; i < len(text); {
		line, next := lineAt(text, i)
		if fenceLine(line) {
			return true
		}
		i = next
	}
	return false
}

// unfence is text without its Markdown code fences: a line that is only a fence (with its
// info string, ```json) is dropped, and a fence glued to a line's start or end
// (`{"code":1}```) is taken off it; backticks inside a line (a message quoting
// "```js```") stay. It returns a copy; text is the caller's.
func unfence(text []byte) []byte {
	out := make([]byte, 0, len(text))
	for i := 0; i < len(text); {
		line, next := lineAt(text, i)
		i = next
		if fenceLine(line) {
			continue
		}
		end := len(line)
		if end > 0 && line[end-1] == '\n' {
			end--
		}
		start := indentOf(line)
		if bytes.HasPrefix(line[start:end], []byte("```")) {
			for start < end && line[start] == '`' {
				start++
			}
		} else {
			start = 0
		}
		if bytes.HasSuffix(line[start:end], []byte("```")) {
			for end > start && line[end-1] == '`' {
				end--
			}
		}
		out = append(out, line[start:end]...)
		if line[len(line)-1] == '\n' {
			out = append(out, '\n')
		}
	}
	return out
}

// unwrapLine is a paste of one line without the Markdown bullet or the quotes a person put
// around it ("- 184 - Request could not be empty", "`try_again_later`", "\"E0024\""); the
// text itself for anything else (a JSON string literal, which holds quotes, stays).
func unwrapLine(text []byte) []byte {
	t := bytes.TrimSpace(text)
	if len(t) < 3 || bytes.IndexByte(t, '\n') >= 0 {
		return text
	}
	n := len(t)
	for _, b := range [...]string{"- ", "* ", "• "} {
		if bytes.HasPrefix(t, []byte(b)) {
			t = bytes.TrimSpace(t[len(b):])
			break
		}
	}
	if q := t[0]; len(t) >= 3 && (q == '"' || q == '\'' || q == '`') && t[len(t)-1] == q {
		if inner := t[1 : len(t)-1]; bytes.IndexByte(inner, q) < 0 && bytes.IndexByte(inner, '\\') < 0 {
			t = inner
		}
	}
	if len(t) == n {
		return text
	}
	return t
}

// lineAt is the line of text that starts at i, with its '\n', and where the next one
// starts.
func lineAt(text []byte, i int) ([]byte, int) {
	if j := bytes.IndexByte(text[i:], '\n'); j >= 0 {
		return text[i : i+j+1], i + j + 1
	}
	return text[i:], len(text)
}

// indentOf is how many spaces and tabs line starts with.
func indentOf(line []byte) int {
	k := 0
	for k < len(line) && (line[k] == ' ' || line[k] == '\t') {
		k++
	}
	return k
}

// blankFrom reports whether line holds nothing but white space from k on (a no-break
// space too, as Slack and web pages copy an empty line).
func blankFrom(line []byte, k int) bool {
	return len(bytes.TrimSpace(line[k:])) == 0
}

// fenceLine reports whether line is a Markdown fence: three backticks or tildes or more,
// then an info string of one word at most (json, php, shell), and nothing else.
func fenceLine(line []byte) bool {
	t := bytes.TrimSpace(line)
	if len(t) < 3 || t[0] != '`' && t[0] != '~' {
		return false
	}
	n := 0
	for n < len(t) && t[n] == t[0] {
		n++
	}
	if n < 3 {
		return false
	}
	for _, c := range t[n:] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '+' || c == '.') {
			return false
		}
	}
	return true
}

// curlyJSON reports whether text is JSON whose quotes an editor or a chat made curly
// ({“code”:“Invoice-Errors”}): a key's closing quote before its colon.
func curlyJSON(text []byte) bool {
	i := bytes.Index(text, []byte("”:"))
	return i > 0 && bytes.Contains(text[:i], []byte("“"))
}

// explainParts explains what extract read from one response, in five steps: read the
// facts, identify the provider, know what the error means, advise on retrying, and say
// it all in the caller's language.
func explainParts(p *parts, masked string, in pasteRead, opts Options) (*Explanation, error) {
	lang := supported(opts.Lang)
	f, nf := read(p, masked, in.bytesRead > 0, opts.Catalogs)
	if nf != nil {
		return nil, nf.in(lang)
	}
	id := identify(f, opts.Provider)
	kn := know(f, id)
	a := advise(f, kn, opts.Now)
	return say(lang, in, f, id, kn, a), nil
}

// supported is lang if decifra speaks it, else English.
func supported(lang catalog.Lang) catalog.Lang {
	if slices.Contains(catalog.Langs[:], lang) {
		return lang
	}
	return catalog.English
}

// say writes the explanation in lang: every decision is made; this only picks the text.
func say(lang catalog.Lang, in pasteRead, f *facts, id identity, kn *known, a advice) *Explanation {
	k := kn.k
	x := &Explanation{Lang: lang, Code: kn.code, HTTPStatus: kn.status, Category: k.category,
		Title: k.title.In(lang), Meaning: k.meaning.In(lang), Fix: make([]string, 0, len(k.fix)+1),
		RequestID: cmp.Or(customRequestID(f, id.provider), requestID(f)), Fields: fieldProblems(f.body),
		Message: kn.message, Details: kn.details, Source: k.source.In(lang)}
	if f.parts.prose || f.parts.format == FormatLog {
		x.RequestID = tidyToken(x.RequestID) // read from words: "…, correlation id 8515024086621606."
	}
	if kn.title != "" {
		x.Title = kn.title
	}
	if !kn.firstStep.IsZero() {
		x.Fix = append(x.Fix, kn.firstStep.In(lang))
	}
	for _, s := range k.fix {
		x.Fix = append(x.Fix, s.In(lang))
	}
	x.Retry = Retry{Strategy: a.strategy, AfterSeconds: a.after, Source: a.source.In(lang),
		Advice: adviceFor(a, lang), Idempotency: a.idempotency.In(lang), Reattempt: a.reattempt}
	if a.strategy == catalog.Backoff {
		x.Retry.Schedule = slices.Clone(backoffSchedule[:])
	}
	if p := id.provider; p != nil {
		x.Provider = &ProviderMatch{ID: p.ID(), Name: p.Name(lang), Confidence: confidence(id.score)}
		for _, s := range id.evidence {
			if s.weight > 0 {
				x.Provider.Evidence = append(x.Provider.Evidence, s.words(lang))
			}
		}
		x.DocsURL, x.Support = p.DocsURL(), p.Support().In(lang)
	}
	for _, r := range id.alternatives {
		x.Alternatives = append(x.Alternatives, Alternative{ID: r.provider.ID(), Name: r.provider.Name(lang), Confidence: confidence(r.score)})
	}
	x.Input = Input{Format: f.parts.format, Redacted: slices.Clone(in.redacted), Truncated: f.parts.truncated, BytesRead: in.bytesRead}
	if x.Input.Redacted == nil {
		x.Input.Redacted = []string{}
	}
	switch {
	case kn.statusFromCatalog:
		x.Input.StatusSource = "catalog"
	case x.HTTPStatus != 0:
		x.Input.StatusSource = "paste"
	}
	notes := slices.Concat(in.notes, f.notes, kn.notes, []catalog.Text{a.note})
	for _, n := range notes {
		if !n.IsZero() {
			x.Input.Notes = append(x.Input.Notes, n.In(lang))
		}
	}
	return x
}
