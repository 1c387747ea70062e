package catalog

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIssuerEntriesFollowThePolicy: the ABECS table's Retry is what the decline policy
// says for a card whose brand is unknown, so the catalog read alone agrees with every
// explanation; and every code has a reading, every reading a code.
func TestIssuerEntriesFollowThePolicy(t *testing.T) {
	read := map[string]bool{}
	for _, r := range issuerReadings {
		read[r.code] = true
		e, ok := IssuerCode(r.code)
		if assert.True(t, ok, "%s: a reading for a code the table lacks", r.code) {
			assert.Equal(t, r.any.Strategy(), e.Retry, "%s: entry and policy disagree", r.code)
		}
	}
	for _, e := range issuerCodes.entries {
		assert.True(t, read[e.Code], "%s: no policy reading", e.Code)
	}
}

// TestProviderDeclinesFollowThePolicy: each gateway code the policy reads exists in its
// provider's catalog with the policy's strategy.
func TestProviderDeclinesFollowThePolicy(t *testing.T) {
	for _, r := range providerDeclines {
		p := ByID(r.provider)
		require.NotNil(t, p, r.provider)
		e, ok := p.Lookup(r.code)
		if assert.True(t, ok, "%s %s: not in the catalog", r.provider, r.code) {
			assert.Equal(t, r.decline.Strategy(), e.Retry, "%s %s: entry and policy disagree", r.provider, r.code)
		}
		d, hours, card := ProviderDecline(p, r.code)
		assert.Equal(t, r.decline, d, "%s %s", r.provider, r.code)
		assert.Equal(t, r.afterHours, hours, "%s %s", r.provider, r.code)
		assert.Equal(t, r.card, card, "%s %s", r.provider, r.code)
	}
	d, _, _ := ProviderDecline(Stripe, "no_such_code")
	assert.Equal(t, NoDecline, d, "an unknown code keeps its entry's strategy")
	d, _, _ = ProviderDecline(nil, "insufficient_funds")
	assert.Equal(t, NoDecline, d)
}

// TestDeclineClasses pins each class's strategy, and that no class is ever backoff: a
// card refusal is never retried within seconds.
func TestDeclineClasses(t *testing.T) {
	tests := []struct {
		d          Decline
		want       Strategy
		reversible bool
		reason     string
	}{
		{DeclineNever, None, false, "an explicit do-not-retry signal"},
		{DeclineData, Fix, false, "corrected data or another card is a new payment"},
		{DeclineIssuer, Fix, true, "the buyer or the bank acts first; the card may be tried again"},
		{DeclineLater, Wait, true, "retry later: the network's delay, not a backoff in seconds"},
		{DeclineDuplicate, CheckFirst, false, "the first attempt may have gone through"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.d.Strategy(), tt.reason)
		assert.Equal(t, tt.reversible, tt.d.Reversible(), tt.reason)
		assert.NotEqual(t, Backoff, tt.d.Strategy(), tt.reason)
		for _, l := range Langs {
			assert.True(t, tt.d.Why().Has(l), "%s: the reason in %s", tt.reason, l)
		}
	}
	assert.Empty(t, NoDecline.Strategy())
}

func TestAdviseDecline(t *testing.T) {
	tests := []struct {
		name       string
		d          Decline
		brand      Brand
		afterHours int
		card       bool
		want       *Reattempt
		reason     string
	}{
		{"later, visa", DeclineLater, Visa, 0, true, &Reattempt{Brand: Visa, MaxAttempts: 20, WithinDays: 30, Source: visaRetrySource},
			"Visa: 20 reattempts in 30 days since 25 May 2025"},
		{"issuer, mastercard, mac 25", DeclineIssuer, Mastercard, 24, true,
			&Reattempt{Brand: Mastercard, AfterHours: 24, MaxAttempts: 34, WithinDays: 30, MaxPerDay: 7, Source: mastercardRetrySource},
			"Mastercard: 35 failed attempts in 30 days (this one included), 7 retries in 24 hours; the advice code's delay"},
		{"issuer, elo", DeclineIssuer, Elo, 0, true, &Reattempt{Brand: Elo, MaxAttempts: 15, WithinDays: 30, Source: eloRetrySource},
			"Elo charges from the 16th retry in the month"},
		{"issuer, unknown brand", DeclineIssuer, "", 0, true, &Reattempt{MaxAttempts: 7, WithinDays: 30, Source: strictestRetrySource},
			"no brand named: the strictest limits, which no brand fines"},
		{"issuer, amex", DeclineIssuer, Amex, 0, true, &Reattempt{MaxAttempts: 7, WithinDays: 30, Source: strictestRetrySource},
			"a brand without a known rule gets the strictest"},
		{"not a card", DeclineIssuer, "", 0, false, nil, "a bank account's refusal has no card-network limits"},
		{"never", DeclineNever, Visa, 0, true, nil, "never again: no schedule"},
		{"data", DeclineData, Visa, 0, true, nil, "the same data is never approved: no schedule for it"},
		{"duplicate", DeclineDuplicate, Visa, 0, true, nil, "look the first attempt up, not a schedule"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := AdviseDecline(tt.d, tt.brand, tt.afterHours, tt.card)
			assert.Equal(t, tt.d.Strategy(), a.Strategy, tt.reason)
			assert.Equal(t, tt.want, a.Reattempt, tt.reason)
		})
	}
}

