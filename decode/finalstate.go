package decode

import (
	"slices"
	"strings"

	"github.com/decifra/decifra/catalog"
)

// A code that stands for many failures (Pagar.me's action_forbidden, Openpay's 1003, a
// Stripe invalid_request_error) gets the catalog's "fix"; its message may say the thing
// is already done: refunded, captured, paid, or in a final status. Then no corrected
// request will succeed either, and the strategy is none.

// finalStateWords are lower-case phrases that say a resource is already in a final
// state, or in one the request cannot act on: done before (refunded, captured, paid,
// attached, rolled back), already there (registered, existing), closed, or in a status
// that refuses the operation ("invalid transaction status to refund", "due to the current
// state of the payment", "not pending").
var finalStateWords = [...]string{
	"has already succeeded", "has already been refunded", "was already refunded", "is already refunded", "already been fully refunded",
	"has already been captured", "was already captured", "is already captured",
	"has already been paid", "has already been made", "is already paid", "was already paid", "has already been attached", "has already been rollbacked",
	"has already been rolled back", "has already been cancel", "has already been void", "has already been reversed",
	"is on a final status", "is in a final state", "in a final status", "invalid finished state",
	"current state of the payment", "current state of the transaction", "because it has a status of", "invalid transaction status", "invalid status '", "or not pending", "is not pending",
	"was already completed", "has been done already", " has succeeded.", // PayPal's v1 payments, PayMongo's intent
	"already registered", "subscription has been cancel", "closed account", "account is closed", "previously submitted", "already been submitted",
	"já foi estornad", "já foi capturad", "já foi pag", "já está pag", "status 'captured' não pode ser capturada",
	"já estornad", "já cancelad", "já capturad", "já está registrad", "já está cadastrad", "já está cancelad", "is already cancel", "ya está cancelad",
	"ya fue reembolsad", "ya fue capturad", "ya fue pagad", "ya está pagad", "en un estado final", "ya está registrad",
	"订单已支付", "交易已支付", "交易已经支付", // WeChat Pay's ORDERPAID "该订单已支付" (the order is already paid); not "已支付金额" (the amount paid)
	"invalid profile status for",                      // PayPal's recurring profiles: "Invalid profile status for cancel action; profile should be active or suspended"
	"over the time limit to", "no longer be refunded", // PayPal's 10009 "You are over the time limit to perform a refund", Paddle's "can no longer be refunded"
	"or it no longer exists", // GoCardless Bank Account Data's "Account has been deactivated or it no longer exists."
	// Stripe's "This dispute is already closed" (a connection or a stream that is closed
	// is a failure below HTTP, not a final state: only a payment's things are named).
	"dispute is already closed", "order is already closed", "invoice is already closed", "payment is already closed", // not a database's "transaction is already closed"
	"has been previously voided", "already been voided", // PayPal's "Authorization has been previously voided and hence cannot be voided again"
	"order has been voided", "authorization has been voided", // PayPal's v1 ORDER_VOIDED "Order has been voided", on a capture
	// Stripe's "You cannot cancel this SetupIntent because it it already canceled.", PayPal's
	// "Plan already in same state.": what the request asks for is what is already so.
	"it already cancel", "was already cancel", "were already cancel", "já foi cancelad", "ya fue cancelad", "already in same state", "already in the same state",
	"origin already exists", // Adyen's 31_004 for an allowed origin already there
	// Stripe's "This Checkout Session has a status of `expired`.", "Finalized invoices can't
	// be updated in this way"; PayPal's v1 "Payment approval has expired" (a new payment
	// must be approved).
	"has a status of `expired`", "has a status of `canceled`", "finalized invoices can't be updated", "payment approval has expired",
	// Asaas's charges that are paid: "A cobrança [6089679] não pode ser removida: Só é possível
	// remover cobranças pendentes ou vencidas.", "Não é possível alterar a forma de pagamento
	// de cobranças recebidas ou confirmadas."
	"só é possível remover cobranças pendentes", "de cobranças recebidas ou confirmadas",
	"already exists with the", // Adyen's MarketPay 28 "Account holder already exists with the accountHolderCode: …": a duplicate
	// Banco Inter's "A cobrança não pode ser cancelada, pois se encontra na situação
	// CANCELADO", "O status atual do boleto é AGENDADO_CANCELADO e não permite cancelamento."
	"não pode ser cancelada, pois se encontra na situação", "não pode ser cancelado, pois se encontra na situação", "e não permite cancelamento",
	"cobrança emitida há poucos minutos com os mesmos dados com a situação", // and its refusal of a duplicate ("… com a situação “a receber” …"): the first one stands
	"already tokenized for",          // Culqi's older API: "Card already tokenized for same merchant"
	"modify a cancelled preapproval", // Mercado Pago's subscriptions: "You can not modify a cancelled preapproval."
	"while in status: refunded",      // Worldpay's "Order: … cannot be refunded while in status: REFUNDED - try again later."
	// Stripe's "You cannot update a subscription that is `canceled` or `incomplete_expired`"
	// (the two statuses that end one), "A canceled subscription can only update its
	// cancellation_details.", "Charge ch_… has been charged back; cannot issue a refund.",
	// "The account acct_… has been deleted, so we can't complete this action."
	"that is `canceled` or `incomplete_expired`", "that is `canceled or incomplete_expired`", "a canceled subscription can only update", "has been charged back", "has been deleted, so we can't complete",
}

