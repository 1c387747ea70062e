package decode

import (
	"math"
	"slices"
	"strings"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/internal/decimal"
	"github.com/decifra/decifra/internal/grams"
)

// delayKind says where a stated delay comes from.
type delayKind uint8

const (
	fromRetryAfter delayKind = iota // the Retry-After header
	fromRateLimit                   // RateLimit, RateLimit-Reset, X-RateLimit-Reset
	fromMember                      // a body member: retryAfter, estimatedRecovery
	fromText                        // a phrase in the message: "retry after 60 seconds"
)

// delay is a retry delay the paste implies, and where it came from.
type delay struct {
	seconds int
	kind    delayKind
	// absolute: the value was a point in time (an HTTP-date, an epoch, a timestamp), so
	// the delay needs a reference time to mean anything.
	absolute bool
	source   catalog.Text
	note     catalog.Text // what was odd about the value (a date already past, say); zero when nothing was
}

// RetryAfter interprets a Retry-After value (RFC 9110 §10.2.3): delta-seconds, or an
// HTTP-date taken relative to ref (the response's Date header when the paste has one,
// else the caller's now). A date already past gives 0 seconds: retry now. ok is false for
// a value that is neither form.
func RetryAfter(value string, ref Clock) (seconds int, ok bool) {
	value = strings.TrimSpace(value)
	if n, err := decimal.ParseUint(value, 10, 31); err == nil {
		return int(n), true
	}
	if t, isDate := parseHTTPDate(value); isDate {
		return secondsUntil(t, ref), true
	}
	return 0, false
}

// RateLimitReset interprets an X-RateLimit-Reset value, whose unit differs between APIs:
// above 10^12 it is epoch milliseconds, above 10^9 epoch seconds, otherwise delta seconds
// (the Zalando guidelines' form). Epoch values are taken relative to ref; a reset already
// past gives 0. ok is false for a value that is not a non-negative number.
func RateLimitReset(value string, ref Clock) (seconds int, unit string, ok bool) {
	f, ok := decimal.Parse(strings.TrimSpace(value))
	if !ok || f < 0 || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, "", false
	}
	switch {
	case f > 1e12:
		return secondsUntil(ClockAtUnixMilli(int64(f)), ref), "epoch milliseconds", true
	case f > 1e9:
		return secondsUntil(instant(int64(f), 0), ref), "epoch seconds", true
	default:
		return int(math.Ceil(f)), "seconds", true
	}
}

// findDelay collects the delay the paste states, in order of authority: the Retry-After
// header wins over rate-limit headers (RFC 9110, and what clients expect), headers over
// body members, and members over phrases in the message.
//
// The first source with time still to wait wins. One whose time has passed yields only
// to a later source that names an absolute time still ahead (a past Retry-After beside a
// future estimatedRecovery must not say "send it now"); a relative delay in a later
// source counts from the same, already distant, response.
func findDelay(p *parts, body *object, texts []string, ref Clock) (delay, bool) {
	var past *delay
	for _, d := range slices.Concat(headerDelays(p, ref), memberDelays(body, ref), textDelays(texts)) {
		if d.seconds > 0 && (past == nil || d.absolute) {
			return d, true
		}
		if past == nil {
			past = &d
		}
	}
	if past != nil {
		return *past, true
	}
	return delay{}, false
}

// headerDelays are the delays the response's headers state, most authoritative first.
func headerDelays(p *parts, ref Clock) []delay {
	var out []delay
	if v := headerValue(p.headers, "Retry-After"); v != "" {
		if s, ok := RetryAfter(v, ref); ok {
			d := delay{seconds: s, kind: fromRetryAfter, absolute: strings.ContainsAny(v, ":,"), source: catalog.SaidRetryAfterHeader}
			if s == 0 {
				d.note = catalog.SaidRetryAfterAlreadyPast
			}
			out = append(out, d)
		}
	}
	// IETF draft RateLimit: `"default";r=0;t=30`, t always delta seconds.
	for params, more := headerValue(p.headers, "RateLimit"), true; more; {
		var param string
		param, params, more = strings.Cut(params, ";")
		if t, ok := strings.CutPrefix(strings.TrimSpace(param), "t="); ok {
			if n, err := decimal.Atoi(t); err == nil && n >= 0 {
				out = append(out, delay{seconds: n, kind: fromRateLimit, source: catalog.SaidRateLimitHeader})
			}
		}
	}
	if v := headerValue(p.headers, "RateLimit-Reset"); v != "" {
		if n, err := decimal.Atoi(strings.TrimSpace(v)); err == nil && n >= 0 {
			out = append(out, delay{seconds: n, kind: fromRateLimit, source: catalog.SaidRateLimitResetHeader})
		}
	}
	// X-RateLimit-Reset says when the window resets, which matters only once it is spent.
	remaining := strings.TrimSpace(headerValue(p.headers, "X-RateLimit-Remaining"))
	if v := headerValue(p.headers, "X-RateLimit-Reset"); v != "" && (remaining == "" || remaining == "0" || p.status == 429) {
		if s, unit, ok := RateLimitReset(v, ref); ok {
			d := delay{seconds: s, kind: fromRateLimit, absolute: unit != "seconds",
				source: cat(catalog.SaidXRateLimitResetHeader, resetUnit(unit), same(")"))}
			if s == 0 && unit != "seconds" {
				d.note = catalog.SaidXRateLimitResetAlreadyPast
			}
			out = append(out, d)
		}
	}
	return out
}

