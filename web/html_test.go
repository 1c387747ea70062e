package web

import (
	"context"
	"strings"
	"testing"

	"github.com/a-h/templ"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/decifra/decifra/web/htmltest"
)

// The tests read HTML with web/htmltest; these helpers add what needs the test itself:
// failing it when markup does not parse or an element is not there.

// renderNodes renders c and parses the result as an HTML fragment inside <body>.
func renderNodes(t testing.TB, c templ.Component) *html.Node {
	t.Helper()
	var b strings.Builder
	require.NoError(t, c.Render(context.Background(), &b))
	return parseFragment(t, b.String())
}

// parseFragment is htmltest.Fragment, failing the test when markup does not parse.
func parseFragment(t testing.TB, markup string) *html.Node {
	t.Helper()
	root, err := htmltest.Fragment(markup)
	require.NoError(t, err)
	return root
}

// one returns the single element with data-testid=id, failing the test otherwise.
func one(t testing.TB, n *html.Node, id string) *html.Node {
	t.Helper()
	found := htmltest.ByTestID(n, id)
	require.Len(t, found, 1, "elements with data-testid=%q", id)
	return found[0]
}

// children returns the element children of n.
func children(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := range n.ChildNodes() {
		if c.Type == html.ElementNode {
			out = append(out, c)
		}
	}
	return out
}
