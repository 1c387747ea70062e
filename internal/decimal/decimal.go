// Package decimal parses and writes the decimal numbers decifra meets (a JSON number, a
// rate-limit header, an Accept-Language weight, a logged duration) without strconv's
// float routines: the Worker's and the page's wasm then carry none of their tables and
// code (7 KB of the Worker's upload, after gzip).
package decimal

import "math"

// Parse reads a decimal number as JSON writes one, with an optional leading '+' and
// an optional digit before the point ("+1", ".5", "5."): sign, digits, fraction,
// exponent. ok is false for anything else (hex, "Inf", "NaN", underscores, spaces).
// Up to 19 significant digits are kept, which is exact for integers below 10^19 and
// within a few units in the last place otherwise.
func Parse(s string) (f float64, ok bool) {
	i, neg := 0, false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	var mant uint64
	exp, digits, sig := 0, 0, 0
	// take adds a digit of the integer part or, frac, of the fraction.
	take := func(c byte, frac bool) {
		digits++
		switch {
		case sig < 19:
			if mant != 0 || c != '0' {
				sig++
			}
			mant = mant*10 + uint64(c-'0')
			if frac {
				exp--
			}
		case !frac:
			exp++ // a digit beyond the 19 kept, before the point
		}
	}
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		take(s[i], false)
	}
	if i < len(s) && s[i] == '.' {
		for i++; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			take(s[i], true)
		}
	}
	if digits == 0 {
		return 0, false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		eneg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			eneg = s[i] == '-'
			i++
		}
		start, e := i, 0
		for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			if e < 10000 {
				e = e*10 + int(s[i]-'0')
			}
		}
		if i == start {
			return 0, false
		}
		if eneg {
			e = -e
		}
		exp += e
	}
	if i != len(s) {
		return 0, false
	}
	f = float64(mant)
	switch {
	case exp > 0:
		f *= math.Pow10(exp)
	case exp < 0 && exp >= -308:
		f /= math.Pow10(-exp)
	case exp < 0:
		f = f / math.Pow10(308) / math.Pow10(-exp-308)
	}
	if neg {
		f = -f
	}
	return f, true
}

// AppendShort appends f as encoding/json writes a number of at most four decimals (a
// confidence such as 0.69, rounded to hundredths): the digits, and the decimals without
// their trailing zeros. A number with more decimals is written rounded to four; NaN and
// the infinities, which JSON cannot hold, as 0.
func AppendShort(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) || math.Abs(f) >= 1e15 {
		return append(b, '0')
	}
	if f < 0 {
		b = append(b, '-')
		f = -f
	}
	n := uint64(math.Round(f * 1e4))
	whole, frac := n/10000, n%10000
	b = appendUint(b, whole)
	if frac == 0 {
		return b
	}
	b = append(b, '.')
	for div := uint64(1000); frac != 0; div /= 10 {
		b = append(b, byte('0'+frac/div))
		frac %= div
	}
	return b
}

func appendUint(b []byte, n uint64) []byte {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(b, buf[i:]...)
}
