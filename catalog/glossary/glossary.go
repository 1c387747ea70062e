// Package glossary fixes the words decifra uses for the ideas it names, in every language
// it speaks. It is its own package, apart from catalog, so that its regular expressions
// stay out of the WebAssembly the page and the Worker load: only tests and writers'
// checks use it.
package glossary

import (
	"regexp"
	"strings"
	"sync"
)

// The glossary fixes the words decifra uses for the ideas it names, in every language it
// speaks, so that the same idea reads the same in every entry (and the Portuguese is the
// Brazilian usage of payments people, not English with Portuguese endings). Each term says
// what to write and what not to; Check checks a text against it, and
// catalog's glossary test checks every text of the catalog. When a writer needs a word for one of
// these ideas, it is here; when an idea keeps being worded two ways, it belongs here.
//
// The glossary is plain strings, not Text, so that it stays out of the language packs.

// term is one idea and how decifra writes it.
type term struct {
	// concept names the idea, in English.
	concept string
	// use is the wording to write, by language (EN, PT, ES), for writers; a note says when
	// it applies.
	use [3]string
	// avoid are the wordings not to write: regular expressions, case-sensitive unless they
	// start with (?i), each with the language it applies to.
	avoid []avoided
}

// avoided is one wording to avoid in one language.
type avoided struct {
	lang string
	re   string
}

// idempotencyHeaderRE matches an idempotency header's name as the catalog writes it:
// Idempotency-Key, X-Idempotency-Key, x-idempotency-key.
const idempotencyHeaderRE = `(?:[\w-]*-)?[Ii]dempotency-[Kk]ey`

// glossary is the terms, most often needed first.
var glossary = [...]term{
	{
		concept: "the Idempotency-Key header (any provider's: X-Idempotency-Key, x-idempotency-key)",
		use: [3]string{"the Idempotency-Key header; a new Idempotency-Key",
			"feminine, as \"a chave\": a Idempotency-Key, a mesma Idempotency-Key, uma Idempotency-Key nova",
			"masculine, as \"el encabezado\": el Idempotency-Key, el mismo Idempotency-Key, un Idempotency-Key nuevo"},
		avoid: []avoided{
			{pt, `\b(?:[Oo]|[Uu]m|do|no|pelo|ao|mesmo|novo) ` + idempotencyHeaderRE},
			{pt, idempotencyHeaderRE + ` (?:novo|usado|enviado|guardado|reutilizado|derivado|antigo|próprio)\b`},
			{es, `\b(?:[Ll]a|[Uu]na|misma|nueva) ` + idempotencyHeaderRE},
		},
	},
	{
		concept: "HTTP 429 Too Many Requests, as a title",
		use:     [3]string{"Too many requests", "Muitas requisições", "Demasiadas solicitudes"},
		avoid: []avoided{
			{pt, `(?i)requisições demais`},
			{pt, `(?i)requisições em excesso`},
			{es, `(?i)solicitudes en exceso`},
		},
	},
	{
		concept: "exponential backoff",
		use:     [3]string{"exponential backoff", "backoff exponencial (on the card: espera crescente)", "backoff exponencial (on the card: espera creciente)"},
		avoid: []avoided{
			{pt, `(?i)exponential backoff`},
			{es, `(?i)exponential backoff`},
		},
	},
	{
		concept: "the retry strategies by name (none, fix, wait, backoff, check_first)",
		use: [3]string{"the strategy's name in lower case, as in the JSON (wait), or the card's label",
			"o nome da estratégia em minúsculas, como no JSON (a estratégia wait), ou o rótulo do cartão",
			"el nombre de la estrategia en minúsculas, como en el JSON (la estrategia wait), o la etiqueta de la tarjeta"},
		avoid: []avoided{
			{pt, `\bWait\b`},
			{es, `\bWait\b`},
		},
	},
	{
		concept: "merchant (the business that charges)",
		use:     [3]string{"merchant", "lojista (Adyen's product name \"merchant account\" stays)", "comercio (Adyen's \"merchant account\" stays)"},
		avoid: []avoided{
			{pt, `ID de merchant`},
			{pt, `\b(?:seu|do seu) merchant\b`},
			{es, `ID de merchant`},
		},
	},
	{
		concept: "an API key's scopes",
		use:     [3]string{"scopes", "escopos (field names such as requiredScopes stay)", "alcances (field names such as requiredScopes stay)"},
		avoid: []avoided{
			{pt, `\bscopes\b`},
			{es, `\bscopes\b`},
		},
	},
	{
		concept: "a credential's roles",
		use:     [3]string{"roles", "papéis", "roles"},
		avoid:   []avoided{{pt, `\broles\b`}},
	},
	{
		concept: "deleted",
		use:     [3]string{"deleted", "excluído", "eliminado"},
		avoid: []avoided{
			{pt, `(?i)\bdeletad[oa]s?\b`},
			{es, `(?i)\bdeletead[oa]s?\b`},
		},
	},
	{
		concept: "payment source, funding source (card, bank account, balance)",
		use:     [3]string{"payment source", "meio de pagamento", "medio de pago"},
		avoid: []avoided{
			{pt, `(?i)\bfontes? de pagamento\b`},
			{es, `(?i)\bfuentes? de pago\b`},
		},
	},
	{
		concept: "a payment's reference (outside field names such as pspReference)",
		use:     [3]string{"reference", "referência", "referencia"},
		avoid: []avoided{
			{pt, `\bReference d[oa]s? `},
			{es, `\bReference del? `},
		},
	},
	{
		concept: "a card refusal; to retry a refused card",
		use: [3]string{"decline, refusal; retry, reattempt",
			"recusa, recusado (a cobrança negada); retentativa, nova tentativa",
			"rechazo, rechazado; reintento, nuevo intento"},
		avoid: []avoided{
			{pt, `(?i)\bdeclinad[oa]s?\b`},
			{es, `(?i)\bdeclinad[oa]s?\b`},
		},
	},
}

// glossaryRE is the glossary's avoided wordings compiled, once, on first use: only tests
// and writers' checks need them, never an explanation, so nothing is built at start-up.
var glossaryRE = sync.OnceValue(func() []glossaryCheck {
	var out []glossaryCheck
	for _, t := range glossary {
		for _, a := range t.avoid {
			out = append(out, glossaryCheck{a.lang, t.concept + ": write " + t.use[langIndex(a.lang)], regexp.MustCompile(a.re)})
		}
	}
	return out
})

// glossaryCheck is one avoided wording, compiled.
type glossaryCheck struct {
	lang    string
	concept string
	re      *regexp.Regexp
}

// quoted is a quotation in a text: a provider's own words, quoted verbatim ("Wait 45
// seconds"), which the glossary leaves alone.
var quoted = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`"[^"]*"|“[^”]*”`) })

// Check returns what in s, written in lang, the glossary says not to write: one
// message per wording found, naming the concept and what to write instead; nil when s
// keeps to the glossary. Quotations are the provider's words and are not checked.
func Check(lang, s string) []string {
	s = quoted().ReplaceAllString(s, `""`)
	var out []string
	for _, g := range glossaryRE() {
		if g.lang != lang {
			continue
		}
		for _, m := range g.re.FindAllString(s, -1) {
			out = append(out, strings.TrimSpace(m)+" (glossary, "+g.concept+")")
		}
	}
	return out
}

// The languages, as catalog.Lang writes them.
const (
	en = "en"
	pt = "pt-BR"
	es = "es"
)

// langIndex is lang's place in a term's use: English, Portuguese, Spanish.
func langIndex(lang string) int {
	switch lang {
	case pt:
		return 1
	case es:
		return 2
	}
	return 0
}
