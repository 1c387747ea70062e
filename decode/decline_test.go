package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/catalog"
)

// lookAlike is one gateway's way of passing an issuer's reason on.
type lookAlike struct {
	name, provider, paste string
}

// explainDecline explains paste and checks it was credited to provider.
func explainDecline(t *testing.T, provider, paste string) *Explanation {
	t.Helper()
	x, err := Explain([]byte(paste), Options{})
	require.NoError(t, err, paste)
	require.NotNil(t, x.Provider, paste)
	require.Equal(t, provider, x.Provider.ID, paste)
	return x
}

// TestDeclineLookAlikes: the same issuer reason, through every gateway that passes it on,
// gets the same strategy and the same reattempt schedule: the policy is written once.
func TestDeclineLookAlikes(t *testing.T) {
	groups := []struct {
		reason    string
		want      catalog.Strategy
		reattempt *catalog.Reattempt
		pastes    []lookAlike
	}{
		{
			reason: "insufficient funds (ABECS 51, reversible), brand unknown: fix, within the strictest limits",
			want:   catalog.Fix, reattempt: reattemptOf("", 0),
			pastes: []lookAlike{
				{"Pagar.me acquirer_return_code", "pagarme", `{"id":"ch_1","status":"failed","last_transaction":{"status":"not_authorized","acquirer_return_code":"51","acquirer_message":"Saldo insuficiente","gateway_response":{"code":"201","errors":[]}}}`},
				{"PagBank raw_data.reason_code under its own 10000", "pagbank", `{"id":"CHAR_1","status":"DECLINED","payment_response":{"code":"10000","message":"NAO AUTORIZADO PELO PAGSEGURO","raw_data":{"reason_code":"51","nsu":"123"}}}`},
				{"Adyen raw acquirer code under refusal 2", "adyen", `{"pspReference":"8816","resultCode":"Refused","refusalReason":"Refused","refusalReasonCode":"2","additionalData":{"refusalReasonRaw":"51 : Insufficient funds"}}`},
				{"Stripe decline_code", "stripe", `{"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds","message":"Your card has insufficient funds."}}`},
				{"Mercado Pago status_detail", "mercadopago", `{"id":1,"status":"rejected","status_detail":"cc_rejected_insufficient_amount"}`},
				{"Cielo Payment.ReturnCode", "cielo", `{"MerchantOrderId":"1","Payment":{"Status":3,"ReturnCode":"51","ReturnMessage":"Nao Autorizada","ReasonCode":7,"ReasonMessage":"Denied"}}`},
				{"Rede's own returnCode", "rede", `{"returnCode":"111","returnMessage":"Unauthorized. Insufficient funds.","tid":"1"}`},
			},
		},
		{
			reason: "insufficient funds on a Visa card: Visa's 20 reattempts in 30 days",
			want:   catalog.Fix, reattempt: reattemptOf(catalog.Visa, 0),
			pastes: []lookAlike{
				{"Pagar.me card.brand", "pagarme", `{"id":"ch_1","status":"failed","last_transaction":{"status":"not_authorized","acquirer_return_code":"51","acquirer_message":"Saldo insuficiente","card":{"brand":"Visa"},"gateway_response":{"code":"201","errors":[]}}}`},
				{"PagBank payment_method.card.brand", "pagbank", `{"id":"CHAR_1","status":"DECLINED","payment_response":{"code":"10000","message":"NAO AUTORIZADO","raw_data":{"reason_code":"51"}},"payment_method":{"type":"CREDIT_CARD","card":{"brand":"visa"}}}`},
				{"Adyen additionalData.paymentMethod", "adyen", `{"pspReference":"8816","resultCode":"Refused","refusalReason":"Not enough balance","refusalReasonCode":"12","additionalData":{"refusalReasonRaw":"51 : Insufficient funds","paymentMethod":"visa"}}`},
				{"Stripe payment_method.card.brand", "stripe", `{"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds","payment_method":{"card":{"brand":"visa"}}}}`},
				{"Mercado Pago payment_method_id", "mercadopago", `{"id":1,"status":"rejected","status_detail":"cc_rejected_insufficient_amount","payment_method_id":"visa"}`},
				{"Cielo CreditCard.Brand", "cielo", `{"MerchantOrderId":"1","Payment":{"Status":3,"ReturnCode":"51","ReturnMessage":"Nao Autorizada","CreditCard":{"Brand":"Visa"}}}`},
				{"Rede brand.returnCode", "rede", `{"returnCode":"111","returnMessage":"Unauthorized. Insufficient funds.","tid":"1","brand":{"name":"Visa","returnCode":"51","returnMessage":"Insufficient funds"}}`},
			},
		},
		{
			reason: "issuer unavailable (ABECS 91): retry later, never a backoff in seconds",
			want:   catalog.Wait, reattempt: reattemptOf("", 0),
			pastes: []lookAlike{
				{"Pagar.me", "pagarme", `{"id":"ch_1","status":"failed","last_transaction":{"status":"not_authorized","acquirer_return_code":"91","gateway_response":{"code":"201","errors":[]}}}`},
				{"PagBank raw_data", "pagbank", `{"id":"CHAR_1","status":"DECLINED","payment_response":{"code":"10002","message":"NAO AUTORIZADO","raw_data":{"reason_code":"91"}}}`},
				{"Adyen raw under refusal 9", "adyen", `{"pspReference":"8816","resultCode":"Refused","refusalReason":"Issuer Unavailable","refusalReasonCode":"9","additionalData":{"refusalReasonRaw":"91 : Issuer or switch inoperative"}}`},
				{"Adyen refusal 9 alone", "adyen", `{"pspReference":"8816","resultCode":"Refused","refusalReason":"Issuer Unavailable","refusalReasonCode":"9"}`},
				{"Stripe decline_code", "stripe", `{"error":{"type":"card_error","code":"card_declined","decline_code":"issuer_not_available"}}`},
				{"Cielo", "cielo", `{"MerchantOrderId":"1","Payment":{"Status":3,"ReturnCode":"91","ReturnMessage":"Emissor fora do ar"}}`},
				{"Rede brand.returnCode", "rede", `{"returnCode":"106","returnMessage":"Error in issuer processing.","tid":"1","brand":{"returnCode":"91"}}`},
			},
		},
		{
			reason: "lost card (ABECS 41, irreversible): never, no schedule",
			want:   catalog.None, reattempt: nil,
			pastes: []lookAlike{
				{"Pagar.me", "pagarme", `{"id":"ch_1","status":"failed","last_transaction":{"status":"not_authorized","acquirer_return_code":"41","gateway_response":{"code":"201","errors":[]}}}`},
				{"PagBank raw_data", "pagbank", `{"id":"CHAR_1","status":"DECLINED","payment_response":{"code":"10000","message":"NAO AUTORIZADO","raw_data":{"reason_code":"41"}}}`},
				{"Adyen raw", "adyen", `{"pspReference":"8816","resultCode":"Refused","refusalReason":"Refused","refusalReasonCode":"2","additionalData":{"refusalReasonRaw":"41 : Lost card"}}`},
				{"Stripe decline_code", "stripe", `{"error":{"type":"card_error","code":"card_declined","decline_code":"lost_card"}}`},
				{"Cielo", "cielo", `{"MerchantOrderId":"1","Payment":{"Status":3,"ReturnCode":"41","ReturnMessage":"Cartao perdido"}}`},
				{"Rede brand.returnCode", "rede", `{"returnCode":"101","returnMessage":"Unauthorized.","tid":"1","brand":{"returnCode":"41"}}`},
			},
		},
		{
			reason: "Mastercard's Merchant Advice Code 25 with 51: retry after 24 hours, Mastercard's limits",
			want:   catalog.Wait, reattempt: reattemptOf(catalog.Mastercard, 24),
			pastes: []lookAlike{
				{"PagBank raw_data.merchant_advice_code", "pagbank", `{"id":"CHAR_1","status":"DECLINED","payment_response":{"code":"10000","message":"NAO AUTORIZADO","raw_data":{"reason_code":"51","merchant_advice_code":"25"}}}`},
				{"Adyen additionalData.merchantAdviceCode", "adyen", `{"pspReference":"8816","resultCode":"Refused","refusalReason":"Not enough balance","refusalReasonCode":"12","additionalData":{"refusalReasonRaw":"51 : Insufficient funds","merchantAdviceCode":"25: Retry after 24 hours"}}`},
				{"Stripe network_advice_code", "stripe", `{"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds","network_decline_code":"51","network_advice_code":"25"}}`},
				{"Cielo Payment.MerchantAdviceCode", "cielo", `{"MerchantOrderId":"1","Payment":{"Status":3,"ReturnCode":"51","ReturnMessage":"Nao Autorizada","MerchantAdviceCode":"25"}}`},
			},
		},
	}
	for _, g := range groups {
		t.Run(g.reason, func(t *testing.T) {
			for _, la := range g.pastes {
				x := explainDecline(t, la.provider, la.paste)
				assert.Equal(t, g.want, x.Retry.Strategy, "%s: %s", la.name, g.reason)
				assert.Equal(t, g.reattempt, x.Retry.Reattempt, "%s: %s", la.name, g.reason)
				assert.Empty(t, x.Retry.Schedule, "%s: a decline has no seconds-scale schedule", la.name)
			}
		})
	}
}

