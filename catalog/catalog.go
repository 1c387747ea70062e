package catalog

import (
	"iter"
	"slices"
	"strings"

	"github.com/decifra/decifra/internal/decimal"
)

// Lang is a language tag decifra writes explanations in. Its values are the JSON
// contract's `lang` strings.
type Lang string

// The languages every entry and every UI string is written in. Adding one is adding a
// constant here, a field to Text and the text itself; nothing else branches on language.
const (
	English    Lang = "en"
	Portuguese Lang = "pt-BR"
	Spanish    Lang = "es"
)

// Langs lists the languages decifra speaks, English (the fallback) first.
var Langs = [...]Lang{English, Portuguese, Spanish}

// ParseLang maps a user's language setting to a Lang: a BCP 47 tag ("pt-BR", "es-MX"), an
// Accept-Language value ("es-AR,es;q=0.9,en;q=0.8": the first supported tag wins), or a
// POSIX locale ("pt_BR.UTF-8"). Anything else is English, the zero value included.
func ParseLang(s string) Lang {
	for tags, more := s, true; more; {
		var tag string
		tag, tags, more = strings.Cut(tags, ",")
		tag, _, _ = strings.Cut(tag, ";")
		tag = strings.ToLower(strings.TrimSpace(tag))
		switch {
		case strings.HasPrefix(tag, "pt"):
			return Portuguese
		case strings.HasPrefix(tag, "es"):
			return Spanish
		case strings.HasPrefix(tag, "en"):
			return English
		}
	}
	return English
}

// Text is one piece of prose in every language decifra speaks. An empty Text means
// "nothing to say"; a Text missing a language falls back to English (a test keeps the
// catalog complete).
type Text struct {
	EN string // English
	PT string // Brazilian Portuguese
	ES string // Latin American Spanish
	// ref is the text's place in the language packs, in a textpack build (see
	// textpack.go), whose tables hold no prose; 0 when the text is here.
	ref uint32
}

// T builds a Text from its English, Portuguese and Spanish.
func T(en, pt, es string) Text { return Text{EN: en, PT: pt, ES: es} }

// In returns the text in lang, falling back to English when that language is missing.
func (t Text) In(lang Lang) string {
	if t.ref != 0 {
		return packed(lang, t.ref)
	}
	s := ""
	switch lang {
	case Portuguese:
		s = t.PT
	case Spanish:
		s = t.ES
	}
	if s == "" {
		return t.EN
	}
	return s
}

// Has reports whether t is written in lang (not only through the English fallback).
func (t Text) Has(lang Lang) bool {
	if t.ref != 0 {
		return packed(lang, t.ref) != ""
	}
	switch lang {
	case Portuguese:
		return t.PT != ""
	case Spanish:
		return t.ES != ""
	}
	return t.EN != ""
}

// IsZero reports whether t holds no text in any language.
func (t Text) IsZero() bool { return t == Text{} }

// Strategy says whether, when and how a failed request may be sent again. The values are
// the JSON contract's `retry.strategy` strings.
type Strategy string

// The retry strategies of DESIGN.md.
const (
	// None: the same request can never succeed (already paid, final state, duplicate).
	None Strategy = "none"
	// Fix: correct the request (data, key, permission, balance) and send it again.
	Fix Strategy = "fix"
	// Wait: retry after a delay: the one the response states (after_seconds), or, for a
	// refused card whose reason is temporary, later within the card networks' limits
	// (Reattempt, in hours and days; see Decline.Strategy for why not backoff).
	Wait Strategy = "wait"
	// Backoff: transient; retry with exponential backoff (1 s, 2 s, 4 s, 8 s), reusing
	// the idempotency key for writes.
	Backoff Strategy = "backoff"
	// CheckFirst: the outcome is unknown; look the resource up before resending a write.
	CheckFirst Strategy = "check_first"
)

// Strategies lists every strategy.
var Strategies = [...]Strategy{None, Fix, Wait, Backoff, CheckFirst}

// Category groups errors by what went wrong. The values are the JSON contract's
// `category` strings.
type Category string

