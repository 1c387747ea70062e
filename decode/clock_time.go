//go:build !js

package decode

import (
	"math"
	"time"
)

// Clock is an instant. Natively it is time.Time, so callers pass time.Now() and read
// the dates decode parses as times; in the WebAssembly builds it is decode's own small
// instant (clock_js.go), for the time package alone (its timers, its GODEBUG settings)
// was about 31 KB of the page's brotli wasm and 37 KiB of the Worker's gzip upload.
type Clock = time.Time

// ClockAtUnixMilli is the instant ms milliseconds after the Unix epoch, in UTC.
func ClockAtUnixMilli(ms int64) Clock { return time.UnixMilli(ms).UTC() }

// instant is the instant sec seconds and nsec nanoseconds after the Unix epoch, in UTC.
func instant(sec, nsec int64) Clock { return time.Unix(sec, nsec).UTC() }

// secondsUntil is t - ref rounded up to whole seconds, never negative.
func secondsUntil(t, ref Clock) int {
	d := t.Sub(ref)
	if d <= 0 {
		return 0
	}
	return int(math.Ceil(d.Seconds()))
}
