package decode

import (
	"errors"
	"testing"

	"github.com/decifra/decifra/catalog"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExplainCode(t *testing.T) {
	x, err := ExplainCode("stripe", "card_declined", Options{Lang: catalog.Spanish})
	require.NoError(t, err)
	assert.Equal(t, "stripe", x.Provider.ID)
	assert.Equal(t, "card_declined", x.Code)
	assert.Equal(t, 402, x.HTTPStatus)
	assert.Equal(t, "catalog", x.Input.StatusSource)
	assert.Equal(t, FormatCode, x.Input.Format)
	assert.NotEmpty(t, x.Meaning)
	assert.Contains(t, x.Provider.Evidence[0], "catálogo")

	x, err = ExplainCode("PagBank", "53004", Options{})
	require.NoError(t, err, "ids are matched without regard to case")
	assert.Equal(t, "pagbank", x.Provider.ID)

	x, err = ExplainCode("mercadopago", "CC_REJECTED_INSUFFICIENT_AMOUNT", Options{})
	require.NoError(t, err, "a code in the wrong case still finds its entry")
	assert.Equal(t, "cc_rejected_insufficient_amount", x.Code)
}

func TestExplainCodeUnknown(t *testing.T) {
	_, err := ExplainCode("strip", "card_declined", Options{})
	var u *UnknownCodeError
	require.ErrorAs(t, err, &u)
	assert.True(t, errors.Is(err, ErrUnknownCode))
	assert.Empty(t, u.Code)
	assert.Equal(t, []string{"stripe"}, u.Closest)
	assert.Contains(t, err.Error(), "did you mean stripe?")

	_, err = ExplainCode("stripe", "card_declind", Options{})
	require.ErrorAs(t, err, &u)
	assert.Equal(t, "card_declined", u.Closest[0])

	_, err = ExplainCode("stripe", "zzzzzzzzzzzz", Options{})
	require.ErrorAs(t, err, &u)
	assert.Empty(t, u.Closest, "nothing near: no suggestion")
	assert.NotContains(t, err.Error(), "did you mean")
}

func TestClosest(t *testing.T) {
	ids := catalog.IDs()
	assert.Equal(t, "mercadopago", Closest("mercado", ids, 3)[0])
	assert.Equal(t, "pagbank", Closest("pagbnak", ids, 3)[0])
	assert.Empty(t, Closest("", ids, 3))
	assert.Empty(t, Closest("x", nil, 3))
}