// TestStrictestReattemptIsFinedByNoBrand: the limits given when the brand is unknown stay
// within every brand's.
func TestStrictestReattemptIsFinedByNoBrand(t *testing.T) {
	s := ReattemptFor("")
	for _, r := range reattemptRules {
		assert.LessOrEqual(t, s.MaxAttempts, r.MaxAttempts, r.Brand)
		assert.GreaterOrEqual(t, s.WithinDays, r.WithinDays, "%s: a window at least as long", r.Brand)
		if r.MaxPerDay > 0 {
			assert.LessOrEqual(t, s.MaxAttempts, r.MaxPerDay, "%s: within its daily cap too", r.Brand)
		}
		assert.Contains(t, r.Source, "https://", "%s: the rule cites its source", r.Brand)
	}
	assert.Empty(t, s.Brand)
}

// TestVisaCategoriesAgreeWithThePolicy: on a Visa card, a category 1 code ("will never
// approve") never gets a reattempt schedule, and a category 2 code ("cannot approve at
// this time") gets one, except where ABECS, stricter in Brazil, reads it irreversible.
func TestVisaCategoriesAgreeWithThePolicy(t *testing.T) {
	abecsStricter := map[string]string{
		"03": "ABECS: invalid merchant, irreversible",
		"19": "ABECS: acquirer problem, irreversible",
		"86": "ABECS: invalid PIN (Visa), to be re-entered",
		"93": "ABECS: refused on legal grounds, irreversible",
	}
	for _, r := range issuerReadings {
		d, ok := IssuerDecline(r.code, Visa)
		require.True(t, ok, r.code)
		schedule := AdviseDecline(d, Visa, 0, true).Reattempt != nil
		switch VisaCategory(r.code) {
		case 1:
			assert.False(t, schedule, "%s: Visa category 1 is never reattempted", r.code)
		case 2:
			if why, ok := abecsStricter[r.code]; ok {
				assert.False(t, schedule, "%s: %s", r.code, why)
				continue
			}
			assert.True(t, schedule, "%s: Visa category 2 may be tried again later", r.code)
		}
	}
	assert.Equal(t, 1, VisaCategory("4"), "a stripped leading zero")
	assert.Equal(t, 3, VisaCategory("N7"))
	assert.Equal(t, 4, VisaCategory("05"), "every other code is generic")
}

func TestIssuerDeclineByBrand(t *testing.T) {
	tests := []struct {
		code   string
		brand  Brand
		want   Decline
		reason string
	}{
		{"04", "", DeclineNever, "unknown brand: the reading that cannot be fined (Visa and Mastercard: pick up card)"},
		{"04", Elo, DeclineLater, "Elo's 04 asks for the transaction to be redone"},
		{"04", Visa, DeclineNever, "Visa: pick up card"},
		{"06", Visa, DeclineData, "Visa 06 is an irreversible card error in the table republished in 2024"},
		{"06", Elo, DeclineData, "Elo 06: the merchant's set-up with the acquirer"},
		{"57", Mastercard, DeclineIssuer, "Mastercard's 57 is a temporary block"},
		{"57", Visa, DeclineNever, "Visa's 57 is irreversible"},
		{"62", "", DeclineIssuer, "a temporary block, the usual reading"},
		{"62", Mastercard, DeclineNever, "Mastercard's 62: a domestic card abroad, a closed account"},
		{"63", Mastercard, DeclineIssuer, "Mastercard's 63 is suspected fraud"},
		{"63", Elo, DeclineData, "Elo's 63 is a failed security code"},
		{"64", Elo, DeclineData, "Elo: below the minimum amount"},
		{"64", Visa, DeclineNever, "Visa: anti-money-laundering"},
		{"5", "", DeclineIssuer, "a stripped leading zero is 05"},
		{"91", Hipercard, DeclineLater, "a brand without readings of its own reads as any"},
	}
	for _, tt := range tests {
		d, ok := IssuerDecline(tt.code, tt.brand)
		require.True(t, ok, tt.code)
		assert.Equal(t, tt.want, d, "%s %s: %s", tt.code, tt.brand, tt.reason)
	}
	_, ok := IssuerDecline("XX", Visa)
	assert.False(t, ok)
}

