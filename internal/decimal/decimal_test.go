package decimal

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseAgreesWithStrconv(t *testing.T) {
	for _, s := range []string{"0", "-0", "1", "+1", "60", "1.5", ".5", "5.", "806.257", "0.8", "1700000000", "1700000000123",
		"1e3", "1E-3", "-2.5e+2", "12345678901234567890123", "0.000001", "3.14159265358979", "1e308", "1e-320"} {
		got, ok := Parse(s)
		want, err := strconv.ParseFloat(s, 64)
		if assert.True(t, ok, s) && assert.NoError(t, err, s) {
			assert.InEpsilon(t, want+1e-300, got+1e-300, 1e-12, s)
		}
	}
	for _, s := range []string{"", "-", ".", "e5", "1e", "1e+", "0x10", "Inf", "NaN", "1_000", " 1", "1 ", "1.2.3", "--1"} {
		_, ok := Parse(s)
		assert.False(t, ok, "%q is no decimal number", s)
	}
}

func TestAppendShortWritesAsEncodingJSON(t *testing.T) {
	for i := 0; i <= 100; i++ {
		f := float64(i) / 100
		want, _ := json.Marshal(f)
		assert.Equal(t, string(want), string(AppendShort(nil, f)), "%v", f)
	}
	for _, f := range []float64{0.5, 1, 12, 1234.5678, -0.25, 250000} {
		want, _ := json.Marshal(f)
		assert.Equal(t, string(want), string(AppendShort(nil, f)))
	}
	assert.Equal(t, "0.1235", string(AppendShort(nil, 0.123456)), "rounded to four decimals")
}
