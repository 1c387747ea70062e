package web

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
	"github.com/decifra/decifra/web/htmltest"
	"github.com/decifra/decifra/web/ui"
)

// sampleNow is the time samples are explained at in tests.
var sampleNow = time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)

// sampleWants is what each gallery sample must be explained as, on the card and on the
// page alike.
var sampleWants = map[string]struct{ provider, code, strategy, testid string }{
	"fluxiq":    {"fluxiq", "VALIDATION_ERROR", "fix", "fields"},
	"onnixpay":  {"onnixpay", "PIX_ALREADY_PAID", "none", "details"},
	"flux":      {"flux", "ERR_NETWORK_TIMEOUT", "check_first", "check-first"},
	"cashier":   {"cashier", "IDEMPOTENCY_CONFLICT", "backoff", "backoff-timeline"},
	"gsma-mm":   {"gsma-mm", "SV_INSUFFICIENT_FUNDS", "fix", "fields"},
	"bacen-pix": {"bacen-pix", "CobOperacaoInvalida", "fix", "fields"},
	"stripe":    {"stripe", "card_declined", "wait", "reattempt"}, // advice_code try_again_later: a refused card, later
	"curl":      {"fluxiq", "RATE_LIMITED", "wait", "countdown"},
	"har":       {"cashier", "CARD_DECLINED", "fix", "redacted"},
}

func explain(t testing.TB, paste string, lang catalog.Lang) *decode.Explanation {
	t.Helper()
	x, err := decode.Explain([]byte(paste), decode.Options{Lang: lang, Now: sampleNow})
	require.NoError(t, err)
	return x
}

func TestCardSamples(t *testing.T) {
	require.Len(t, Samples, len(sampleWants), "every sample has a want, every want a sample")
	for _, s := range Samples {
		t.Run(s.ID, func(t *testing.T) {
			want, ok := sampleWants[s.ID]
			require.True(t, ok, "no want for sample %s", s.ID)
			x := explain(t, s.Text, catalog.English)
			doc := renderNodes(t, Card(x))
			card := one(t, doc, "card")
			assert.Equal(t, want.strategy, htmltest.Attr(card, "data-strategy"))
			assert.Equal(t, want.provider, htmltest.Attr(one(t, doc, "provider"), "data-provider"))
			assert.Equal(t, want.code, htmltest.Text(one(t, doc, "code")))
			assert.Equal(t, want.strategy, htmltest.Attr(one(t, doc, "strategy"), "data-strategy"))
			assert.Equal(t, x.Title, htmltest.Text(one(t, doc, "title")))
			assert.Equal(t, x.Meaning, htmltest.Text(one(t, doc, "meaning")))
			assert.Equal(t, x.Retry.Advice, htmltest.Text(one(t, doc, "advice")))
			assert.Equal(t, "ol", one(t, doc, "fix").Data, "fix steps are an ordered list")
			assert.Len(t, children(one(t, doc, "fix")), len(x.Fix))
			one(t, doc, want.testid)
			if x.HTTPStatus != 0 {
				assert.Equal(t, strconv.Itoa(x.HTTPStatus), htmltest.Text(one(t, doc, "http-status")))
			}
			assert.Contains(t, htmltest.Text(one(t, doc, "confidence")), percent(x.Provider.Confidence)+"%")
			assert.NotEmpty(t, children(one(t, doc, "evidence")), "the evidence is shown")
		})
	}
}

func TestCardFieldsInOrder(t *testing.T) {
	x := explain(t, Samples[0].Text, catalog.English)
	doc := renderNodes(t, Card(x))
	fields := htmltest.ByTestID(doc, "field")
	require.Len(t, fields, 3)
	for i, name := range []string{"amount_cents", "due_date", "payer_document"} {
		assert.Equal(t, name, htmltest.Text(htmltest.All(fields[i], func(n *html.Node) bool { return htmltest.Attr(n, "class") == "field-name" })[0]))
	}
	assert.Contains(t, htmltest.Text(fields[0]), "must be greater than 0")
}

