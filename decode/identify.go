package decode

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/internal/grams"
)

// claimThreshold is the score a provider needs before the error is attributed to it. One
// weak signal (a shared code, a generic envelope) stays below it: a false attribution is
// worse than "unknown".
const claimThreshold = 2.5

// facts are what a paste says of one response, read once: the features detectors score
// and the later steps decide on.
type facts struct {
	parts        *parts
	masked       string  // the paste, secrets masked
	body         *object // the error body, when it is a JSON-like object
	errObj       *object // body.error when it is an object, else the body itself
	code         string  // the error code, wherever the envelope keeps it
	message      string
	successFalse bool
	meta         *object
	hosts        []string
	headers      []header // the response's headers
	status       int      // the status the paste carries (status line, HAR, text), 0 when none
	shownStatus  int      // status, else the body's own status or statusCode member
	method       string   // the request's method, when the paste shows it
	portuguese   bool
	problem      bool // an RFC 9457/7807 problem: title with status, type or detail
	// transport is the failure below HTTP the paste reports instead of a response; nil
	// for a paste with a response.
	transport *catalog.Transport
	notes     []catalog.Text // remarks on the reading
	// saysKeys are the keys (catalog.SaysKey) of the messages the paste gives for its
	// code, computed once for every provider's saysSignal; nil until then.
	saysKeys []string
	// readers are the readers of this explanation: a portal's catalogs' and the built-in
	// ones (readersFor); nil means the built-in ones alone.
	readers []*reader
	// lower is the paste's start, lower-cased, where cues are looked for; "" for a paste
	// whose body is a structure an API sent (JSON, a HAR, curl output), which speaks for
	// itself and is read faster without.
	lower string
	// grams are lower's three-byte sequences (internal/grams), made with it.
	grams *grams.Set
	// ownLower and ownGrams are the message and details in lower case and their grams,
	// for the providers' Match phrases (ownWordsSignal).
	ownLower string
	ownGrams *grams.Set
}

func gatherFacts(p *parts) facts {
	f := facts{body: p.body, hosts: p.hosts, headers: p.headers, status: p.status}
	if f.body == nil {
		return f
	}
	f.errObj = f.body.obj("error")
	if f.errObj == nil {
		f.errObj = f.body.obj("erro") // {"erro": {"codigo", "mensagem"}}
	}
	if f.errObj == nil {
		f.errObj = f.body
	}
	for _, k := range [...]string{"code", "errorCode", "error_code"} {
		if s, ok := f.errObj.get(k).(string); ok && s != "" {
			f.code = s
			break
		}
	}
	if f.code == "" {
		f.code = genericCode(f.errObj)
	}
	if f.code == "" {
		for _, k := range [...]string{"errors", "erros", "messages", "mensagens", "details"} {
			if f.code = genericCode(firstItem(f.body, k)); f.code != "" {
				break
			}
		}
	}
	if f.code == "" {
		// OAuth's {"error": "invalid_client"}, or a message that is itself a code
		// ({"message": "internal_error"}).
		for _, s := range [...]string{f.body.str("error"), f.errObj.str("message")} {
			if looksLikeCode(s) {
				f.code = s
				break
			}
		}
	}
	var nested *object
	if m := f.body.obj("messages"); f.code == "" && m != nil && failureWord(m.str("resultCode")) {
		// Authorize.Net's messages {resultCode: Error, message: {code: E00027}}: the
		// call's result, before any transaction error nested below it.
		nested = m.obj("message")
		if nested == nil {
			nested = firstItem(m, "message")
		}
		f.code = genericCode(nested)
	}
	if f.code == "" {
		if nested = nestedError(f.body); nested != nil {
			f.code = genericCode(nested)
		}
	}
	if axiosOwnCode(f.body, f.code) {
		f.code = "" // the HTTP client's code for the failure, not the API's
	}
	for _, k := range [...]string{"message", "errorDescription", "detail", "error_description"} {
		if s := f.errObj.str(k); s != "" {
			f.message = s
			break
		}
	}
	if f.message == "" {
		f.message, _ = f.body.get("error").(string)
	}
	if f.message == "" {
		f.message = genericMessage(f.errObj)
	}
	if f.message == "" {
		for _, k := range [...]string{"errors", "erros", "messages", "mensagens", "details"} {
			if f.message = genericMessage(firstItem(f.body, k)); f.message != "" {
				break
			}
		}
	}
	if f.message == "" && nested != nil {
		f.message = nestedMessage(nested)
	}
	if v, ok := f.body.get("success").(bool); ok && !v {
		f.successFalse = true
	}
	f.meta = f.body.obj("meta")
	f.portuguese = looksPortuguese(f.message + " " + f.errObj.str("details"))
	_, hasStatus := f.body.get("status").(number)
	f.problem = f.body.str("title") != "" && (hasStatus || f.body.has("type") || f.body.has("detail"))
	return f
}