// reattemptOf is the policy's schedule for brand, for the look-alikes' expectations.
func reattemptOf(b catalog.Brand, afterHours int) *catalog.Reattempt {
	r := catalog.ReattemptFor(b)
	r.AfterHours = afterHours
	return &r
}

// TestDeclinesNeverBackOff: nothing a refused card carries (a provider's retry header
// included) makes decifra advise a retry within seconds.
func TestDeclinesNeverBackOff(t *testing.T) {
	tests := []struct {
		name, provider, paste, reason string
		want                          catalog.Strategy
	}{
		{"stripe try_again_later", "stripe", `{"error":{"type":"card_error","code":"card_declined","decline_code":"try_again_later"}}`,
			"Stripe's decline code says later: wait, as the catalog once said backoff", catalog.Wait},
		{"stripe processing_error", "stripe", `{"error":{"type":"card_error","code":"processing_error","message":"An error occurred while processing your card."}}`,
			"a processing error on a card is retried later", catalog.Wait},
		{"stripe approve_with_id", "stripe", `{"error":{"type":"card_error","code":"card_declined","decline_code":"approve_with_id"}}`,
			"try the payment again, later", catalog.Wait},
		{"stripe reenter_transaction", "stripe", `{"error":{"type":"card_error","code":"card_declined","decline_code":"reenter_transaction"}}`,
			"try the payment again, later", catalog.Wait},
		{"stripe should-retry on a decline", "stripe", "HTTP/1.1 402 Payment Required\nStripe-Should-Retry: true\n\n" +
			`{"error":{"type":"card_error","code":"card_declined","decline_code":"generic_decline"}}`,
			"Stripe says the request may be retried: a refused card, later", catalog.Wait},
		{"adyen acquirer error", "adyen", `{"pspReference":"8816","resultCode":"Error","refusalReason":"Acquirer Error","refusalReasonCode":"4"}`,
			"Adyen 4 was backoff; an acquirer error on a payment is retried later", catalog.Wait},
		{"adyen transient header on a refusal", "adyen", "HTTP/1.1 200 OK\ntransient-error: true\n\n" +
			`{"pspReference":"8816","resultCode":"Refused","refusalReason":"Refused","refusalReasonCode":"2"}`,
			"Adyen's transient-error on a refused card: later, not seconds", catalog.Wait},
		{"issuer 96 through Pagar.me", "pagarme", `{"id":"ch_1","status":"failed","last_transaction":{"status":"not_authorized","acquirer_return_code":"96","gateway_response":{"code":"201","errors":[]}}}`,
			"a system failure is temporary: later", catalog.Wait},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := explainDecline(t, tt.provider, tt.paste)
			assert.Equal(t, tt.want, x.Retry.Strategy, tt.reason)
			assert.Empty(t, x.Retry.Schedule, tt.reason)
			assert.NotContains(t, x.Retry.Advice, "1 s, 2 s", tt.reason)
			if assert.NotNil(t, x.Retry.Reattempt, tt.reason) {
				assert.Positive(t, x.Retry.Reattempt.MaxAttempts, tt.reason)
			}
			assert.NotContains(t, x.Retry.Idempotency, "reuse the same", "%s: a later attempt is a new payment", tt.name)
		})
	}
}

