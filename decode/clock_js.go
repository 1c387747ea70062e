//go:build js

package decode

// Clock is an instant: seconds and nanoseconds after the Unix epoch. The WebAssembly
// builds keep the time package out (clock_time.go says why); natively Clock is time.Time,
// and the two give the same answers (clock_test.go).
type Clock struct {
	sec, nsec int64
	set       bool // the zero Clock is no instant: "unknown", as time.Time's zero is
}

// IsZero reports whether c is no instant at all, or January 1, year 1, 00:00:00 UTC,
// which time.Time's IsZero also reports (a Go program's unset time, written out).
func (c Clock) IsZero() bool { return !c.set || c.sec == yearOne && c.nsec == 0 }

// yearOne is January 1, year 1, 00:00:00 UTC in seconds from the Unix epoch.
const yearOne = -62135596800

// ClockAtUnixMilli is the instant ms milliseconds after the Unix epoch.
func ClockAtUnixMilli(ms int64) Clock { return instant(ms/1000, ms%1000*1e6) }

// instant is the instant sec seconds and nsec nanoseconds after the Unix epoch.
func instant(sec, nsec int64) Clock {
	sec, nsec = normalized(sec, nsec)
	return Clock{sec: sec, nsec: nsec, set: true}
}

// secondsUntil is t - ref rounded up to whole seconds, never negative.
func secondsUntil(t, ref Clock) int { return ceilSeconds(t.sec-ref.sec, t.nsec-ref.nsec) }