// looksPortuguese reports whether a message reads as Brazilian Portuguese: at least two of
// its words carry Portuguese accents or are common Portuguese words. One pass over the
// words, stopping at the second hit.
func looksPortuguese(s string) bool {
	hits := 0
	for len(s) > 0 && hits < 2 {
		i := 0
		for i < len(s) && !isLetterByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && isLetterByte(s[j]) {
			j++
		}
		if portugueseWord(s[i:j]) {
			hits++
		}
		s = s[j:]
	}
	return hits >= 2
}

// isLetterByte: ASCII letters and every byte of a multi-byte UTF-8 letter (ã, ç, é …).
func isLetterByte(c byte) bool { return c >= 0x80 || (c|0x20 >= 'a' && c|0x20 <= 'z') }

// portugueseWord reports whether w is a common Portuguese word, or any word with an
// accented letter (English error messages have none).
func portugueseWord(w string) bool {
	if w == "" || len(w) > 16 {
		return false
	}
	var buf [16]byte
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return true
		}
		buf[i] = w[i] | 0x20
	}
	switch string(buf[:len(w)]) {
	case "de", "do", "da", "dos", "das", "foi", "ou", "um", "uma", "para", "com", "sem", "no",
		"na", "ao", "os", "nao", "invalido", "invalida", "saldo", "chave", "valor", "limite",
		"erro", "cliente", "provedor", "encontrado", "encontrada", "excedido", "obrigatorio",
		"requisicao", "transacao", "cobranca", "ausente", "expirada", "expirado", "revogada",
		"deve", "pode", "ficar", "em", "branco", "maior", "menor", "campo", "informado", "informada",
		"vazio", "preenchido", "possui", "existe":
		return true
	}
	return false
}

// signal is one piece of evidence and its weight (negative: evidence against).
type signal struct {
	weight float64
	text   catalog.Text
}

// axiosOwnCode reports whether code is one axios gives its own errors (ERR_BAD_REQUEST
// for any 4xx, ERR_BAD_RESPONSE for any 5xx …) in an axios error object, where it says
// nothing of the API behind it.
func axiosOwnCode(body *object, code string) bool {
	if body.str("name") != "AxiosError" && !body.has("isAxiosError") {
		return false
	}
	switch code {
	case "ERR_BAD_REQUEST", "ERR_BAD_RESPONSE", "ERR_NETWORK", "ERR_CANCELED", "ERR_BAD_OPTION",
		"ERR_BAD_OPTION_VALUE", "ERR_DEPRECATED", "ERR_FR_TOO_MANY_REDIRECTS", "ERR_INVALID_URL", "ERR_NOT_SUPPORT":
		return true
	}
	return false
}

// codeOwners says which providers document a code.
type codeOwners struct {
	code      string
	providers []*catalog.Provider
}

func ownersOf(f *facts) codeOwners {
	c := codeOwners{code: f.code}
	if c.code == "" {
		return c
	}
	builtin := catalog.Owners(c.code)
	for _, r := range f.all() {
		p := r.provider
		documented := slices.Contains(builtin, p)
		if r.custom { // a portal's own catalog
			documented = p.Documents(c.code) || r.base != nil && slices.Contains(builtin, r.base)
		}
		if !p.CodesInferred() && documented {
			c.providers = append(c.providers, p)
		}
	}
	return c
}

// has reports whether p documents the code.
func (c *codeOwners) has(p *catalog.Provider) bool {
	return slices.ContainsFunc(c.providers, func(q *catalog.Provider) bool { return q.ID() == p.ID() })
}

// all is the readers of this explanation.
func (f *facts) all() []*reader {
	if f.readers == nil {
		return readers[:]
	}
	return f.readers
}

