package web

import (
	"strconv"
	"strings"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
	"github.com/decifra/decifra/web/ui"
)

// The helpers below have twins in web/static/card.js; the browser tests compare the two
// cards element by element, so a change here needs the same change there.

// percent is a confidence between 0 and 1 as a whole percentage.
func percent(c float64) string { return strconv.Itoa(int(c*100 + 0.5)) }

// confidenceLevel names the band a confidence falls in, for its colour.
func confidenceLevel(c float64) string {
	switch {
	case c >= 0.8:
		return "high"
	case c >= 0.5:
		return "medium"
	}
	return "low"
}

// seconds writes a whole number of seconds, "45 s".
func seconds(lang catalog.Lang, n int) string { return fill(T(lang, "seconds"), "n", strconv.Itoa(n)) }

// secondsList writes a schedule, "1 s, 2 s, 4 s, 8 s".
func secondsList(lang catalog.Lang, schedule []int) string {
	parts := make([]string, len(schedule))
	for i, n := range schedule {
		parts[i] = seconds(lang, n)
	}
	return strings.Join(parts, ", ")
}

// categoryLabel is the category's name in lang; an unknown category shows as itself.
func categoryLabel(lang catalog.Lang, c catalog.Category) string { return ui.Category(lang, c) }

// formatLabel is the input format's name in lang.
func formatLabel(lang catalog.Lang, format decode.Format) string {
	if t, ok := ui.Text("format_" + string(format)); ok {
		return t.In(lang)
	}
	return string(format)
}

// Timeline geometry, in SVG user units. The schedule is drawn to scale: each gap is as
// long as its wait, so exponential growth shows at a glance.
const (
	timelineWidth  = 320
	timelineHeight = 52
	timelinePad    = 14
	timelineAxisY  = 16
	timelineLabelY = 42
	timelineDotR   = 5
)

// timelineStop is one retry on the timeline: the dot at X, and the wait before it,
// labelled at LabelX.
type timelineStop struct {
	X, LabelX int
	Label     string
}

// timelineStops places the retries of a backoff schedule (seconds between attempts)
// along the axis, the failed first attempt at timelinePad.
func timelineStops(lang catalog.Lang, schedule []int) []timelineStop {
	total := 0
	for _, n := range schedule {
		total += n
	}
	if total <= 0 {
		return nil
	}
	scale := float64(timelineWidth-2*timelinePad) / float64(total)
	stops := make([]timelineStop, len(schedule))
	at, prevX := 0, timelinePad
	for i, n := range schedule {
		at += n
		x := roundHalfUp(float64(timelinePad) + float64(at)*scale)
		stops[i] = timelineStop{X: x, LabelX: roundHalfUp(float64(prevX+x) / 2), Label: seconds(lang, n)}
		prevX = x
	}
	return stops
}

// roundHalfUp rounds like JavaScript's Math.round, so card.js draws the same picture.
func roundHalfUp(f float64) int {
	n := int(f)
	if f-float64(n) >= 0.5 {
		n++
	}
	return n
}

// supportText is what to send to support: the provider's own words, else the default.
func supportText(x *decode.Explanation) string {
	if x.Support != "" {
		return x.Support
	}
	return T(x.Lang, "support_default")
}
