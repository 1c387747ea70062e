package decode

// gramSet records which three-byte sequences a text holds (hashed into 65,536 bits), so
// that the hundreds of cues and Match phrases the catalog holds are looked for with
// strings.Index only when their first three bytes occur in the paste at all.
type gramSet [1 << 10]uint64

func gramOf(a, b, c byte) uint16 { return uint16(a)<<8 ^ uint16(b)<<4 ^ uint16(c) ^ uint16(c)<<11 }

// newGramSet records every three-byte sequence of s.
func newGramSet(s string) *gramSet {
	g := new(gramSet)
	for i := 0; i+2 < len(s); i++ {
		h := gramOf(s[i], s[i+1], s[i+2])
		g[h>>6] |= 1 << (h & 63)
	}
	return g
}

// mayHold reports whether s may occur in the text g was made of: false only when s's
// first three bytes occur nowhere in it. Shorter strings may always occur.
func (g *gramSet) mayHold(s string) bool {
	if g == nil || len(s) < 3 {
		return true
	}
	h := gramOf(s[0], s[1], s[2])
	return g[h>>6]&(1<<(h&63)) != 0
}
