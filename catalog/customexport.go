package catalog

import "errors"

// SchemaURL is where decifra-catalog.schema.json is served (beside the explainer), the
// "$schema" of an exported catalog. decifra.example stands for wherever the page is
// served, as in the README.
const SchemaURL = "https://decifra.example/static/decifra-catalog.schema.json"

// ExportCatalog writes p in the custom catalog format that ParseCatalog reads: a built-in
// provider as a starting point for a portal's own catalog (with "overrides": true, since
// its id is taken), a custom one as it was read. The output is indented by two spaces,
// with members in the format's order and codes in the catalog's, so exports diff well. A
// text is written as a string when it has English only, else as an object of every
// language it has. In a textpack build, a built-in provider's texts are written in the
// languages whose packs are loaded (LoadPack); English must be one of them.
func ExportCatalog(p *Provider) ([]byte, error) {
	if p == nil {
		return nil, errors.New("catalog: export of a nil provider")
	}
	if p.table != "" && !PackLoaded(English) {
		return nil, errors.New("catalog: export of " + p.id + " needs the English text pack (LoadPack)")
	}
	c := catalogJSON{
		Schema:            SchemaURL,
		Version:           FormatVersion,
		ID:                p.id,
		Name:              exportText(Text{EN: p.name, PT: localOnly(p, Portuguese), ES: localOnly(p, Spanish)}),
		Masculine:         p.masculine,
		Hosts:             p.Hosts(),
		DocsURL:           p.docsURL,
		IdempotencyHeader: p.idempotencyHeader,
		RateLimitHeaders:  p.RateLimitHeaders(),
		Support:           exportText(p.support),
		BodyShape:         exportText(p.envelope),
		Source:            p.source,
		Overrides:         p.overrides || ByID(p.id) != nil,
		CodesInferred:     p.codesInferred,
		Codes:             make([]codeJSON, p.Len()),
	}
	for _, h := range p.retryHeaders {
		c.RetryHeaders = append(c.RetryHeaders, retryHeaderJSON{Header: h.Header, Value: h.Value, Strategy: h.Strategy,
			When: h.When, Why: exportText(h.Why), Source: exportText(h.Source)})
	}
	for _, cue := range p.cues {
		c.Cues = append(c.Cues, cueJSON{Text: cue.Text, Kind: cueKinds[cue.Kind], Status: cue.Status, Code: cue.Code})
	}
	if b := p.body; b != nil {
		c.Body = &bodyJSON{Code: paths(b.Code), Message: paths(b.Message), RequestID: paths(b.RequestID),
			Details: paths(b.Details), Envelope: paths(b.Envelope)}
	}
	i := -1
	for e := range p.Entries() { // one pass: Entry(i) rescans a textpack table
		i++
		c.Codes[i] = codeJSON{Code: e.Code, Context: e.Context, Status: e.Status, Category: e.Category,
			Title: exportText(e.Title), Meaning: exportText(e.Meaning), Retry: e.Retry,
			RetryWhy: exportText(e.RetryWhy), Idempotency: exportText(e.Idempotency), Match: e.Match, Source: e.Cite()}
		for _, f := range e.Fix {
			c.Codes[i].Fix = append(c.Codes[i].Fix, exportText(f))
		}
	}
	return appendJSON(nil, c.value()), nil
}

// localOnly is the provider's name in lang where it differs from its name, else "".
func localOnly(p *Provider, lang Lang) string {
	if s := p.Name(lang); s != p.name {
		return s
	}
	return ""
}

// exportText reads t in every language whose text is at hand.
func exportText(t Text) textJSON {
	var out textJSON
	if t.IsZero() {
		return out
	}
	// A packed text of a language whose pack is not loaded reads as English: leave it out.
	at := func(lang Lang) bool { return (t.ref == 0 || PackLoaded(lang)) && t.Has(lang) }
	out.EN = t.In(English)
	if at(Portuguese) {
		out.PT = t.In(Portuguese)
	}
	if at(Spanish) {
		out.ES = t.In(Spanish)
	}
	return out
}

// paths is a body's list of member paths: one as a string, several as an array.
type paths []string

func (p paths) value() jsonValue {
	if len(p) == 1 {
		return p[0]
	}
	return stringsArray(p)
}

// textJSON is a Text as the format writes it: a string when it has English only, else an
// object of every language it has.
type textJSON struct{ EN, PT, ES string }

func (t textJSON) IsZero() bool { return t == textJSON{} }

func (t textJSON) value() jsonValue {
	if t.PT == "" && t.ES == "" {
		return t.EN
	}
	var o jsonObject
	o.addString("en", t.EN)
	o.addString("pt-BR", t.PT)
	o.addString("es", t.ES)
	return o
}

