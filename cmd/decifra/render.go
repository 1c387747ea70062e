package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
	"github.com/decifra/decifra/web/ui"
)

// labelKeys are the UI strings (package ui) of the left column of the text output.
var labelKeys = [...]string{"provider", "alternatives", "http_status", "meaning", "fix", "retry", "idempotency",
	"fields", "request_id", "support", "message", "details", "docs_cli", "source_cli", "redacted_cli", "note_cli"}

// labelWidth is the left column's width in lang: the longest label and two spaces.
func labelWidth(lang catalog.Lang) int {
	w := 0
	for _, k := range labelKeys {
		w = max(w, utf8.RuneCountInString(ui.T(lang, k)))
	}
	return w + 2
}

type printer struct {
	w      io.Writer
	color  bool
	width  int
	indent int
}

func (p *printer) style(code, s string) string {
	if !p.color {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

// row prints a label and its text, wrapped to the width with a hanging indent.
func (p *printer) row(label, text string) { p.item(label, "", text) }

// item is row with a marker ("1. ") before the text; wrapped lines align under the text.
func (p *printer) item(label, marker, text string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	hang := utf8.RuneCountInString(marker)
	lines := wrap(text, p.width-p.indent-hang)
	fmt.Fprintf(p.w, "%s%s%s%s\n", p.style("1", label), strings.Repeat(" ", max(1, p.indent-utf8.RuneCountInString(label))), marker, lines[0])
	for _, l := range lines[1:] {
		fmt.Fprintf(p.w, "%s%s\n", strings.Repeat(" ", p.indent+hang), l)
	}
}

// wrap breaks s into lines of at most width runes at spaces; newlines in s are kept.
func wrap(s string, width int) []string {
	if width < 20 {
		width = 20
	}
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			switch {
			case line == "":
				line = word
			case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > width:
				out = append(out, line)
				line = word
			default:
				line += " " + word
			}
		}
		out = append(out, line)
	}
	return out
}

func render(w io.Writer, x *decode.Explanation, lang catalog.Lang, color bool, width int) {
	L := func(key string) string { return ui.T(lang, key) }
	p := &printer{w: w, color: color, width: width, indent: labelWidth(lang)}
	// Headline: what it is, at a glance.
	head := []string{}
	if x.Provider != nil {
		head = append(head, x.Provider.Name)
	}
	if x.Code != "" {
		head = append(head, x.Code)
	}
	if x.HTTPStatus != 0 {
		head = append(head, "HTTP "+strconv.Itoa(x.HTTPStatus))
	}
	if len(head) > 0 {
		fmt.Fprintln(w, p.style("1;36", strings.Join(head, " · ")))
	}
	fmt.Fprintln(w, p.style("1", x.Title))
	fmt.Fprintln(w)

	if x.Provider != nil {
		pct := strconv.Itoa(int(x.Provider.Confidence*100 + 0.5))
		p.row(L("provider"), x.Provider.Name+" ("+x.Provider.ID+"), "+ui.Fill(L("confidence_cli"), "pct", pct))
		p.row("", L("evidence_cli")+": "+strings.Join(x.Provider.Evidence, "; "))
	} else {
		p.row(L("provider"), L("unknown_provider_cli"))
	}
	if len(x.Alternatives) > 0 {
		var alts []string
		for _, a := range x.Alternatives {
			alts = append(alts, fmt.Sprintf("%s %d%%", a.Name, int(a.Confidence*100+0.5)))
		}
		p.row(L("alternatives"), strings.Join(alts, ", "))
	}
	if x.Input.StatusSource == "catalog" {
		p.row(L("http_status"), strconv.Itoa(x.HTTPStatus)+" ("+L("status_documented")+")")
	}
	p.row(L("meaning"), x.Meaning)
	for i, f := range x.Fix {
		label := ""
		if i == 0 {
			label = L("fix")
		}
		p.item(label, strconv.Itoa(i+1)+". ", f)
	}
	p.row(L("retry"), retryLine(p, x, lang))
	p.row("", ui.Reattempt(lang, x.Retry.Reattempt)) // a refused card: the networks' limits
	p.row("", x.Retry.Advice)
	p.row(L("idempotency"), x.Retry.Idempotency)
	for i, f := range x.Fields {
		label := ""
		if i == 0 {
			label = L("fields")
		}
		p.row(label, f.Name+": "+strings.Join(f.Problems, "; "))
	}
	p.row(L("request_id"), x.RequestID)
	p.row(L("support"), x.Support)
	if x.Message != "" {
		p.row(L("message"), strconv.Quote(x.Message))
	}
	if x.Details != "" {
		p.row(L("details"), strconv.Quote(x.Details))
	}
	p.row(L("docs_cli"), x.DocsURL)
	p.row(L("source_cli"), x.Source)
	if len(x.Input.Redacted) > 0 {
		p.row(L("redacted_cli"), strings.Join(x.Input.Redacted, ", "))
	}
	for _, n := range x.Input.Notes {
		p.row(L("note_cli"), n)
	}
}

// retryLine is the strategy as the card's badge names it, coloured by what it asks of
// the reader, with the delay or the backoff schedule and where the decision comes from.
func retryLine(p *printer, x *decode.Explanation, lang catalog.Lang) string {
	line := ui.Strategy(lang, x.Retry.Strategy)
	switch x.Retry.Strategy {
	case catalog.None, catalog.Fix:
		line = p.style("1;31", line)
	case catalog.Wait, catalog.Backoff:
		line = p.style("1;33", line)
	case catalog.CheckFirst:
		line = p.style("1;35", line)
	}
	secs := func(n int) string { return ui.Fill(ui.T(lang, "seconds"), "n", strconv.Itoa(n)) }
	if x.Retry.AfterSeconds != nil {
		line += " · " + ui.Fill(ui.T(lang, "after"), "n", secs(*x.Retry.AfterSeconds))
	}
	if len(x.Retry.Schedule) > 0 {
		list := make([]string, len(x.Retry.Schedule))
		for i, n := range x.Retry.Schedule {
			list[i] = secs(n)
		}
		line += " · " + ui.Fill(ui.T(lang, "backoff"), "list", strings.Join(list, ", "))
	}
	return line + " · " + x.Retry.Source
}
