//go:build !textpack

package catalog

import "strings"

// The card-decline policy, written once. A refused card payment reaches decifra through
// many gateways (an ABECS code in Pagar.me's acquirer_return_code, PagBank's
// raw_data.reason_code, Cielo's Payment.ReturnCode or Rede's brand.returnCode; Stripe's
// decline_code and advice_code; Adyen's refusalReasonCode and its raw acquirer response;
// Mercado Pago's status_detail …), and the advice must not depend on which one carried
// it. Every reason is first sorted into a Decline class, by the strongest signal present:
//
//  1. an explicit "never again": Mastercard's Merchant Advice Code 03 or 21, Stripe's
//     advice_code do_not_try_again;
//  2. the rest of the Merchant Advice Codes (01, 02, 04, 24–30), Stripe's other advice
//     codes;
//  3. the issuer's own response code (ABECS Normativo 21, read for the card's brand when
//     the paste names it), which beats the gateway's generic code;
//  4. the gateway's own code, where this file maps it (providerDeclines).
//
// The class then decides the strategy, the reason shown for it, and the card networks'
// limits on trying the same card again (Reattempt). Decode applies it (decode/decline.go);
// the catalog's entries carry the same strategy, which a test checks, so that the
// catalog read on its own says what an explanation says.
//
// Sources, each cited where its rule is used:
//   - ABECS Normativo 21 v3 (abecsSource in issuer.go): reversible and irreversible codes,
//     brand by brand, as republished by Cielo (the table last updated on 1 October 2024).
//   - Visa's decline categories: https://www.checkout.com/docs/developer-resources/codes/visa-response-codes
//     (updated 26 February 2025); the rule that category 1 is never reattempted and
//     categories 2–4 at most 15 times in 30 days: Cybersource (a Visa company),
//     https://developer.cas.cybersource.com/docs/cybs/en-us/payments/developer/ctv/rest/payments/payments-processing-basic-intro/payments-processing-basic-auth-intro/payments-intro-processing-auth-decline.html;
//     raised to 20 in 30 days from 25 May 2025:
//     https://docs.cielo.com.br/ecommerce-cielo-en/changelog/new-limit-for-visa-retries-starting-may-25-2025.
//   - Mastercard's Merchant Advice Codes and its Transaction Processing Excellence
//     programme (Excessive Attempts: from the 8th attempt in 24 hours and beyond 35 failed
//     attempts in 30 days on the same card and merchant; MAC 03 and 21 charged from the
//     first retry), Elo's and Hipercard's retry programmes, as Cielo publishes them for
//     Brazil: https://developercielo.github.io/en/tutorial/programa-retentativa-bandeiras;
//     the MAC list: https://developer.paypal.com/braintree/docs/reference/general/merchant-responses/merchant-advice-codes.
//   - Stripe's advice codes: https://docs.stripe.com/declines/card.

// Brand is a card network, as decifra names it in the JSON contract's reattempt.brand.
type Brand string

// The brands whose retry rules decifra knows; "" is a card whose brand the paste does not
// name.
const (
	Visa       Brand = "Visa"
	Mastercard Brand = "Mastercard"
	Elo        Brand = "Elo"
	Hipercard  Brand = "Hipercard"
	Amex       Brand = "Amex"
)

// CardBrand reads a brand as gateways write it ("visa", "VISA", "Master", "mc",
// "debmaster", "elo", "hiper", "American Express"); anything else is "", unknown.
func CardBrand(s string) Brand {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "deb") // Mercado Pago's debit ids: debvisa, debmaster, debelo
	switch s {
	case "visa", "visa electron", "electron", "visaelectron":
		return Visa
	case "mastercard", "master", "mc", "maestro", "master card":
		return Mastercard
	case "elo":
		return Elo
	case "hipercard", "hiper":
		return Hipercard
	case "amex", "american express", "americanexpress":
		return Amex
	}
	return ""
}

// Decline is the class of a card refusal: what the issuer's or the network's reason means
// for trying again. The zero value is no class: not a refusal the policy reads.
type Decline uint8