// The categories an entry may have.
const (
	Authentication Category = "authentication" // the caller is not identified: key missing, wrong, expired, revoked
	Authorization  Category = "authorization"  // identified but not allowed: scopes, IP list, inactive account
	Validation     Category = "validation"     // the request's data is malformed or out of range
	NotFound       Category = "not_found"      // the resource named does not exist (for this caller)
	Conflict       Category = "conflict"       // duplicate, already exists, idempotency clash
	StateCategory  Category = "state"          // the resource is in a state that forbids the operation (expired, paid, cancelled)
	Business       Category = "business_rule"  // valid request refused by a business rule (balance, limits, declines)
	RateLimit      Category = "rate_limit"     // too many requests
	Upstream       Category = "upstream"       // a bank, network or partner behind the provider failed
	Timeout        Category = "timeout"        // a call inside the provider timed out; outcome unknown
	Unavailable    Category = "unavailable"    // the service is down or in maintenance
	Internal       Category = "internal"       // the provider's own unexpected failure
	// UnknownCategory is an explanation's category when nothing tells what went wrong. No
	// entry has it.
	UnknownCategory Category = "unknown"
)

// Categories lists every category an entry may have (UnknownCategory is not one).
var Categories = [...]Category{Authentication, Authorization, Validation, NotFound, Conflict,
	StateCategory, Business, RateLimit, Upstream, Timeout, Unavailable, Internal}

// Entry is one documented error code of one provider.
type Entry struct {
	// Code is the provider's code exactly as it appears in responses.
	Code string
	// Context is where the code is found, for a provider that gives one code several
	// meanings in different members or APIs (Cielo's ReturnCode and ReasonCode, PagBank's
	// XML and v4 APIs); "" for its main use. Lookup finds the first entry of a code;
	// LookupIn the one of a context.
	Context string
	// Status is the HTTP status the provider documents for the code; 0 means the
	// document gives none ("not documented").
	Status int
	// Category groups the error.
	Category Category
	// Title is a short name for the error.
	Title Text
	// Meaning says what happened, in a sentence or two.
	Meaning Text
	// Fix lists the steps that resolve the error, most likely first.
	Fix []Text
	// Retry is the strategy for sending the request again.
	Retry Strategy
	// RetryWhy is the reason for that strategy.
	RetryWhy Text
	// Idempotency is advice on resending writes safely; empty when it does not matter.
	Idempotency Text
	// Match lists lower-case phrases that identify the code from a response that does not
	// carry it (Cashier's problem bodies give only status, title and detail). A phrase
	// matches when it occurs in the lower-cased title or detail. Empty for providers that
	// always send the code.
	Match []string
	// Source cites where the entry comes from: the seed document and section, or a URL.
	// Read it with Cite: a textpack build keeps it in the packs.
	Source string
	// sourceRef is Source's place in the packs, in a textpack build; 0 otherwise.
	sourceRef uint32
}

// clone returns e with slices of its own, so that a caller cannot change the table.
func (e Entry) clone() Entry {
	e.Fix = slices.Clone(e.Fix)
	e.Match = slices.Clone(e.Match)
	return e
}

// HeaderRule is a response header by which a provider states its own retry verdict
// (Stripe-Should-Retry, Adyen's transient-error): when the header has Value, the strategy
// becomes Strategy, provided the strategy so far is one of When.
type HeaderRule struct {
	Header   string     // the response header, matched case-insensitively
	Value    string     // its value, matched case-insensitively
	Strategy Strategy   // the strategy the header states
	When     []Strategy // the strategies it overrides
	Why      Text       // the reason shown for the strategy
	Source   Text       // where the strategy comes from, as the card says it
}

// CueKind says what a Cue is, and so how much it weighs.
type CueKind uint8

// The kinds of cue, strongest first.
const (
	// SDKClass is an exception class of one of the provider's SDKs (Stripe::CardError,
	// Adyen\AdyenException): it is thrown only for the provider's own errors.
	SDKClass CueKind = iota
	// SDKPath is a path the provider's SDK lives in (vendor/stripe/stripe-php,
	// node_modules/mercadopago): a stack frame of the call that failed.
	SDKPath
	// Name is the provider's name in prose ("Retorno PagSeguro: Unauthorized"): it points
	// to the provider only beside an error, and never outweighs an envelope.
	Name
	// APIMark is something only the provider's API writes in its answers: an XML
	// namespace (urn:ebay:api:PayPalAPI), a header of its own (Paypal-Debug-Id). As strong
	// as an SDK's class.
	APIMark
	// Plugin is a phrase that a shop plugin for the provider writes around its errors
	// (PagSeguro's Magento module: "Um erro ocorreu em seu pagamento."): as strong as a
	// path of its SDK.
	Plugin
	// SDKMessage is a message one of the provider's SDKs writes itself, not its API
	// (Stripe's mobile SDKs' "There was an unexpected error -- try again in a few
	// seconds"): as strong as an SDK's class.
	SDKMessage
)

