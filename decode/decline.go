package decode

import (
	"strconv"
	"strings"

	"github.com/decifra/decifra/catalog"
)

// Card declines: decode's half of the catalog's decline policy (catalog/decline.go). A
// provider's reader says what a refused card payment carries beyond the provider's own
// code (the issuer's response code, a Mastercard Merchant Advice Code, Stripe's
// advice_code, the card's brand) in a cardDecline; applyDeclinePolicy then lets the
// strongest of those signals decide the strategy, its reason and the card networks'
// reattempt limits, so the same issuer reason gives the same advice through every gateway.

// cardDecline is what a refused card payment says besides the provider's code. The zero
// value says nothing.
type cardDecline struct {
	// issuer is the issuer's response code as the gateway passes it on ("51"); issuerAt
	// names where it was read ("raw_data.reason_code"), for the notes.
	issuer, issuerAt string
	// iso: the code comes from a gateway outside Brazil (Adyen's raw acquirer response,
	// Stripe's network_decline_code), so it is read only where ISO 8583 and ABECS agree.
	iso bool
	// issuerExplains: the knowledge already is the issuer code's ABECS entry (Pagar.me,
	// Cielo, PagBank's raw_data), whose own reason may stand.
	issuerExplains bool
	// mac is Mastercard's Merchant Advice Code; advice is Stripe's advice_code.
	mac, advice string
	brand       catalog.Brand
	// code is the provider code whose entry explains the refusal, when it is not the
	// explanation's code (Stripe explains by decline_code, shows error.code).
	code string
}

// declineState is what the policy settled, for advise: the class, the brand it was read
// for, and the networks' limits.
type declineState struct {
	class     catalog.Decline
	brand     catalog.Brand
	card      bool // a card's refusal, to which the networks' limits apply
	reattempt *catalog.Reattempt
}

// merchantAdviceKeys are the members gateways put Mastercard's Merchant Advice Code in:
// PagBank's raw_data.merchant_advice_code, Adyen's additionalData.merchantAdviceCode,
// Cielo's Payment.MerchantAdviceCode.
var merchantAdviceKeys = [...]string{"merchant_advice_code", "merchantAdviceCode", "MerchantAdviceCode"}

// macIn returns the first Merchant Advice Code found in objs.
func macIn(objs ...*object) string {
	for _, o := range objs {
		for _, k := range merchantAdviceKeys {
			if v := strings.TrimSpace(codeString(o.get(k))); v != "" {
				return v
			}
		}
	}
	return ""
}

// brandIn returns the first card brand found in objs, under the names gateways give it
// (brand, Brand, card_brand, payment_method_id, paymentMethod).
func brandIn(objs ...*object) catalog.Brand {
	for _, o := range objs {
		for _, k := range [...]string{"brand", "Brand", "card_brand", "cardBrand", "payment_method_id", "paymentMethod"} {
			if b := catalog.CardBrand(o.str(k)); b != "" {
				return b
			}
		}
	}
	return ""
}

// leadingCode is the response code at the start of a raw acquirer text ("51 : Not
// sufficient funds" → "51"); "" when the text does not start with one.
func leadingCode(raw string) string {
	raw = strings.TrimSpace(raw)
	code, _, _ := strings.Cut(raw, " ")
	code = strings.TrimRight(code, ":")
	if len(code) != 2 {
		return ""
	}
	if _, ok := catalog.IssuerCode(code); !ok {
		return ""
	}
	return code
}

// applyDeclinePolicy settles a card refusal's strategy, reason and reattempt limits from
// the strongest signal it carries: an explicit "never" (Merchant Advice Code 03 or 21,
// advice_code do_not_try_again), the other advice codes, the issuer's response code read
// for the brand, and last the provider's own code. A refusal the policy does not read keeps
// what its entry says.
func (kn *known) applyDeclinePolicy(c *cardDecline, refused bool) {
	if kn.k == nil || (c == nil && !refused && kn.provider == nil) {
		return
	}
	if c == nil {
		c = &cardDecline{}
	}
	var (
		class        catalog.Decline
		hours        int
		card         = true
		brand        = c.brand
		source, note catalog.Text
		ownReason    bool // the knowledge's own RetryWhy states this very class
	)
	adviceClass, isAdvice := catalog.AdviceCode(c.advice)
	macClass, macHours, isMAC := catalog.MerchantAdvice(c.mac)
	issuerOK := c.issuer != "" && (!c.iso || catalog.ISOAgrees(c.issuer))
	switch {
	case isAdvice && adviceClass == catalog.DeclineNever:
		class, source = adviceClass, adviceSource(c.advice)
	case isMAC:
		class, hours, source = macClass, macHours, macSource(c.mac, macHours)
		if brand == "" {
			brand = catalog.Mastercard // Merchant Advice Codes are Mastercard's
		}
	case isAdvice:
		class, source = adviceClass, adviceSource(c.advice)
	case issuerOK:
		class, _ = catalog.IssuerDecline(c.issuer, brand)
		source = issuerSource(c, brand)
		ownReason = c.issuerExplains && brand == ""
	}
	if class == catalog.NoDecline && kn.provider != nil {
		code := c.code
		if code == "" {
			code = kn.code
		}
		class, hours, card = catalog.ProviderDecline(kn.provider, code)
		ownReason = true
	}
	if class == catalog.NoDecline {
		if refused || c.issuer != "" || c.mac != "" || c.advice != "" {
			kn.decline = &declineState{brand: brand, card: true}
		}
		return
	}
	a := catalog.AdviseDecline(class, brand, hours, card)
	k := kn.k
	if !ownReason || k.strategy != a.Strategy {
		k.why = a.Why
	}
	k.strategy = a.Strategy
	if ownReason && c.issuerExplains {
		source = catalog.Text{} // the issuer's ABECS entry explains, and says so already
	}
	if !source.IsZero() {
		k.retrySource = source
		note = cat(catalog.SaidRetryAdviceFollows, source)
		kn.notes = append(kn.notes, note)
	}
	if k.idempotency.IsZero() && (a.Strategy == catalog.Wait || a.Strategy == catalog.Fix) {
		k.idempotency = declineIdempotency
	}
	kn.decline = &declineState{class: class, brand: brand, card: card, reattempt: a.Reattempt}
}

