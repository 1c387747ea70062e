package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decifra/decifra/catalog"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const pageCSS = `:root {
  --accent: #1d4ed8;
  --warn-bg: #fff6e0; --warn-text: #5c3d00;
  --radius: 10px;
}
@media (prefers-color-scheme: dark) {
  :root { --accent: #7aa2ff; --warn-bg: #2c2410; --warn-text: #f3d58c; }
}
.skip { top: -4rem; padding: 0.5rem 1rem; }
.card { margin: .35rem 0 1.2rem; border-radius: 14px; }
@media (max-width: 480px) { .card { padding: 1rem; } }
@media (prefers-reduced-motion: reduce) { .x { animation: none; } }
`

func TestExplainerCSS(t *testing.T) {
	css, err := explainerCSS([]byte(pageCSS), []byte(".root { all: initial; }\n"))
	require.NoError(t, err)
	got := string(css)
	for _, tt := range []struct{ want, reason string }{
		{"DO NOT EDIT", "generated"},
		{"top: calc(-4 * var(--u))", "a negative rem keeps its sign inside calc"},
		{"padding: calc(0.5 * var(--u)) calc(1 * var(--u))", "every rem of a shorthand"},
		{"margin: calc(.35 * var(--u)) 0 calc(1.2 * var(--u))", "a rem without a leading zero"},
		{"border-radius: 14px", "px stays px"},
		{"@container (max-width: 480px)", "a sidebar is narrow on a wide screen"},
		{"@media (prefers-reduced-motion: reduce)", "media queries other than width stay"},
		{"--accent: var(--decifra-accent, light-dark(#1d4ed8, #7aa2ff));", "themed, light and dark"},
		{"--warn-bg: light-dark(#fff6e0, #2c2410);", "not themed, light and dark"},
		{"--radius: var(--decifra-radius, 10px);", "themed, one value"},
		{".root { all: initial; }", "the explainer's own rules"},
	} {
		assert.Contains(t, got, tt.want, tt.reason)
	}
	assert.NotRegexp(t, `\drem\b`, got)
	assert.Less(t, strings.Index(got, "--warn-bg: light"), strings.Index(got, ".root { all: initial; }"), "own rules come last, to win")
}

func TestExplainerCSSNeedsBothPalettes(t *testing.T) {
	_, err := explainerCSS([]byte(":root { --accent: #000; }\n.card { color: red; }"), nil)
	assert.ErrorContains(t, err, "two :root palettes")
}

// The committed decifra-explainer.css is what web/gen makes of the committed sources
// (./build.sh test checks every generated file; this says which one is stale sooner).
func TestGeneratedFresh(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "static", "style.css"))
	require.NoError(t, err)
	own, err := os.ReadFile(filepath.Join("..", "explainer.css"))
	require.NoError(t, err)
	want, err := explainerCSS(page, own)
	require.NoError(t, err)
	got, err := os.ReadFile(filepath.Join("..", "static", "decifra-explainer.css"))
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "run ./build.sh generate")

	for _, lang := range catalog.Langs {
		s, err := stringsModule(lang)
		require.NoError(t, err)
		got, err = os.ReadFile(filepath.Join("..", "static", "decifra-strings."+string(lang)+".js"))
		require.NoError(t, err)
		assert.Equal(t, string(s), string(got), "run ./build.sh generate")
	}
}
