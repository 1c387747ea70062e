package decimal

import "errors"

// ErrInt is the error of Atoi, ParseInt and ParseUint: s is no whole number in range.
// strconv's own parsers return a *strconv.NumError, whose Error method keeps strconv's
// quoting and its table of printable characters in the wasm (7 KB).
var ErrInt = errors.New("not a whole number in range")

// Atoi reads a decimal int as strconv.Atoi does: an optional sign, then digits.
func Atoi(s string) (int, error) {
	n, err := ParseInt(s, 10, 64)
	return int(n), err
}

// ParseInt reads an integer in base (2 to 16) with an optional sign, that fits in bits
// bits, as strconv.ParseInt does for those bases (no prefixes, no underscores).
func ParseInt(s string, base, bits int) (int64, error) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	u, err := ParseUint(s, base, bits)
	limit := uint64(1) << uint(bits-1)
	if err != nil || !neg && u >= limit || neg && u > limit {
		return 0, ErrInt
	}
	if neg {
		return -int64(u), nil
	}
	return int64(u), nil
}

// ParseUint reads an unsigned integer in base (2 to 16) that fits in bits bits, as
// strconv.ParseUint does for those bases (no sign, no prefixes, no underscores).
func ParseUint(s string, base, bits int) (uint64, error) {
	if s == "" || base < 2 || base > 16 || bits < 1 || bits > 64 {
		return 0, ErrInt
	}
	max := uint64(1)<<uint(bits) - 1
	if bits == 64 {
		max = ^uint64(0)
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d uint64
		switch {
		case c >= '0' && c <= '9':
			d = uint64(c - '0')
		case c >= 'a' && c <= 'f':
			d = uint64(c-'a') + 10
		case c >= 'A' && c <= 'F':
			d = uint64(c-'A') + 10
		default:
			return 0, ErrInt
		}
		if d >= uint64(base) || n > (max-d)/uint64(base) {
			return 0, ErrInt
		}
		n = n*uint64(base) + d
	}
	return n, nil
}
