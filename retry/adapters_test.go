package retry

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckRetry(t *testing.T) {
	ctx := context.Background()
	get, err := http.NewRequest(http.MethodGet, "https://api.example.com/v1/x", nil)
	require.NoError(t, err)

	ok, err := CheckRetry(ctx, response(get, 503, ""), nil)
	assert.True(t, ok)
	assert.NoError(t, err)

	ok, err = CheckRetry(ctx, response(post(t, "https://api.example.com/v1/x"), 500, ""), nil)
	assert.False(t, ok, "a POST's 500 without a key is not resent")
	assert.NoError(t, err)

	ok, err = CheckRetry(ctx, response(get, 429, "", "Retry-After: 3600"), nil)
	assert.False(t, ok, "an hour is longer than DefaultMaxWait")
	var g *GiveUp
	require.ErrorAs(t, err, &g)
	assert.ErrorIs(t, err, ErrWaitTooLong)
	assert.Equal(t, time.Hour, g.Decision.Delay)

	refused := &url.Error{Op: "Post", URL: "https://api.example.com/v1/x", Err: errors.New("dial tcp 203.0.113.1:443: connect: connection refused")}
	ok, err = CheckRetry(ctx, nil, refused)
	assert.True(t, ok, "nothing was sent")
	assert.NoError(t, err)

	done, cancel := context.WithCancel(ctx)
	cancel()
	ok, err = CheckRetry(done, response(get, 503, ""), nil)
	assert.False(t, ok)
	assert.ErrorIs(t, err, context.Canceled)
}

func TestBackoff(t *testing.T) {
	resp := response(nil, 429, `{"success":false,"error":{"code":"RATE_LIMIT_EXCEEDED","message":"Limite","retryAfter":20},"meta":{"requestId":"r","timestamp":"2025-11-14T10:30:00Z","version":"v1"}}`)
	ok, err := CheckRetry(context.Background(), resp, nil)
	require.NoError(t, err)
	require.True(t, ok)
	_, _ = io.Copy(io.Discard, resp.Body) // what retryablehttp does before it calls Backoff
	require.NoError(t, resp.Body.Close())
	assert.Equal(t, 20*time.Second, Backoff(time.Second, 5*time.Second, 0, resp),
		"the stated wait, from the body CheckRetry read, even above max")

	for n := range 8 {
		d := Backoff(time.Second, 30*time.Second, n, response(nil, 503, ""))
		assert.GreaterOrEqual(t, d, time.Second)
		assert.LessOrEqual(t, d, min(time.Second<<n, 30*time.Second))
	}
	assert.Equal(t, time.Second, Backoff(time.Second, 30*time.Second, 0, nil), "no response: the first step")
}
