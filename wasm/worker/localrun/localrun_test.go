//go:build unix

package localrun

import (
	"context"
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

func TestCPUSampleSince(t *testing.T) {
	before := CPUSample{1: 10 * time.Millisecond, 2: 20 * time.Millisecond}
	used, complete := CPUSample{1: 15 * time.Millisecond, 2: 50 * time.Millisecond, 3: 5 * time.Millisecond}.Since(before)
	assert.Equal(t, 40*time.Millisecond, used, "5 + 30 + a new process's 5")
	assert.True(t, complete)
	_, complete = CPUSample{1: 15 * time.Millisecond}.Since(before)
	assert.False(t, complete, "process 2 has gone")
}
