package catalog

import (
	"bytes"
	"encoding/json"
	"errors"
)

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
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(c); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
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

func (p paths) MarshalJSON() ([]byte, error) {
	if len(p) == 1 {
		return json.Marshal(p[0])
	}
	return json.Marshal([]string(p))
}

// textJSON is a Text as the format writes it.
type textJSON struct{ EN, PT, ES string }

func (t textJSON) IsZero() bool { return t == textJSON{} }

func (t textJSON) MarshalJSON() ([]byte, error) {
	if t.PT == "" && t.ES == "" {
		return marshalText(t.EN)
	}
	var b bytes.Buffer
	b.WriteByte('{')
	for _, kv := range [...][2]string{{"en", t.EN}, {"pt-BR", t.PT}, {"es", t.ES}} {
		if kv[1] == "" {
			continue
		}
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		k, _ := marshalText(kv[0])
		v, err := marshalText(kv[1])
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// marshalText is json.Marshal of a string without HTML escaping: a catalog is read by
// people, and "<" in "amount < 0" should read as it is written.
func marshalText(s string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// The format's objects, members in the order they are written. The member names are
// catalogMembers, bodyMembers, codeMembers, retryHeaderMembers and cueMembers.
type (
	catalogJSON struct {
		Schema            string            `json:"$schema"`
		Version           int               `json:"version"`
		ID                string            `json:"id"`
		Name              textJSON          `json:"name"`
		Masculine         bool              `json:"masculine,omitempty"`
		Hosts             []string          `json:"hosts,omitempty"`
		DocsURL           string            `json:"docsUrl,omitempty"`
		IdempotencyHeader string            `json:"idempotencyHeader,omitempty"`
		RateLimitHeaders  []string          `json:"rateLimitHeaders,omitempty"`
		Support           textJSON          `json:"support,omitzero"`
		BodyShape         textJSON          `json:"bodyShape,omitzero"`
		Source            string            `json:"source,omitempty"`
		Overrides         bool              `json:"overrides,omitempty"`
		CodesInferred     bool              `json:"codesInferred,omitempty"`
		RetryHeaders      []retryHeaderJSON `json:"retryHeaders,omitempty"`
		Cues              []cueJSON         `json:"cues,omitempty"`
		Body              *bodyJSON         `json:"body,omitempty"`
		Codes             []codeJSON        `json:"codes"`
	}
	bodyJSON struct {
		Code      paths `json:"code,omitempty"`
		Message   paths `json:"message,omitempty"`
		RequestID paths `json:"requestId,omitempty"`
		Details   paths `json:"details,omitempty"`
		Envelope  paths `json:"envelope,omitempty"`
	}
	retryHeaderJSON struct {
		Header   string     `json:"header"`
		Value    string     `json:"value"`
		Strategy Strategy   `json:"strategy"`
		When     []Strategy `json:"when"`
		Why      textJSON   `json:"why,omitzero"`
		Source   textJSON   `json:"source,omitzero"`
	}
	cueJSON struct {
		Text   string `json:"text"`
		Kind   string `json:"kind"`
		Status int    `json:"status,omitempty"`
		Code   string `json:"code,omitempty"`
	}
	codeJSON struct {
		Code        string     `json:"code"`
		Context     string     `json:"context,omitempty"`
		Status      int        `json:"status,omitempty"`
		Category    Category   `json:"category"`
		Title       textJSON   `json:"title"`
		Meaning     textJSON   `json:"meaning,omitzero"`
		Fix         []textJSON `json:"fix,omitempty"`
		Retry       Strategy   `json:"retry"`
		RetryWhy    textJSON   `json:"retryWhy,omitzero"`
		Idempotency textJSON   `json:"idempotency,omitzero"`
		Match       []string   `json:"match,omitempty"`
		Source      string     `json:"source,omitempty"`
	}
)
