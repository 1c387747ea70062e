//go:build !js

package decode

import "time"

// clockOf and timeOf let the tests speak of time.Time in both builds: natively a Clock
// is one.
func clockOf(t time.Time) Clock { return t }

func timeOf(c Clock) time.Time { return c }