// membership is the signal that p documents the code: strong when it alone does, a
// little stronger when the paste's status is the one documented for the code.
func (c *codeOwners) membership(f *facts, p *catalog.Provider) []signal {
	if !c.has(p) {
		return nil
	}
	s := make([]signal, 1, 2)
	if len(c.providers) == 1 {
		s[0] = signal{1.5, tx("code "+c.code+" is "+p.Of(catalog.English), "o código "+c.code+" é "+p.Of(catalog.Portuguese),
			"el código "+c.code+" es "+p.Of(catalog.Spanish))}
	} else {
		others := strconv.Itoa(len(c.providers) - 1)
		s[0] = signal{0.5, tx("code "+c.code+" is documented by "+p.Name(catalog.English)+" (and "+others+" other)",
			"o código "+c.code+" é documentado "+p.By(catalog.Portuguese)+" (e por mais "+others+")",
			"el código "+c.code+" está documentado "+p.By(catalog.Spanish)+" (y por "+others+" más)")}
	}
	if e, ok := p.Lookup(c.code); ok && e.Status != 0 && e.Status == f.status {
		st := strconv.Itoa(f.status)
		s = append(s, signal{0.5, tx("HTTP "+st+" is the status "+p.Name(catalog.English)+" documents for "+c.code,
			"HTTP "+st+" é o status que "+p.The(catalog.Portuguese)+" documenta para "+c.code,
			"HTTP "+st+" es el status que "+p.Name(catalog.Spanish)+" documenta para "+c.code)})
	}
	return s
}

// alone is the evidence of a code in words (a bare code, an exception line naming one)
// that p documents: strong when p alone documents it and it is not a bare number, which
// needs a second sign; weak when several providers do.
//
// In a small body of any shape ({"code": …, "message": …}) only a code that cannot be
// a common word (it holds a digit, a dot, or is long) counts fully: "unauthorized" is
// everybody's.
// commonWords are the words error codes of every API are made of: a code of these alone
// (MISSING_REQUIRED_PARAMETER, INVALID_REQUEST, INTERNAL_SERVER_ERROR) is Square's as
// much as PayPal's, however long it is.
var commonWords = [...]string{"access", "account", "action", "already", "amount", "api", "argument", "arguments",
	"authentication", "authorization", "bad", "body", "card", "conflict", "connection", "content", "currency", "data",
	"declined", "denied", "duplicate", "error", "errors", "exceeded", "exists", "expired", "failed", "failure",
	"field", "fields", "forbidden", "format", "found", "funds", "gateway", "general", "generic", "header", "id",
	"input", "insufficient", "internal", "invalid", "json", "key", "length", "limit", "limited", "malformed",
	"many", "media", "method", "missing", "network", "not", "object", "operation", "param", "parameter",
	"parameters", "payload", "permission", "processing", "range", "rate", "request", "requests", "required",
	"resource", "server", "service", "size", "state", "status", "syntax", "system", "timeout", "token", "too",
	"type", "unauthenticated", "unauthorized", "unavailable", "unexpected", "unknown", "unsupported", "user",
	"validation", "value", "values"}

// commonWordsCode reports whether code is made of commonWords only.
func commonWordsCode(code string) bool {
	for w := range strings.SplitSeq(strings.ToLower(code), "_") {
		if !slices.Contains(commonWords[:], w) {
			return false
		}
	}
	return true
}

func (c *codeOwners) alone(f *facts, p *catalog.Provider) []signal {
	generic := f.body != nil && len(f.body.members) <= 4 && !f.parts.prose
	if !(f.parts.prose || generic) || !c.has(p) {
		return nil
	}
	w := 1.0
	distinct := !generic || strings.ContainsAny(c.code, "0123456789.") || len(c.code) >= 16
	// Stripe's four error types are what many APIs call their errors too (PayWay's
	// {"message": "invalid_request_error"}): a type names no provider by itself.
	distinct = distinct && !slices.Contains(stripeTypes[:], c.code) && !commonWordsCode(c.code)
	// A bare number is anybody's: it needs a second sign (a name, a path, a host).
	if len(c.providers) == 1 && !isNumber(c.code) && distinct {
		w = 2.5
	}
	return []signal{{w, tx("the code alone: "+c.code+" is "+p.Of(catalog.English), "só o código: "+c.code+" é "+p.Of(catalog.Portuguese),
		"solo el código: "+c.code+" es "+p.Of(catalog.Spanish))}}
}

// ownWordsSignal is the evidence of a message that is p's own sentence (Stripe's "Your
// card was declined.", "No such customer"), in a body with no envelope or in words: one
// of p's entries' Match phrases. A long phrase is strong; a short one needs another sign.
func ownWordsSignal(f *facts, p *catalog.Provider) []signal {
	if f.lower == "" || p.CodesInferred() || f.message == "" {
		return nil
	}
	if f.ownGrams == nil {
		f.ownLower = strings.ToLower(f.message + " " + f.errObj.str("details"))
		f.ownGrams = grams.New(f.ownLower)
	}
	e, ok := matchLower(p, 0, f.ownLower, f.ownGrams)
	if !ok {
		return nil
	}
	w := 1.5
	if longest := longestMatch(e, f.message); len(longest) >= 20 {
		w = 2.5
	}
	return []signal{{w, tx("the message is "+p.Of(catalog.English)+" own words for "+e.Code, "a mensagem é o texto próprio "+p.Of(catalog.Portuguese)+" para "+e.Code,
		"el mensaje es el texto propio "+p.Of(catalog.Spanish)+" para "+e.Code)}}
}

