package decode

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestClockArithmetic: the WebAssembly builds' Clock (clock_js.go) computes a delay as
// time.Time does natively, so the page, the Worker and the CLI give the same seconds.
func TestClockArithmetic(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	check := func(a, b time.Time) {
		t.Helper()
		want := secondsUntil(clockOf(a), clockOf(b))
		got := ceilSeconds(a.Unix()-b.Unix(), int64(a.Nanosecond())-int64(b.Nanosecond()))
		assert.Equal(t, want, got, "%s - %s", a.Format(time.RFC3339Nano), b.Format(time.RFC3339Nano))
	}
	base := time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)
	for range 20000 {
		a := base.Add(time.Duration(r.Int64N(2*86400e9)) - 86400e9)
		b := base.Add(time.Duration(r.Int64N(2*86400e9)) - 86400e9)
		check(a, b)
		check(a.Truncate(time.Second), b) // whole seconds on one side
		check(a, a.Add(-time.Duration(r.Int64N(3))))
	}
	// A date beyond what a Duration holds (about 292 years) saturates as time.Sub does.
	far := time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC)
	check(far, base)
	check(base, far)
	check(time.Date(2318, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 1, 0, 0, 0, 1, time.UTC))
	for _, ms := range []int64{0, 1, -1, 999, -999, 1_764_000_000_123, -62_135_596_800_000} {
		s, ns := normalized(ms/1000, ms%1000*1e6)
		want := time.UnixMilli(ms)
		assert.Equal(t, want.Unix(), s, "ms %d", ms)
		assert.Equal(t, int64(want.Nanosecond()), ns, "ms %d", ms)
	}
}

// TestClockZero: Go's zero time written out (an unset time.Time, "0001-01-01T00:00:00Z")
// is no instant in either build, so a paste that carries one is read alike everywhere.
func TestClockZero(t *testing.T) {
	c, ok := parseRFC3339("0001-01-01T00:00:00Z")
	assert.True(t, ok)
	assert.True(t, c.IsZero())
	c, ok = parseRFC3339("0001-01-01T00:00:01Z")
	assert.True(t, ok)
	assert.False(t, c.IsZero())
	assert.True(t, Clock{}.IsZero())
	assert.False(t, ClockAtUnixMilli(0).IsZero(), "the Unix epoch is an instant")
}
