package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// replacerSets are the pairs decode replaces with replacePairs.
var replacerSets = [][]string{
	{`\n`, "\n", `\r`, "", `\t`, "\t", `\"`, `"`, `\\`, `\`},
	{`\n`, "\n", `\'`, "'", `\\`, `\`, `\t`, "\t"},
	{"'", " ", "\"", " "},
}

func TestReplacePairsAsStringsReplacer(t *testing.T) {
	for _, s := range []string{"", `\`, `\\`, `\\n`, `\\\n`, `{\n  \"error\": \"a\\tb\"\r\n}`, `it\'s \\'`, `from 'a' to "b"`, "é\\nü", `\x`} {
		for _, pairs := range replacerSets {
			assert.Equal(t, strings.NewReplacer(pairs...).Replace(s), replacePairs(s, pairs...), "%q %q", s, pairs)
		}
	}
}

func FuzzReplacePairs(f *testing.F) {
	f.Add(`{\n  \"error\": \"a\\tb\"\r\n}`)
	f.Add(`it\'s \\'`)
	f.Fuzz(func(t *testing.T, s string) {
		for _, pairs := range replacerSets {
			if want, got := strings.NewReplacer(pairs...).Replace(s), replacePairs(s, pairs...); want != got {
				t.Fatalf("%q with %q: %q, want %q", s, pairs, got, want)
			}
		}
	})
}
