package decode

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/internal/fixtures"
)

// FuzzExplain: whatever is pasted, Explain answers (an explanation or NO_ERROR_FOUND),
// never panics, names only catalogued providers and keeps the contract's invariants.
func FuzzExplain(f *testing.F) {
	for _, fx := range loadFixtures(f) {
		f.Add(fx.Input)
	}
	// And every real paste: the forms people really paste are where the readers branch.
	real, err := fixtures.Load("testdata/real")
	require.NoError(f, err)
	for _, fx := range real {
		f.Add(fx.Input)
	}
	f.Add([]byte(strings.Repeat("{", 1000)))
	f.Add([]byte("HTTP/1.1 999 Nope\n\n{"))
	f.Add([]byte{0xFF, 0xFE, '{', 0, '}', 0})
	f.Fuzz(func(t *testing.T, in []byte) {
		x, err := Explain(in, Options{Now: clockOf(fixtureNow)})
		if err != nil {
			var nf *NoErrorFoundError
			require.ErrorAs(t, err, &nf)
			return
		}
		if x.Provider != nil {
			require.NotNil(t, catalog.ByID(x.Provider.ID))
			require.True(t, x.Provider.Confidence > 0 && x.Provider.Confidence <= 1)
		}
		require.Contains(t, catalog.Strategies[:], x.Retry.Strategy)
		require.True(t, x.HTTPStatus == 0 || (x.HTTPStatus >= 100 && x.HTTPStatus <= 599), x.HTTPStatus)
		if x.Retry.AfterSeconds != nil {
			require.GreaterOrEqual(t, *x.Retry.AfterSeconds, 0)
		}
		_, err = json.Marshal(x)
		require.NoError(t, err)
	})
}

func TestBoundedInputs(t *testing.T) {
	t.Run("200,000 nested brackets", func(t *testing.T) {
		in := []byte(`{"error":{"code":"ERR_SERVER","details":` + strings.Repeat("[", 200000) + strings.Repeat("]", 200000) + `}}`)
		x, err := Explain(in, Options{})
		require.NoError(t, err)
		assert.Equal(t, "ERR_SERVER", x.Code)
		assert.Contains(t, strings.Join(x.Input.Notes, " "), "nested deeper")
	})
	t.Run("200,000 unclosed brackets", func(t *testing.T) {
		_, err := Explain([]byte(strings.Repeat("[{", 100000)), Options{})
		assert.ErrorIs(t, err, ErrNoErrorFound)
	})
	t.Run("5 MB paste", func(t *testing.T) {
		body := `{"success":false,"error":{"code":"RATE_LIMITED","message":"Request limit exceeded","details":"Wait 45 seconds"},"meta":{"request_id":"req_big"}}`
		in := []byte(body + "\n" + strings.Repeat("2026-11-02T10:00:00Z INFO nothing to see here, just a long log line\n", 5<<20/66))
		require.Greater(t, len(in), 5<<20)
		x, err := Explain(in, Options{Now: clockOf(time.Now())})
		require.NoError(t, err)
		assert.Equal(t, "RATE_LIMITED", x.Code)
		assert.Equal(t, MaxInput, x.Input.BytesRead, "says how much was read")
		assert.Contains(t, strings.Join(x.Input.Notes, " "), "only the first")
	})
	t.Run("5 MB of braces", func(t *testing.T) {
		_, err := Explain([]byte(strings.Repeat("{ ", 5<<19)), Options{})
		assert.ErrorIs(t, err, ErrNoErrorFound)
	})
	t.Run("utf-16 from powershell", func(t *testing.T) {
		s := `{"errorCategory":"validation","errorCode":"formatError","errorDescription":"bad"}`
		in := []byte{0xFF, 0xFE}
		for _, r := range s {
			in = append(in, byte(r), 0)
		}
		x, err := Explain(in, Options{})
		require.NoError(t, err)
		assert.Equal(t, "formatError", x.Code)
		assert.Contains(t, x.Input.Notes, "the paste was UTF-16 and was converted")
	})
}
