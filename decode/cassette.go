package decode

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/decifra/decifra/internal/decimal"
)

// cassetteBinary decodes the bodies Ruby's VCR writes as YAML's !binary (base64) in a
// cassette (`string: !binary |-` over indented base64 lines) whenever the bytes were not
// plain UTF-8 when recorded (an ISO-8859-1 answer, a binary-flagged string). What decodes
// to text is put back as text, Latin-1 read as such; gzip and other binary stay as they
// were, and so do headers written as `!binary "…"` (the decoding is not worth its bytes
// in the Worker's upload).
func cassetteBinary(text []byte) []byte {
	out := make([]byte, 0, len(text))
	changed := false
	for i := 0; i < len(text); {
		line, next := lineAt(text, i)
		body := bytes.TrimRight(line, "\n")
		if k := bytes.Index(body, []byte("!binary |")); k >= 0 && len(bytes.Trim(body[k+len("!binary |"):], "-+ ")) == 0 {
			indent := indentOf(body)
			var b64 []byte
			j := next
			for j < len(text) {
				l, n := lineAt(text, j)
				l = bytes.TrimRight(l, "\n")
				if len(bytes.TrimSpace(l)) == 0 || indentOf(l) <= indent {
					break
				}
				b64 = append(b64, bytes.TrimSpace(l)...)
				j = n
			}
			if decoded, ok := decodeBase64(string(b64)); ok && len(b64) > 0 && textual(decoded) {
				out = appendBlock(append(out, body[:k]...), indent, bytes.TrimRight([]byte(dumpText(decoded)), "\n"))
				changed = true
				i = j
				continue
			}
		}
		out = append(out, line...)
		i = next
	}
	if !changed {
		return text
	}
	return out
}

// appendBlock appends value as YAML's literal block under a key at indent: "|-", then
// each of its lines indented two more.
func appendBlock(out []byte, indent int, value []byte) []byte {
	out = append(out, "|-\n"...)
	pad := bytes.Repeat([]byte(" "), indent+2)
	for _, l := range bytes.Split(value, []byte("\n")) {
		out = append(out, pad...)
		out = append(out, l...)
		out = append(out, '\n')
	}
	return out
}

// textual reports whether b reads as text: no control bytes but line ends and tabs, and
// not gzip's magic.
func textual(b []byte) bool {
	if len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b {
		return false
	}
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f {
			return false
		}
	}
	return true
}

// cassetteQuoted unfolds the bodies a VCR cassette writes as YAML quoted scalars over
// several lines (Python's vcrpy: `body: {string: "{\n  \"error\": …\n    \ \"type\"…"}`;
// Ruby's VCR: `string: ! "…"`): YAML folds their line breaks, continues a line after a
// final backslash and escapes quotes, so the JSON inside reads as JSON only unfolded. Each
// is put back as a block of plain lines under its key.
func cassetteQuoted(text []byte) []byte {
	var out []byte
	changed := false
	for i := 0; i < len(text); {
		line, next := lineAt(text, i)
		k := bytes.Index(line, []byte("string: "))
		if before := bytes.TrimSpace(line[:max(k, 0)]); k < 0 || len(before) > 0 && !bytes.Equal(before, []byte("{")) && !bytes.Equal(before, []byte("body: {")) {
			// Only a cassette's key: "string:" alone on its line, or vcrpy's "body: {string:".
			out = append(out, line...)
			i = next
			continue
		}
		q := i + k + len("string: ")
		if bytes.HasPrefix(text[q:], []byte("! ")) {
			q += 2 // Ruby's VCR tags its strings "! "
		}
		value, end, ok := yamlQuoted(text, q)
		closing, _ := lineAt(text, end)
		if rest := bytes.TrimSpace(closing); !ok || !bytes.Contains(value, []byte("{")) || len(rest) > 0 && rest[0] != '}' {
			// What follows the closing quote is the cassette's (a flow mapping's "}"), or
			// the quote was not the scalar's end.
			out = append(out, line...)
			i = next
			continue
		}
		out = appendBlock(append(out, text[i:i+k+len("string: ")]...), indentOf(line), value)
		changed = true
		_, i = lineAt(text, end) // the rest of the closing line (a flow mapping's "}") says nothing
	}
	if !changed {
		return text
	}
	return out
}

// yamlQuoted reads the YAML quoted scalar that starts at text[i] (a double or a single
// quote) when it spans several lines: its value and where it ends. ok is false for
// anything else, and for one that ends on its first line (which readers take as it is).
func yamlQuoted(text []byte, i int) (value []byte, end int, ok bool) {
	if i >= len(text) || text[i] != '"' && text[i] != '\'' {
		return nil, 0, false
	}
	quote := text[i]
	var b []byte
	lines := 0
	for j := i + 1; j < len(text); j++ {
		c := text[j]
		switch {
		case c == quote && quote == '\'' && j+1 < len(text) && text[j+1] == '\'':
			b = append(b, '\'')
			j++
		case c == quote:
			return b, j + 1, lines > 0
		case c == '\n':
			// A line break folds into a space, blank lines into line breaks, and the next
			// line's indentation goes.
			lines++
			b = bytes.TrimRight(b, " \t")
			blank := 0
			for j+1 < len(text) && (text[j+1] == ' ' || text[j+1] == '\t' || text[j+1] == '\n') {
				if text[j+1] == '\n' {
					blank++
				}
				j++
			}
			if blank == 0 {
				b = append(b, ' ')
			}
			for range blank {
				b = append(b, '\n')
			}
		case c == '\\' && quote == '"' && j+1 < len(text):
			j++
			switch e := text[j]; e {
			case 'n':
				b = append(b, '\n')
			case 't':
				b = append(b, '\t')
			case 'r':
				b = append(b, '\r')
			case '\n': // a line continued: no space, and the next line's indentation goes
				lines++
				for j+1 < len(text) && (text[j+1] == ' ' || text[j+1] == '\t') {
					j++
				}
			case 'x', 'u', 'U':
				n := 2
				if e == 'u' {
					n = 4
				} else if e == 'U' {
					n = 8
				}
				r, err := decimal.ParseUint(string(text[j+1:min(j+1+n, len(text))]), 16, 32)
				if err != nil || j+1+n > len(text) {
					return nil, 0, false
				}
				j += n
				if utf16.IsSurrogate(rune(r)) && j+6 < len(text) && text[j+1] == '\\' && text[j+2] == 'u' {
					// PyYAML writes a character past the BMP as a surrogate pair: \uD83D\uDE00.
					if r2, err := decimal.ParseUint(string(text[j+3:j+7]), 16, 32); err == nil {
						r = uint64(utf16.DecodeRune(rune(r), rune(r2)))
						j += 6
					}
				}
				b = utf8.AppendRune(b, rune(r)) // \xF3: Latin-1's ó, as YAML means it
			default: // \" \\ \/ and "\ ", an escaped space
				b = append(b, e)
			}
		default:
			b = append(b, c)
		}
		if lines > 400 {
			return nil, 0, false
		}
	}
	return nil, 0, false
}