// TestDeclineSignalsWin: the strongest signal decides, in the policy's order.
func TestDeclineSignalsWin(t *testing.T) {
	tests := []struct {
		name, provider, paste, reason string
		want                          catalog.Strategy
		source                        string
	}{
		{"PagBank's listed code yields to the issuer's", "pagbank",
			`{"id":"CHAR_1","status":"DECLINED","payment_response":{"code":"10004","message":"NAO AUTORIZADO","raw_data":{"reason_code":"41"}}}`,
			"raw_data.reason_code 41 (lost card) beats PagBank's 10004", catalog.None, ""},
		{"Stripe do_not_try_again beats a reversible decline code", "stripe",
			`{"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds","advice_code":"do_not_try_again"}}`,
			"an explicit never", catalog.None, "advice_code do_not_try_again"},
		{"Stripe confirm_card_data", "stripe",
			`{"error":{"type":"card_error","code":"card_declined","decline_code":"generic_decline","advice_code":"confirm_card_data"}}`,
			"the data is to be confirmed: fix", catalog.Fix, "advice_code confirm_card_data"},
		{"MAC 03 beats the issuer's reversible code", "adyen",
			`{"pspReference":"8816","resultCode":"Refused","refusalReason":"Not enough balance","refusalReasonCode":"12","additionalData":{"refusalReasonRaw":"51 : Insufficient funds","merchantAdviceCode":"03: Do not try again"}}`,
			"Mastercard says never", catalog.None, "Merchant Advice Code 03"},
		{"MAC 21 stops a recurring charge", "pagbank",
			`{"id":"CHAR_1","status":"DECLINED","payment_response":{"code":"10000","message":"NAO AUTORIZADO","raw_data":{"reason_code":"05","merchant_advice_code":"21"}}}`,
			"payment cancelled by the cardholder", catalog.None, "Merchant Advice Code 21"},
		{"Elo's 04 is a retry later", "pagarme",
			`{"id":"ch_1","status":"failed","last_transaction":{"status":"not_authorized","acquirer_return_code":"04","card":{"brand":"elo"},"gateway_response":{"code":"201","errors":[]}}}`,
			"Elo asks for the transaction to be redone", catalog.Wait, "read for Elo"},
		{"04 of an unknown brand is never", "pagarme",
			`{"id":"ch_1","status":"failed","last_transaction":{"status":"not_authorized","acquirer_return_code":"04","gateway_response":{"code":"201","errors":[]}}}`,
			"Visa and Mastercard: pick up card, fined when retried", catalog.None, ""},
		{"ABECS 01 via Adyen's raw is not read", "adyen",
			`{"pspReference":"8816","resultCode":"Refused","refusalReason":"Refused","refusalReasonCode":"2","additionalData":{"refusalReasonRaw":"01 : Refer to card issuer"}}`,
			"ISO 8583's 01 is not ABECS's 01: Adyen's own code decides", catalog.Fix, "Adyen's reference for 2"},
		{"wrong card data is fix", "pagarme",
			`{"id":"ch_1","status":"failed","last_transaction":{"status":"not_authorized","acquirer_return_code":"14","gateway_response":{"code":"201","errors":[]}}}`,
			"corrected data is a new payment", catalog.Fix, ""},
		{"a duplicate is looked up first", "pagarme",
			`{"id":"ch_1","status":"failed","last_transaction":{"status":"not_authorized","acquirer_return_code":"94","gateway_response":{"code":"201","errors":[]}}}`,
			"the first attempt may have gone through", catalog.CheckFirst, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := explainDecline(t, tt.provider, tt.paste)
			assert.Equal(t, tt.want, x.Retry.Strategy, tt.reason)
			assert.Contains(t, x.Retry.Source, tt.source, tt.reason)
		})
	}
}

