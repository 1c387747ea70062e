package catalog

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAllowedTransitionsPerStatus(t *testing.T) {
	cases := []struct {
		from string
		want []string
	}{
		{"draft", []string{"registered"}},
		{"registered", []string{"paid", "cancelled"}},
		{"paid", []string{"settled"}},
		{"settled", nil},
		{"cancelled", nil},
	}
	for _, c := range cases {
		t.Run(c.from, func(t *testing.T) {
			to, known := AllowedTransitions(c.from)
			require.True(t, known, "%q should be a known status", c.from)
			assert.Equal(t, c.want, to)
		})
	}
}

func TestAllowedTransitionsFinalStatesHaveNone(t *testing.T) {
	for _, s := range []string{"settled", "cancelled"} {
		to, known := AllowedTransitions(s)
		require.True(t, known)
		assert.Empty(t, to, "%s is a final state", s)
	}
}

func TestAllowedTransitionsPaidCannotBeCancelled(t *testing.T) {
	// The table, not the diagram's "cancel" arrows, is authoritative; the
	// INVALID_STATUS_TRANSITION example refuses paid -> cancelled.
	to, known := AllowedTransitions("paid")
	require.True(t, known)
	assert.NotContains(t, to, "cancelled")
	assert.NotContains(t, to, "registered")
}

func TestAllowedTransitionsUnknownStatus(t *testing.T) {
	for _, s := range []string{"", "expired", "pending", "registrado"} {
		to, known := AllowedTransitions(s)
		assert.False(t, known, "%q should be unknown", s)
		assert.Nil(t, to)
	}
}

func TestAllowedTransitionsCaseInsensitive(t *testing.T) {
	for _, s := range []string{"REGISTERED", "Registered", "rEgIsTeReD", " registered "} {
		to, known := AllowedTransitions(s)
		require.True(t, known, "%q should match registered", s)
		assert.Equal(t, []string{"paid", "cancelled"}, to)
	}
	to, known := AllowedTransitions("SETTLED")
	require.True(t, known)
	assert.Empty(t, to)
}

func TestAllowedTransitionsReturnsCopy(t *testing.T) {
	to, _ := AllowedTransitions("registered")
	require.NotEmpty(t, to)
	to[0] = "tampered"
	again, _ := AllowedTransitions("registered")
	assert.Equal(t, []string{"paid", "cancelled"}, again)
}

func TestBoletoTransitionsTargetsAreKnown(t *testing.T) {
	for _, row := range boletoTransitions {
		for _, s := range row.To {
			_, known := AllowedTransitions(s)
			assert.True(t, known, "%s -> %s: target must be a row of the table", row.From, s)
		}
	}
}
