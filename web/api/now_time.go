//go:build !js

package api

import (
	"time"

	"github.com/decifra/decifra/decode"
)

// systemNow is the system's clock.
func systemNow() decode.Clock { return time.Now() }