func TestMerchantAdvice(t *testing.T) {
	tests := []struct {
		mac    string
		want   Decline
		hours  int
		reason string
	}{
		{"01", DeclineData, 0, "new account information: update the card"},
		{"02", DeclineLater, 72, "cannot approve now: Cielo's table says after 72 hours"},
		{"03", DeclineNever, 0, "do not try again"},
		{"04", DeclineData, 0, "a token's requirements the merchant must meet"},
		{"21", DeclineNever, 0, "payment cancelled: stop the recurring payment"},
		{"24", DeclineLater, 1, "retry after 1 hour"},
		{"25", DeclineLater, 24, "retry after 24 hours"},
		{"26", DeclineLater, 48, "retry after 2 days"},
		{"27", DeclineLater, 96, "retry after 4 days"},
		{"28", DeclineLater, 144, "retry after 6 days"},
		{"29", DeclineLater, 192, "retry after 8 days"},
		{"30", DeclineLater, 240, "retry after 10 days"},
		{"25: Retry after 24 hours", DeclineLater, 24, "Adyen writes the code with its text"},
	}
	for _, tt := range tests {
		d, hours, ok := MerchantAdvice(tt.mac)
		require.True(t, ok, tt.mac)
		assert.Equal(t, tt.want, d, "%s: %s", tt.mac, tt.reason)
		assert.Equal(t, tt.hours, hours, "%s: %s", tt.mac, tt.reason)
	}
	for _, mac := range []string{"", "00", "22", "40", "99"} {
		_, _, ok := MerchantAdvice(mac)
		assert.False(t, ok, "%q is no retry advice", mac)
	}
	assert.Contains(t, MerchantAdviceSource(), "https://")
}

func TestAdviceCode(t *testing.T) {
	for code, want := range map[string]Decline{"do_not_try_again": DeclineNever, "try_again_later": DeclineLater, "confirm_card_data": DeclineData} {
		d, ok := AdviceCode(code)
		assert.True(t, ok, code)
		assert.Equal(t, want, d, code)
	}
	_, ok := AdviceCode("generic_decline")
	assert.False(t, ok, "a decline code is not an advice code")
}

func TestCardBrand(t *testing.T) {
	tests := map[string]Brand{
		"visa": Visa, "VISA": Visa, " Visa ": Visa, "debvisa": Visa, "Master": Mastercard, "mc": Mastercard,
		"MasterCard": Mastercard, "debmaster": Mastercard, "elo": Elo, "debelo": Elo, "Hiper": Hipercard,
		"hipercard": Hipercard, "amex": Amex, "American Express": Amex, "VR": "", "": "", "discover": "",
	}
	for in, want := range tests {
		assert.Equal(t, want, CardBrand(in), "%q", in)
	}
}

func TestISOAgrees(t *testing.T) {
	for _, code := range []string{"05", "5", "51", "54", "91", "96", "41"} {
		assert.True(t, ISOAgrees(code), code)
	}
	for _, code := range []string{"01", "06", "12", "19", "56", "XX"} {
		assert.False(t, ISOAgrees(code), "%s means something else in ISO 8583, or nothing", code)
	}
}

// TestDeclineWhyUsesNoBackoff: the policy's reasons never promise a seconds-scale retry.
func TestDeclineWhyUsesNoBackoff(t *testing.T) {
	for d := DeclineNever; d <= DeclineDuplicate; d++ {
		assert.NotContains(t, strings.ToLower(d.Why().EN), "backoff")
	}
}
