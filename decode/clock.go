package decode

import "math"

// The arithmetic of the WebAssembly builds' Clock (clock_js.go), here so that it is
// tested natively against time.Time's (clock_test.go).

// normalized is sec seconds and nsec nanoseconds with nsec in [0, 1e9), as time.Unix
// takes them.
func normalized(sec, nsec int64) (int64, int64) {
	sec += nsec / 1e9
	if nsec %= 1e9; nsec < 0 {
		sec, nsec = sec-1, nsec+1e9
	}
	return sec, nsec
}

// ceilSeconds is a difference of ds seconds and dn nanoseconds rounded up to whole
// seconds, never negative, as time.Time's Sub (a Duration of nanoseconds, saturated at
// about 292 years) and Duration.Seconds give it.
func ceilSeconds(ds, dn int64) int {
	const maxSec, maxNsec = math.MaxInt64 / 1_000_000_000, math.MaxInt64 % 1_000_000_000
	ds, dn = normalized(ds, dn)
	if ds < 0 {
		return 0
	}
	d := int64(math.MaxInt64)
	if ds < maxSec || ds == maxSec && dn <= maxNsec {
		d = ds*1e9 + dn
	}
	if d <= 0 {
		return 0
	}
	return int(math.Ceil(float64(d/1e9) + float64(d%1e9)/1e9)) // Duration.Seconds
}
