package decode

import (
	"encoding/json"
	"html"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/internal/fixtures"
)

// TestRealPastesWrapped reads every real paste that decifra gets wholly right again, as
// people also paste it: inside a Markdown code fence (copied from an issue's source),
// under a line of their own ("I get this error when I try to pay:"), with a question after
// it, with CRLF line ends, indented as a Markdown code block, quoted as in a reply, with a
// web page's non-breaking spaces, or under a log's prefix on every line.
// These are designed variants of the real pastes (the real ones are in testdata/real):
// the wrapper must never make decifra credit a provider with another company's error, and
// the answers it changes are held under a ceiling that only goes down.
func TestRealPastesWrapped(t *testing.T) {
	all, err := fixtures.Load("testdata/real")
	require.NoError(t, err)
	var whole []fixtures.Fixture
	for _, fx := range all {
		if c := scoreOne(fx); !c.noError && c.passed == c.checks {
			whole = append(whole, fx)
		}
	}
	require.Greater(t, len(whole), 2000)
	lines := func(s string, f func(string) string) string {
		ls := strings.Split(strings.TrimRight(s, "\n"), "\n")
		for i := range ls {
			ls[i] = f(ls[i])
		}
		return strings.Join(ls, "\n") + "\n"
	}
	for _, v := range []struct {
		name    string
		wrap    func(string) string
		ceiling int // pastes whose answer the wrapper changes
	}{
		{"fenced", func(s string) string { return "```\n" + s + "```\n" }, 0},
		{"fenced json", func(s string) string { return "```json\n" + s + "\n```" }, 0},
		{"CRLF", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }, 0},
		{"indented code block", func(s string) string { return lines(s, func(l string) string { return "    " + l }) }, 0},
		{"a lead-in line", func(s string) string { return "I get this error when I try to pay:\n\n" + s }, 8},
		{"a lead-in line in Portuguese", func(s string) string { return "Estou recebendo o seguinte erro ao tentar pagar:\n" + s }, 7},
		{"a lead-in line in Spanish", func(s string) string { return "Me sale este error al pagar:\n\n" + s }, 8},
		// A body cut inside its cause ("…,\"cause\":") takes the question for its rest (Mercado
		// Pago's preapproval error in batch 190).
		{"a question after it", func(s string) string { return s + "\nAny idea what is wrong? Thanks\n" }, 10},
		{"quoted in a reply", func(s string) string { return lines(s, func(l string) string { return "> " + l }) }, 0},
		{"a web page's non-breaking spaces", func(s string) string {
			return lines(s, func(l string) string {
				t := strings.TrimLeft(l, " ")
				return strings.Repeat("\u00a0", len(l)-len(t)) + t
			})
		}, 0},
		// A log's prefix on every line: what is left are mostly raw HTTP messages and
		// cassettes, which no logger prints, and codes that open a line of their own
		// (batch 323 brought one more: stripe-ios's recording, its status alone on a line;
		// reading such a status under a prefix was tried and taken back, for a count, a
		// port or a card's CVC alone on a line read as a status).
		{"a time before every line (kubectl logs --timestamps)", func(s string) string {
			return lines(s, func(l string) string { return "2024-05-11T20:35:22.123456789Z " + l })
		}, 158},
		{"Heroku's prefix on every line", func(s string) string {
			return lines(s, func(l string) string { return "2012-05-11T20:35:22+00:00 app[web.1]: " + l })
		}, 156},
		{"syslog's prefix on every line", func(s string) string {
			return lines(s, func(l string) string { return "May 11 20:35:22 web01 php-fpm[1234]: " + l })
		}, 155},
		{"Docker Compose's service on every line", func(s string) string {
			return lines(s, func(l string) string { return "web_1  | " + l })
		}, 152},
		{"GitHub Actions' error annotation on every line", func(s string) string {
			return lines(s, func(l string) string { return "2024-05-11T20:35:22.1234567Z ##[error]" + l })
		}, 164},
		{"CloudWatch's time and a tab before every line", func(s string) string {
			return lines(s, func(l string) string { return "2024-05-11 20:35:22.123\t" + l })
		}, 164},
		// The paste kept as one JSON string, as a JSON log's viewer copies a member's value,
		// and escaped for HTML, as a page's source or a log shown in HTML holds it: what the
		// escapes leave is read as the paste itself. Left: pastes with quotes of their own
		// once escaped (an NVP answer's &amp;s, a cassette's escaped body).
		{"kept as one JSON string", func(s string) string {
			b, err := json.Marshal(s)
			require.NoError(t, err)
			return string(b) + "\n"
		}, 0},
		{"escaped for HTML", html.EscapeString, 10},
		// Every line joined into one, as a chat, a form or a log's message flattens a
		// paste: structures lost to it (raw HTTP, XML, dumps) are read otherwise, but no
		// provider may be credited with another's error.
		{"its lines joined into one", func(s string) string { return strings.Join(strings.Fields(s), " ") + "\n" }, 268},
	} {
		t.Run(v.name, func(t *testing.T) {
			changed := 0
			for _, fx := range whole {
				w := fx
				w.Input = []byte(v.wrap(string(fx.Input)))
				c := scoreOne(w)
				assert.Empty(t, c.falseClaim, "%s: credits %s with another company's error", fx.Name, c.falseClaim)
				if c.noError || c.passed < c.checks {
					changed++
					t.Logf("%s: %v (unread: %v)", fx.Name, c.misses, c.noError)
				}
			}
			assert.LessOrEqual(t, changed, v.ceiling, "pastes whose answer %s changes", v.name)
			t.Logf("%s: %d of %d pastes read otherwise", v.name, changed, len(whole))
		})
	}
}

