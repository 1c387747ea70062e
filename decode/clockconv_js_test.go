//go:build js

package decode

import "time"

// clockOf and timeOf let the tests speak of time.Time in both builds: under GOOS=js a
// Clock is decode's own instant.
func clockOf(t time.Time) Clock {
	if t.IsZero() {
		return Clock{}
	}
	return instant(t.Unix(), int64(t.Nanosecond()))
}

func timeOf(c Clock) time.Time {
	if !c.set {
		return time.Time{}
	}
	return time.Unix(c.sec, c.nsec).UTC()
}