func TestCardRetryStrategyVisible(t *testing.T) {
	tests := []struct {
		name, sample string
		present      []string
		absent       []string
		reason       string
	}{
		{name: "wait", sample: "curl", present: []string{"countdown"}, absent: []string{"backoff-timeline", "check-first"},
			reason: "Retry-After: 30 becomes a countdown from 30 s"},
		{name: "backoff", sample: "cashier", present: []string{"backoff-timeline"}, absent: []string{"countdown", "check-first"},
			reason: "a 409 still processing backs off on the drawn schedule"},
		{name: "check_first", sample: "flux", present: []string{"check-first"}, absent: []string{"countdown", "backoff-timeline"},
			reason: "a timeout leaves the outcome unknown: a plain warning"},
		{name: "none", sample: "onnixpay", absent: []string{"countdown", "backoff-timeline", "check-first"},
			reason: "nothing to count down or schedule"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := explain(t, sampleText(t, tt.sample), catalog.English)
			doc := renderNodes(t, Card(x))
			for _, id := range tt.present {
				one(t, doc, id)
			}
			for _, id := range tt.absent {
				assert.Empty(t, htmltest.ByTestID(doc, id), "%s: %s", id, tt.reason)
			}
		})
	}
	t.Run("countdown seconds", func(t *testing.T) {
		doc := renderNodes(t, Card(explain(t, sampleText(t, "curl"), catalog.English)))
		c := one(t, doc, "countdown")
		assert.Equal(t, "30", htmltest.Attr(c, "data-seconds"))
		assert.Equal(t, "timer", htmltest.Attr(c, "role"))
		assert.Contains(t, htmltest.Text(c), "30 s")
	})
	t.Run("timeline to scale", func(t *testing.T) {
		doc := renderNodes(t, Card(explain(t, sampleText(t, "cashier"), catalog.English)))
		tl := one(t, doc, "backoff-timeline")
		dots := htmltest.All(tl, func(n *html.Node) bool { return htmltest.Attr(n, "class") == "timeline-try" })
		require.Len(t, dots, 4)
		prev, prevGap := timelinePad, 0
		for _, d := range dots {
			x, err := strconv.Atoi(htmltest.Attr(d, "cx"))
			require.NoError(t, err)
			assert.Greater(t, x-prev, prevGap, "each wait is longer than the one before")
			prev, prevGap = x, x-prev
		}
		assert.Equal(t, timelineWidth-timelinePad, prev, "the last retry ends the axis")
		assert.Contains(t, htmltest.Text(tl), "1 s, 2 s, 4 s, 8 s")
		svg := htmltest.All(tl, func(n *html.Node) bool { return n.Data == "svg" })[0]
		assert.Equal(t, "img", htmltest.Attr(svg, "role"))
		assert.NotEmpty(t, htmltest.Attr(svg, "aria-label"))
	})
}

func TestCardRequestIDAndSupport(t *testing.T) {
	doc := renderNodes(t, Card(explain(t, sampleText(t, "curl"), catalog.English)))
	assert.Equal(t, "req_abc123def456", htmltest.Text(one(t, doc, "request-id")))
	btn := one(t, doc, "copy-request-id")
	assert.Equal(t, "button", btn.Data)
	assert.Equal(t, "button", htmltest.Attr(btn, "type"))
	assert.Equal(t, "req_abc123def456", htmltest.Attr(btn, "data-copy"))
	assert.Contains(t, htmltest.Text(one(t, doc, "support")), "suporte@fluxiq.com.br")

	doc = renderNodes(t, Card(explain(t, sampleText(t, "flux"), catalog.English)))
	assert.Empty(t, htmltest.ByTestID(doc, "request-id"), "Flux's paste carries no request id")
	assert.NotEmpty(t, htmltest.Text(one(t, doc, "support")))
}

func TestCardPortuguese(t *testing.T) {
	x := explain(t, sampleText(t, "curl"), catalog.Portuguese)
	doc := renderNodes(t, Card(x))
	assert.Equal(t, "pt-BR", htmltest.Attr(one(t, doc, "card"), "lang"))
	assert.Equal(t, "Aguarde e repita", htmltest.Text(one(t, doc, "strategy")))
	assert.Equal(t, x.Title, htmltest.Text(one(t, doc, "title")))
	assert.Contains(t, htmltest.Text(one(t, doc, "countdown")), "Você pode repetir em")
}

