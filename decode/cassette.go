package decode

import (
	"bytes"
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
				out = append(out, body[:k]...)
				out = append(out, "|-\n"...)
				pad := bytes.Repeat([]byte(" "), indent+2)
				for _, l := range bytes.Split(bytes.TrimRight([]byte(dumpText(decoded)), "\n"), []byte("\n")) {
					out = append(out, pad...)
					out = append(out, l...)
					out = append(out, '\n')
				}
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
