// Package grams is a quick test of whether a phrase may occur in a text, so that the
// hundreds of phrases decifra looks for (cues, Match phrases, transport failures) are
// searched with strings.Index only when they may be there.
package grams

import (
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Set records which three-byte sequences a text holds, hashed into a number of bits
// that grows with the text: 8 a byte, from 1,024 to 65,536. A 1 KB paste's set is
// 1 KB to clear, not 8 (each explanation makes several), and is about 12% full.
type Set struct {
	bits []uint64
	mask uint16 // the number of bits, less one
}

// A three-byte sequence a, b, c is hashed as a<<8 ^ b<<4 ^ c ^ c<<11, written out in New
// and MayHold: the Worker's build (./build.sh worker) inlines no call, and these loops
// run for every byte of a paste and of hundreds of phrases.

// New records every three-byte sequence of s.
func New(s string) *Set {
	n := 1024
	for n < 8*len(s) && n < 1<<16 {
		n <<= 1
	}
	g := &Set{bits: make([]uint64, n/64), mask: uint16(n - 1)}
	for i := 0; i+2 < len(s); i++ {
		a, b, c := uint16(s[i]), uint16(s[i+1]), uint16(s[i+2])
		h := (a<<8 ^ b<<4 ^ c ^ c<<11) & g.mask
		g.bits[h>>6] |= 1 << (h & 63)
	}
	return g
}

// MayHold reports whether s may occur in the text g was made of: false when one of s's
// three-byte sequences occurs nowhere in it. Shorter strings may always occur.
//
// Every sequence is tried, not only the first: a phrase of ten bytes passes a 1 KB
// paste's set by chance about once in 10^7 tries instead of once in 8, and strings.Index
// (a plain loop in WebAssembly, with no vector instructions) runs only for phrases that
// are really there.
func (g *Set) MayHold(s string) bool {
	if g == nil {
		return true
	}
	for i := 0; i+2 < len(s); i++ {
		a, b, c := uint16(s[i]), uint16(s[i+1]), uint16(s[i+2])
		h := (a<<8 ^ b<<4 ^ c ^ c<<11) & g.mask
		if g.bits[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return true
}

// Lower returns text in lower case (strings.ToLower) and its Set. Explaining one paste
// asks for the same text's lower case and grams from several readers (status, code,
// request id, transport failure, cues); the last few answers are kept, keyed by the
// string itself (its bytes' address and length, which the kept string holds on to, so
// they cannot be another string's), and shared by every caller.
func Lower(text string) (string, *Set) {
	key := lowerKey{unsafe.StringData(text), len(text)}
	lowered.Lock()
	defer lowered.Unlock()
	for i := range lowered.entries {
		if e := &lowered.entries[i]; e.set != nil && e.key == key && e.text == text {
			return e.lower, e.set
		}
	}
	lower := ToLower(text)
	e := lowerEntry{key: key, text: text, lower: lower, set: New(lower)}
	copy(lowered.entries[1:], lowered.entries[:len(lowered.entries)-1])
	lowered.entries[0] = e
	return e.lower, e.set
}

type lowerKey struct {
	data *byte
	n    int
}

type lowerEntry struct {
	key         lowerKey
	text, lower string
	set         *Set
}

var lowered struct {
	sync.Mutex
	entries [4]lowerEntry
}

// ASCIILower lowers ASCII letters only, so every byte keeps its offset (strings.ToLower
// and ToLower may change a non-ASCII rune's length, and turn an invalid byte into U+FFFD):
// for finding ASCII words in a text and cutting the text itself at the offsets found.
func ASCIILower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// ToLower is strings.ToLower for the pastes decifra reads: ASCII letters are lowered byte
// by byte and only the non-ASCII runes are decoded, where strings.ToLower maps every rune
// of a text once it holds one (a paste's "não" or "São Paulo" cost a tenth of a 1 KB
// paste's explanation). A byte that is not UTF-8 is kept as it is, not replaced by
// U+FFFD, so offsets in the lowered text stay those of the text wherever its letters
// lower to letters of the same length.
func ToLower(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, i, len(s))
	copy(b, s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && r != utf8.RuneError {
			b = utf8.AppendRune(b, l)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}
