package decode

import (
	"slices"
	"strconv"
	"strings"

	"github.com/decifra/decifra/catalog"
)

// backoffSchedule is the exponential backoff of DESIGN.md, in seconds. Explanations get a
// copy.
var backoffSchedule = [...]int{1, 2, 4, 8}

// advice is the retry decision: the strategy, the delay the paste states, and why.
type advice struct {
	strategy    catalog.Strategy
	after       *int // seconds; nil when the paste states no delay
	why         catalog.Text
	source      catalog.Text
	idempotency catalog.Text
	note        catalog.Text // what was odd about the delay; zero when nothing was
	// reattempt is the card networks' limits on trying a refused card again (decline.go);
	// nil for anything else.
	reattempt *catalog.Reattempt
}

// advise decides whether, when and how to retry: the knowledge's strategy, then the
// delay the response states, then the provider's own verdict in its headers, then the
// request's method.
func advise(f *facts, kn *known, now Clock) advice {
	k := kn.k
	a := advice{strategy: k.strategy, why: k.why, source: k.retrySource, idempotency: k.idempotency}
	notProcessed := a.wait(f, kn, now)
	a.providerHeaders(f)
	a.finalState(f, kn)
	if s := f.body.str("paymentExecStatus"); (s == "INCOMPLETE" || s == "REVERSALERROR") && a.strategy != catalog.Wait {
		// PayPal's Adaptive Pay that paid some receivers and not others (or could not undo
		// them): sending it again would pay those twice.
		a.strategy = catalog.CheckFirst
		a.why = fill(catalog.SaidPaymentPaymentExecStatusSomeReceiversMayHave, s)
		a.source = same("paymentExecStatus " + s)
	}
	if a.strategy == catalog.CheckFirst && isIdempotentMethod(f.method) {
		a.strategy = catalog.Backoff
		a.why = idempotentMethodNote(f.method)
		a.source = fill(catalog.SaidRequestMethod, f.method)
	} else if a.strategy == catalog.CheckFirst && tokenCallOnly(f.masked, f.status, transportPhrases(f)) {
		a.strategy = catalog.Backoff
		a.why = catalog.SaidRequestOnlyAskedAccessToken
		a.source = catalog.SaidRequestSURL
	}
	if kn.decline != nil { // a refused card: the networks' limits, never a backoff (decline.go)
		a.reattempt = kn.decline.reattempt
		a.keepDeclinesOffBackoff(kn)
	}
	if a.idempotency.IsZero() || notProcessed {
		header := ""
		if kn.provider != nil {
			header = kn.provider.IdempotencyHeader()
		}
		a.idempotency = idempotencyText(a.strategy, header, notProcessed)
		// The generic advice names the header: say when it is only decifra's inference.
		if header != "" && !notProcessed && !a.idempotency.IsZero() && kn.provider.IdempotencyHeaderInferred() {
			a.idempotency = cat(a.idempotency, same(" "), inferredHeaderNote(kn.provider))
		}
	}
	return a
}

// inferredHeaderNote says that the idempotency header named for p is decifra's inference:
// p's document speaks of idempotency keys without naming their header (Cashier).
func inferredHeaderNote(p *catalog.Provider) catalog.Text {
	h := p.IdempotencyHeader()
	return fillOf(catalog.SaidDocumentNeverNamesIdempotencyHeaderDecifra, p, h)
}

