package decode

import (
	"errors"

	"github.com/decifra/decifra/catalog"
)

// Explanation is decifra's answer for one error: the JSON contract (v1) of DESIGN.md that
// the CLI's --json, the Worker's POST /explain and the page's JS API all return. Field
// names are stable; fields are added, never renamed.
type Explanation struct {
	// Provider is who sent the error; nil when no catalogued provider fits, and the
	// explanation then comes from the HTTP status and a generic problem body.
	Provider *ProviderMatch `json:"provider"`
	// Alternatives are other providers with some support, most likely first.
	Alternatives []Alternative `json:"alternatives,omitempty"`
	// Code is the provider's error code ("" when the paste carries none and none could
	// be inferred).
	Code string `json:"code,omitempty"`
	// HTTPStatus is the status the paste carries; when the paste has none it may be the
	// catalog's documented status, and Input.StatusSource says which. 0: unknown.
	HTTPStatus int `json:"http_status,omitempty"`
	// Category groups the error (catalog.UnknownCategory when nothing tells).
	Category catalog.Category `json:"category"`
	Title    string           `json:"title"`
	Meaning  string           `json:"meaning"`
	// Fix lists the steps that resolve the error, most likely first.
	Fix   []string `json:"fix"`
	Retry Retry    `json:"retry"`
	// RequestID is the id to give the provider's support, from the body or a header.
	RequestID string `json:"request_id,omitempty"`
	// Fields are field-level problems, in the order the provider listed them.
	Fields []Field `json:"fields,omitempty"`
	// Message is the provider's own message, verbatim (secrets masked).
	Message string `json:"message,omitempty"`
	// Details is the provider's own details text, verbatim, when it is a string.
	Details string `json:"details,omitempty"`
	// Support says what to send to the provider's support.
	Support string `json:"support,omitempty"`
	// DocsURL is the provider's error reference.
	DocsURL string `json:"docs_url,omitempty"`
	// Source cites the document the explanation comes from.
	Source string       `json:"source,omitempty"`
	Lang   catalog.Lang `json:"lang"`
	Input  Input        `json:"input"`
}

// ProviderMatch is the provider decifra attributes the error to, and why.
type ProviderMatch struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Confidence is between 0 and 1.
	Confidence float64 `json:"confidence"`
	// Evidence lists what in the paste points to the provider, strongest first.
	Evidence []string `json:"evidence"`
}

// Alternative is a provider that fits less well.
type Alternative struct {
	ID         string  `json:"id"`
	Name       string  `json:"name"`
	Confidence float64 `json:"confidence"`
}

// Retry says whether, when and how to send the request again.
type Retry struct {
	// Strategy is one of none, fix, wait, backoff, check_first.
	Strategy catalog.Strategy `json:"strategy"`
	// AfterSeconds is present only when the paste implies a delay (a header, a member, a
	// phrase); nil means the paste states none.
	AfterSeconds *int `json:"after_seconds,omitempty"`
	// Source says where the strategy or the delay comes from.
	Source string `json:"source"`
	// Advice is what to do, in a sentence or two.
	Advice string `json:"advice"`
	// Idempotency says how to resend a write without doing it twice.
	Idempotency string `json:"idempotency,omitempty"`
	// Schedule is the backoff schedule in seconds, for strategy backoff.
	Schedule []int `json:"schedule,omitempty"`
	// Reattempt is what the card networks allow after a refused card payment whose
	// reason is reversible: how soon (in hours) and how often (attempts in days) the same
	// card may be tried again before the brand charges the merchant, and the rule's
	// source. nil for anything else, a refusal that must never be retried included. It is
	// the networks' schedule, in hours and days, never a backoff in seconds.
	Reattempt *catalog.Reattempt `json:"reattempt,omitempty"`
}

// Field is one field-level problem.
type Field struct {
	Name     string   `json:"name"`
	Problems []string `json:"problems"`
}

// Input says how the paste was read.
type Input struct {
	// Format is how the paste was read: json, javascript, curl, har or log.
	Format Format `json:"format"`
	// Redacted lists the secrets masked in every output.
	Redacted []string `json:"redacted"`
	// StatusSource is "paste" when http_status comes from the paste, "catalog" when it is
	// the provider's documented status because the paste has none.
	StatusSource string `json:"status_source,omitempty"`
	// Truncated: the body was cut off mid-way, and the explanation is of what was read.
	Truncated bool `json:"truncated,omitempty"`
	// BytesRead is how much of a paste longer than MaxInput was read; 0 when all was.
	BytesRead int `json:"bytes_read,omitempty"`
	// Notes are remarks on the reading (nesting skipped, UTF-16 converted, HAR entries).
	Notes []string `json:"notes,omitempty"`
}

// ErrNoErrorFound is matched (errors.Is) by the *NoErrorFoundError Explain returns when a
// paste holds nothing recognisable as an API error.
var ErrNoErrorFound = errors.New("no error found")

// NoErrorFoundError says what decifra expected, what it found instead, and what to try.
type NoErrorFoundError struct {
	Found string       // what the paste looked like
	Hint  string       // what to try
	Lang  catalog.Lang // the language of Found, Hint and Error (Options.Lang); "" is English
}

// Expected is what decifra reads, for every "couldn't read this" answer.
var Expected = catalog.Text{
	EN: "an error response from a payment API: a JSON body, `curl -i` or `curl -v` output, a HAR file, or a log line or stack trace with the JSON body in it",
	PT: "uma resposta de erro de uma API de pagamentos: um corpo JSON, a saída de `curl -i` ou `curl -v`, um arquivo HAR, ou uma linha de log ou stack trace com o corpo JSON dentro",
	ES: "una respuesta de error de una API de pagos: un cuerpo JSON, la salida de `curl -i` o `curl -v`, un archivo HAR, o una línea de log o stack trace con el cuerpo JSON dentro",
}

// noErrorLead is how the "couldn't read this" message begins: "no API error found:
// expected …; found …".
var noErrorLead = [...]catalog.Text{
	{EN: "no API error found: expected ", PT: "nenhum erro de API encontrado: esperado ", ES: "no se encontró ningún error de API: se esperaba "},
	{EN: "; found ", PT: "; encontrado ", ES: "; se encontró "},
}

func (e *NoErrorFoundError) Error() string {
	msg := noErrorLead[0].In(e.Lang) + Expected.In(e.Lang) + noErrorLead[1].In(e.Lang) + e.Found
	if e.Hint != "" {
		msg += ". " + e.Hint
	}
	return msg
}

// Is makes errors.Is(err, ErrNoErrorFound) true.
func (e *NoErrorFoundError) Is(target error) bool { return target == ErrNoErrorFound }

// ErrorBody is the JSON answer for a paste with nothing recognisable:
// {"error": {"code": "NO_ERROR_FOUND", "message": "…"}}.
type ErrorBody struct {
	Error ErrorDetail `json:"error"`
}

// ErrorDetail is the inside of ErrorBody.
type ErrorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Found   string `json:"found,omitempty"`
	Hint    string `json:"hint,omitempty"`
}

// Body returns the contract's error object for e.
func (e *NoErrorFoundError) Body() ErrorBody {
	return ErrorBody{Error: ErrorDetail{Code: "NO_ERROR_FOUND", Message: e.Error(), Found: e.Found, Hint: e.Hint}}
}