func TestCardUnknownProvider(t *testing.T) {
	x := explain(t, "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\n\r\n<html>bad gateway</html>", catalog.English)
	require.Nil(t, x.Provider)
	doc := renderNodes(t, Card(x))
	p := one(t, doc, "provider")
	assert.Equal(t, "", htmltest.Attr(p, "data-provider"))
	assert.Equal(t, "Unknown provider", htmltest.Text(p))
	assert.Empty(t, htmltest.ByTestID(doc, "confidence"), "no confidence without a provider")
	assert.Equal(t, "502", htmltest.Text(one(t, doc, "http-status")))
}

func TestCardCutOffAndTooLarge(t *testing.T) {
	x := explain(t, `{"success":false,"error":{"code":"RATE_LIMITED","message":"Request limit exceeded"},"meta":{"request_id":"req_abc`, catalog.English)
	require.True(t, x.Input.Truncated)
	doc := renderNodes(t, Card(x))
	assert.Contains(t, htmltest.Text(one(t, doc, "truncated")), "cut off")
	assert.Empty(t, htmltest.ByTestID(doc, "too-large"))

	big := Samples[0].Text + strings.Repeat(" ", decode.MaxInput)
	x = explain(t, big, catalog.English)
	require.Positive(t, x.Input.BytesRead)
	doc = renderNodes(t, Card(x))
	assert.Contains(t, htmltest.Text(one(t, doc, "too-large")), strconv.Itoa(decode.MaxInput))
}

// xssPayloads are pasted into codes, messages, keys and headers: the page and the card
// must show each as text and never turn it into an element or run it.
var xssPayloads = []string{
	`<script>window.__xss=1</script>`,
	`<img src=x onerror="window.__xss=1">`,
	`<svg onload="window.__xss=1">`,
	`"><script>window.__xss=1</script>`,
	`'><img src=x onerror=window.__xss=1>`,
	`<iframe src="javascript:window.__xss=1"></iframe>`,
	`javascript:window.__xss=1`,
	`<a href="javascript:window.__xss=1">x</a>`,
	`<body onload=window.__xss=1>`,
	`<details open ontoggle=window.__xss=1>`,
	`<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>`,
	`<style>@import 'http://127.0.0.1:9/x.css';</style>`,
	`<object data="data:text/html,<script>window.__xss=1</script>">`,
	`<input autofocus onfocus=window.__xss=1>`,
	`</textarea><script>window.__xss=1</script>`,
	`<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">`,
	`{{constructor.constructor('window.__xss=1')()}}`,
	`<template><script>window.__xss=1</script></template>`,
	`<base href="http://127.0.0.1:9/">`,
	`<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">`,
}

// xssPastes puts each payload into the code, the message, a field key and a header, in
// forms the decoder reads.
func xssPastes() []string {
	var out []string
	for i, p := range xssPayloads {
		q := strconv.Quote(p)
		switch i % 4 {
		case 0: // code and message
			out = append(out, `{"success":false,"error":{"code":`+q+`,"message":`+q+`},"meta":{"request_id":`+q+`}}`)
		case 1: // a field key and its problem
			out = append(out, `{"success":false,"error":{"code":"VALIDATION_ERROR","message":"Invalid data in request","details":{`+q+`:[`+q+`]}},"meta":{"request_id":"req_1"}}`)
		case 2: // a header (the request id) and a problem body's title and detail
			out = append(out, "HTTP/1.1 400 Bad Request\nX-Request-Id: "+p+"\nContent-Type: application/problem+json\n\n"+
				`{"type":"about:blank","title":`+q+`,"status":400,"detail":`+q+`}`)
		case 3: // GSMA parameters: key and value
			out = append(out, `{"errorCategory":"validation","errorCode":`+q+`,"errorDescription":`+q+`,"errorParameters":[{"key":`+q+`,"value":`+q+`}]}`)
		}
	}
	return out
}

