package catimport

import (
	"strconv"
	"strings"
)

// An API Evangelist-style errors file (errors/<api>-decline-codes.yml,
// errors/<api>-problem-types.yml in the api-evangelist repositories) describes one API's
// errors in free-form YAML: a source or docs URL, the member the codes are in
// (envelope_field), and lists of entries ({code, meaning, action}, {status, title,
// meaning, remediation}, or {name: meaning}). Every list of entries with a code is read;
// entries with only a status name no code, and are counted in a gap.

func fromErrorsFile(doc map[string]any, opts Options) (*Result, error) {
	b := newBuilder(opts)
	b.source = "imported from " + opts.Origin
	for _, k := range []string{"source", "docs", "url"} {
		for _, u := range stringsOf(doc[k]) {
			if strings.HasPrefix(u, "https://") && b.docsURL == "" {
				b.docsURL = strings.Fields(u)[0]
			}
		}
	}
	if s := strings.TrimSpace(str(doc["source"])); s != "" && !strings.HasPrefix(s, "https://") {
		b.source += ": " + clean(s)
	}
	if f := str(doc["envelope_field"]); f != "" {
		b.body["code"] = []string{strings.Fields(f)[0]}
	}
	b.prose.WriteString(str(doc["description"]) + "\n")
	statusOnly := 0
	for _, k := range sortedKeys(doc) {
		list, ok := doc[k].([]any)
		if !ok {
			continue
		}
		for _, e := range list {
			c := entryCode("", e)
			if c.code == "" {
				if m, ok := e.(map[string]any); ok && status(m["status"]) != 0 {
					statusOnly++
				}
				continue
			}
			if em, ok := e.(map[string]any); !ok || len(em) == 1 {
				c.context = contextOf(k) // {api_error: "…"}: a list of types, not of codes
			}
			c.from, c.source = fromErrorsYAML, opts.Origin+" ("+k+")"
			c.statusSure = len(c.statuses) > 0
			b.prose.WriteString(c.meaning + " " + strings.Join(c.fix, " ") + "\n")
			b.add(c)
		}
	}
	if statusOnly > 0 {
		b.gaps = append(b.gaps, Gap{Field: "codes", Note: strconv.Itoa(statusOnly) + " entries name an HTTP status and no code: left out"})
	}
	title := str(doc["name"])
	if title == "" {
		title = str(doc["title"])
	}
	return b.finish(title)
}

// contextOf names a list's entries as a context: error_types are error types.
func contextOf(list string) string {
	if strings.Contains(list, "type") {
		return "type"
	}
	return ""
}

// stringsOf is v as a list of strings: a string or a list of them.
func stringsOf(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s := str(e); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