// wait turns the strategy into "wait" when the response states a delay and the error is
// one a delay can cure. It reports whether the request provably was not processed (a rate
// limit refuses a request before any work; a 503 most likely did too, but a proxy's 503
// cannot prove the API behind it did nothing).
func (a *advice) wait(f *facts, kn *known, now Clock) bool {
	ref := referenceTime(f, now)
	texts := []string{kn.details, kn.message}
	if f.parts.prose || f.body == nil {
		// Words are all the paste has: the delay may be on any of its lines ("502. That's an
		// error. … Please try again in 30 seconds.").
		texts = append(texts, f.masked[:min(len(f.masked), 2048)])
	}
	d, ok := findDelay(f.parts, f.body, texts, ref)
	if !ok || (d.absolute && ref.IsZero()) {
		return false
	}
	if a.strategy != catalog.Wait && a.strategy != catalog.Backoff && kn.status != 429 && kn.status != 503 {
		return false
	}
	// The catalog's reason speaks of Retry-After or the provider's own member; a delay
	// found elsewhere gets its own reason.
	if a.strategy != catalog.Wait || (d.kind != fromRetryAfter && d.kind != fromMember) {
		a.why = cat(catalog.SaidResponseItselfStatesWhenCome, d.source, same(")."))
	}
	a.strategy, a.after, a.source, a.note = catalog.Wait, &d.seconds, d.source, d.note
	return kn.status == 429 || kn.k.category == catalog.RateLimit
}

// providerHeaders applies the providers' own retry verdicts (Stripe-Should-Retry,
// Adyen's transient-error), which beat what the status suggests.
func (a *advice) providerHeaders(f *facts) {
	if len(f.headers) == 0 {
		return // a body alone: no header to state a verdict
	}
	for _, r := range f.all() {
		p := r.provider
		if r.base != nil {
			p = r.base
		}
		for _, rule := range p.RetryHeaders() {
			v := headerValue(f.headers, rule.Header)
			if v == "" || !strings.EqualFold(v, rule.Value) || !slices.Contains(rule.When, a.strategy) {
				continue
			}
			a.strategy, a.why, a.source = rule.Strategy, rule.Why, rule.Source
		}
	}
}

// referenceTime is when the response was made, which relative times in it count from:
// its Date header, else the HAR entry's start, else the body's own timestamp
// (meta.timestamp, errorDateTime), else the caller's now.
func referenceTime(f *facts, now Clock) Clock {
	if t, ok := parseHTTPDate(headerValue(f.headers, "Date")); ok {
		return t
	}
	if !f.parts.started.IsZero() {
		return f.parts.started
	}
	for _, s := range [...]string{f.meta.str("timestamp"), f.errObj.str("errorDateTime")} {
		if t, ok := parseRFC3339(s); ok && s != "" {
			return t
		}
	}
	return now
}

func isIdempotentMethod(m string) bool {
	switch strings.ToUpper(m) {
	case "GET", "HEAD", "PUT", "DELETE", "OPTIONS":
		return true
	}
	return false
}

// adviceText is the advice for a strategy in lang, whole sentences. With a reason from
// the catalog, fix and none lead with a short imperative and let the reason say the rest;
// without one, they say it all.
func adviceText(s catalog.Strategy, seconds *int, why catalog.Text, lang catalog.Lang) string {
	if !why.IsZero() {
		var lead string
		switch s {
		case catalog.None:
			lead = catalog.SaidDonTRetry.In(lang)
		case catalog.Fix:
			lead = catalog.SaidDonTResend.In(lang)
		case catalog.Backoff:
			lead = catalog.SaidRetryExponentialBackoff1S.In(lang)
		case catalog.CheckFirst:
			lead = catalog.SaidLookResourceUpBeforeSending.In(lang)
		default:
			lead = adviceText(s, seconds, catalog.Text{}, lang)
		}
		return lead + " " + why.In(lang)
	}
	var t catalog.Text
	switch s {
	case catalog.None:
		t = catalog.SaidDontRetrySameRequest
	case catalog.Fix:
		t = catalog.SaidDontResendCorrectRequest
	case catalog.Wait:
		if seconds == nil {
			t = catalog.SaidWaitBeforeSendingAgainResponse
		} else if *seconds == 0 {
			t = catalog.SaidStatedDelayHasAlreadyPassed
		} else {
			t = catalog.SaidWaitThenSendSameRequestAgain
			return fillIn(t.In(lang), []string{strconv.Itoa(*seconds)}, nil, lang)
		}
	case catalog.Backoff:
		t = catalog.SaidTransientFailureRetryExponentialBackoff
	case catalog.CheckFirst:
		t = catalog.SaidOutcomeUnknownOperationMayHave
	}
	return t.In(lang)
}

