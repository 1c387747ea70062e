package decode

import "strings"

// The timestamps a paste carries come in four forms: RFC 3339 (HAR's startedDateTime,
// meta.timestamp, estimatedRecovery) and the three HTTP-date forms of RFC 9110 §5.6.7
// (Date and Retry-After headers). They are read here rather than with time.Parse, whose
// layout machinery is a large part of the page's WebAssembly, code the browser must
// compile before the page works. They accept nothing time.Parse rejects with the same
// layouts, and give the same instant (dates_test.go checks). They are stricter in one way:
// the hour has two digits, as RFC 3339 and RFC 9110 require (time.Parse takes "5:04:05").

// ParseRFC3339 reads an RFC 3339 time (the "now" of POST /explain's envelope) as
// time.Parse(time.RFC3339, s) does, in UTC, without time.Parse: the Worker's upload is
// the smaller for not carrying it (30 KB of wasm with its formatting tables).
func ParseRFC3339(s string) (Clock, bool) { return parseRFC3339(s) }

// parseRFC3339 parses time.RFC3339 ("2006-01-02T15:04:05Z07:00", with an optional
// fraction of a second after the seconds, as time.Parse allows). The result is in UTC.
func parseRFC3339(s string) (Clock, bool) {
	if len(s) < len("2006-01-02T15:04:05Z") || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' {
		return Clock{}, false
	}
	year, ok1 := fixedDigits(s[0:4])
	month, ok2 := fixedDigits(s[5:7])
	day, ok3 := fixedDigits(s[8:10])
	hour, ok4 := fixedDigits(s[11:13])
	minute, ok5 := fixedDigits(s[14:16])
	sec, ok6 := fixedDigits(s[17:19])
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) {
		return Clock{}, false
	}
	rest := s[19:]
	nsec := 0
	if rest != "" && (rest[0] == '.' || rest[0] == ',') {
		i := 1
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			if i <= 9 {
				nsec = nsec*10 + int(rest[i]-'0')
			}
			i++
		}
		if i == 1 {
			return Clock{}, false
		}
		for n := i - 1; n < 9; n++ {
			nsec *= 10
		}
		rest = rest[i:]
	}
	offset := 0
	switch {
	case rest == "Z":
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':':
		oh, okh := fixedDigits(rest[1:3])
		om, okm := fixedDigits(rest[4:6])
		if !okh || !okm || oh > 24 || om > 60 { // time.Parse's bounds, which allow +24:00 and +00:60
			return Clock{}, false
		}
		offset = oh*3600 + om*60
		if rest[0] == '-' {
			offset = -offset
		}
	default:
		return Clock{}, false
	}
	return civilTime(year, month, day, hour, minute, sec, nsec, offset)
}

// parseHTTPDate parses an HTTP-date in any of the three forms a recipient must accept:
// IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), the obsolete RFC 850 form
// ("Sunday, 06-Nov-94 08:49:37 GMT") and asctime ("Sun Nov  6 08:49:37 1994").
// Surrounding space is ignored, and a run of spaces counts as one, as in time.Parse (so
// asctime's "Nov  6" is "Nov 6"); ok is false for anything else. (net/http.ParseTime does
// the same but would pull all of net/http into the WebAssembly binary.)
func parseHTTPDate(s string) (Clock, bool) {
	s = collapseSpaces(strings.TrimSpace(s))
	if len(s) < len("Mon Jan 2 15:04:05 2006") { // shorter than any form
		return Clock{}, false
	}
	comma := strings.IndexByte(s, ',')
	switch {
	case comma == 3: // IMF-fixdate: "Mon, 02 Jan 2006 15:04:05 GMT"
		if len(s) != len("Mon, 02 Jan 2006 15:04:05 GMT") || !shortDay(s[:3]) || s[4] != ' ' || s[7] != ' ' || s[11] != ' ' || s[16] != ' ' || s[25:] != " GMT" {
			return Clock{}, false
		}
		day, ok1 := fixedDigits(s[5:7])
		month := monthNumber(s[8:11])
		year, ok2 := fixedDigits(s[12:16])
		if !ok1 || !ok2 || month == 0 {
			return Clock{}, false
		}
		return clockAt(year, month, day, s[17:25])
	case comma > 3: // RFC 850: "Monday, 02-Jan-06 15:04:05 GMT"
		rest := s[comma:]
		if !longDay(s[:comma]) || len(rest) != len(", 02-Jan-06 15:04:05 GMT") || rest[1] != ' ' || rest[4] != '-' || rest[8] != '-' || rest[11] != ' ' || rest[20:] != " GMT" {
			return Clock{}, false
		}
		day, ok1 := fixedDigits(rest[2:4])
		month := monthNumber(rest[5:8])
		yy, ok2 := fixedDigits(rest[9:11])
		if !ok1 || !ok2 || month == 0 {
			return Clock{}, false
		}
		year := 2000 + yy // time.Parse's reading of a two-digit year
		if yy >= 69 {
			year = 1900 + yy
		}
		return clockAt(year, month, day, rest[12:20])
	case comma < 0: // asctime: "Mon Jan _2 15:04:05 2006", the day padded with a space
		if !shortDay(s[:3]) || s[3] != ' ' || s[7] != ' ' {
			return Clock{}, false
		}
		month := monthNumber(s[4:7])
		rest := s[8:]
		n := 0
		for n < len(rest) && n < 2 && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		day, ok1 := fixedDigits(rest[:n])
		rest = rest[n:]
		if !ok1 || month == 0 || len(rest) != len(" 15:04:05 2006") || rest[0] != ' ' || rest[9] != ' ' {
			return Clock{}, false
		}
		year, ok2 := fixedDigits(rest[10:])
		if !ok2 {
			return Clock{}, false
		}
		return clockAt(year, month, day, rest[1:9])
	}
	return Clock{}, false
}