// The classes, from "never" to "look it up first".
const (
	// NoDecline: the policy does not read this refusal; the entry's own strategy stands.
	NoDecline Decline = iota
	// DeclineNever is an explicit "never retry this card": an ABECS code irreversible
	// because of the card or the account itself (lost, stolen, closed, pick up, confirmed
	// fraud, recurring payments stopped), Visa category 1, Mastercard's Merchant Advice
	// Code 03 or 21, Stripe's advice_code do_not_try_again. Strategy none.
	DeclineNever
	// DeclineData is a refusal of what was sent: card data (number, expiry, security code,
	// PIN), amount, instalments, the merchant's set-up, the message's format. ABECS marks
	// most of these irreversible, meaning the same data will never be approved; corrected
	// data, or another card, is a new payment. Strategy fix, and no reattempt schedule:
	// resending the same data is never right.
	DeclineData
	// DeclineIssuer is a reversible refusal whose cause the buyer or the bank must clear
	// first: no funds or limit, a temporary block, a fraud check, too many PIN tries, or no
	// reason given (05, "do not honor"). Strategy fix, the fix being the buyer's (or
	// another card); the card may be tried again later, within the networks' limits.
	DeclineIssuer
	// DeclineLater is a reversible refusal that is temporary on the issuer's or the
	// network's side: issuer unavailable (91), system failure (96), Mastercard's "retry
	// after" advice (02, 24–30), Stripe's try_again_later. Strategy wait: see Strategy.
	DeclineLater
	// DeclineDuplicate says the network already saw this transaction (ABECS 94, Stripe's
	// duplicate_transaction): the first attempt may have gone through. Strategy
	// check_first.
	DeclineDuplicate
)

// Strategy is the retry strategy of a decline class.
//
// "Retry later" is wait, of DESIGN.md's five: wait is the one strategy that means "the same
// request may succeed, after a delay", and a decline's delay is the card network's (a
// Merchant Advice Code's "retry after 24 hours"), given in the contract's
// retry.reattempt.after_hours rather than after_seconds, which stays the HTTP delay a
// response states. Backoff would say "1 s, 2 s, 4 s, 8 s": automatic repeats within
// seconds, each of which the networks count against their limits and an unavailable
// issuer has not recovered from. Fix would ask to change the request, and nothing in it is
// wrong. Check_first is for an unknown outcome, and a decline's is known.
func (d Decline) Strategy() Strategy {
	switch d {
	case DeclineNever:
		return None
	case DeclineData, DeclineIssuer:
		return Fix
	case DeclineLater:
		return Wait
	case DeclineDuplicate:
		return CheckFirst
	}
	return ""
}

// Reversible reports whether the same card may be tried again, so that the networks'
// limits on reattempts apply.
func (d Decline) Reversible() bool { return d == DeclineIssuer || d == DeclineLater }