// TestReattemptAdvice: the advice states the networks' limits, and the earliest next
// attempt when a signal gives one.
func TestReattemptAdvice(t *testing.T) {
	x := explainDecline(t, "pagbank", `{"id":"CHAR_1","status":"DECLINED","payment_response":{"code":"10000","message":"NAO AUTORIZADO","raw_data":{"reason_code":"51","merchant_advice_code":"26"}}}`)
	assert.Equal(t, "Retry this card later, not now. "+catalog.DeclineLater.Why().EN+
		" Mastercard's limit: at most 34 more attempts on this card in 30 days, and 7 in 24 hours; the next one no sooner than 2 days after this refusal.",
		x.Retry.Advice, "MAC 26: retry after 2 days, on Mastercard's limits")
	x, err := Explain([]byte(`{"id":"CHAR_1","status":"DECLINED","payment_response":{"code":"10000","message":"NAO AUTORIZADO","raw_data":{"reason_code":"51"}}}`),
		Options{Lang: catalog.Portuguese})
	require.NoError(t, err)
	assert.True(t, strings.HasSuffix(x.Retry.Advice, "Limite das bandeiras (o mais rígido, pois o texto colado não informa a bandeira): no máximo 7 novas tentativas com este cartão em 30 dias."),
		"no brand named: the strictest limits, said so: %s", x.Retry.Advice)
}

