package decode

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Words that say the resource is done, or in a state that refuses the request, make the
// strategy none; look-alikes about a field named status, an expired token or a pending
// review do not.
func TestSaysDone(t *testing.T) {
	done := []string{
		"The payment method you provided has already been attached to a customer.", // Stripe
		"Transação já estornada",                                          // Pagar.me's action_forbidden
		"invalid transaction status to refund.",                           // PagBank 14007
		"This request is invalid due to the current state of the payment", // PayPal
		"UNKNOWN ORDER OR NOT PENDING",                                    // Ingenico 410110
		"Invalid Status",                                                  // a whole message
		"Invalid status '10' for transaction while authorizing.",          // Transbank
		"Transaction has an invalid finished state: aborted",
		"CLOSED ACCOUNT",
		"Esse cliente já está registrado com outro número de documento.",
		"The payment has already been rollbacked.",
	}
	for _, m := range done {
		assert.NotEmpty(t, saysDone(strings.ToLower(m)), m)
	}
	notDone := []string{
		"Invalid status code in the callback URL response",
		"status: must be one of active, inactive",
		"The status parameter is invalid",
		"Invalid status for this filter: use active or inactive",
		"Token expirado",
		"The payment is pending review",
		"The account is not verified",
		"Invalid state parameter in the OAuth request",          // a field named state, not the resource's
		strings.Repeat("x", 600) + " has already been refunded", // past the first 600 bytes
	}
	for _, m := range notDone {
		assert.Empty(t, saysDone(strings.ToLower(m)), m)
	}
}

// Every phrase holds an anchor, or saysDone would never look for it.
func TestFinalAnchors(t *testing.T) {
	for _, w := range append(finalStateWords[:], finalStatus[:]...) {
		assert.True(t, slices.ContainsFunc(finalAnchors[:], func(a string) bool { return strings.Contains(w, a) }), w)
	}
}

// A code whose catalog strategy is fix turns none when its message says it is done.
func TestFinalStateOverCatalog(t *testing.T) {
	x, err := Explain([]byte(`{"error":{"message":"The payment method you provided has already been attached to a customer.","type":"invalid_request_error"}}`), Options{})
	assert.NoError(t, err)
	assert.Equal(t, "none", string(x.Retry.Strategy))
	x, err = Explain([]byte(`{"error":{"message":"The payment method you provided is invalid.","type":"invalid_request_error"}}`), Options{})
	assert.NoError(t, err)
	assert.Equal(t, "fix", string(x.Retry.Strategy))
}
