package decode

import (
	"cmp"
	"slices"
	"strings"

	"github.com/decifra/decifra/catalog"
)

// Adyen: the classic {status, errorCode, message, errorType, pspReference}, RFC 7807
// problems typed under docs.adyen.com/errors, and refused payments answered with HTTP 200.
var adyenReader = reader{provider: catalog.Adyen, score: scoreAdyen, read: readAdyen,
	failure: func(b *object) bool {
		return adyenRefusal(b) || adyenNotification(b) != nil || adyenTerminalFailure(b) != nil
	}}

// adyenTerminalFailure is the Response of a Terminal API (nexo) answer that failed:
// {"SaleToPOIResponse": {"MessageHeader": …, "PaymentResponse": {"Response": {"Result":
// "Failure", "ErrorCondition": "Refusal", "AdditionalResponse": "…"}}}}, or its
// EventNotification rejecting the request ({"EventToNotify": "Reject", "EventDetails":
// "message=…"}), returned as {ErrorCondition?, AdditionalResponse}; nil for anything else.
func adyenTerminalFailure(b *object) *object {
	root := b.obj("SaleToPOIResponse")
	if root == nil {
		root = b.obj("SaleToPOIRequest") // an EventNotification travels as a request
	}
	if root == nil {
		return nil
	}
	for _, m := range root.members {
		o, ok := m.val.(*object)
		if !ok || m.key == "MessageHeader" {
			continue
		}
		if r := o.obj("Response"); strings.EqualFold(r.str("Result"), "Failure") {
			return r
		}
		if m.key == "EventNotification" && strings.EqualFold(o.str("EventToNotify"), "Reject") {
			return &object{members: []member{{"AdditionalResponse", o.str("EventDetails")}}}
		}
	}
	return nil
}

// terminalWords reads a Terminal API AdditionalResponse or EventDetails, form-encoded
// ("message=Terminal+is+not+reachable", "refusalReason=210+Not+enough+balance&…") or
// base64 JSON: the refusal reason, else the message, else the text as it is.
func terminalWords(s string) string {
	var msg, reason string
	for pair := range strings.SplitSeq(s, "&") {
		k, v, ok := strings.Cut(pair, "=")
		if !ok {
			continue
		}
		v = formUnescape(v)
		switch k {
		case "refusalReason":
			reason = v
		case "message":
			msg = v
		}
	}
	return cmp.Or(reason, msg, s)
}

// adyenNotification is the item of Adyen's webhook that reports a failed event:
// {"notificationItems": [{"NotificationRequestItem": {"eventCode": "CAPTURE", "success":
// "false", "reason": …, "pspReference": …, "merchantAccountCode": …}}]}, or the item
// alone as its form fields (eventCode=AUTHORISATION, success=false …); nil for anything else.
func adyenNotification(b *object) *object {
	if item := firstItem(b, "notificationItems"); item != nil {
		b = item.obj("NotificationRequestItem")
	}
	if b.str("eventCode") != "" && b.has("pspReference") && b.has("merchantAccountCode") && strings.EqualFold(scalarText(b.get("success")), "false") {
		return b
	}
	return nil
}

var adyenErrorTypes = [...]string{"validation", "security", "configuration", "internal"}

// adyenResultCodes are the resultCode values of Adyen's payment responses
// (https://docs.adyen.com/online-payments/payment-result-codes/).
var adyenResultCodes = [...]string{"Authorised", "Refused", "Error", "Cancelled", "Pending", "Received",
	"RedirectShopper", "IdentifyShopper", "ChallengeShopper", "PresentToShopper", "AuthenticationFinished",
	"AuthenticationNotRequired", "PartiallyAuthorised"}

func scoreAdyen(f *facts, c *codeOwners) []signal {
	var s []signal
	b := f.body
	switch typ := b.str("errorType"); {
	case b.has("errorCode") && (slices.Contains(adyenErrorTypes[:], typ) || typ == "api" && b.has("status") && b.has("message")):
		// "api" is the Payments App API's (PA002, an internal error), in the whole envelope only.
		s = withf(s, 3, catalog.SaidErrorCodeErrorTypeAdyenClassicEnvelope, nil, typ)
	case strings.HasPrefix(b.str("type"), "https://docs.adyen.com/errors/"):
		t := b.str("type")
		s = withf(s, 3, catalog.SaidProblemTypeAdyen, nil, t)
	}
	if item := firstItem(b, "invalidFields"); item.has("errorCode") && item.has("errorDescription") && b.has("pspReference") {
		s = with(s, 3, catalog.SaidInvalidFieldsWithPspReference)
	}
	if t := adyenTerminalFailure(b); t != nil {
		s = with(s, 3, catalog.SaidTerminalAPIAnswerFailedResult)
	}
	if n := adyenNotification(b); n != nil {
		ev := n.str("eventCode")
		s = withf(s, 3, catalog.SaidWebhookItemEventCodeSuccessFalse, nil, ev)
	}
	if adyenRefusal(b) {
		rc := adyenHPP(b).str("resultCode")
		s = withf(s, 3, catalog.SaidResultCodeRefusalReasonAdyenRefusedPayment, nil, rc)
	}
	switch rc := b.str("resultCode"); {
	case b.has("pspReference") && slices.Contains(adyenResultCodes[:], rc) && !adyenRefusal(b):
		s = withf(s, 2, catalog.SaidResultCodePspReferenceAdyenPaymentResponse, nil, rc)
	case b.has("pspReference"):
		s = with(s, 0.5, catalog.SaidPspReferenceAdyenSPaymentReference)
	}
	if adyenReference(headerMember(b.obj("responseHeaders"), "pspReference")) {
		// Adyen's Checkout API answers every call with a pspReference header; a connector's
		// report keeps the response's headers beside its own error ({"error":
		// {"connectorDetails": {"code": "2", "message": "Refused"}}, "responseHeaders":
		// {"pspreference": …}}).
		s = with(s, 2.5, catalog.SaidPspReferenceHeaderAdyen)
	}
	if strings.EqualFold(headerValue(f.headers, "transient-error"), "true") {
		s = with(s, 1, catalog.SaidTransientErrorHeaderAdyen)
	}
	return s
}

