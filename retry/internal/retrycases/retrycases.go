// Package retrycases reads the shared table of retry decisions, retry/testdata/cases.json,
// and grades a retrier's outcome against it. The retry package's tests, the JavaScript
// module's tests and the peers comparison (the module in retry/peers, which may import
// this package because it lives under retry/) all use it, so that every one of them is
// graded by the same rules.
package retrycases

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
)

// File is the table.
type File struct {
	About string    `json:"about"`
	Now   time.Time `json:"now"` // the time the Go tests decide at
	Cases []Case    `json:"cases"`
}

// Case is one call and the right decision for it.
type Case struct {
	Name string `json:"name"`
	// Rule cites where the right decision comes from.
	Rule   string `json:"rule"`
	Method string `json:"method"`
	URL    string `json:"url"`
	// Key is the idempotency header the request carries ("" for none).
	Key string `json:"key,omitempty"`
	// Attempt is which attempt failed, from 1.
	Attempt int `json:"attempt"`
	// Status is the response's status; 0 when the call got no response (Error says why).
	Status  int         `json:"status,omitempty"`
	Headers [][2]string `json:"headers,omitempty"`
	Body    string      `json:"body,omitempty"`
	Error   string      `json:"error,omitempty"`
	Want    Want        `json:"want"`
}

// Want is the right decision.
type Want struct {
	// Strategy is the retry strategy; "" for a call that did not fail.
	Strategy string `json:"strategy"`
	// Retry says the request should be sent again automatically.
	Retry bool `json:"retry"`
	// Wait is the wait in seconds the response states; nil when it states none.
	Wait *int `json:"wait,omitempty"`
	// Safe says whether resending cannot do the operation twice; nil where that is moot.
	Safe *bool `json:"safe,omitempty"`
}

// Outcome is what a retrier decided on a case.
type Outcome struct {
	Retry bool
	// Wait is how long it would wait before the resend (meaningful when Retry).
	Wait time.Duration
	// Strategy is its strategy; "" for a retrier that has none (it is then not graded).
	Strategy string
	// Safe is its verdict on resending; nil for a retrier that has none.
	Safe *bool
}

// Load reads the table at path.
func Load(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f File
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(f.Cases) == 0 {
		return nil, errors.New(path + ": no cases")
	}
	return &f, nil
}

// KeyValue is the value of the idempotency header a case's request carries.
const KeyValue = "key-7f3c9a1e"

// Request is the case's request, with its idempotency header when it has one.
func (c *Case) Request() *http.Request {
	req, err := http.NewRequest(c.Method, c.URL, nil)
	if err != nil {
		panic("retrycases: " + c.Name + ": " + err.Error()) // the table is ours: a bad URL is a bug in it
	}
	if c.Key != "" {
		req.Header.Set(c.Key, KeyValue)
	}
	return req
}

// Response is the case's response with its times made relative to now, or nil for a call
// that got none.
func (c *Case) Response(req *http.Request, now time.Time) *http.Response {
	if c.Status == 0 {
		return nil
	}
	h := http.Header{}
	for _, kv := range c.Headers {
		h.Add(kv[0], Expand(kv[1], now))
	}
	return &http.Response{
		Status: strconv.Itoa(c.Status) + " " + http.StatusText(c.Status), StatusCode: c.Status,
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: h, Body: io.NopCloser(strings.NewReader(c.Body)), ContentLength: int64(len(c.Body)),
		Request: req,
	}
}

// Err is the case's transport error as http.Client returns it (a *url.Error naming the
// method and URL), or nil for a call that got a response.
func (c *Case) Err() error {
	if c.Error == "" {
		return nil
	}
	op := c.Method[:1] + strings.ToLower(c.Method[1:])
	return &url.Error{Op: op, URL: c.URL, Err: errors.New(c.Error)}
}

// Expand turns a relative time ("@http+120", "@unix-10", "@unixms+45") into a header value
// at now; other values are returned as they are.
func Expand(v string, now time.Time) string {
	kind, offset, ok := strings.Cut(strings.TrimPrefix(v, "@"), "+")
	sign := time.Duration(1)
	if !ok {
		kind, offset, ok = strings.Cut(strings.TrimPrefix(v, "@"), "-")
		sign = -1
	}
	n, err := strconv.Atoi(offset)
	if !strings.HasPrefix(v, "@") || !ok || err != nil {
		return v
	}
	t := now.Add(sign * time.Duration(n) * time.Second)
	switch kind {
	case "http":
		return t.UTC().Format(http.TimeFormat)
	case "unix":
		return strconv.FormatInt(t.Unix(), 10)
	case "unixms":
		return strconv.FormatInt(t.UnixMilli(), 10)
	}
	return v
}

// Misses lists how o differs from the right decision; none means o is right. A wait is
// right within a second of the stated one (HTTP-dates have whole seconds).
func (c *Case) Misses(o Outcome) []string {
	w := c.Want
	var m []string
	if o.Retry != w.Retry {
		m = append(m, fmt.Sprintf("retry %v, want %v", o.Retry, w.Retry))
	}
	if w.Retry && o.Retry && w.Wait != nil {
		want := time.Duration(*w.Wait) * time.Second
		if d := o.Wait - want; d < -time.Second || d > time.Second {
			m = append(m, fmt.Sprintf("waits %v, want %v", o.Wait.Round(time.Millisecond), want))
		}
	}
	if o.Strategy != "" || w.Strategy == "" {
		if o.Strategy != w.Strategy {
			m = append(m, fmt.Sprintf("strategy %q, want %q", o.Strategy, w.Strategy))
		}
	}
	if o.Safe != nil && w.Safe != nil && *o.Safe != *w.Safe {
		m = append(m, fmt.Sprintf("safe %v, want %v", *o.Safe, *w.Safe))
	}
	return m
}