// The format's objects; value writes each with its members in the format's order (the
// names catalogMembers, bodyMembers, codeMembers, retryHeaderMembers and cueMembers
// list), leaving out the optional ones that are empty.
type (
	catalogJSON struct {
		Schema            string
		Version           int
		ID                string
		Name              textJSON
		Masculine         bool
		Hosts             []string
		DocsURL           string
		IdempotencyHeader string
		RateLimitHeaders  []string
		Support           textJSON
		BodyShape         textJSON
		Source            string
		Overrides         bool
		CodesInferred     bool
		RetryHeaders      []retryHeaderJSON
		Cues              []cueJSON
		Body              *bodyJSON
		Codes             []codeJSON
	}
	bodyJSON struct {
		Code      paths
		Message   paths
		RequestID paths
		Details   paths
		Envelope  paths
	}
	retryHeaderJSON struct {
		Header   string
		Value    string
		Strategy Strategy
		When     []Strategy
		Why      textJSON
		Source   textJSON
	}
	cueJSON struct {
		Text   string
		Kind   string
		Status int
		Code   string
	}
	codeJSON struct {
		Code        string
		Context     string
		Status      int
		Category    Category
		Title       textJSON
		Meaning     textJSON
		Fix         []textJSON
		Retry       Strategy
		RetryWhy    textJSON
		Idempotency textJSON
		Match       []string
		Source      string
	}
)

func (c catalogJSON) value() jsonObject {
	o := jsonObject{{"$schema", c.Schema}, {"version", c.Version}, {"id", c.ID}, {"name", c.Name.value()}}
	if c.Masculine {
		o.add("masculine", true)
	}
	o.addStrings("hosts", c.Hosts)
	o.addString("docsUrl", c.DocsURL)
	o.addString("idempotencyHeader", c.IdempotencyHeader)
	o.addStrings("rateLimitHeaders", c.RateLimitHeaders)
	o.addText("support", c.Support)
	o.addText("bodyShape", c.BodyShape)
	o.addString("source", c.Source)
	if c.Overrides {
		o.add("overrides", true)
	}
	if c.CodesInferred {
		o.add("codesInferred", true)
	}
	if len(c.RetryHeaders) > 0 {
		a := make(jsonArray, len(c.RetryHeaders))
		for i, h := range c.RetryHeaders {
			a[i] = h.value()
		}
		o.add("retryHeaders", a)
	}
	if len(c.Cues) > 0 {
		a := make(jsonArray, len(c.Cues))
		for i, cue := range c.Cues {
			a[i] = cue.value()
		}
		o.add("cues", a)
	}
	if c.Body != nil {
		o.add("body", c.Body.value())
	}
	codes := make(jsonArray, len(c.Codes))
	for i, code := range c.Codes {
		codes[i] = code.value()
	}
	o.add("codes", codes)
	return o
}

func (b bodyJSON) value() jsonObject {
	var o jsonObject
	for _, m := range [...]struct {
		key string
		p   paths
	}{{"code", b.Code}, {"message", b.Message}, {"requestId", b.RequestID}, {"details", b.Details}, {"envelope", b.Envelope}} {
		if len(m.p) > 0 {
			o.add(m.key, m.p.value())
		}
	}
	return o
}

func (h retryHeaderJSON) value() jsonObject {
	o := jsonObject{{"header", h.Header}, {"value", h.Value}, {"strategy", string(h.Strategy)}}
	var when jsonValue // a nil list is null, as encoding/json writes it
	if h.When != nil {
		a := make(jsonArray, len(h.When))
		for i, s := range h.When {
			a[i] = string(s)
		}
		when = a
	}
	o.add("when", when)
	o.addText("why", h.Why)
	o.addText("source", h.Source)
	return o
}

func (c cueJSON) value() jsonObject {
	o := jsonObject{{"text", c.Text}, {"kind", c.Kind}}
	if c.Status != 0 {
		o.add("status", c.Status)
	}
	o.addString("code", c.Code)
	return o
}

func (c codeJSON) value() jsonObject {
	o := jsonObject{{"code", c.Code}}
	o.addString("context", c.Context)
	if c.Status != 0 {
		o.add("status", c.Status)
	}
	o.add("category", string(c.Category))
	o.add("title", c.Title.value())
	o.addText("meaning", c.Meaning)
	if len(c.Fix) > 0 {
		a := make(jsonArray, len(c.Fix))
		for i, f := range c.Fix {
			a[i] = f.value()
		}
		o.add("fix", a)
	}
	o.add("retry", string(c.Retry))
	o.addText("retryWhy", c.RetryWhy)
	o.addText("idempotency", c.Idempotency)
	o.addStrings("match", c.Match)
	o.addString("source", c.Source)
	return o
}