// TestRealBarePastesWrapped does the same for the real pastes that are one line of words
// or a code alone, wrapped as people write them in an issue: in quotes or backticks, as a
// Markdown bullet, with a full stop after, or after "Error: ".
func TestRealBarePastesWrapped(t *testing.T) {
	all, err := fixtures.Load("testdata/real")
	require.NoError(t, err)
	var bare []fixtures.Fixture
	for _, fx := range all {
		c := scoreOne(fx)
		if (c.form == "bare-message" || c.form == "bare-code") && !c.noError && c.passed == c.checks && !strings.Contains(strings.TrimSpace(string(fx.Input)), "\n") {
			bare = append(bare, fx)
		}
	}
	require.Greater(t, len(bare), 300)
	for _, v := range []struct {
		name    string
		wrap    func(string) string
		ceiling int
	}{
		{"in quotes", func(s string) string { return `"` + s + `"` }, 0},
		{"in backticks", func(s string) string { return "`" + s + "`" }, 0},
		{"a Markdown bullet", func(s string) string { return "- " + s }, 0},
		{"a full stop after it", func(s string) string { return strings.TrimSuffix(s, ".") + "." }, 4},
		// SEFAZ's rejections 493 and 505 (batch 324), once after "Error: ", are numbers an
		// HTTP status could be: no code is taken.
		{"after Error:", func(s string) string { return "Error: " + s }, 2},
	} {
		t.Run(v.name, func(t *testing.T) {
			changed := 0
			for _, fx := range bare {
				w := fx
				w.Input = []byte(v.wrap(strings.TrimSpace(string(fx.Input))))
				c := scoreOne(w)
				assert.Empty(t, c.falseClaim, "%s: credits %s with another company's error", fx.Name, c.falseClaim)
				if c.noError || c.passed < c.checks {
					changed++
					t.Logf("%s: %v (unread: %v)", fx.Name, c.misses, c.noError)
				}
			}
			assert.LessOrEqual(t, changed, v.ceiling, "pastes whose answer %s changes", v.name)
			t.Logf("%s: %d of %d pastes read otherwise", v.name, changed, len(bare))
		})
	}
}