// TestStripeIdempotencyFollowsTheRequest: Stripe's "saved under the key you sent" only
// when the paste shows the request sent one; a bare body gets the conditional wording.
func TestStripeIdempotencyFollowsTheRequest(t *testing.T) {
	body := `{"error":{"type":"card_error","code":"card_declined","decline_code":"generic_decline","message":"Your card was declined."}}`
	tests := []struct {
		name, paste, want, reason string
	}{
		{"key sent", "> POST /v1/payment_intents HTTP/2\n> Host: api.stripe.com\n> Idempotency-Key: 4f1c\n>\n< HTTP/2 402\n<\n" + body,
			"The request carried an Idempotency-Key", "the curl -v paste shows the key"},
		{"no key", "> POST /v1/payment_intents HTTP/2\n> Host: api.stripe.com\n>\n< HTTP/2 402\n<\n" + body,
			"The request carried no Idempotency-Key", "the curl -v paste shows there was none"},
		{"unknown", body, "If the request carried an Idempotency-Key", "a bare body does not say"},
	}
	for _, tt := range tests {
		x := explainDecline(t, "stripe", tt.paste)
		assert.True(t, strings.HasPrefix(x.Retry.Idempotency, tt.want), "%s: %s: %s", tt.name, tt.reason, x.Retry.Idempotency)
	}
	x := explainDecline(t, "stripe", `{"error":{"type":"invalid_request_error","code":"parameter_missing","param":"amount","message":"Missing required param: amount."}}`)
	assert.NotContains(t, x.Retry.Idempotency, "replays", "Stripe saves no result for a validation error")
	assert.Contains(t, x.Retry.Idempotency, "saves no result")
}

// TestCashierHeaderIsInferred: where decifra names Cashier's idempotency header, it says
// the name is its inference.
func TestCashierHeaderIsInferred(t *testing.T) {
	x, err := Explain([]byte("POST https://cashier.flowpayment.net/api/v1/payouts HTTP/1.1\n\nHTTP/1.1 507 Insufficient Storage\n\n"+
		`{"type":"about:blank","title":"Insufficient Storage","status":507,"detail":"try again","instance":"/api/v1/payouts/po_1"}`), Options{})
	require.NoError(t, err)
	require.NotNil(t, x.Provider)
	require.Equal(t, "cashier", x.Provider.ID)
	assert.Contains(t, x.Retry.Idempotency, "send the Idempotency-Key header", "a 507 gets the generic advice, which names the header")
	assert.Contains(t, x.Retry.Idempotency, "inference", "the header's name is decifra's, not Cashier's")
	for i := range catalog.Cashier.Len() {
		e := catalog.Cashier.Entry(i)
		for _, l := range catalog.Langs {
			assert.NotContains(t, e.Idempotency.In(l), "Idempotency-Key", "%s: the catalog does not state the inferred header as fact", e.Code)
		}
	}
	assert.Equal(t, "(Cashier by FlowPayment's document never names its idempotency header: Idempotency-Key is decifra's inference, the IETF draft's name.)",
		inferredHeaderNote(catalog.Cashier).EN)
}