// Cue is something in a paste, besides an error body or a host, that points to the
// provider.
type Cue struct {
	// Text is matched without regard to case, as a substring of the paste.
	Text string
	Kind CueKind
	// Status is the HTTP status an SDK exception class stands for (Stripe::RateLimitError
	// is a 429); 0 when the class does not tell.
	Status int
	// Code is the provider's code or error type the class stands for (Stripe::CardError
	// is a card_error); "" when it does not tell.
	Code string
}

// Provider is one payment API decifra knows. Its fields are unexported: a *Provider is a
// read-only handle on the catalog's tables, and everything its methods return is the
// caller's own.
type Provider struct {
	id   string
	name string
	// localName is the name in the languages where it differs from name.
	localName Text
	// masculine says that Portuguese puts "o" before the name (o Mercado Pago, do PayPal);
	// otherwise "a" (a Stripe, da API Pix).
	masculine bool
	// docsURL is the provider's error reference; empty when none is public.
	docsURL string
	// hosts lists API host names; a host that ends with one of them is the provider's.
	hosts []string
	// envelope describes the error body's shape, for people.
	envelope Text
	// rateLimitHeaders lists the rate-limit headers the provider documents.
	rateLimitHeaders []string
	// idempotencyHeader is the request header that makes writes safe to resend; empty
	// when the provider documents none.
	idempotencyHeader string
	// idempotencyInferred is true when the provider's document speaks of idempotency keys
	// but never names their header, so idempotencyHeader is decifra's inference (Cashier:
	// the IETF draft's Idempotency-Key), to be presented as such.
	idempotencyInferred bool
	// support says what to send to the provider's support.
	support Text
	// source cites the document the provider's facts come from.
	source string
	// codesInferred is true when the provider's error bodies do not carry its codes
	// (Cashier's RFC 7807 problems give status, title and detail): decifra names the code
	// from Entry.Match, and a code member in a body is not evidence for this provider.
	codesInferred bool
	// retryHeaders are the response headers by which the provider states its own retry
	// verdict.
	retryHeaders []HeaderRule
	// cues are what, besides its error bodies and hosts, points to the provider in a
	// paste: its SDKs' exception classes and package paths, its name in a log line.
	cues []Cue
	// entries are the provider's documented error codes, in the document's order.
	entries []Entry
	// table holds the entries instead, in a textpack build (see textpack.go): one line
	// each, parsed only when looked up.
	table string
	// body, origin and overrides are set for a provider from a custom catalog only (see
	// custom.go).
	body      *Body
	origin    string
	overrides bool
}

// ID is the stable identifier used in the JSON contract (`provider.id`).
func (p *Provider) ID() string { return p.id }

// Name returns the provider's display name in lang.
func (p *Provider) Name(lang Lang) string {
	if s := p.localName.In(lang); s != "" && p.localName.Has(lang) {
		return s
	}
	return p.name
}

// Of returns "of the provider" as lang says it: "Stripe's", "da Stripe", "do Mercado
// Pago", "de Stripe".
func (p *Provider) Of(lang Lang) string {
	name := p.Name(lang)
	switch lang {
	case Portuguese:
		if p.masculine {
			return "do " + name
		}
		return "da " + name
	case Spanish:
		return "de " + name
	}
	return name + "'s"
}

// The returns the name after Portuguese's article ("a Stripe", "o PayPal"); other
// languages use the bare name.
func (p *Provider) The(lang Lang) string {
	name := p.Name(lang)
	if lang != Portuguese {
		return name
	}
	if p.masculine {
		return "o " + name
	}
	return "a " + name
}

// By returns "by the provider" in lang: "by Stripe", "pela Stripe", "pelo PayPal", "por
// Stripe".
func (p *Provider) By(lang Lang) string {
	switch lang {
	case Portuguese:
		if p.masculine {
			return "pelo " + p.Name(lang)
		}
		return "pela " + p.Name(lang)
	case Spanish:
		return "por " + p.Name(lang)
	}
	return "by " + p.Name(lang)
}

// DocsURL is the provider's error reference; empty when none is public.
func (p *Provider) DocsURL() string { return p.docsURL }

// Envelope describes the provider's error body for people.
func (p *Provider) Envelope() Text { return p.envelope }

// Support says what to send to the provider's support.
func (p *Provider) Support() Text { return p.support }

