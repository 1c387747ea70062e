package catalog

import "unicode/utf8"

// Quote returns s in double quotes, with Go's escapes for quotes, backslashes, control
// characters and bytes that are not UTF-8, as strconv.Quote writes them; other characters,
// printable or not, stay as they are. Error messages quote what they were given with it:
// strconv.Quote's table of printable characters would cost the wasm 14 KB for nothing a
// reader sees.
func Quote(s string) string {
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = appendHex(b, `\x`, uint32(s[i]), 2)
		} else {
			b = appendEscaped(b, r, '"')
		}
		i += n
	}
	return string(append(b, '"'))
}

// QuoteRune returns r in single quotes, escaped as Quote escapes a character.
func QuoteRune(r rune) string {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	return string(append(appendEscaped([]byte{'\''}, r, '\''), '\''))
}

// QuoteRuneToASCII returns r in single quotes, with \u or \U escapes for anything beyond
// ASCII, as strconv.QuoteRuneToASCII writes it.
func QuoteRuneToASCII(r rune) string {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	b := []byte{'\''}
	switch {
	case r < utf8.RuneSelf:
		b = appendEscaped(b, r, '\'')
	case r < 0x10000:
		b = appendHex(b, `\u`, uint32(r), 4)
	default:
		b = appendHex(b, `\U`, uint32(r), 8)
	}
	return string(append(b, '\''))
}

// appendEscaped appends r, escaped as Go writes it between quote marks q.
func appendEscaped(b []byte, r rune, q byte) []byte {
	switch {
	case r == rune(q) || r == '\\':
		return append(b, '\\', byte(r))
	case r >= 0x80 && r < 0xa0 || r == 0x2028 || r == 0x2029 || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0xfeff:
		return appendHex(b, `\u`, uint32(r), 4) // C1 controls, line separators, bidi overrides: invisible or harmful raw
	case r >= 0x20 && r != 0x7f:
		return utf8.AppendRune(b, r)
	}
	switch r {
	case '\a':
		return append(b, `\a`...)
	case '\b':
		return append(b, `\b`...)
	case '\f':
		return append(b, `\f`...)
	case '\n':
		return append(b, `\n`...)
	case '\r':
		return append(b, `\r`...)
	case '\t':
		return append(b, `\t`...)
	case '\v':
		return append(b, `\v`...)
	}
	return appendHex(b, `\x`, uint32(r), 2)
}

// appendHex appends prefix and v in n lower-case hexadecimal digits.
func appendHex(b []byte, prefix string, v uint32, n int) []byte {
	b = append(b, prefix...)
	for shift := 4 * (n - 1); shift >= 0; shift -= 4 {
		b = append(b, "0123456789abcdef"[v>>uint(shift)&0xf])
	}
	return b
}
