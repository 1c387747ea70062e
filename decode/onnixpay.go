package decode

import (
	"strings"

	"github.com/decifra/decifra/catalog"
)

// OnnixPay: {success: false, error: {code, message, details, field, …extras}, meta:
// {requestId, timestamp, version}}, with Portuguese messages.
var onnixpayReader = reader{provider: catalog.OnnixPay, score: scoreOnnixPay}

// onnixExtras are members OnnixPay adds to its error object beyond code/message/details.
var onnixExtras = [...]string{"field", "requiredScopes", "currentScopes", "expiredAt", "revokedAt",
	"retryAfter", "provider", "providerCode", "estimatedRecovery", "existingTransactionId",
	"externalId", "existingCustomerId", "availableBalance", "requestedAmount", "maxAmount",
	"pixId", "paidAt", "boletoId", "canceledAt", "resourceType", "resourceId", "transactionId",
	"window", "requestId"}

func scoreOnnixPay(f *facts, c *codeOwners) []signal {
	var s []signal
	if f.successFalse && f.body.obj("error") != nil {
		s = append(s, successFalseSignal)
	}
	if f.meta.has("requestId") {
		s = with(s, 2, catalog.SaidMetaRequestIdCamelCaseEnvelope)
		if f.meta.has("version") || f.meta.has("timestamp") {
			s = with(s, 0.5, catalog.SaidMetaHasTimestampVersion)
		}
	}
	if f.meta.has("request_id") {
		s = with(s, -2, catalog.SaidMetaRequestIdSnakeCase2)
	}
	s = append(s, c.membership(f, catalog.OnnixPay)...)
	if f.portuguese && f.code != "" {
		s = with(s, 1.5, catalog.SaidMessagePortuguese)
	}
	// Not in a list's first item: OnnixPay answers with one error object (Belvo's
	// [{"request_id", "message": "Este campo é obrigatório.", "code": "required", "field"}]
	// is a list).
	if n := countMembers(f.errObj, onnixExtras[:]); n > 0 && f.code != "" && !f.parts.array {
		members := strings.Join(presentMembers(f.errObj, onnixExtras[:]), ", ")
		s = withf(s, min(float64(n), 2), catalog.SaidOnnixPayExtraMembersError, nil, members)
	}
	if p := strings.ToLower(f.errObj.str("provider")); p == "celcoin" || p == "shipay" {
		s = withf(s, 1, catalog.SaidProviderNamesOnnixPayBankingPartner, nil, p)
	}
	return s
}