// The reasons the policy gives for each class, shared with the catalog's entries whose
// RetryWhy says the same.
const (
	declineNeverEN = "The issuer or the card network says never to retry this card: every new attempt is refused, and the brands fine the merchant for each one. Ask for another payment method."
	declineNeverPT = "O emissor ou a bandeira diz para nunca retentar este cartão: toda nova tentativa é recusada, e as bandeiras multam o lojista por cada uma. Peça outro meio de pagamento."
	declineNeverES = "El emisor o la marca de la tarjeta indica no reintentar nunca con esta tarjeta: cada nuevo intento se rechaza, y las marcas multan al comercio por cada uno. Pida otro medio de pago."

	declineDataEN = "What was sent is refused, not the card's standing: the same data is refused every time, and the brands count each attempt. Correct it, or take another card, and send it as a new payment."
	declineDataPT = "O que foi enviado é recusado, não a situação do cartão: os mesmos dados são recusados toda vez, e as bandeiras contam cada tentativa. Corrija-os, ou use outro cartão, e envie como um novo pagamento."
	declineDataES = "Se rechaza lo que se envió, no la situación de la tarjeta: los mismos datos se rechazan cada vez, y las marcas cuentan cada intento. Corríjalos, o use otra tarjeta, y envíelo como un pago nuevo."

	declineIssuerEN = "The refusal is reversible, but the buyer or the bank must act first (funds, limit, a block, a fraud check), or the buyer pays with another card. Resending at once gets the same refusal and counts against the brands' limits."
	declineIssuerPT = "A recusa é reversível, mas o comprador ou o banco precisa agir antes (saldo, limite, um bloqueio, uma análise de fraude), ou o comprador paga com outro cartão. Reenviar na hora traz a mesma recusa e conta nos limites das bandeiras."
	declineIssuerES = "El rechazo es reversible, pero el comprador o el banco debe actuar antes (fondos, límite, un bloqueo, una revisión de fraude), o el comprador paga con otra tarjeta. Reenviar de inmediato obtiene el mismo rechazo y cuenta en los límites de las marcas."

	declineLaterEN = "The refusal is temporary: the issuer or the network could not approve now. Try the same card later, not within seconds: every attempt counts against the brands' limits."
	declineLaterPT = "A recusa é temporária: o emissor ou a bandeira não pôde aprovar agora. Tente o mesmo cartão mais tarde, não em segundos: cada tentativa conta nos limites das bandeiras."
	declineLaterES = "El rechazo es temporal: el emisor o la red no pudo aprobar ahora. Intente con la misma tarjeta más tarde, no en segundos: cada intento cuenta en los límites de las marcas."

	declineDuplicateEN = "The network has already seen this transaction: the first attempt may have gone through. Look it up before charging again."
	declineDuplicatePT = "A bandeira já recebeu esta transação: a primeira tentativa pode ter passado. Consulte-a antes de cobrar de novo."
	declineDuplicateES = "La red ya recibió esta transacción: el primer intento puede haberse procesado. Consúltelo antes de volver a cobrar."
)

// Why is the reason the policy gives for a class's strategy.
func (d Decline) Why() Text {
	switch d {
	case DeclineNever:
		return Text{EN: declineNeverEN, PT: declineNeverPT, ES: declineNeverES}
	case DeclineData:
		return Text{EN: declineDataEN, PT: declineDataPT, ES: declineDataES}
	case DeclineIssuer:
		return Text{EN: declineIssuerEN, PT: declineIssuerPT, ES: declineIssuerES}
	case DeclineLater:
		return Text{EN: declineLaterEN, PT: declineLaterPT, ES: declineLaterES}
	case DeclineDuplicate:
		return Text{EN: declineDuplicateEN, PT: declineDuplicatePT, ES: declineDuplicateES}
	}
	return Text{}
}

// Reattempt is what the card networks allow after a reversible refusal: how soon and how
// often the same card may be tried again before the brand charges the merchant for it. It
// is the JSON contract's retry.reattempt. Zero fields are not stated by the rule.
type Reattempt struct {
	// AfterHours is the earliest next attempt, in hours after this refusal, when a signal
	// states one (Mastercard's Merchant Advice Codes 02 and 24–30, Stripe's 24-hour block);
	// 0 when none does.
	AfterHours int `json:"after_hours,omitempty"`
	// MaxAttempts is how many further attempts on this card (this refusal not counted) the
	// brand allows within WithinDays before it charges for them.
	MaxAttempts int `json:"max_attempts,omitempty"`
	// WithinDays is the window MaxAttempts counts over, in days (Elo and Hipercard count a
	// calendar month, given as 30).
	WithinDays int `json:"within_days,omitempty"`
	// MaxPerDay caps the attempts in any 24 hours as well (Mastercard); 0 when the brand
	// sets no daily cap.
	MaxPerDay int `json:"max_per_day,omitempty"`
	// Brand is the brand whose rule this is; "" when the paste names no brand, and the
	// limits are the strictest of the brands decifra knows (Visa, Mastercard, Elo,
	// Hipercard), which no brand fines.
	Brand Brand `json:"brand,omitempty"`
	// Source cites the published rule.
	Source string `json:"source"`
}

