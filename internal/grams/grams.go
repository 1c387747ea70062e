// Package grams is a quick test of whether a phrase may occur in a text, so that the
// hundreds of phrases decifra looks for (cues, Match phrases, transport failures) are
// searched with strings.Index only when they may be there.
package grams

// Set records which three-byte sequences a text holds, hashed into 65,536 bits.
type Set [1 << 10]uint64

func gramOf(a, b, c byte) uint16 { return uint16(a)<<8 ^ uint16(b)<<4 ^ uint16(c) ^ uint16(c)<<11 }

// New records every three-byte sequence of s.
func New(s string) *Set {
	g := new(Set)
	for i := 0; i+2 < len(s); i++ {
		h := gramOf(s[i], s[i+1], s[i+2])
		g[h>>6] |= 1 << (h & 63)
	}
	return g
}

// MayHold reports whether s may occur in the text g was made of: false when one of s's
// three-byte sequences occurs nowhere in it. Shorter strings may always occur.
//
// Every sequence is tried, not only the first: a 1 KB paste sets about 1.5% of the bits,
// so a phrase of ten bytes passes by chance about once in 10^16 tries instead of once in
// 70, and strings.Index (a plain loop in WebAssembly, with no vector instructions) runs
// only for phrases that are really there.
func (g *Set) MayHold(s string) bool {
	if g == nil {
		return true
	}
	for i := 0; i+2 < len(s); i++ {
		h := gramOf(s[i], s[i+1], s[i+2])
		if g[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return true
}
