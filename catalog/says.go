package catalog

import (
	"unicode"
	"unicode/utf8"
)

// A code with the provider's own message for it ("184 - Request could not be empty",
// {"code": 5007, "message": "Amount exceeded"}) says whose it is far more surely than the
// number alone. Says compares a message with the English title of a code's entries, which
// for most providers is their API's message. A textpack build keeps no English prose in
// its tables, so the comparison is by a short key of the words (SaysKey), which the table
// stores for every entry: native and textpack builds answer alike.

// SaysKey is the key of a message's words: lower-cased letters and digits, every other
// run of characters one space, folded into 18 bits written as three characters. Messages
// that differ only in case and punctuation share a key; "" has none.
func SaysKey(s string) string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	h := uint32(2166136261)
	words := 0
	space := false
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			space = words > 0
			continue
		}
		if space {
			h = (h ^ ' ') * 16777619
			space = false
		}
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		for _, b := range buf[:n] {
			h = (h ^ uint32(b)) * 16777619
		}
		words = 1
	}
	if words == 0 {
		return ""
	}
	h = (h >> 18) ^ h
	return string([]byte{alphabet[h&63], alphabet[(h>>6)&63], alphabet[(h>>12)&63]})
}

// Says reports whether message is the provider's own text for code: the English title
// of one of the code's entries, matched without regard to case and punctuation.
func (p *Provider) Says(code, message string) bool {
	return p.SaysKeyed(code, SaysKey(message))
}

// SaysKeyed is Says for a message's key (SaysKey), for a caller that asks several
// providers about one message.
func (p *Provider) SaysKeyed(code, key string) bool {
	if key == "" || code == "" {
		return false
	}
	if p.table != "" {
		for _, line := range p.tableLinesOf(code) {
			if tableSays(line) == key {
				return true
			}
		}
		return false
	}
	for i := range p.entries {
		if e := &p.entries[i]; e.Code == code && SaysKey(e.Title.EN) == key {
			return true
		}
	}
	return false
}
