//go:build js

package api

import (
	"syscall/js"

	"github.com/decifra/decifra/decode"
)

// systemNow is the system's clock: JavaScript's Date.now (the Worker keeps the time
// package out of its wasm, decode.Clock says why).
func systemNow() decode.Clock {
	return decode.ClockAtUnixMilli(int64(js.Global().Get("Date").Call("now").Float()))
}