// idempotencyText is the generic advice on resending writes for a strategy, used when the
// knowledge has none of its own.
func idempotencyText(s catalog.Strategy, header string, provablyNotProcessed bool) catalog.Text {
	switch s {
	case catalog.Wait, catalog.Backoff, catalog.CheckFirst:
	default:
		return catalog.Text{}
	}
	switch {
	case provablyNotProcessed:
		return catalog.SaidRateLimitTurnsRequestAway
	case header != "":
		return fill(catalog.SaidWritesSendHeaderReuseSameValue, header)
	}
	return catalog.SaidGETPUTDELETEMayRepeated
}

// transportPhrases are the words of the connection failure the paste reports, nil when it
// reports none.
func transportPhrases(f *facts) []string {
	if f.transport == nil {
		return nil
	}
	return f.transport.Match
}

// tokenCallFailed reports whether the line that reports a connection's failure (the
// first holding one of failure's phrases), or the line right above it, is the request to
// the token endpoint: "POST https://api-m.paypal.com/v1/oauth2/token …\nRequest failed.
// … cURL error 28". A log whose failure follows another step ("Capturing order …") is
// not one: the capture may have gone through.
func tokenCallFailed(text string, failure []string) bool {
	prev := ""
	for lines, more := text, true; more; {
		var line string
		line, lines, more = strings.Cut(lines, "\n")
		lower := strings.ToLower(line)
		if slices.ContainsFunc(failure, func(m string) bool { return strings.Contains(lower, m) }) {
			for _, l := range [...]string{lower, prev} {
				if strings.Contains(l, "/token") && (strings.Contains(l, "://") || strings.Contains(l, "post")) { // "POST https://…/token", a frame's exec('POST', '/oauth/token', …)
					return true
				}
			}
			return false
		}
		if strings.TrimSpace(line) != "" {
			prev = lower
		}
	}
	return false
}

// idempotentMethodNote is the retry reason when a check_first error came from an idempotent
// request, which may simply be repeated.
func idempotentMethodNote(method string) catalog.Text {
	return fill(catalog.SaidRequestWasWhichIdempotentRFCRepeating, method)
}

// tokenCallOnly reports whether the paste is about a call that only asks for an OAuth
// token, which moves no money: the line that gives the error's status names the token
// endpoint ("Got Http response code 500 when accessing https://api.sandbox.paypal.com/
// v1/oauth2/token."), and no other call shows anywhere: there are no more URLs and
// request lines ("POST /v2/…") than mentions of the token endpoint and links into
// documentation (a developer. or docs. host), and no URL is escaped (json_encode's
// "https:\/\/"), which could hide one. A paste longer than what is read for cues is
// never one. With no status (a connection that failed below HTTP), every call the paste
// shows is to the token endpoint.
func tokenCallOnly(text string, status int, failure []string) bool {
	if status != 0 && status < 500 || len(text) > 64<<10 || strings.Contains(text, `:\/\/`) {
		return false
	}
	tokens := strings.Count(text, "/oauth2/token") + strings.Count(text, "/oauth/token")
	calls := strings.Count(text, "://") + strings.Count(text, "T /") + strings.Count(text, "H /") + strings.Count(text, "E /") // POST, GET, PUT; PATCH; DELETE
	if tokens == 0 || calls > tokens+strings.Count(text, "://developer.")+strings.Count(text, "://docs.") {
		return false
	}
	if status == 0 {
		return tokenCallFailed(text, failure)
	}
	code := strconv.Itoa(status)
	for rest := text; rest != ""; {
		line, more, _ := strings.Cut(rest, "\n")
		if strings.Contains(line, code) && strings.Contains(line, "/token") {
			return true
		}
		rest = more
	}
	return false
}
