// Package htmltest reads HTML the way decifra's tests check it: parse a fragment, then
// select elements by their data-testid attribute and read their text (STYLE.md: HTML is
// tested by parsing it, not by string matching). It is for tests, and imports no test
// framework, so both native and end-to-end tests can use it.
package htmltest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Fragment parses markup as the children of a <body>, under one document root.
func Fragment(markup string) (*html.Node, error) {
	nodes, err := html.ParseFragment(strings.NewReader(markup), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return nil, err
	}
	root := &html.Node{Type: html.DocumentNode}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return root, nil
}

// All returns the elements under n (n included) that match, in document order.
func All(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && match(d) {
			out = append(out, d)
		}
	}
	if n.Type == html.ElementNode && match(n) {
		out = append([]*html.Node{n}, out...)
	}
	return out
}

// ByTestID returns the elements with data-testid=id.
func ByTestID(n *html.Node, id string) []*html.Node {
	return All(n, func(e *html.Node) bool { return Attr(e, "data-testid") == id })
}

// Attr returns the value of n's attribute key, "" when it has none.
func Attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// Text is the text content of n, whitespace collapsed.
func Text(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
