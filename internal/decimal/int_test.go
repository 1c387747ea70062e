package decimal

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIntAsStrconv: Atoi, ParseInt and ParseUint agree with strconv on success and on
// failure, for the bases and sizes decifra uses.
func TestIntAsStrconv(t *testing.T) {
	for _, s := range []string{"0", "7", "-7", "+7", "42", "00042", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"", "-", "+", "1_000", "0x10", "12a", " 1", "1 ", "ff", "FF", "10000", "65535", "65536", "4294967295", "4294967296", "2147483647", "2147483648", "ffffffff", "1ffffffff"} {
		want, werr := strconv.Atoi(s)
		got, gerr := Atoi(s)
		assert.Equal(t, werr == nil, gerr == nil, "Atoi(%q)", s)
		if werr == nil {
			assert.Equal(t, want, got, "Atoi(%q)", s)
		}
		for _, c := range []struct{ base, bits int }{{10, 31}, {10, 32}, {10, 64}, {16, 8}, {16, 16}, {16, 32}, {8, 32}, {2, 8}} {
			wu, werr := strconv.ParseUint(s, c.base, c.bits)
			gu, gerr := ParseUint(s, c.base, c.bits)
			assert.Equal(t, werr == nil, gerr == nil, "ParseUint(%q, %d, %d)", s, c.base, c.bits)
			if werr == nil {
				assert.Equal(t, wu, gu, "ParseUint(%q, %d, %d)", s, c.base, c.bits)
			}
			wi, werr := strconv.ParseInt(s, c.base, c.bits)
			gi, gerr := ParseInt(s, c.base, c.bits)
			assert.Equal(t, werr == nil, gerr == nil, "ParseInt(%q, %d, %d)", s, c.base, c.bits)
			if werr == nil {
				assert.Equal(t, wi, gi, "ParseInt(%q, %d, %d)", s, c.base, c.bits)
			}
		}
	}
}
