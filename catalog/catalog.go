package catalog

import "strings"

// Lang is a language tag decifra writes explanations in.
type Lang string

// The languages every entry is written in.
const (
	English    Lang = "en"
	Portuguese Lang = "pt-BR"
)

// ParseLang maps a user's language setting (a BCP 47 tag such as "pt-BR", an
// Accept-Language value, or a POSIX locale such as "pt_BR.UTF-8") to a Lang. Anything
// that is not Portuguese is English, the zero value included.
func ParseLang(s string) Lang {
	s = strings.ToLower(strings.TrimSpace(s))
	if strings.HasPrefix(s, "pt") {
		return Portuguese
	}
	return English
}

// Text is one piece of prose in both languages. An empty Text means "nothing to say".
type Text struct {
	EN string
	PT string
}

// In returns the text in lang, falling back to English when the Portuguese is missing.
func (t Text) In(lang Lang) string {
	if lang == Portuguese && t.PT != "" {
		return t.PT
	}
	return t.EN
}

// IsZero reports whether t holds no text in either language.
func (t Text) IsZero() bool { return t.EN == "" && t.PT == "" }

// Strategy says whether, when and how a failed request may be sent again. The values are
// the JSON contract's `retry.strategy` strings.
type Strategy string

// The retry strategies of DESIGN.md.
const (
	// None: the same request can never succeed (already paid, final state, duplicate).
	None Strategy = "none"
	// Fix: correct the request (data, key, permission, balance) and send it again.
	Fix Strategy = "fix"
	// Wait: retry after the delay the response states.
	Wait Strategy = "wait"
	// Backoff: transient; retry with exponential backoff (1 s, 2 s, 4 s, 8 s), reusing
	// the idempotency key for writes.
	Backoff Strategy = "backoff"
	// CheckFirst: the outcome is unknown; look the resource up before resending a write.
	CheckFirst Strategy = "check_first"
)

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
)

// Entry is one documented error code of one provider.
type Entry struct {
	// Code is the provider's code exactly as it appears in responses.
	Code string
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
	Source string
}

// Provider is one payment API decifra knows.
type Provider struct {
	// ID is the stable identifier used in the JSON contract (`provider.id`).
	ID string
	// Name is the provider's display name.
	Name string
	// NamePT is the display name in Portuguese, when it differs from Name.
	NamePT string
	// Masculine says that Portuguese puts "o" before the name (o Mercado Pago, do PayPal);
	// otherwise "a" (a Stripe, da API Pix).
	Masculine bool
	// DocsURL is the provider's error reference; empty when none is public.
	DocsURL string
	// Hosts lists API host names; a host that ends with one of them is the provider's.
	Hosts []string
	// Envelope describes the error body's shape, for people.
	Envelope Text
	// RateLimitHeaders lists the rate-limit headers the provider documents.
	RateLimitHeaders []string
	// IdempotencyHeader is the request header that makes writes safe to resend; empty
	// when the provider documents none.
	IdempotencyHeader string
	// Support says what to send to the provider's support.
	Support Text
	// Source cites the document the provider's facts come from.
	Source string
	// CodesInferred is true when the provider's error bodies do not carry its codes
	// (Cashier's RFC 7807 problems give status, title and detail): decifra names the code
	// from Entry.Match, and a code member in a body is not evidence for this provider.
	CodesInferred bool
	// Entries are the provider's documented error codes, in the document's order.
	Entries []Entry
}

// NameIn returns the provider's display name in lang.
func (p *Provider) NameIn(lang Lang) string {
	if lang == Portuguese && p.NamePT != "" {
		return p.NamePT
	}
	return p.Name
}

// Of returns "of the provider" in Portuguese with the name given: "da Stripe", "do
// Mercado Pago".
func (p *Provider) Of(name string) string {
	if p.Masculine {
		return "do " + name
	}
	return "da " + name
}

// The returns the name given after Portuguese's article: "a Stripe", "o PayPal".
func (p *Provider) The(name string) string {
	if p.Masculine {
		return "o " + name
	}
	return "a " + name
}

// Lookup returns the provider's entry for code, matched exactly, and whether there is one.
// A linear scan over a few dozen entries costs less than building a map at start-up.
func (p *Provider) Lookup(code string) (*Entry, bool) {
	for i := range p.Entries {
		if p.Entries[i].Code == code {
			return &p.Entries[i], true
		}
	}
	return nil, false
}

// Providers returns every catalogued provider, in a fixed order. The slice is shared:
// callers must not modify it.
func Providers() []*Provider { return providers }

// ByID returns the provider with the given id, or nil when there is none.
func ByID(id string) *Provider {
	for _, p := range providers {
		if p.ID == id {
			return p
		}
	}
	return nil
}

// Lookup returns the entry for code in the provider with the given id.
func Lookup(providerID, code string) (*Entry, bool) {
	p := ByID(providerID)
	if p == nil {
		return nil, false
	}
	return p.Lookup(code)
}

// providers lists the seed providers first, then those from public documentation.
var providers = []*Provider{&FluxiQ, &OnnixPay, &Flux, &Cashier, &GSMAMobileMoney, &BacenPix,
	&MercadoPago, &PagBank, &Asaas, &PagarMe, &Stripe, &PayPal, &Adyen}