// Cite is where the entry comes from (Source): in a textpack build read from the packs,
// in the language of the answer being made, only when asked for.
func (e Entry) Cite() string {
	if e.Source != "" || e.sourceRef == 0 {
		return e.Source
	}
	return sourceText(Text{ref: e.sourceRef})
}

// Source cites the document the provider's facts come from.
func (p *Provider) Source() string { return p.source }

// IdempotencyHeader is the request header that makes writes safe to resend; "" when the
// provider documents none.
func (p *Provider) IdempotencyHeader() string { return p.idempotencyHeader }

// IdempotencyHeaderInferred reports whether IdempotencyHeader is decifra's inference
// rather than the provider's documented header (Cashier): explanations then say so.
func (p *Provider) IdempotencyHeaderInferred() bool { return p.idempotencyInferred }

// CodesInferred reports whether the provider's bodies leave out its codes, which decifra
// then infers (Cashier): a code member in a body is no evidence for it.
func (p *Provider) CodesInferred() bool { return p.codesInferred }

// RateLimitHeaders lists the rate-limit headers the provider documents.
func (p *Provider) RateLimitHeaders() []string { return slices.Clone(p.rateLimitHeaders) }

// Hosts lists the provider's API host names.
func (p *Provider) Hosts() []string { return slices.Clone(p.hosts) }

// OwnsHost reports whether host is one of the provider's, or a subdomain of one, and which.
func (p *Provider) OwnsHost(host string) (string, bool) {
	for _, h := range p.hosts {
		if host == h || strings.HasSuffix(host, "."+h) {
			return h, true
		}
	}
	return "", false
}

// RetryHeaders are the response headers by which the provider states its own retry
// verdict.
func (p *Provider) RetryHeaders() []HeaderRule { return slices.Clone(p.retryHeaders) }

// Cues are what, besides its error bodies and hosts, points to the provider in a paste.
func (p *Provider) Cues() []Cue { return slices.Clone(p.cues) }

// Len is the number of codes the provider documents.
func (p *Provider) Len() int {
	if p.table != "" {
		return strings.Count(p.table, "\n")
	}
	return len(p.entries)
}

// Entries yields the provider's entries in the document's order, reading a textpack
// build's table once (Entry(i) scans it from the start each time).
func (p *Provider) Entries() iter.Seq[Entry] {
	return func(yield func(Entry) bool) {
		if p.table == "" {
			for _, e := range p.entries {
				if !yield(e.clone()) {
					return
				}
			}
			return
		}
		for lines := p.table; lines != ""; {
			line := lines
			if i := strings.IndexByte(lines, '\n'); i >= 0 {
				line = lines[:i+1]
			}
			lines = lines[len(line):]
			if !yield(tableEntry(strings.TrimSuffix(line, "\n"))) {
				return
			}
		}
	}
}

// WithBuiltIn yields p's entries, then, when p is a portal's catalog standing for a
// built-in provider (the same id), the built-in entries it does not replace (same code in
// the same context): the codes decode.ExplainCode finds under p's id. The CLI's and the
// Worker's code lists both read it.
func (p *Provider) WithBuiltIn() iter.Seq[Entry] {
	return func(yield func(Entry) bool) {
		own := map[[2]string]bool{}
		for e := range p.Entries() {
			own[[2]string{e.Context, e.Code}] = true
			if !yield(e) {
				return
			}
		}
		b := ByID(p.ID())
		if b == nil || b == p {
			return
		}
		for e := range b.Entries() {
			if !own[[2]string{e.Context, e.Code}] && !yield(e) {
				return
			}
		}
	}
}

// Phrases are what identification reads of an entry: its code, context, documented
// status and Match phrases. The Match slice is the catalog's own: read it, never change it.
type Phrases struct {
	Code, Context string
	Status        int
	Match         []string
}

// AllPhrases yields every entry's Phrases in the document's order, with its index for
// Entry: no prose is read and nothing is copied, where Entries builds whole entries.
func (p *Provider) AllPhrases() iter.Seq2[int, Phrases] {
	return func(yield func(int, Phrases) bool) {
		if p.table == "" {
			for i := range p.entries {
				e := &p.entries[i]
				if !yield(i, Phrases{Code: e.Code, Context: e.Context, Status: e.Status, Match: e.Match}) {
					return
				}
			}
			return
		}
		i := 0
		for lines := p.table; lines != ""; {
			line := lines
			if i := strings.IndexByte(lines, '\n'); i >= 0 {
				line = lines[:i+1]
			}
			lines = lines[len(line):]
			var f [11]string
			rest := line
			for k := range f {
				f[k], rest, _ = strings.Cut(rest, "\x1f")
			}
			status, _ := decimal.Atoi(f[2])
			var match []string
			if f[10] != "" {
				match = strings.Split(f[10], "\x1e")
			}
			if !yield(i, Phrases{Code: f[0], Context: f[1], Status: status, Match: match}) {
				return
			}
			i++
		}
	}
}

