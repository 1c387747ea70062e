//go:build unix

package localrun

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckToolsNamesWhatIsMissing(t *testing.T) {
	err := CheckTools(t.TempDir())
	require.Error(t, err)
	for _, want := range []string{"node_modules/.bin/wrangler (run `npm ci`)", "dist/worker/app.wasm (run `./build.sh worker`)", "dist/site (run `./build.sh site`)"} {
		assert.Contains(t, err.Error(), want)
	}
}

func TestLoad(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Content-Type") != "text/plain" {
			w.WriteHeader(http.StatusUnsupportedMediaType)
		}
	}))
	defer srv.Close()
	res, err := Load{URL: srv.URL, ContentType: "text/plain", Body: []byte("x"), N: 50, Concurrency: 4}.Run(context.Background())
	require.NoError(t, err)
	assert.Zero(t, res.Failures, res.FirstFailure)
	assert.Len(t, res.Latencies, 50)
	assert.LessOrEqual(t, res.Percentile(0.5), res.Percentile(0.99))

	res, err = Load{URL: srv.URL, ContentType: "application/xml", N: 10, Concurrency: 2}.Run(context.Background())
	require.NoError(t, err)
	assert.Equal(t, 10, res.Failures)
	assert.Equal(t, "status 415", res.FirstFailure)
}

func TestLoadStaysOnLoopback(t *testing.T) {
	_, err := Load{URL: "http://example.com/explain", N: 1, Concurrency: 1}.Run(context.Background())
	assert.ErrorContains(t, err, "loopback")
}

func TestLoadStopsWithItsContext(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err := Load{URL: srv.URL, N: 1000, Concurrency: 2}.Run(ctx)
	require.NoError(t, err)
	assert.Equal(t, 1000, res.Failures, "nothing was sent, so nothing passed")
}

func TestPercentile(t *testing.T) {
	r := Result{Latencies: []time.Duration{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}}
	assert.Equal(t, time.Duration(5), r.Percentile(0.5))
	assert.Equal(t, time.Duration(10), r.Percentile(0.99))
	assert.Equal(t, time.Duration(0), Result{}.Percentile(0.5))
}

func TestCPUReadingSince(t *testing.T) {
	used, err := CPUReading{PID: 1, Used: 15 * time.Millisecond}.Since(CPUReading{PID: 1, Used: 10 * time.Millisecond})
	require.NoError(t, err)
	assert.Equal(t, 5*time.Millisecond, used)
	_, err = CPUReading{PID: 2, Used: 15 * time.Millisecond}.Since(CPUReading{PID: 1})
	assert.ErrorContains(t, err, "restarted")
}

func TestHostileBodies(t *testing.T) {
	for _, size := range []int{1 << 10, 16 << 10, 100_003} {
		for _, b := range HostileBodies(size) {
			assert.LessOrEqual(t, len(b.Data), size, b.Name)
			assert.GreaterOrEqual(t, len(b.Data), size-8, b.Name)
			if b.ContentType == "application/json" {
				var env struct{ Input string }
				require.NoError(t, json.Unmarshal(b.Data, &env), b.Name)
				assert.NotEmpty(t, env.Input, b.Name)
			}
		}
	}
}