const (
	visaRetrySource       = "Visa (categories 2–4: 20 reattempts in 30 days from 25 May 2025, 15 before; category 1 never): https://docs.cielo.com.br/ecommerce-cielo-en/changelog/new-limit-for-visa-retries-starting-may-25-2025; https://developer.cas.cybersource.com/docs/cybs/en-us/payments/developer/ctv/rest/payments/payments-processing-basic-intro/payments-processing-basic-auth-intro/payments-intro-processing-auth-decline.html"
	brandsRetrySource     = "https://developercielo.github.io/en/tutorial/programa-retentativa-bandeiras"
	mastercardRetrySource = "Mastercard Transaction Processing Excellence, Excessive Attempts (7 retries in 24 hours, 35 failed attempts in 30 days on the same card and merchant): " + brandsRetrySource
	eloRetrySource        = "Elo retry programme (charged from the 16th retry in the month, same card, expiry, amount and merchant): " + brandsRetrySource
	hipercardRetrySource  = "Hipercard excessive retries (card not present: charged from the 9th refusal of the same card in the month): " + brandsRetrySource
	strictestRetrySource  = "the strictest of the brands' retry programmes (Hipercard's, for a card whose brand the paste does not name): " + brandsRetrySource
	macSource             = "Mastercard Merchant Advice Codes: " + brandsRetrySource + "; https://developer.paypal.com/braintree/docs/reference/general/merchant-responses/merchant-advice-codes"
)

// reattemptRules are the brands' limits on retrying a refused card, further attempts
// after the first refusal. Visa counts reattempts; Mastercard counts failed attempts (35,
// the first included: 34 more) and retries within 24 hours (7); Elo charges from the 16th
// retry in a month (15 more); Hipercard from the 9th refusal in a month (7 more).
var reattemptRules = [...]Reattempt{
	{Brand: Visa, MaxAttempts: 20, WithinDays: 30, Source: visaRetrySource},
	{Brand: Mastercard, MaxAttempts: 34, WithinDays: 30, MaxPerDay: 7, Source: mastercardRetrySource},
	{Brand: Elo, MaxAttempts: 15, WithinDays: 30, Source: eloRetrySource},
	{Brand: Hipercard, MaxAttempts: 7, WithinDays: 30, Source: hipercardRetrySource},
}

// strictestReattempt is the limit that no brand above fines: the fewest attempts in a
// month (Hipercard's 7), which also keeps under Mastercard's 7 a day.
var strictestReattempt = Reattempt{MaxAttempts: 7, WithinDays: 30, Source: strictestRetrySource}

// ReattemptFor returns the networks' limits on trying a card of brand b again; a brand
// without a rule of its own (Amex, or none named) gets the strictest.
func ReattemptFor(b Brand) Reattempt {
	for _, r := range reattemptRules {
		if r.Brand == b {
			return r
		}
	}
	return strictestReattempt
}

// DeclineAdvice is the policy's answer for one refusal.
type DeclineAdvice struct {
	Strategy Strategy
	Why      Text
	// Reattempt is nil when the same card may not be tried again (never, wrong data, a
	// duplicate) or the refusal is not a card's.
	Reattempt *Reattempt
}

// AdviseDecline is the policy: the strategy, its reason and the networks' limits for a
// refusal of class d on a card of brand b ("" unknown). afterHours is the earliest next
// attempt a signal states (0: none); card is false for a refusal that is not a card's (a
// bank account, a wallet), to which the card networks' limits do not apply.
func AdviseDecline(d Decline, b Brand, afterHours int, card bool) DeclineAdvice {
	a := DeclineAdvice{Strategy: d.Strategy(), Why: d.Why()}
	if d.Reversible() && card {
		r := ReattemptFor(b)
		r.AfterHours = afterHours
		a.Reattempt = &r
	}
	return a
}

// issuerReading is how one ABECS code reads for the policy, brand by brand: any is the
// reading for a card whose brand the paste does not name, the one that cannot be fined
// where the brands disagree; a brand's field is 0 when it reads as any.
type issuerReading struct {
	code                  string
	any                   Decline
	elo, visa, mastercard Decline
}