// Entry returns the provider's i-th entry, in the document's order.
func (p *Provider) Entry(i int) Entry {
	if p.table != "" {
		return tableEntry(tableLine(p.table, i))
	}
	return p.entries[i].clone()
}

// Lookup returns the provider's entry for code, matched exactly, and whether there is one.
// A linear scan costs less than building a map at start-up.
func (p *Provider) Lookup(code string) (Entry, bool) {
	return p.LookupIn(anyContext, code)
}

// anyContext is the context LookupIn matches every entry's with: Lookup's.
const anyContext = "\x00any"

// LookupIn returns the provider's entry for code in context (see Entry.Context), and
// whether there is one.
func (p *Provider) LookupIn(context, code string) (Entry, bool) {
	if code == "" {
		return Entry{}, false
	}
	if p.table != "" {
		line, ok := p.tableFind(context, code)
		if !ok {
			return Entry{}, false
		}
		return tableEntry(line), true
	}
	for i := range p.entries {
		if e := &p.entries[i]; e.Code == code && (context == anyContext || e.Context == context) {
			return e.clone(), true
		}
	}
	return Entry{}, false
}

// Documents reports whether the provider documents code.
func (p *Provider) Documents(code string) bool {
	if p.table != "" {
		_, ok := p.tableFind(anyContext, code)
		return ok
	}
	for i := range p.entries {
		if p.entries[i].Code == code && code != "" {
			return true
		}
	}
	return false
}

// Providers returns every catalogued provider, in a fixed order: the seed providers
// first, then those from public documentation. The slice is the caller's own.
func Providers() []*Provider { return slices.Clone(providers[:]) }

// ByID returns the provider with the given id, or nil when there is none.
func ByID(id string) *Provider {
	for _, p := range providers {
		if p.id == id {
			return p
		}
	}
	return nil
}

// Lookup returns the entry for code in the provider with the given id.
func Lookup(providerID, code string) (Entry, bool) {
	p := ByID(providerID)
	if p == nil {
		return Entry{}, false
	}
	return p.Lookup(code)
}

// The providers, one handle each: decode's readers are keyed by these.
var (
	FluxiQ          = &fluxiq
	OnnixPay        = &onnixpay
	Flux            = &flux
	Cashier         = &cashier
	GSMAMobileMoney = &gsmaMobileMoney
	BacenPix        = &bacenPix
	MercadoPago     = &mercadoPago
	PagBank         = &pagBank
	Asaas           = &asaas
	PagarMe         = &pagarMe
	Stripe          = &stripe
	PayPal          = &payPal
	Adyen           = &adyen
	Cielo           = &cielo
	Rede            = &rede
	Getnet          = &getnet
	Efi             = &efi
	Iugu            = &iugu
	Vindi           = &vindi
	PicPay          = &picpay
	EBANX           = &ebanx
	DLocal          = &dLocal
	Conekta         = &conekta
	Openpay         = &openpay
	PixDICT         = &pixDict
	BancoDoBrasil   = &bb
	Inter           = &inter
	Itau            = &itau
	Sicoob          = &sicoob
	Santander       = &santander
	Bradesco        = &bradesco
	Juno            = &juno
	Stone           = &stone
)

// providers lists the seed providers first, then those from public documentation.
var providers = [...]*Provider{&fluxiq, &onnixpay, &flux, &cashier, &gsmaMobileMoney, &bacenPix,
	&mercadoPago, &pagBank, &asaas, &pagarMe, &stripe, &payPal, &adyen,
	&cielo, &rede, &getnet, &efi, &iugu, &vindi, &picpay, &ebanx, &dLocal, &conekta, &openpay, &pixDict, &bb, &inter, &itau, &sicoob, &santander, &bradesco, &juno, &stone}

// IDs lists every provider's id, in catalog order.
func IDs() []string {
	ids := make([]string, len(providers))
	for i, p := range providers {
		ids[i] = p.id
	}
	return ids
}
