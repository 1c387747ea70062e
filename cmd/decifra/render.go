package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
)

// labels are the left column of the text output.
var labels = map[catalog.Lang]map[string]string{
	catalog.English: {
		"provider": "Provider", "unknown": "unknown (no catalogued provider fits)", "evidence": "evidence",
		"confidence": "confidence", "maybe": "Alternatives", "meaning": "Meaning", "fix": "Fix",
		"retry": "Retry", "idem": "Idempotency", "fields": "Fields", "request": "Request id",
		"support": "Support", "message": "Message", "details": "Details", "docs": "Docs",
		"source": "Source", "redacted": "Masked", "notes": "Note", "status": "HTTP",
		"catalog": "documented status; the paste has none", "after": "after", "schedule": "schedule",
		"s_none": "don't retry", "s_fix": "fix, then resend", "s_wait": "wait", "s_backoff": "back off", "s_check_first": "check first",
	},
	catalog.Portuguese: {
		"provider": "Provedor", "unknown": "desconhecido (nenhum provedor catalogado corresponde)", "evidence": "evidências",
		"confidence": "confiança", "maybe": "Alternativas", "meaning": "Significado", "fix": "Como corrigir",
		"retry": "Retentativa", "idem": "Idempotência", "fields": "Campos", "request": "ID da requisição",
		"support": "Suporte", "message": "Mensagem", "details": "Detalhes", "docs": "Docs",
		"source": "Fonte", "redacted": "Mascarado", "notes": "Nota", "status": "HTTP",
		"catalog": "status documentado; o texto colado não tem", "after": "após", "schedule": "sequência",
		"s_none": "não reenviar", "s_fix": "corrigir e reenviar", "s_wait": "aguardar", "s_backoff": "backoff", "s_check_first": "consultar antes",
	},
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
	L := labels[lang]
	p := &printer{w: w, color: color, width: width, indent: 13}
	if lang == catalog.Portuguese {
		p.indent = 17
	}
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
		p.row(L["provider"], fmt.Sprintf("%s (%s), %s %d%%", x.Provider.Name, x.Provider.ID, L["confidence"], int(x.Provider.Confidence*100+0.5)))
		p.row("", L["evidence"]+": "+strings.Join(x.Provider.Evidence, "; "))
	} else {
		p.row(L["provider"], L["unknown"])
	}
	if len(x.Alternatives) > 0 {
		var alts []string
		for _, a := range x.Alternatives {
			alts = append(alts, fmt.Sprintf("%s %d%%", a.Name, int(a.Confidence*100+0.5)))
		}
		p.row(L["maybe"], strings.Join(alts, ", "))
	}
	if x.Input.StatusSource == "catalog" {
		p.row(L["status"], strconv.Itoa(x.HTTPStatus)+" ("+L["catalog"]+")")
	}
	p.row(L["meaning"], x.Meaning)
	for i, f := range x.Fix {
		label := ""
		if i == 0 {
			label = L["fix"]
		}
		p.item(label, strconv.Itoa(i+1)+". ", f)
	}
	strategy := strings.ToUpper(L["s_"+x.Retry.Strategy])
	switch x.Retry.Strategy {
	case "none", "fix":
		strategy = p.style("1;31", strategy)
	case "wait", "backoff":
		strategy = p.style("1;33", strategy)
	case "check_first":
		strategy = p.style("1;35", strategy)
	}
	retry := strategy
	if x.Retry.AfterSeconds != nil {
		retry += fmt.Sprintf(" %s %d s", L["after"], *x.Retry.AfterSeconds)
	}
	if len(x.Retry.Schedule) > 0 {
		var s []string
		for _, n := range x.Retry.Schedule {
			s = append(s, strconv.Itoa(n)+" s")
		}
		retry += " (" + L["schedule"] + " " + strings.Join(s, ", ") + ")"
	}
	p.row(L["retry"], retry+" · "+x.Retry.Source)
	p.row("", x.Retry.Advice)
	p.row(L["idem"], x.Retry.Idempotency)
	for i, f := range x.Fields {
		label := ""
		if i == 0 {
			label = L["fields"]
		}
		p.row(label, f.Name+": "+strings.Join(f.Problems, "; "))
	}
	p.row(L["request"], x.RequestID)
	p.row(L["support"], x.Support)
	if x.Message != "" {
		p.row(L["message"], strconv.Quote(x.Message))
	}
	if x.Details != "" {
		p.row(L["details"], strconv.Quote(x.Details))
	}
	p.row(L["docs"], x.DocsURL)
	p.row(L["source"], x.Source)
	if len(x.Input.Redacted) > 0 {
		p.row(L["redacted"], strings.Join(x.Input.Redacted, ", "))
	}
	for _, n := range x.Input.Notes {
		p.row(L["notes"], n)
	}
}