// issuerReadings follow the ABECS table as republished by Cielo
// (https://developercielo.github.io/tutorial/abecs-e-outros-codigos, the table of
// 1 October 2024) and Cielo's Elo authorization list in its retry programme page.
// Irreversible codes that name the card or the account are DeclineNever; those that name
// the data sent (including the merchant's set-up) are DeclineData. Where a brand reads a
// code otherwise: 04 is Elo's "redo the transaction" (reversible, the issuer asks for the
// retry) but a pick-up on Visa and Mastercard; 57 is reversible on Mastercard (a temporary
// block, a card not unlocked), irreversible on Elo and Visa; 62 is irreversible on
// Mastercard (a domestic card abroad, an account closed, a legal refusal); 63 is
// Mastercard's suspected fraud (reversible), a security-code failure elsewhere; 64 is
// Elo's minimum amount (data) but Visa's anti-money-laundering refusal.
var issuerReadings = [...]issuerReading{
	{code: "01", any: DeclineData},
	{code: "03", any: DeclineData},
	{code: "04", any: DeclineNever, elo: DeclineLater},
	{code: "05", any: DeclineIssuer},
	{code: "06", any: DeclineData},
	{code: "07", any: DeclineNever},
	{code: "12", any: DeclineData},
	{code: "13", any: DeclineData},
	{code: "14", any: DeclineData},
	{code: "15", any: DeclineData},
	{code: "19", any: DeclineData},
	{code: "23", any: DeclineData},
	{code: "30", any: DeclineData},
	{code: "38", any: DeclineIssuer},
	{code: "41", any: DeclineNever},
	{code: "43", any: DeclineNever},
	{code: "46", any: DeclineNever},
	{code: "51", any: DeclineIssuer},
	{code: "54", any: DeclineData},
	{code: "55", any: DeclineData},
	{code: "56", any: DeclineData},
	{code: "57", any: DeclineNever, mastercard: DeclineIssuer},
	{code: "58", any: DeclineData},
	{code: "59", any: DeclineIssuer},
	{code: "61", any: DeclineIssuer},
	{code: "62", any: DeclineIssuer, mastercard: DeclineNever},
	{code: "63", any: DeclineData, mastercard: DeclineIssuer},
	{code: "64", any: DeclineNever, elo: DeclineData},
	{code: "75", any: DeclineIssuer},
	{code: "76", any: DeclineData},
	{code: "78", any: DeclineIssuer},
	{code: "82", any: DeclineData},
	{code: "86", any: DeclineData},
	{code: "91", any: DeclineLater},
	{code: "92", any: DeclineData},
	{code: "93", any: DeclineNever},
	{code: "94", any: DeclineDuplicate},
	{code: "96", any: DeclineLater},
	{code: "N7", any: DeclineData},
	{code: "N8", any: DeclineData},
	{code: "R0", any: DeclineNever},
	{code: "R1", any: DeclineNever},
	{code: "R3", any: DeclineNever},
}

// IssuerDecline reads an ABECS issuer response code (as IssuerCode takes it) for a card
// of brand b, "" when the paste names none; ok is false for a code the table lacks.
func IssuerDecline(code string, b Brand) (d Decline, ok bool) {
	e, ok := IssuerCode(code)
	if !ok {
		return NoDecline, false
	}
	for _, r := range issuerReadings {
		if r.code != e.Code {
			continue
		}
		var byBrand Decline
		switch b {
		case Elo:
			byBrand = r.elo
		case Visa:
			byBrand = r.visa
		case Mastercard:
			byBrand = r.mastercard
		}
		if byBrand != NoDecline {
			return byBrand, true
		}
		return r.any, true
	}
	return NoDecline, false
}

// isoAgrees lists the ABECS codes whose meaning is the ISO 8583 one that gateways outside
// Brazil pass on (Adyen's raw acquirer response, Stripe's network_decline_code). ABECS
// gives 01, 06, 12, 19, 23, 38, 56, 64, 76 and 86 meanings of its own (01 is an invalid
// card number on Mastercard, but "refer to card issuer" in ISO 8583; 19 an acquirer
// problem, but "re-enter transaction"), so those are read only from Brazilian gateways.
const isoAgrees = " 03 04 05 07 13 14 15 30 41 43 46 51 54 55 57 58 59 61 62 63 75 78 82 91 92 93 94 96 N7 R0 R1 R3 "