// saysSignal is the evidence of a code beside p's own message for it: {"code": 5007,
// "message": "Amount exceeded"}, "184 - Request could not be empty". The pair says whose
// the code is where the number alone cannot. An HTTP reason phrase ("Not Found") is
// everybody's and says nothing.
func saysSignal(f *facts, c *codeOwners, p *catalog.Provider) []signal {
	if f.code == "" || !c.has(p) {
		return nil
	}
	if f.saysKeys == nil {
		f.saysKeys = []string{}
		for _, m := range saysCandidates(f) {
			if len(m) >= 8 && reasonStatus(m) == 0 && strings.Contains(strings.TrimSpace(m), " ") {
				if k := catalog.SaysKey(m); k != "" && !slices.Contains(f.saysKeys, k) {
					f.saysKeys = append(f.saysKeys, k)
				}
			}
		}
	}
	w := 2.0
	if commonWordsCode(f.code) && len(f.message) < 30 {
		w = 1 // "unauthorized" with "invalid access token": every API's words
	}
	for _, k := range f.saysKeys {
		if p.SaysKeyed(f.code, k) {
			return []signal{{w, tx("the message is "+p.Of(catalog.English)+" own text for code "+f.code,
				"a mensagem é o texto próprio "+p.Of(catalog.Portuguese)+" para o código "+f.code,
				"el mensaje es el texto propio "+p.Of(catalog.Spanish)+" para el código "+f.code)}}
		}
	}
	return nil
}

// saysCandidates are the messages a paste may give for its code: the message, the words
// after the code in it ("184 - Request could not be empty"), those before it ("Receiver
// is blocked (53080)"), and a cause's description.
func saysCandidates(f *facts) []string {
	out := []string{f.message, f.errObj.str("description"), firstItem(f.body, "cause").str("description")}
	msg := f.message
	if f.lower != "" && f.code != "" && !strings.Contains(msg, f.code) {
		// Text whose message is on another line than its code ("Um erro ocorreu em seu
		// pagamento.\nReceiver is blocked (53080)"): the code's own line.
		if line := codeLine(f.masked, f.code); line != "" {
			msg = line
			out = append(out, line)
		}
	}
	if i := strings.Index(msg, f.code); i >= 0 && f.code != "" {
		after := strings.Trim(msg[i+len(f.code):], " -:.=|)]\"'}")
		before := strings.Trim(msg[:i], " -:.=|([")
		out = append(out, after, before)
		// The words after the code, less a request id in brackets that ends them:
		// "INVALID_PARAMETER_SYNTAX The value … format. (f296268bc8160)".
		if j := strings.LastIndexByte(after, '('); j > 0 && !strings.ContainsAny(after[j:], " )") {
			out = append(out, strings.TrimSpace(after[:j]))
		}
		if j := strings.LastIndexAny(before, ":."); j >= 0 {
			out = append(out, strings.TrimSpace(before[j+1:]))
		}
	}
	return out
}

// codeLine is the first line of text, within its first 64 KiB, holding code as a word.
func codeLine(text, code string) string {
	text = text[:min(len(text), 64<<10)]
	for off := 0; ; {
		i := strings.Index(text[off:], code)
		if i < 0 {
			return ""
		}
		i += off
		off = i + len(code)
		if (i > 0 && isNameByte(lowerByte(text[i-1]))) || (off < len(text) && isNameByte(lowerByte(text[off]))) {
			continue
		}
		start := strings.LastIndexByte(text[:i], '\n') + 1
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		return strings.TrimSpace(text[start : off+end])
	}
}

// longestMatch is the longest of e's Match phrases in text.
func longestMatch(e catalog.Entry, text string) string {
	lower, best := strings.ToLower(text), ""
	for _, m := range e.Match {
		if len(m) > len(best) && strings.Contains(lower, m) {
			best = m
		}
	}
	return best
}

// looksLikeCode reports whether s is an identifier rather than a sentence: snake_case or
// UPPER_CASE words joined without spaces (invalid_client, internal_error, CARD_DECLINED).
func looksLikeCode(s string) bool {
	if len(s) < 4 || len(s) > 60 || !strings.Contains(s, "_") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isNameByte(lowerByte(c)) && c != '.' {
			return false
		}
	}
	return true
}

