package decode

import (
	"cmp"
	"strconv"
	"strings"
	"sync"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/internal/grams"
)

// knowledge is what decifra knows of one kind of error, wherever it comes from: a
// provider's catalog entry, an issuer's response code, a GSMA category, a network
// failure, an HTTP status, or only the words of the paste. Every text is in every
// language; the explanation picks one at the end.
type knowledge struct {
	category    catalog.Category
	title       catalog.Text
	meaning     catalog.Text
	fix         []catalog.Text
	strategy    catalog.Strategy
	why         catalog.Text // the reason for the strategy
	retrySource catalog.Text // where the strategy comes from
	idempotency catalog.Text // how to resend a write; zero for the generic advice
	source      catalog.Text // the document the knowledge comes from
	status      int          // the documented status, for a paste that has none; 0: none
	// nothingSent: the request provably never reached the server (a connection never
	// made), so resending is safe even for a POST without an idempotency key.
	nothingSent bool
}

// same is a text that reads alike in every language: a citation, a URL.
func same(s string) catalog.Text { return catalog.Text{EN: s, PT: s, ES: s} }

// fill is t with the "\x00"s of each language replaced by v, in order: one call where
// each language's words were joined on their own (the wasm's code is the smaller for it).
func fill(t catalog.Text, v ...string) catalog.Text {
	return fillOf(t, nil, v...)
}

// fillOf is fill with p's name as well, as each language puts it: "\x01" for p.Of
// ("Stripe's", "da Stripe", "de Stripe"), "\x02" p.Name, "\x03" p.The, "\x04" p.By.
func fillOf(t catalog.Text, p *catalog.Provider, v ...string) catalog.Text {
	// Through In, for t may be a text of the language packs (catalog.Said…), which a
	// textpack build holds as a reference alone.
	return catalog.T(fillIn(t.In(catalog.English), v, p, catalog.English), fillIn(t.In(catalog.Portuguese), v, p, catalog.Portuguese), fillIn(t.In(catalog.Spanish), v, p, catalog.Spanish))
}