// declineIdempotency is the idempotency advice for a refused payment whose knowledge has
// none of its own: the refusal is final, so the next attempt is a new payment.
var declineIdempotency = catalog.SaidRefusedPaymentFinalNextAttempt

func adviceSource(code string) catalog.Text {
	return fill(catalog.SaidStripeAdviceCode, code)
}

func macSource(mac string, hours int) catalog.Text {
	mac = strings.TrimSpace(mac)
	if len(mac) > 2 {
		mac = mac[:2]
	}
	t := fill(catalog.SaidMastercardMerchantAdviceCode, mac)
	if hours > 0 {
		t = cat(t, same(" ("), catalog.SaidRetryAfter, duration(hours), same(")"))
	}
	return t
}

// issuerSource names the issuer code that decided, its ABECS reading, and the brand it was
// read for.
func issuerSource(c *cardDecline, brand catalog.Brand) catalog.Text {
	at := ""
	if c.issuerAt != "" {
		at = " (" + c.issuerAt + ")"
	}
	t := fill(catalog.SaidIssuerResponseCode, c.issuer, at)
	if brand != "" {
		t = cat(t, fill(catalog.SaidRead, string(brand)))
	}
	return t
}

// duration writes a number of hours as people say it: "1 hour", "24 hours", "2 days".
func duration(hours int) catalog.Text {
	switch {
	case hours == 1:
		return catalog.Said1Hour
	case hours < 48 || hours%24 != 0:
		n := strconv.Itoa(hours)
		return fill(catalog.SaidHours, n)
	}
	n := strconv.Itoa(hours / 24)
	return fill(catalog.SaidDays, n)
}

// reattemptText is the networks' limits as a sentence.
func reattemptText(r *catalog.Reattempt) catalog.Text {
	var t catalog.Text
	if r.Brand != "" {
		b := string(r.Brand)
		t = fill(catalog.SaidLimit, b)
	} else {
		t = catalog.SaidCardBrandsLimitStrictestPaste
	}
	if r.MaxAttempts > 0 {
		n, d := strconv.Itoa(r.MaxAttempts), strconv.Itoa(r.WithinDays)
		t = cat(t, fill(catalog.SaidMostMoreAttemptsCardDays, n, d))
		if r.MaxPerDay > 0 {
			m := strconv.Itoa(r.MaxPerDay)
			t = cat(t, fill(catalog.SaidHours2, m))
		}
	}
	if r.AfterHours > 0 {
		if r.MaxAttempts > 0 {
			t = cat(t, same("; "))
		}
		t = cat(t, catalog.SaidNextOneSoonerThan, duration(r.AfterHours),
			catalog.SaidAfterRefusal)
	}
	return cat(t, same("."))
}

// adviceFor is the advice sentence in lang: adviceText's, with a refused card's own lead
// and the networks' limits when the policy gave some.
func adviceFor(a advice, lang catalog.Lang) string {
	if a.reattempt == nil {
		return adviceText(a.strategy, a.after, a.why, lang)
	}
	lead := catalog.SaidDonTResend.In(lang)
	if a.strategy == catalog.Wait && a.after == nil {
		lead = catalog.SaidRetryCardLaterNow.In(lang)
	} else if a.strategy != catalog.Fix {
		lead = adviceText(a.strategy, a.after, catalog.Text{}, lang)
	}
	return lead + " " + a.why.In(lang) + " " + reattemptText(a.reattempt).In(lang)
}

// keepDeclinesOffBackoff turns a card refusal's backoff (a provider's retry header says
// the request may be retried) into a retry later: a refused card is never tried again
// within seconds, where every attempt counts against the networks' limits.
func (a *advice) keepDeclinesOffBackoff(kn *known) {
	d := kn.decline
	if d == nil || a.strategy != catalog.Backoff {
		return
	}
	a.strategy = catalog.Wait
	a.why = cat(a.why, same(" "), catalog.SaidRefusedCardTriedAgainLater)
	if d.card && a.reattempt == nil {
		r := catalog.ReattemptFor(d.brand)
		a.reattempt = &r
	}
}