// isNumber reports whether s is all digits.
func isNumber(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }

// hostSignal is the evidence of a URL or Host in the paste on one of p's hosts.
//
// On a CDN's or proxy's own error page (Akamai's "Access Denied … Reference #") the host
// is only where the request went: a candidate, not the sender.
func hostSignal(f *facts, p *catalog.Provider) []signal {
	for _, h := range f.hosts {
		if _, ok := p.OwnsHost(h); ok {
			w := 3.0
			if (f.body == nil || f.parts.prose) && htmlServer(cmp.Or(f.parts.bodyText, f.masked), f.headers) != "" {
				w = 1.5
			}
			return []signal{{w, tx("host "+h+" is "+p.Of(catalog.English), "o host "+h+" é "+p.Of(catalog.Portuguese),
				"el host "+h+" es "+p.Of(catalog.Spanish))}}
		}
	}
	return nil
}

func countMembers(o *object, names []string) int { return len(presentMembers(o, names)) }

func presentMembers(o *object, names []string) []string {
	var out []string
	for _, n := range names {
		if o.has(n) {
			out = append(out, n)
		}
	}
	return out
}

// scored is one provider's total.
type scored struct {
	provider *catalog.Provider
	score    float64
	evidence []signal
	class    *catalog.Cue // the provider's SDK exception class found in the paste, if any
}

// detect scores every provider and returns them best first. hint (a provider id) adds a
// little to that provider, only when something else already supports it.
func detect(f *facts, hint string) []scored {
	owners := ownersOf(f)
	rs := f.all()
	out := make([]scored, 0, len(rs))
	for _, r := range rs {
		sig := r.score(f, &owners)
		if len(sig) == 0 {
			// No envelope of its own: its code, or its own words, may still be there.
			sig = append(owners.alone(f, r.provider), ownWordsSignal(f, r.provider)...)
		}
		host := hostSignal(f, r.provider)
		if host == nil && r.base != nil {
			host = hostSignal(f, r.base)
		}
		sig = append(sig, host...)
		sig = append(sig, saysSignal(f, &owners, r.provider)...)
		cues, class := cueSignals(f, r.provider)
		if cues == nil && r.base != nil {
			cues, class = cueSignals(f, r.base)
		}
		sig = append(sig, cues...)
		total := 0.0
		for _, x := range sig {
			total += x.weight
		}
		if hint == r.provider.ID() && total > 0 {
			id := r.provider.ID()
			sig = append(sig, signal{1, tx("the page was set up for "+id, "a página foi configurada para "+id, "la página se configuró para "+id)})
			total++
		}
		if total <= 0 {
			continue
		}
		slices.SortStableFunc(sig, func(a, b signal) int { return cmpDesc(a.weight, b.weight) })
		out = append(out, scored{provider: r.provider, score: total, evidence: sig, class: class})
	}
	slices.SortStableFunc(out, func(a, b scored) int { return cmpDesc(a.score, b.score) })
	return out
}

// cmpDesc orders larger first.
func cmpDesc(a, b float64) int {
	switch {
	case a > b:
		return -1
	case a < b:
		return 1
	}
	return 0
}

// confidence maps a score to (0, 1): each 1.5 points halves the doubt.
func confidence(score float64) float64 {
	c := 1 - math.Pow(0.5, score/1.5)
	return math.Round(c*100) / 100
}

// identity is who sent the error: the provider credited with it (nil when none reaches
// claimThreshold) with its evidence, and the others with some support.
type identity struct {
	provider     *catalog.Provider
	score        float64
	evidence     []signal
	alternatives []scored
	class        *catalog.Cue // the credited provider's SDK exception class in the paste
}

// identify scores the providers and credits the best one when its score is enough.
//
// A failure below HTTP is no provider's error: nothing answered. The provider whose
// host was called is an alternative, not the sender.
func identify(f *facts, hint string) identity {
	ranked := detect(f, hint)
	if len(ranked) == 0 || ranked[0].score < claimThreshold || f.transport != nil {
		return identity{alternatives: ranked}
	}
	top := ranked[0]
	return identity{provider: top.provider, score: top.score, evidence: top.evidence, alternatives: ranked[1:], class: top.class}
}

// firstItem returns the first object of the array member key.
func firstItem(o *object, key string) *object {
	list, _ := o.get(key).([]any)
	for _, v := range list {
		if io, ok := v.(*object); ok {
			return io
		}
	}
	return nil
}

// codeString reads a code that may be a JSON string or number (Mercado Pago's cause
// codes are numbers).
func codeString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case number:
		return string(x)
	}
	return ""
}