// headerMember is the value of a header kept as a member of a headers object, its first
// when a Java client keeps a list of them (pspReference=[8815893616598667]).
func headerMember(h *object, name string) string {
	v := h.getFold(name)
	if l, ok := v.([]any); ok && len(l) > 0 {
		v = l[0]
	}
	return scalarText(v)
}

// adyenReference reports whether s has the shape of Adyen's pspReference: 16 capital
// letters and digits ("D7VSQRQ2J6HM7L75"), not another system's id under that name.
func adyenReference(s string) bool {
	if len(s) != 16 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// adyenRefusal reports whether a body is Adyen's answer to a refused payment: HTTP 200
// with resultCode Refused, Cancelled or Error and a refusalReason (the hosted payment
// pages' redirect names them paymentResult_resultCode …).
func adyenRefusal(b *object) bool {
	b = adyenHPP(b)
	switch b.str("resultCode") {
	case "Refused", "Cancelled", "Error":
		return b.has("refusalReason") || b.has("refusalReasonCode")
	}
	return false
}

// adyenHPP is b with the paymentResult_ (or paymentResult.) prefix of Adyen's hosted
// payment pages taken off its members; b itself when it has none.
func adyenHPP(b *object) *object {
	prefix := "paymentResult_"
	if !b.has(prefix + "resultCode") {
		if prefix = "paymentResult."; !b.has(prefix + "resultCode") {
			return b
		}
	}
	o := &object{members: make([]member, len(b.members))}
	for i, m := range b.members {
		o.members[i] = member{strings.TrimPrefix(m.key, prefix), m.val}
	}
	return o
}

func readAdyen(f *facts, p *catalog.Provider) reading {
	if t := adyenTerminalFailure(f.body); t != nil {
		code := t.str("ErrorCondition")
		r := reading{code: code, message: terminalWords(t.str("AdditionalResponse"))}
		if e, ok := p.LookupIn("ErrorCondition", code); ok {
			r.k = entryKnowledge(p, e)
		}
		return r
	}
	if b := adyenHPP(f.body); adyenRefusal(b) {
		code, rc := codeString(b.get("refusalReasonCode")), b.str("resultCode")
		if code == "" {
			// The pages give the reason alone, "010 Not allowed": its leading number is the code.
			code, _, _ = strings.Cut(b.str("refusalReason"), " ")
			if !isNumber(code) {
				code = ""
			}
		}
		if code == "0" && rc != "" && rc != "Refused" && p.Documents(rc) {
			// {"resultCode": "Cancelled", "refusalReason": "CANCELLED", "refusalReasonCode": "0"}:
			// 0 is "no refusal", and the result says what happened.
			code = rc
		}
		r := lookup(p, code)
		r.message, r.decline = b.str("refusalReason"), true
		// additionalData carries the acquirer's raw answer (refusalReasonRaw "51 : Not
		// sufficient funds", refusalCodeRaw), the Merchant Advice Code and the card's
		// brand; the raw code, an ISO 8583 one, is the issuer's reason (decline.go).
		ad := b.obj("additionalData")
		raw := codeString(ad.get("refusalCodeRaw"))
		if _, ok := catalog.IssuerCode(raw); !ok {
			raw = leadingCode(ad.str("refusalReasonRaw"))
		}
		r.card = &cardDecline{issuer: raw, issuerAt: "additionalData.refusalReasonRaw", iso: true, mac: macIn(ad), brand: brandIn(ad, b)}
		r.note = fill(catalog.SaidRefusedPaymentResultCodeRefusalReasonCode, rc, code)
		return r
	}
	if n := adyenNotification(f.body); n != nil {
		// A failed event: an AUTHORISATION refused is a refused payment; any other (a
		// capture, a refund) failed for the reason it gives.
		ev := n.str("eventCode")
		return reading{message: n.str("reason"), decline: strings.EqualFold(ev, "AUTHORISATION"),
			note: fill(catalog.SaidWebhookSuccessFalse, ev)}
	}
	ec := codeString(f.body.get("errorCode"))
	if (ec == "0" || ec == "00") && f.body.has("errorType") {
		// The errors table's 000, an unknown error, written as a number ({"status": 422,
		// "errorCode": "0", "errorType": "validation"}, as Active Merchant's tests keep
		// it): a refusal reason's 0 is no refusal at all.
		ec = "000"
	}
	r := lookup(p, ec)
	r.message = f.body.str("message")
	if r.message == "" {
		r.message = f.body.str("detail")
	}
	// The hosted onboarding and Management APIs list field problems, each with its code:
	// {"invalidFields": [{"errorCode": 91, "errorDescription": …}], "pspReference"}.
	if item := firstItem(f.body, "invalidFields"); r.code == "" && item != nil {
		if c := codeString(item.get("errorCode")); c != "" {
			msg := r.message
			r = lookup(p, c)
			r.message = cmp.Or(msg, item.str("errorDescription"))
		}
	}
	return r
}