// clockAt is the UTC instant of a date and an "hh:mm:ss" clock.
func clockAt(year, month, day int, clock string) (Clock, bool) {
	if clock[2] != ':' || clock[5] != ':' {
		return Clock{}, false
	}
	hour, ok1 := fixedDigits(clock[0:2])
	minute, ok2 := fixedDigits(clock[3:5])
	sec, ok3 := fixedDigits(clock[6:8])
	if !ok1 || !ok2 || !ok3 {
		return Clock{}, false
	}
	return civilTime(year, month, day, hour, minute, sec, 0, 0)
}

// civilTime checks the fields as time.Parse does and returns the instant they name, offset
// seconds east of UTC, in UTC.
func civilTime(year, month, day, hour, minute, sec, nsec, offset int) (Clock, bool) {
	if month < 1 || month > 12 || day < 1 || day > daysIn(month, year) || hour > 23 || minute > 59 || sec > 59 {
		return Clock{}, false
	}
	unix := daysFromCivil(year, month, day)*86400 + int64(hour*3600+minute*60+sec-offset)
	return instant(unix, int64(nsec)), true
}

// daysFromCivil is the number of days from 1970-01-01 to a proleptic Gregorian date
// (Howard Hinnant's algorithm).
func daysFromCivil(year, month, day int) int64 {
	y := int64(year)
	if month <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	m := int64(month)
	if m > 2 {
		m -= 3
	} else {
		m += 9
	}
	doy := (153*m+2)/5 + int64(day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// fixedDigits reads s, one or more ASCII digits and nothing else.
func fixedDigits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

const monthNames = "janfebmaraprmayjunjulaugsepoctnovdec"

// monthNumber is 1 to 12 for a three-letter English month name in any case (as
// time.Parse matches names), else 0.
func monthNumber(s string) int {
	for i := 0; i < 12; i++ {
		if equalFoldASCII(s, monthNames[i*3:i*3+3]) {
			return i + 1
		}
	}
	return 0
}

var dayNames = [...]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// shortDay reports whether s is a three-letter English day name, in any case.
func shortDay(s string) bool {
	for _, d := range dayNames {
		if equalFoldASCII(s, d[:3]) {
			return true
		}
	}
	return false
}

// longDay reports whether s is an English day name in full, in any case.
func longDay(s string) bool {
	for _, d := range dayNames {
		if equalFoldASCII(s, d) {
			return true
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// equalFoldASCII compares s with lower, which is lower case, ignoring the case of s.
func equalFoldASCII(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lowerASCII(s[i]) != lower[i] {
			return false
		}
	}
	return true
}

// collapseSpaces replaces each run of spaces in s with one space.
func collapseSpaces(s string) string {
	if !strings.Contains(s, "  ") {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' && i > 0 && s[i-1] == ' ' {
			continue
		}
		b = append(b, s[i])
	}
	return string(b)
}