// finalAnchors are what every phrase of finalStateWords and finalStatus holds one of: a
// message with none of them is not searched for every phrase.
var finalAnchors = [...]string{"alread", "incomplete_expired", "canceled subscription", "charged back", "been deleted", "stat", "estad", "pend", "regist", "clos", "submit", "já ", "ya ", "final", "been cancel", "succeeded", "time limit", "no longer", "previously void", "been voided", "situação", "não permite", "recebidas ou confirmadas", "approval has expired", "cancelled preapproval", "已"}

// finalStatus are whole messages that say the same: {"detail": "Invalid Status"}.
var finalStatus = [...]string{"invalid status", "invalid state", "status inválido", "estado inválido"}

// inFlight is the phrase of text, in lower case, that says the same operation is already
// under way elsewhere, or "".
func inFlight(text string) string {
	for _, w := range [...]string{"already in progress", "já está em andamento", "já está em processamento", "ya está en curso", "ya se está procesando"} {
		if strings.Contains(text, w) {
			return w
		}
	}
	return ""
}

// saysDone is the phrase of finalStateWords (or the whole message of finalStatus) that
// text, in lower case, holds, or "".
func saysDone(text string) string {
	if len(text) > 600 {
		text = text[:600]
	}
	if !slices.ContainsFunc(finalAnchors[:], func(a string) bool { return strings.Contains(text, a) }) {
		return ""
	}
	if strings.ContainsAny(text, "\n\r\t") {
		// A message wrapped by the program that printed it: Solidus's "… because it has a
		// \nstatus of canceled. …" is one sentence.
		text = strings.Join(strings.Fields(text), " ")
	}
	for _, w := range finalStateWords {
		if strings.Contains(text, w) {
			return w
		}
	}
	t := strings.Trim(text, " .!")
	for _, w := range finalStatus {
		if t == w {
			return w
		}
	}
	return ""
}

// finalState turns a "fix" into none when the provider's message, or the one field
// problem its body lists, says the resource is already in a final state.
func (a *advice) finalState(f *facts, kn *known) {
	if a.strategy != catalog.Fix {
		return
	}
	lower := strings.ToLower(kn.message + " " + kn.details)
	if w := inFlight(lower); w != "" {
		// PayPal's "The request was refused. Refund operation is already in progress":
		// another request is doing it now, and how it ends decides what to do.
		a.strategy = catalog.CheckFirst
		a.why = fill(catalog.SaidMessageSaysSameOperationAlreadyUnder, w)
		a.source = catalog.SaidProviderSMessage
		return
	}
	w := saysDone(lower)
	if w == "" && f.lower != "" && len(f.lower) <= 600 {
		w = cutMessageDone(f.lower, kn.message)
	}
	if w == "" && f.body != nil && (strings.Contains(f.masked, "lread") || strings.Contains(f.masked, "LREAD")) { // only "already" is looked for
		// PayPal's v1 {"name": "BUSINESS_VALIDATION_ERROR", "message": "Validation Error.",
		// "details": [{"field": "validation_error", "issue": "Plan already in same state."}]}:
		// the one problem the body lists is what the message does not say.
		// Only a thing done already: a field's "Invalid status 'ACTVE'" is a value to correct.
		if fp := fieldProblems(f.body); len(fp) == 1 && len(fp[0].Problems) == 1 {
			if d := saysDone(strings.ToLower(fp[0].Problems[0])); strings.Contains(d, "alread") {
				w = d
			}
		}
	}
	if w != "" {
		a.strategy = catalog.None
		a.why = fill(catalog.SaidMessageSaysAlreadyDoneStateRefuses, w)
		a.source = catalog.SaidProviderSMessage
	}
}

// cutMessageDone is the phrase of a final state that lower, a short text's start in lower
// case, says from message on, when message is cut mid-sentence where its line ends and the
// sentence wraps on the next: Solidus's "Spree::Core::GatewayError (You cannot cancel
// this PaymentIntent because it has a \nstatus of canceled. …)". A line before the
// message (a preface, an earlier log line) does not speak for it. "" when none.
func cutMessageDone(lower, message string) string {
	m := strings.TrimSpace(message)
	if m == "" || strings.IndexByte(".!?)]\"'", m[len(m)-1]) >= 0 {
		return ""
	}
	if i := strings.Index(lower, strings.ToLower(m)); i >= 0 {
		return saysDone(lower[i:])
	}
	return ""
}
