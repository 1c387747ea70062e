package decode

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The layouts decode's own parsers stand in for: what time.Parse would do with them.
var (
	rfc3339Layouts  = []string{time.RFC3339}
	httpDateLayouts = []string{"Mon, 02 Jan 2006 15:04:05 GMT", "Monday, 02-Jan-06 15:04:05 GMT", "Mon Jan _2 15:04:05 2006"}
)

// stdParse is time.Parse with the first of layouts that accepts s.
func stdParse(layouts []string, s string) (time.Time, bool) {
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// twoDigitHour reports whether every clock in s has a two-digit hour, which decode asks
// for and time.Parse doesn't.
func twoDigitHour(s string) bool {
	i := strings.IndexByte(s, ':')
	return i >= 2 && s[i-2] >= '0' && s[i-2] <= '9' && s[i-1] >= '0' && s[i-1] <= '9'
}

var dateCases = []string{
	// RFC 3339
	"2026-11-02T10:00:00Z", "2026-11-02T10:00:00.123Z", "2026-11-02T10:00:00,5Z",
	"2026-11-02T10:00:00.123456789123Z", "2026-11-02T10:00:00-03:00", "2026-11-02T23:59:59+14:00",
	"2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z",
	"2026-11-02T24:00:00Z", "2026-11-02T10:60:00Z", "2026-11-02T10:00:60Z", "2026-11-02t10:00:00Z",
	"2026-11-02T10:00:00z", "2026-11-02T10:00:00", "2026-11-02T10:00:00+0300", "2026-11-02T10:00:00+24:00",
	"2026-11-02T10:00:00.Z", "2026-11-02 10:00:00Z", "0000-01-01T00:00:00Z", "1969-12-31T23:59:59Z",
	"9999-12-31T23:59:59.999999999Z", "2026-11-02T10:00:00Z ", "+026-11-02T10:00:00Z", "2026-1-02T10:00:00Z",
	// IMF-fixdate
	"Mon, 02 Nov 2026 10:00:00 GMT", "mon, 02 nov 2026 10:00:00 GMT", "Sun, 06 Nov 1994 08:49:37 GMT",
	"Mon, 2 Nov 2026 10:00:00 GMT", "Mon, 02 Nov 2026 10:00:00 UTC", "Mon, 31 Feb 2026 10:00:00 GMT",
	"Xyz, 02 Nov 2026 10:00:00 GMT", "Mon, 02 Nov 2026 10:00:00 GMT+1", "Mon, 02 Nov 26 10:00:00 GMT",
	"Mon, 02 Nov 2026 25:00:00 GMT", "Monday, 02 Nov 2026 10:00:00 GMT",
	// RFC 850
	"Sunday, 06-Nov-94 08:49:37 GMT", "Monday, 02-Nov-26 10:00:00 GMT", "monday, 02-nov-68 10:00:00 GMT",
	"Monday, 02-Nov-69 10:00:00 GMT", "Mon, 02-Nov-26 10:00:00 GMT", "Funday, 02-Nov-26 10:00:00 GMT",
	"Monday, 02-Nov-2026 10:00:00 GMT",
	// asctime
	"Sun Nov  6 08:49:37 1994", "Sun Nov 6 08:49:37 1994", "Sun Nov 16 08:49:37 1994", "Sun Nov 06 08:49:37 1994",
	"Sun Nov   6 08:49:37 1994", "Sun Nov  6 08:49:37 94", "Sun Nov  6 08:49:37 1994 GMT",
	// neither
	"", "30", "tomorrow", "2026-11-02", "Mon Jan 2 15:04:05 2006 and then some",
}

func TestParseRFC3339MatchesTimeParse(t *testing.T) {
	for _, s := range dateCases {
		compareParse(t, s, rfc3339Layouts, parseRFC3339)
	}
}

func TestParseHTTPDateMatchesTimeParse(t *testing.T) {
	for _, s := range dateCases {
		compareParse(t, strings.TrimSpace(s), httpDateLayouts, parseHTTPDate)
	}
	got, ok := parseHTTPDate("  Sun, 06 Nov 1994 08:49:37 GMT\r\n")
	require.True(t, ok, "space around a header value is ignored")
	assert.Equal(t, int64(784111777), timeOf(got).Unix())
}

// Known instants, independent of time.Parse.
func TestDateInstants(t *testing.T) {
	for s, unix := range map[string]int64{
		"1970-01-01T00:00:00Z":           0,
		"2026-11-02T10:00:00Z":           1793613600,
		"2026-11-02T07:00:00-03:00":      1793613600,
		"2000-03-01T00:00:00Z":           951868800,
		"1900-03-01T00:00:00Z":           -2203891200,
		"Mon, 02 Nov 2026 10:00:00 GMT":  1793613600,
		"Monday, 02-Nov-26 10:00:00 GMT": 1793613600,
		"Mon Nov  2 10:00:00 2026":       1793613600,
	} {
		got, ok := parseRFC3339(s)
		if !ok {
			got, ok = parseHTTPDate(s)
		}
		require.True(t, ok, s)
		assert.Equal(t, unix, timeOf(got).Unix(), s)
		assert.Equal(t, time.UTC, timeOf(got).Location(), s)
	}
}

func compareParse(t testing.TB, s string, layouts []string, parse func(string) (Clock, bool)) {
	t.Helper()
	want, wantOK := stdParse(layouts, s)
	c, gotOK := parse(s)
	got := timeOf(c)
	if wantOK && !twoDigitHour(s) {
		assert.False(t, gotOK, "%q: a one-digit hour is refused", s)
		return
	}
	if !assert.Equal(t, wantOK, gotOK, "%q: accepted by time.Parse %v, by decode %v", s, wantOK, gotOK) {
		return
	}
	if wantOK {
		assert.True(t, want.Equal(got), "%q: time.Parse %v, decode %v", s, want, got)
	}
}

// FuzzDates checks both parsers against time.Parse on any input.
func FuzzDates(f *testing.F) {
	for _, s := range dateCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		compareParse(t, s, rfc3339Layouts, parseRFC3339)
		compareParse(t, strings.TrimSpace(s), httpDateLayouts, parseHTTPDate)
	})
}