// fillIn puts v, in order, in place of s's "\x00"s (catalog.PackSlot in a text read from
// a language pack, whose texts NUL ends), and (when p is not nil) p's name as lang puts it
// in place of "\x01" to "\x04": only the forms s uses are made.
func fillIn(s string, v []string, p *catalog.Provider, lang catalog.Lang) string {
	var b strings.Builder
	b.Grow(len(s) + 32)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case (c == 0 || c == catalog.PackSlot) && len(v) > 0:
			b.WriteString(v[0])
			v = v[1:]
		case c == 1 && p != nil:
			b.WriteString(p.Of(lang))
		case c == 2 && p != nil:
			b.WriteString(p.Name(lang))
		case c == 3 && p != nil:
			b.WriteString(p.The(lang))
		case c == 4 && p != nil:
			b.WriteString(p.By(lang))
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// cat joins texts, language by language.
func cat(parts ...catalog.Text) catalog.Text {
	var t catalog.Text
	for _, p := range parts {
		t.EN += p.In(catalog.English)
		t.PT += p.In(catalog.Portuguese)
		t.ES += p.In(catalog.Spanish)
	}
	return t
}

// entryKnowledge is what a provider's catalog entry says.
func entryKnowledge(p *catalog.Provider, e catalog.Entry) *knowledge {
	return &knowledge{category: e.Category, title: e.Title, meaning: e.Meaning, fix: e.Fix,
		strategy: e.Retry, why: e.RetryWhy, idempotency: e.Idempotency, source: same(e.Cite()), status: e.Status,
		retrySource: fillOf(catalog.SaidReference, p, e.Code)}
}

// issuerKnowledge is what the card issuer's ABECS response code says, passed on by a
// gateway.
func issuerKnowledge(e catalog.Entry) *knowledge {
	return &knowledge{category: e.Category, title: e.Title, meaning: e.Meaning, fix: e.Fix,
		strategy: e.Retry, why: e.RetryWhy, idempotency: e.Idempotency, source: same(e.Cite()),
		retrySource: fill(catalog.SaidABECSIssuerResponseCode, e.Code)}
}

// transportKnowledge is what a failure below HTTP says: whether anything was sent.
func transportKnowledge(t catalog.Transport) *knowledge {
	k := &knowledge{category: t.Category, title: t.Title, meaning: t.Meaning, fix: t.Fix, strategy: t.Retry, why: t.RetryWhy,
		retrySource: t.RetrySource, source: catalog.TransportSource(), status: t.Status,
		nothingSent: !t.Sent || t.Retry == catalog.Backoff}
	if k.retrySource.IsZero() {
		k.retrySource = catalog.SaidNetworkFailureHTTPResponse
	}
	if k.nothingSent {
		k.idempotency = catalog.SaidNothingReachedAPIResendingSafe
	}
	return k
}

// statusKnowledge is what HTTP itself says of the status.
func statusKnowledge(status int) (*knowledge, bool) {
	s, ok := catalog.HTTPStatus(status)
	if !ok {
		return nil, false
	}
	st := strconv.Itoa(status)
	return &knowledge{category: s.Category, title: s.Title, meaning: s.Meaning, fix: s.Fix, strategy: s.Retry, why: s.RetryWhy,
		source: same(s.Source), retrySource: same("HTTP " + st)}, true
}

// declineKnowledge is what every refused payment means, for a refusal whose code the
// provider's catalog does not explain.
func declineKnowledge(p *catalog.Provider, code string) *knowledge {
	k := &knowledge{category: catalog.Business, strategy: catalog.Fix, source: same(p.Source()),
		title:   catalog.SaidPaymentDeclined,
		meaning: fillOf(catalog.SaidCallWorkedButPaymentWasRefused, p),
		fix: []catalog.Text{
			catalog.SaidShowBuyerGenericRefusalDetailed,
			catalog.SaidIfReasonIsBanks,
		},
		why:         catalog.SaidSamePaymentDataRefusedAgain,
		retrySource: catalog.SaidRefusedPayment,
		idempotency: catalog.SaidRefusalFinalAttemptSendNew,
	}
	if code != "" {
		k.meaning = cat(k.meaning, fill(catalog.SaidReferenceDoesNotDocumentCode, code))
	}
	return k
}

// unknownKnowledge is all there is when neither a code nor an HTTP status is known: the
// strategy guessed from the words, the provider's own message as the title.
func unknownKnowledge(p *catalog.Provider, code, message, details string) *knowledge {
	k := &knowledge{category: catalog.UnknownCategory, strategy: guessStrategy(message + " " + details),
		retrySource: catalog.SaidGuessedFromMessagePasteHas,
		title:       catalog.SaidErrorFromUnrecognisedAPI,
		meaning:     catalog.SaidPasteHoldsErrorButNeither,
	}
	if p == nil {
		return k
	}
	if t := message; t != "" || code != "" {
		if t == "" {
			t = code
		}
		k.title = same(t)
	}
	if code != "" {
		k.meaning = fillOf(catalog.SaidErrorReferenceDoesNotDocumentPaste, p, code)
	} else {
		k.meaning = catalog.SaidPasteCarriesNeitherErrorCode
	}
	return k
}

// known is what the know step settles: the code, what is known of it, and the provider's
// own words as they will be shown.
type known struct {
	provider          *catalog.Provider // nil when none is credited
	code              string
	k                 *knowledge
	title             string // the paste's own title (a problem body's), which wins over k's
	message, details  string
	status            int  // the status shown: the paste's, else the documented one
	statusFromCatalog bool // status is the documented one: the paste has none
	firstStep         catalog.Text
	notes             []catalog.Text
	decline           *declineState // a card refusal, as the decline policy settled it (decline.go); nil: not one
}

// know settles what the error means: the provider's reading of its code, else what a
// network failure, a refused payment, the HTTP status or only the message say.
func know(f *facts, id identity) *known {
	kn := &known{provider: id.provider, code: f.code, message: f.message, status: f.shownStatus}
	kn.ownWords(f)
	var r reading
	if p := id.provider; p != nil {
		r = readCode(f, p)
		if r.k == nil && !r.decline {
			if r.code == "" && f.ownBy == p {
				if _, ok := matchMessage(p, kn.status, f.ownLine); ok {
					// The message line is the app's, another line holds the provider's words.
					kn.message, r.message = f.ownLine, f.ownLine
				}
			}
			if w := wrappedWords(f); r.code == "" && w != "" && markIn(p, strings.ToLower(w)) != "" {
				if e, ok := matchMessage(p, 0, w); ok {
					// An app's own answer wraps the provider's words: {"message": "Failed
					// to create checkout session", "error": "No such price: 'price_…'"},
					// sent with the app's status (a 500), not the provider's. Only words
					// that are the provider's own mark ("No such price: '"), not "no such
					// file or directory".
					r = reading{code: e.Code, k: entryKnowledge(p, e), message: w}
					r.note = messageReadAs(p, e.Code)
				}
			}
			if r.k == nil {
				r = kn.inferred(f, p, id.class, r)
			}
		}
		if r.code == "invalid_request_error" && p == catalog.Stripe {
			if k := stripeKeyRefusal(p, cmp.Or(r.message, kn.message)); k != nil {
				r.k = k // the type's words say which 401
			}
		}
		kn.code = r.code
		if r.message != "" {
			kn.message = r.message
		}
		if kn.details == "" {
			kn.details = r.details
		}
		kn.notes = append(kn.notes, r.note)
		if (r.k == nil || r.undocumented) && kn.code != "" {
			kn.notes = append(kn.notes, fillOf(catalog.SaidCodeNotReference, p, kn.code))
		}
	}
	switch status, knownStatus := statusKnowledge(kn.status); {
	case f.transport != nil:
		kn.k = transportKnowledge(*f.transport)
		kn.code = f.code // an HTTP client's own code (ECONNABORTED), else the runtime's
		if kn.code == "" || f.parts.prose {
			kn.code = runtimeCode(f.masked, *f.transport)
		}
		if kn.message == "" { // the runtime's own words are not the provider's message
			kn.details = lineWith(f.masked, f.transport.Match)
		}
	case r.k != nil:
		kn.k = r.k
		if r.decline {
			kn.k.meaning = cat(refusedInSuccess(kn.status), kn.k.meaning)
		}
		if (kn.k.strategy == catalog.Fix || kn.k.strategy == catalog.CheckFirst) && doneBefore(kn.message) {
			// A code of many causes whose message says this one is final ("You cannot
			// confirm this PaymentIntent because it has already succeeded", "This
			// transaction has already been fully refunded"): nothing to fix or look up.
			k := *kn.k
			k.strategy = catalog.None
			kn.k = &k
		} else if kn.k.strategy == catalog.CheckFirst && kn.k.category == catalog.StateCategory && stateWantsChange(kn.message) {
			// A state error whose message says what the request lacks or may do ("You
			// cannot confirm this PaymentIntent because it's missing a payment method",
			// "You may only update the amount … with one of the following statuses"):
			// nothing to look up, the request must change.
			k := *kn.k
			k.strategy = catalog.Fix
			kn.k = &k
		}
	case r.decline:
		kn.k = declineKnowledge(id.provider, kn.code)
	case knownStatus:
		kn.k = status
		if kn.status == 503 && gaveUpWaiting(kn.code, kn.message+" "+kn.details) {
			// A 503 that says the wait ran out (Heroku's router: code=H12 desc="Request
			// timeout"): the app behind it may still have done the work, as with a 504.
			if t, ok := statusKnowledge(504); ok {
				k := *status
				k.category, k.strategy, k.why = t.category, t.strategy, t.why
				kn.k = &k
			}
		}
		if i := strings.Index(kn.message, "[This error message is only provided on TEST"); kn.status == 500 && i >= 0 && namesCauseToChange(kn.message[:i]) && guessStrategy(kn.message) == catalog.Fix {
			// Adyen's test environment adds what a LIVE 500 leaves out ("Acquirer account
			// 'BoletoBancarioSantander_AdyenTest' is no longer supported [This error message
			// is only provided on TEST, …]"): a cause the request or the account must change,
			// when its words say so (not "Could not connect to acquirer").
			k := *status
			k.strategy, k.why, k.retrySource = catalog.Fix, catalog.Text{}, catalog.SaidAdyenTestDetailNamesCause
			kn.k = &k
		}
		if (kn.status == 409 || (kn.status == 400 || kn.status == 422) && existsAlready(kn.message+" "+kn.details)) && guessStrategy(kn.message+" "+kn.details) == catalog.None {
			// A conflict whose words say the thing was done before ("A duplicate record
			// exists", "has already been refunded"): the same request can never succeed.
			k := *status
			k.strategy = catalog.None
			kn.k = &k
		}
	default:
		kn.k = unknownKnowledge(id.provider, kn.code, kn.message, kn.details)
		// Words are all there is: those of the whole paste's start count too when it is
		// text ("Failed Transaction.\nError Message: … Please try again.").
		if f.lower != "" {
			kn.k.strategy = guessStrategy(kn.message + " " + kn.details + " " + f.lower[:min(len(f.lower), 2048)])
		}
	}
	if f.transport == nil {
		kn.applyDeclinePolicy(r.card, r.decline) // the card-decline policy, decline.go
	}
	// A generic problem body speaks for itself: its title and detail beat the status's.
	if r.k == nil && f.problem {
		kn.title = f.body.str("title")
		if d := f.body.str("detail"); d != "" {
			kn.message = d
		}
	}
	kn.firstStep = r.firstStep
	if kn.firstStep.IsZero() {
		kn.firstStep = wwwAuthenticateStep(headerValue(f.headers, "WWW-Authenticate"))
	}
	if kn.status == 0 && kn.k.status != 0 && !r.decline {
		// A refusal inside a successful answer borrows an entry's words, not its status.
		kn.status, kn.statusFromCatalog = kn.k.status, true
	}
	return kn
}

// namesCauseToChange reports whether words say that something the request sent, or the
// account's setup, is wrong or missing ("is no longer supported", "Missing payment method
// details: issuer", "No InvoiceLines provided").
func namesCauseToChange(words string) bool {
	w := strings.ToLower(words)
	for _, c := range [...]string{"supported", "missing", "provided", "invalid", "configured", "not allowed", "not enabled", "required", "incorrect"} {
		if strings.Contains(w, c) {
			return true
		}
	}
	return false
}

// existsAlready reports whether a 400's or a 422's words say that what it creates is there
// already or was done before ("Webhook URL already exists", "Duplicate transaction",
// "This charge has already been refunded"): a conflict sent with another status. Not
// "OTP has already been sent" (wait, then ask again).
func existsAlready(words string) bool {
	m := strings.ToLower(words)
	return strings.Contains(m, "already exist") || strings.Contains(m, "duplicate") || doneBefore(words)
}

// gaveUpWaiting reports whether an error's code or words say that a gateway stopped
// waiting for the server behind it: Heroku's H12, "Request timeout", "timed out",
// "first byte timeout".
func gaveUpWaiting(code, words string) bool {
	if code == "H12" {
		return true
	}
	w := strings.ToLower(words)
	// Varnish's (Fastly's) "Error 503 first byte timeout": the backend had not begun to answer.
	return strings.Contains(w, "request timeout") || strings.Contains(w, "timed out") || strings.Contains(w, "first byte timeout")
}

// stateWantsChange reports whether a message of a state error says what the request must
// change: something missing or required, or the states the operation is allowed in.
func stateWantsChange(message string) bool {
	m := strings.ToLower(message)
	for _, w := range [...]string{"missing a ", "is missing", "you may only", "is required", "must provide", "already set", "already has a", "already has been set", "cancel this paymentintent and create a new one"} {
		if strings.Contains(m, w) {
			return true
		}
	}
	return false
}

// doneBefore reports whether a message says that what the request asked for was done
// before and is final: paid, succeeded, refunded or captured already (finalStateWords).
func doneBefore(message string) bool {
	return len(message) <= 400 && saysDone(strings.ToLower(message)) != ""
}

// inferred reads what a body with none of the provider's envelope (an SDK's exception
// line, a bare code, a message alone) still tells: a code the provider documents, a
// message that is the provider's own words, the error type its SDK's class stands for.
func (kn *known) inferred(f *facts, p *catalog.Provider, class *catalog.Cue, r reading) reading {
	if class != nil && kn.status == 0 && class.Status != 0 {
		kn.status = class.Status
	}
	code := kn.code
	if code == "" {
		code = f.code
	}
	if c := lookup(p, code); c.k != nil {
		c.message, c.details = r.message, r.details
		return c
	}
	if e, ok := matchMessage(p, kn.status, kn.message+" "+kn.details); ok && !p.CodesInferred() {
		own := r.code // the provider's envelope named a code its reference lacks, of the shape of its codes: it stays the paste's code
		if looksLikeStatus(own) || isNumber(own) != isNumber(e.Code) || isNumber(own) && len(own) != len(e.Code) {
			own = "" // a wrapper's number (Guzzle's 400) is no code of the provider's
		}
		r = reading{code: cmp.Or(own, e.Code), k: entryKnowledge(p, e), message: r.message, details: r.details}
		r.note = messageReadAs(p, e.Code)
		return r
	}
	if class != nil && class.Code != "" {
		if c := lookup(p, class.Code); c.k != nil {
			c.message, c.details = r.message, r.details
			return c
		}
	}
	if r.code == "" {
		r.code = code // a code the reference does not list is still the paste's code
	}
	return r
}

// matchMessage finds the entry whose Match phrase occurs in text (lower-cased), the
// longest phrase winning: the provider's own message, quoted without its code. An entry
// documented with another status than the paste's does not match.
func matchMessage(p *catalog.Provider, status int, text string) (catalog.Entry, bool) {
	lower, g := grams.Lower(text)
	return matchLower(p, status, lower, g)
}

// matchLower is matchMessage for text already in lower case, with its grams when known.
func matchLower(p *catalog.Provider, status int, text string, grams *grams.Set) (catalog.Entry, bool) {
	best, bestLen := -1, 0
	for _, m := range matchPhrases(p) {
		if status != 0 && m.status != 0 && m.status != status {
			continue
		}
		if len(m.phrase) > bestLen && grams.MayHold(m.phrase) && strings.Contains(text, m.phrase) {
			best, bestLen = m.entry, len(m.phrase)
		}
	}
	if best < 0 {
		return catalog.Entry{}, false
	}
	return p.Entry(best), true
}

// matchPhrase is one Match phrase of a provider's entry, with the entry's context, index
// and documented status.
type matchPhrase struct {
	phrase, context string
	entry, status   int
}

// phraseCache holds each provider's Match phrases, read once: in the wasm builds a
// provider's entries are a table of text, and reading every line of 33 tables for each
// paste cost more than the rest of its explanation (13 ms for 31 pastes of 1 KB
// natively, against 5 ms with the phrases at hand).
// A map behind a lock, as cueCache.
var phraseCache struct {
	sync.RWMutex
	m map[*catalog.Provider][]matchPhrase
}

func matchPhrases(p *catalog.Provider) []matchPhrase {
	phraseCache.RLock()
	v, ok := phraseCache.m[p]
	phraseCache.RUnlock()
	if ok {
		return v
	}
	out := []matchPhrase{}
	for i, e := range p.AllPhrases() {
		for _, m := range e.Match {
			out = append(out, matchPhrase{phrase: m, context: e.Context, entry: i, status: e.Status})
			if strings.Contains(m, "'") {
				// The same words with a typographic apostrophe, as a chat, a document or
				// an issue's editor turns "can't" into "can’t".
				out = append(out, matchPhrase{phrase: strings.ReplaceAll(m, "'", "’"), context: e.Context, entry: i, status: e.Status})
			}
		}
	}
	phraseCache.Lock()
	defer phraseCache.Unlock()
	if v, ok := phraseCache.m[p]; ok { // another goroutine's, stored first
		return v
	}
	if phraseCache.m == nil {
		phraseCache.m = map[*catalog.Provider][]matchPhrase{}
	}
	phraseCache.m[p] = out
	return out
}

// runtimeCode is the name the runtime gave a failure below HTTP, as the paste spells it
// (ESOCKETTIMEDOUT, "cURL error 28", SSL_ERROR_SYSCALL), else decifra's name for it.
func runtimeCode(text string, t catalog.Transport) string {
	head := text[:min(len(text), 64<<10)]
	if i := strings.Index(head, "[curl] "); i >= 0 {
		// Guzzle 3's "[curl] 28: Operation timed out …": the number is all it names.
		if n := codeToken(head[i+len("[curl] "):]); isNumber(n) {
			return n
		}
	}
	lower := strings.ToLower(catalog.CanonicalCurl(head))
	if i := strings.Index(lower, "curl error "); i >= 0 {
		if n := codeToken(lower[i+len("curl error "):]); isNumber(n) {
			return "cURL error " + n
		}
	}
	for _, m := range t.Match {
		if looksLikeErrno(m) && strings.Contains(lower, m) {
			return strings.ToUpper(m)
		}
	}
	for _, m := range [...]string{"esockettimedout", "etimedout", "econnreset", "econnrefused", "econnaborted", "enotfound",
		"eai_again", "ehostunreach", "enetunreach", "epipe",
		// Node's codes for a certificate it refused: "code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'".
		"unable_to_verify_leaf_signature", "self_signed_cert_in_chain", "depth_zero_self_signed_cert", "cert_has_expired",
		"unable_to_get_issuer_cert_locally", "err_tls_cert_altname_invalid"} {
		if strings.Contains(lower, m) {
			return strings.ToUpper(m)
		}
	}
	return t.Code
}

// looksLikeErrno reports whether a lower-case phrase is one runtime error name
// (etimedout, econnreset, eai_again, ssl_error_syscall).
func looksLikeErrno(m string) bool {
	if strings.ContainsAny(m, " :/.") {
		return false
	}
	return strings.HasPrefix(m, "e") && len(m) >= 5 || strings.HasPrefix(m, "ssl_error_")
}

// ownWords reads the message and details the paste itself gives, before any provider's
// reading: an HTML error page's headline stands for a message.
func (kn *known) ownWords(f *facts) {
	if d := f.errObj.str("details"); d != "" && d != f.message {
		kn.details = d
	} else if d := f.errObj.str("ExceptionMessage"); d != "" && d != f.message && aspNetError(f.errObj) {
		kn.details = d // ASP.NET Web API's: its Message is "An error has occurred." whatever failed
	}
	p := f.parts
	if kn.message != "" || p.bodyText == "" {
		return
	}
	kn.message = htmlHeadline(p.bodyText)
	if srv := htmlServer(p.bodyText, p.headers); srv != "" && p.body == nil {
		kn.notes = append(kn.notes, fill(catalog.SaidHTMLErrorPageFromProxyCDN, srv))
	}
}

// refusedInSuccess leads the meaning of a refused payment that the API answered with
// success.
func refusedInSuccess(status int) catalog.Text {
	worked := catalog.SaidCallWorked
	if status >= 200 && status <= 299 {
		worked = cat(worked, same(" (HTTP "+strconv.Itoa(status)+")"))
	}
	return cat(worked, catalog.SaidButPaymentWasRefused)
}

// wrappedWords is the string an app's own error body keeps beside its message under
// "error" ({"message": "Failed to create checkout session", "error": "No such price: …"}):
// the words of the API it called, passed on. "" when there is none, or when it only
// repeats the message (a logger's record whose error is the message with its stack).
func wrappedWords(f *facts) string {
	if f.body == nil || f.message == "" {
		return ""
	}
	w := f.body.str("error")
	if len(w) < 8 || strings.Contains(w, f.message) {
		return "" // none, or the message again with its stack
	}
	return w
}

// messageReadAs is the note that p's message, with no code of its own, was read as code.
func messageReadAs(p *catalog.Provider, code string) catalog.Text {
	return fillOf(catalog.SaidMessageWasRead, p, code)
}