// ISOAgrees reports whether an issuer code means in ISO 8583 what it means in ABECS's
// table, so that a global gateway's raw code can be read with it.
func ISOAgrees(code string) bool {
	e, ok := IssuerCode(code)
	return ok && strings.Contains(isoAgrees, " "+e.Code+" ")
}

// Visa's decline categories (checkout.com's Visa response codes page, updated 26 February
// 2025, https://www.checkout.com/docs/developer-resources/codes/visa-response-codes; N7,
// 86, N3 and N4 from Forte's table, https://support.forte.net/support/solutions/articles/11000097635;
// Visa's own table is in the Visa Core Rules, not public): 1, the issuer will never approve;
// 2, it cannot approve at this time; 3, not with these details; every other code is 4,
// generic. In Brazil ABECS reads 03, 19 and 93 as irreversible although Visa puts them in
// category 2; the policy follows ABECS, the stricter.
const (
	visaCategory1 = " 04 07 12 14 15 41 43 46 57 R0 R1 R3 "
	visaCategory2 = " 03 19 39 51 52 53 59 61 62 65 75 78 86 91 93 96 N3 N4 "
	visaCategory3 = " 54 55 82 N7 6P 1A "
)

// VisaCategory returns the Visa decline category (1 to 4) of an issuer response code.
func VisaCategory(code string) int {
	if len(code) == 1 {
		code = "0" + code
	}
	switch c := " " + code + " "; {
	case strings.Contains(visaCategory1, c):
		return 1
	case strings.Contains(visaCategory2, c):
		return 2
	case strings.Contains(visaCategory3, c):
		return 3
	}
	return 4
}

// MerchantAdvice reads a Mastercard Merchant Advice Code, as "25" or with its text ("25:
// Retry after 24 hours"): its class, the earliest next attempt it states in hours, and
// whether it is one. 24–30 come only with response code 51 (insufficient funds); 02 asks
// for 72 hours (Cielo's table); 04 is a network token's requirements, which the merchant
// must meet (data).
func MerchantAdvice(mac string) (d Decline, afterHours int, ok bool) {
	mac = strings.TrimSpace(mac)
	if len(mac) > 2 {
		mac = mac[:2]
	}
	switch mac {
	case "01", "04":
		return DeclineData, 0, true
	case "02":
		return DeclineLater, 72, true
	case "03", "21":
		return DeclineNever, 0, true
	case "24":
		return DeclineLater, 1, true
	case "25":
		return DeclineLater, 24, true
	case "26":
		return DeclineLater, 48, true
	case "27":
		return DeclineLater, 96, true
	case "28":
		return DeclineLater, 144, true
	case "29":
		return DeclineLater, 192, true
	case "30":
		return DeclineLater, 240, true
	}
	return NoDecline, 0, false
}

// MerchantAdviceSource cites the Merchant Advice Codes.
func MerchantAdviceSource() string { return macSource }

// AdviceCode reads a gateway's retry advice for a decline: Stripe's advice_code
// (https://docs.stripe.com/declines/card: do_not_try_again, try_again_later,
// confirm_card_data).
func AdviceCode(code string) (Decline, bool) {
	switch code {
	case "do_not_try_again":
		return DeclineNever, true
	case "try_again_later":
		return DeclineLater, true
	case "confirm_card_data":
		return DeclineData, true
	}
	return NoDecline, false
}

// providerDecline maps one gateway code to its class. afterHours is the earliest next
// attempt the gateway itself states; card is false for a refusal that is not a card's.
type providerDecline struct {
	provider, code string
	decline        Decline
	afterHours     int
	card           bool
}

