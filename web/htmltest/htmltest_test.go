package htmltest

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSelect(t *testing.T) {
	root, err := Fragment(`<div data-testid="card" class="c"><p data-testid="code">RATE_<b>LIMITED</b></p>
	<p data-testid="code">  two
	words </p></div>`)
	require.NoError(t, err)
	cards := ByTestID(root, "card")
	require.Len(t, cards, 1)
	assert.Equal(t, "c", Attr(cards[0], "class"))
	assert.Equal(t, "", Attr(cards[0], "id"))
	codes := ByTestID(root, "code")
	require.Len(t, codes, 2)
	assert.Equal(t, "RATE_ LIMITED", Text(codes[0]), "text nodes joined by a space")
	assert.Equal(t, "two words", Text(codes[1]))
	assert.Len(t, ByTestID(cards[0], "card"), 1, "the node itself counts")
	assert.Empty(t, ByTestID(root, "nothing"))
}