func TestCardEscapesPaste(t *testing.T) {
	allowed := map[string]bool{}
	for _, s := range Samples {
		for _, n := range htmltest.All(renderNodes(t, Card(explain(t, s.Text, catalog.English))), func(*html.Node) bool { return true }) {
			allowed[n.Data] = true
		}
	}
	for i, paste := range xssPastes() {
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			x := explain(t, paste, catalog.English)
			doc := renderNodes(t, Card(x))
			for _, n := range htmltest.All(doc, func(*html.Node) bool { return true }) {
				assert.True(t, allowed[n.Data], "element <%s> came from the paste", n.Data)
				for _, a := range n.Attr {
					assert.False(t, strings.HasPrefix(a.Key, "on"), "event handler attribute %s", a.Key)
					if a.Key == "href" || a.Key == "src" {
						assert.NotContains(t, strings.ToLower(a.Val), "javascript:", "attribute %s", a.Key)
					}
				}
			}
			assert.Contains(t, htmltest.Text(doc), strings.Join(strings.Fields(xssPayloads[i]), " "), "the payload shows as text")
		})
	}
}

func TestNoErrorFound(t *testing.T) {
	_, err := decode.Explain([]byte("hello, the payment failed"), decode.Options{})
	var nf *decode.NoErrorFoundError
	require.ErrorAs(t, err, &nf)
	for _, lang := range catalog.Langs {
		doc := renderNodes(t, NoErrorFound(lang, nf.Body()))
		assert.Equal(t, string(lang), htmltest.Attr(one(t, doc, "no-error"), "lang"))
		assert.Equal(t, T(lang, "none_title"), htmltest.Text(one(t, doc, "title")))
		assert.Equal(t, T(lang, "none_expected_text"), htmltest.Text(one(t, doc, "expected")))
		assert.Equal(t, nf.Found, htmltest.Text(one(t, doc, "found")))
		// The hint's `backticked` command is a code element; the text reads the same.
		assert.Equal(t, strings.ReplaceAll(nf.Hint, "`", ""), htmltest.Text(one(t, doc, "hint")))
		assert.Contains(t, nf.Hint, "`curl -si URL`")
		var b strings.Builder
		require.NoError(t, NoErrorFound(lang, nf.Body()).Render(context.Background(), &b))
		assert.Contains(t, b.String(), "<code>curl -si URL</code>")
	}
}

func sampleText(t testing.TB, id string) string {
	t.Helper()
	for _, s := range Samples {
		if s.ID == id {
			return s.Text
		}
	}
	t.Fatalf("no sample %q", id)
	return ""
}

// TestCardReattempt: a refused card shows the card networks' limits in one line under the
// retry badge, as web/ui words it; anything else shows none.
func TestCardReattempt(t *testing.T) {
	for _, s := range Samples {
		x := explain(t, s.Text, catalog.Portuguese)
		doc := renderNodes(t, Card(x))
		lines := htmltest.ByTestID(doc, "reattempt")
		if x.Retry.Reattempt == nil {
			assert.Empty(t, lines, "%s: no limits, no line", s.ID)
			continue
		}
		require.Len(t, lines, 1, s.ID)
		assert.Equal(t, ui.Reattempt(catalog.Portuguese, x.Retry.Reattempt), htmltest.Text(lines[0]), s.ID)
		assert.Contains(t, htmltest.Text(lines[0]), "Bandeiras", "%s: in the card's language", s.ID)
		assert.NotContains(t, x.Retry.Advice, "1 s, 2 s", "%s: no seconds-scale backoff on a refused card", s.ID)
	}
	x := explain(t, sampleByID(t, "stripe"), catalog.English)
	require.NotNil(t, x.Retry.Reattempt, "the Stripe sample is a refused card with try_again_later")
}

func sampleByID(t *testing.T, id string) string {
	t.Helper()
	for _, s := range Samples {
		if s.ID == id {
			return s.Text
		}
	}
	t.Fatalf("no sample %s", id)
	return ""
}