// providerDeclines are the gateways' decline codes whose meaning is an issuer's reason,
// each read as the issuer code it stands for would be (Stripe's insufficient_funds as 51,
// lost_card as 41 …). A code not here keeps its entry's strategy.
var providerDeclines = [...]providerDecline{
	// Stripe's decline codes, https://docs.stripe.com/declines/codes.
	{"stripe", "insufficient_funds", DeclineIssuer, 0, true},
	{"stripe", "do_not_honor", DeclineIssuer, 0, true},
	{"stripe", "generic_decline", DeclineIssuer, 0, true},
	{"stripe", "card_declined", DeclineIssuer, 0, true},
	{"stripe", "call_issuer", DeclineIssuer, 0, true},
	{"stripe", "card_velocity_exceeded", DeclineIssuer, 0, true},
	{"stripe", "withdrawal_count_limit_exceeded", DeclineIssuer, 0, true},
	{"stripe", "expired_card", DeclineData, 0, true},
	{"stripe", "incorrect_number", DeclineData, 0, true},
	{"stripe", "invalid_number", DeclineData, 0, true},
	{"stripe", "incorrect_cvc", DeclineData, 0, true},
	{"stripe", "invalid_cvc", DeclineData, 0, true},
	{"stripe", "invalid_expiry_month", DeclineData, 0, true},
	{"stripe", "invalid_expiry_year", DeclineData, 0, true},
	{"stripe", "new_account_information_available", DeclineData, 0, true},
	{"stripe", "lost_card", DeclineNever, 0, true},
	{"stripe", "stolen_card", DeclineNever, 0, true},
	{"stripe", "pickup_card", DeclineNever, 0, true},
	{"stripe", "do_not_try_again", DeclineNever, 0, true},
	{"stripe", "revocation_of_authorization", DeclineNever, 0, true},
	{"stripe", "revocation_of_all_authorizations", DeclineNever, 0, true},
	{"stripe", "stop_payment_order", DeclineNever, 0, true},
	{"stripe", "try_again_later", DeclineLater, 0, true},
	{"stripe", "issuer_not_available", DeclineLater, 0, true},
	{"stripe", "processing_error", DeclineLater, 0, true},
	{"stripe", "reenter_transaction", DeclineLater, 0, true},
	{"stripe", "approve_with_id", DeclineLater, 0, true},
	// Stripe blocks the card for 24 hours (docs.stripe.com/error-codes/card-decline-rate-limit-exceeded).
	{"stripe", "card_decline_rate_limit_exceeded", DeclineLater, 24, true},
	{"stripe", "duplicate_transaction", DeclineDuplicate, 0, true},
	// Adyen's refusalReasonCode, https://docs.adyen.com/development-resources/refusal-reasons.
	{"adyen", "2", DeclineIssuer, 0, true},
	{"adyen", "3", DeclineIssuer, 0, true},
	{"adyen", "4", DeclineLater, 0, true},
	{"adyen", "5", DeclineNever, 0, true},
	{"adyen", "6", DeclineData, 0, true},
	{"adyen", "9", DeclineLater, 0, true},
	{"adyen", "12", DeclineIssuer, 0, true},
	{"adyen", "18", DeclineIssuer, 0, true},
	{"adyen", "24", DeclineData, 0, true},
	{"adyen", "26", DeclineNever, 0, true},
	{"adyen", "27", DeclineIssuer, 0, true},
	{"adyen", "28", DeclineIssuer, 0, true},
	{"adyen", "29", DeclineIssuer, 0, true},
	{"adyen", "31", DeclineIssuer, 0, true},
	{"adyen", "32", DeclineData, 0, true},
	// Mercado Pago's status_detail, https://www.mercadopago.com.br/developers/pt/docs/checkout-api/response-handling/collection-results.
	{"mercadopago", "cc_rejected_insufficient_amount", DeclineIssuer, 0, true},
	{"mercadopago", "cc_rejected_other_reason", DeclineIssuer, 0, true},
	{"mercadopago", "cc_rejected_call_for_authorize", DeclineIssuer, 0, true},
	{"mercadopago", "cc_rejected_card_disabled", DeclineIssuer, 0, true},
	{"mercadopago", "cc_rejected_bad_filled_card_number", DeclineData, 0, true},
	{"mercadopago", "cc_rejected_bad_filled_date", DeclineData, 0, true},
	{"mercadopago", "cc_rejected_bad_filled_security_code", DeclineData, 0, true},
	{"mercadopago", "cc_rejected_bad_filled_other", DeclineData, 0, true},
	{"mercadopago", "cc_rejected_duplicated_payment", DeclineDuplicate, 0, true},
	// PagBank's own decline codes (payment_response.code), https://developer.pagbank.com.br/docs/motivos-de-compra-negada.
	{"pagbank", "10000", DeclineIssuer, 0, true},
	{"pagbank", "10002", DeclineIssuer, 0, true},
	{"pagbank", "10004", DeclineIssuer, 0, true},
	{"pagbank", "20001", DeclineIssuer, 0, true},
	{"pagbank", "20003", DeclineLater, 0, true},
	{"pagbank", "20007", DeclineData, 0, true},
	{"pagbank", "20039", DeclineNever, 0, true},
	{"pagbank", "20104", DeclineIssuer, 0, true},
	{"pagbank", "20105", DeclineIssuer, 0, true},
	{"pagbank", "20116", DeclineData, 0, true},
	{"pagbank", "20118", DeclineNever, 0, true},
	{"pagbank", "20119", DeclineLater, 0, true},
	{"pagbank", "20301", DeclineIssuer, 0, true},
	// Generic refusals of the audit, read like 05.
	{"cashier", "CARD_DECLINED", DeclineIssuer, 0, true},
	{"cashier", "INSUFFICIENT_FUNDS", DeclineIssuer, 0, true},
	{"cashier", "CARD_EXPIRED", DeclineData, 0, true},
	{"cashier", "INVALID_CVV", DeclineData, 0, true},
	{"paypal", "INSTRUMENT_DECLINED", DeclineIssuer, 0, false}, // a funding source: a card, a bank account or a balance
	{"paypal", "CARD_EXPIRED", DeclineData, 0, true},
	{"asaas", "invalid_creditCard", DeclineIssuer, 0, true},
	// Flux's refusal is a bank account's (QR payments), not a card's: no card limits.
	{"flux", "ERR_BANK_REFUSAL", DeclineIssuer, 0, false},
	// Expired or unknown cards in the gateways' own codes: the card data, to correct
	// (a renewed card, another card), as ABECS 54 and 14.
	{"pagarme", "1001", DeclineData, 0, true},
	{"pagarme", "1011", DeclineData, 0, true},
	{"pagarme", "1018", DeclineData, 0, true},
	{"pagarme", "1049", DeclineData, 0, true},
	{"pagarme", "2001", DeclineData, 0, true},
	{"cielo", "BV", DeclineData, 0, true},
	{"cielo", "A7", DeclineData, 0, true},
	{"getnet", "PAYMENTS-080", DeclineData, 0, true},
	{"getnet", "PAYMENTS-003", DeclineData, 0, true},
	{"rede", "109", DeclineData, 0, true},
	{"rede", "79", DeclineData, 0, true},
	{"rede", "86", DeclineData, 0, true},
	// Rede's own issuer refusals (returnCode), https://developer.userede.com.br/e-rede.
	{"rede", "111", DeclineIssuer, 0, true},
	{"rede", "112", DeclineData, 0, true},
	{"rede", "116", DeclineIssuer, 0, true},
	{"rede", "118", DeclineIssuer, 0, true},
	{"rede", "123", DeclineNever, 0, true},
}

// ProviderDecline returns the class of provider p's code, the earliest next attempt the
// provider states (hours, 0 none), and whether the refusal is a card's; d is NoDecline for
// a code the policy does not read.
func ProviderDecline(p *Provider, code string) (d Decline, afterHours int, card bool) {
	if p == nil {
		return NoDecline, 0, false
	}
	for _, r := range providerDeclines {
		if r.provider == p.id && r.code == code {
			return r.decline, r.afterHours, r.card
		}
	}
	return NoDecline, 0, false
}