// memberDelays are the delays the body's members state: retryAfter and the like, and
// OnnixPay's estimatedRecovery.
func memberDelays(body *object, ref Clock) []delay {
	var out []delay
	for _, o := range []*object{body.obj("error"), body} {
		for _, name := range [...]string{"retryAfter", "retry_after", "retryAfterSeconds", "retry_after_seconds"} {
			if v := o.get(name); v != nil {
				if n := intValue(v); n > 0 || isZero(v) {
					out = append(out, delay{seconds: n, kind: fromMember, source: fill(catalog.SaidMember, name)})
				}
			}
		}
		if t, ok := parseRFC3339(o.str("estimatedRecovery")); ok && o.str("estimatedRecovery") != "" {
			d := delay{seconds: secondsUntil(t, ref), kind: fromMember, absolute: true,
				source: catalog.SaidEstimatedRecoveryMember}
			if d.seconds == 0 {
				d.note = catalog.SaidEstimatedRecoveryAlreadyPast
			}
			out = append(out, d)
		}
	}
	return out
}

// textDelays are the delays the message states in words ("retry after 60 seconds").
func textDelays(texts []string) []delay {
	var out []delay
	for _, t := range texts {
		if s, ok := delayInText(t); ok {
			out = append(out, delay{seconds: s, kind: fromText, source: catalog.SaidMessageText})
		}
	}
	return out
}

func isZero(v any) bool {
	n, ok := v.(number)
	return ok && (n == "0" || n == "0.0")
}

// resetUnit names RateLimitReset's units in every language. A switch, not a map: a
// package-level map is built at start-up, in every Go instance the Worker starts.
func resetUnit(unit string) catalog.Text {
	switch unit {
	case "epoch milliseconds":
		return catalog.SaidEpochMilliseconds
	case "epoch seconds":
		return catalog.SaidEpochSeconds
	}
	return catalog.SaidSeconds
}

// delayTriggers are words that, shortly before a number of seconds or minutes, make it a
// retry delay ("retry after 60 seconds", "Wait 45 seconds", "aguarde 30 segundos").
var delayTriggers = [...]string{"retry", "wait", "try again", "again in", "after", "aguard",
	"tente", "novamente", "espere", "após", "apos", "daqui", "intente", "reintente", "después", "despues", "nuevo en"}

// maxStatedDelay is the longest delay, in seconds, a text may state (a week).
const maxStatedDelay = 7 * 24 * 3600

// clockHour reports whether the words before a number of hours make it a time of day:
// "após as 6 horas", "después de las 6 horas" (not "após 1 hora").
func clockHour(before string) bool {
	before = strings.TrimRight(before, " ")
	for _, a := range [...]string{" as", " às", " las", " à", " a"} {
		if strings.HasSuffix(before, a) {
			return true
		}
	}
	return false
}

// delayInText finds a stated delay in prose: a number followed by a unit of seconds,
// minutes or hours, preceded (within 40 bytes) by a word about retrying or waiting.
func delayInText(s string) (int, bool) {
	lower := grams.ToLower(s)
	for i := 0; i < len(lower); i++ {
		if lower[i] < '0' || lower[i] > '9' || (i > 0 && lower[i-1] >= '0' && lower[i-1] <= '9') {
			continue
		}
		j := i
		for j < len(lower) && lower[j] >= '0' && lower[j] <= '9' {
			j++
		}
		n, err := decimal.Atoi(lower[i:j])
		if err != nil {
			continue
		}
		unit := strings.TrimLeft(lower[j:], " ")
		mult := 0
		switch {
		case strings.HasPrefix(unit, "s") && (len(unit) == 1 || !isLetterByte(unit[1])) ||
			strings.HasPrefix(unit, "sec") || strings.HasPrefix(unit, "seg"):
			mult = 1
		case strings.HasPrefix(unit, "min"):
			mult = 60
		case (strings.HasPrefix(unit, "hour") || strings.HasPrefix(unit, "hora")) && !clockHour(lower[:i]):
			mult = 3600 // SEFAZ's "Consumo Indevido (… Tente apos 1 hora)"
		default:
			i = j
			continue
		}
		if n > maxStatedDelay/mult {
			i = j
			continue // no API asks for years: a number too large to be a delay
		}
		window := lower[max(0, i-40):i]
		for _, t := range delayTriggers {
			if strings.Contains(window, t) {
				return n * mult, true
			}
		}
		i = j
	}
	return 0, false
}
