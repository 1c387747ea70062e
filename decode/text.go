package decode

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/internal/decimal"
	"github.com/decifra/decifra/internal/grams"
)

// What people paste when there is no body to paste: a log whose every line carries a
// prefix, an SDK's exception line, the error message alone, a bare code. These readers
// turn such text into the object model, so the rest of decode reads it like a body.

// stripPrefixes removes the prefix a logger writes before every line (Heroku's
// "2012-05-11T20:35:22+00:00 app[web.1]: ", Docker's, syslog's, logcat's), so that a
// body printed over several lines reads as one. The prefix is what most lines share in
// shape (digits count as alike) up to a separator; ok is false when the lines share none.
// A paste of one line loses the time a logger wrote before it (lineTime).
func stripPrefixes(text string) (string, bool) {
	lines := strings.Split(text, "\n")
	if len(lines) > 20000 {
		return text, false
	}
	if i := soleLine(lines); i >= 0 {
		// One line under its time ("2024-05-11T20:35:22.123Z PIX_ALREADY_PAID", a line
		// copied from kubectl's --timestamps or a CI job's log), Docker Compose's service
		// ("web_1  | ") or GitHub Actions' "##[error]": they go.
		n := composeTag(lines[i])
		n += lineTime(lines[i][n:])
		for _, c := range ghaCommands {
			if strings.HasPrefix(lines[i][n:], c) {
				n += len(c) // and GitHub Actions' command glued to the text ("##[error]")
				break
			}
		}
		if n > 0 && strings.TrimSpace(lines[i][n:]) != "" {
			lines[i] = lines[i][n:]
			return strings.Join(lines, "\n"), true
		}
		return text, false
	}
	quoted := unquoteLines(lines)
	ref := 0
	n := commonPrefixShape(lines)
	if len(lines) > 2 && (n < 6 || lines[0][n-1] == ' ' && timeEnd(lines[0][:n-1])) {
		// A line of its own above the log ("ERROR -- omniauth: … Authentication failure!"
		// over Heroku's lines): the log's prefix is the next line's.
		// Only a prefix that reads as a time or a bracketed tag, holding no value's
		// opening: "pagseguro.js:93 Object {10000: " is a console line's content.
		// A time alone shared with that line gives way to the longer prefix the next
		// lines share (Heroku's router line above its app's).
		if m := commonPrefixShape(lines[1:]); m >= 6 && m > n && (lines[1][0] >= '0' && lines[1][0] <= '9' || lines[1][0] == '[') && !strings.ContainsAny(lines[1][:m], "{\"'") {
			ref, n = 1, m
		}
	}
	// A prefix never says what failed: lines that all repeat one message ("[…] Webhook
	// signature verification failed: No signatures found …") share more than the logger
	// wrote, and the prefix ends before the message.
	for n >= 6 && prefixSaysFailure(lines[ref][:n]) {
		m := n - 1
		for m >= 6 && !prefixEnd(lines[ref], m) {
			m--
		}
		n = m
	}
	if n < 6 {
		if quoted {
			return strings.Join(lines, "\n"), true
		}
		return text, false
	}
	var b strings.Builder
	b.Grow(len(text))
	first := shape(lines[ref], n)
	for i, l := range lines {
		if len(l) >= n && shape(l, n) == first {
			l = l[n:]
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
	}
	return b.String(), true
}

// soleLine is the index of the only line that is not blank, or -1 when there are more
// (or none).
func soleLine(lines []string) int {
	sole := -1
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			if sole >= 0 {
				return -1
			}
			sole = i
		}
	}
	return sole
}

// lineTime is the length of the time a logger wrote at line's start with the space or tab
// after it (timeEnd), 0 when line starts with none.
func lineTime(line string) int {
	if n := syslogTime(line); n > 0 {
		return n + loggerTag(line[n:])
	}
	for n := 9; n <= min(len(line), 48); n++ {
		if (line[n-1] == ' ' || line[n-1] == '\t') && timeEnd(line[:n-1]) { // a tab too: Lambda's, CloudWatch's
			// The shortest time: a number after it is the message's ("… 20:35:22 2006 Card
			// Token not found"), but for a process's id before a level (Odoo's "… 23947 INFO").
			if pid, rest, _ := strings.Cut(line[n:], " "); len(pid) >= 4 && isNumber(pid) && logLevel(strings.TrimLeft(rest, " ")) {
				n += len(pid) + 1
			} else if strings.HasPrefix(line[n:], "stdout F ") || strings.HasPrefix(line[n:], "stderr F ") {
				n += 9 // a container runtime's stream
			}
			// and its zone written apart (Serilog's "2022-09-07 16:29:05.037 +00:00 ")
			if z := line[n:]; len(z) > 7 && (z[0] == '+' || z[0] == '-') && z[6] == ' ' && z[3] == ':' && isNumber(z[1:3]) && isNumber(z[4:6]) {
				n += 7
			} else if strings.HasPrefix(z, "UTC ") {
				n += 4
			}
			if id, rest, ok := strings.Cut(line[n:], "\t"); ok && line[n-1] == '\t' && uuid(id) {
				// AWS Lambda's runtime: the invocation's id and the level, each before a tab
				// ("…Z\t6f1c8f1e-…\tERROR\t"). The id is Lambda's, no provider's request.
				level, _, _ := strings.Cut(rest, "\t")
				if len(level) < len(rest) && logLevel(level+" ") {
					return n + len(id) + len(level) + 2
				}
				return n + len(id) + 1
			}
			if t := loggerTag(line[n:]); t > 0 {
				return n + t
			}
			return n + springLevelPid(line[n:])
		}
	}
	return 0
}

// composeTag is the length of the service's name and bar Docker Compose writes before a
// container's line ("web_1  | ", "app-web-1  | "), 0 when s starts with none: a name that
// ends in its replica's number, spaces, then "| ".
func composeTag(s string) int {
	name, _, ok := strings.Cut(s[:min(len(s), 64)], " ")
	d := len(name) - len(strings.TrimRight(name, "0123456789"))
	if !ok || d == 0 || d > 3 || len(name) < d+2 || name[len(name)-d-1] != '_' && name[len(name)-d-1] != '-' {
		return 0
	}
	for _, c := range []byte(name) {
		if !isNameByte(c) && c != '.' {
			return 0
		}
	}
	rest := strings.TrimLeft(s[len(name):], " ")
	if !strings.HasPrefix(rest, "| ") {
		return 0
	}
	return len(s) - len(rest) + 2
}

// logLevel reports whether s starts with a logger's level in capitals and a space.
func logLevel(s string) bool {
	level, _, ok := strings.Cut(s, " ")
	switch level {
	case "ERROR", "WARN", "WARNING", "INFO", "DEBUG", "TRACE", "FATAL", "CRITICAL":
		return ok
	}
	return false
}

// syslogTime is the length of syslog's time at s's start with the space after it ("May 11
// 20:35:22 ", "Jun  2 07:46:24 "), 0 when s does not start with one.
func syslogTime(s string) int {
	if len(s) < 16 || strings.Index("JanFebMarAprMayJunJulAugSepOctNovDec", s[:3])%3 != 0 || s[3] != ' ' {
		return 0
	}
	if !isNumber(strings.TrimLeft(s[4:6], " ")) || s[6] != ' ' || s[15] != ' ' || !timeEnd(s[7:15]) {
		return 0
	}
	return 16
}

// loggerTag is the length of the program's tag a log writes after its time, with the
// space after it: Heroku's "app[web.1]: ", syslog's host and program "web01
// php-fpm[1234]: "; 0 when s starts with none.
func loggerTag(s string) int {
	i := strings.Index(s[:min(len(s), 64)], "]: ")
	if i < 0 {
		return 0
	}
	head := s[:i+1]
	if strings.Count(head, " ") > 1 || strings.ContainsAny(head, "{\"'(") || head[0] == '[' {
		return 0
	}
	// In the brackets a process's id, Heroku's dyno (web.1) or its router: not a code
	// ("Error[card_declined]: …").
	j := strings.LastIndexByte(head, '[')
	if in := head[j+1 : len(head)-1]; j < 0 || !isNumber(in) && !strings.Contains(in, ".") && in != "router" {
		return 0
	}
	return i + 3
}

// springLevelPid is the length of the level and process id Spring Boot's log writes after
// its time ("ERROR 22093 --- "), which would read as an error and its code; 0 when s does
// not start with them.
func springLevelPid(s string) int {
	t := strings.TrimLeft(s, " ")
	if !logLevel(t) {
		return 0
	}
	_, rest, _ := strings.Cut(t, " ")
	pid, rest, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	if !isNumber(pid) || !strings.HasPrefix(rest, "--- ") {
		return 0
	}
	return len(s) - len(rest) + 4
}

// ghaCommands are the commands GitHub Actions' log writes before a line's text, glued to it.
var ghaCommands = [...]string{"##[error]", "##[warning]", "##[notice]", "##[debug]"}

// ghaCommand is the length of the GitHub Actions command s ends with, 0 when none.
func ghaCommand(s string) int {
	for _, c := range ghaCommands {
		if strings.HasSuffix(s, c) {
			return len(c)
		}
	}
	return 0
}

// prefixSaysFailure reports whether a line's would-be prefix holds words that say what
// failed, which a logger's time, level and name do not ("ERROR" and "Exception" may be
// a level's or a logger's name, "failed" is not).
func prefixSaysFailure(prefix string) bool {
	prefix = prefix[:len(prefix)-ghaCommand(prefix)] // GitHub Actions' annotation says no more than a level does
	lower := grams.ToLower(prefix)
	for _, words := range [...][]string{weakErrorWords[:], prefixFailureWords[:]} {
		for _, w := range words {
			if proseWordIn(lower, strings.TrimSpace(w)) {
				return true
			}
		}
	}
	return false
}

// proseWordIn reports whether lower holds w as words of prose: after a space, a bracket,
// a colon or the start, and not running on into a letter. A logger's or a class's name
// made of it (payment_failed, PaymentFailedListener, webhook-failures-1,
// [InvalidPaymentHandler]) is not prose.
func proseWordIn(lower, w string) bool {
	for off := 0; w != ""; {
		i := strings.Index(lower[off:], w)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(w)
		if (i == 0 || strings.IndexByte(" \t[(:\"'", lower[i-1]) >= 0) && (end == len(lower) || !isLetterByte(lower[end])) {
			return true
		}
		off = i + 1
	}
	return false
}

// prefixFailureWords are the error words no logger's prefix holds.
var prefixFailureWords = [...]string{"invalid", "denied", "declined", "refused", "rejected", "not found", "unauthorized", "forbidden"}

// unquoteLines takes Markdown's quote marks ("> ") off lines, in place, when nearly every
// line carries one: a log or a body quoted in a GitHub comment. curl -v's "> " request
// lines come with its "< " response lines, and are left alone.
func unquoteLines(lines []string) bool {
	quoted, nonEmpty := 0, 0
	for _, l := range lines[:min(len(lines), 200)] {
		switch {
		case strings.TrimSpace(l) == "":
			continue
		case strings.HasPrefix(l, "< "):
			return false
		case strings.HasPrefix(l, ">"):
			quoted++
		}
		nonEmpty++
	}
	if quoted < 2 || quoted*10 < nonEmpty*9 {
		return ungutterLines(lines, nonEmpty)
	}
	for i, l := range lines {
		if strings.HasPrefix(l, ">") {
			l = strings.TrimPrefix(l[1:], " ")
		}
		lines[i] = l
	}
	return true
}

// ungutterLines takes a code view's gutter ("  | ") off lines, in place, when at least
// three lines carry it and at most two non-empty lines, or one in five, do not: a dump copied out of a rendered diff or file
// view ("  | [ErrorCode] => 422"). A Markdown table's rows begin with "|" at the line's
// start, and are left alone.
func ungutterLines(lines []string, nonEmpty int) bool {
	n := 0
	for _, l := range lines[:min(len(lines), 200)] {
		if gutterWidth(l) > 0 {
			n++
		}
	}
	if n < 3 || n*5 < nonEmpty*4 && nonEmpty-n > 2 {
		return false
	}
	for i, l := range lines {
		lines[i] = l[gutterWidth(l):]
	}
	return true
}

// gutterWidth is how many bytes of l a code view's gutter takes: spaces, a bar and the
// space after it; 0 when l begins with none.
func gutterWidth(l string) int {
	i := len(l) - len(strings.TrimLeft(l, " "))
	if i == 0 || i == len(l) || l[i] != '|' || i+1 < len(l) && l[i+1] != ' ' {
		return 0
	}
	return min(i+2, len(l))
}

// commonPrefixShape is the length of the prefix, ending at a separator, whose shape most
// lines (at least two, and at least half of the non-empty ones) share with the first.
func commonPrefixShape(lines []string) int {
	first := lines[0]
	limit := min(len(first), 96)
	best := 0
	for n := 1; n <= limit; n++ {
		if codeBeforeColon(first, n) {
			break // the record's own code begins here: the prefix ends before it
		}
		if !prefixEnd(first, n) {
			continue
		}
		want := shape(first, n)
		same, nonEmpty := 0, 0
		for _, l := range lines[:min(len(lines), 200)] {
			if strings.TrimSpace(l) == "" {
				continue
			}
			nonEmpty++
			if len(l) >= n && shape(l, n) == want {
				same++
			}
		}
		if same >= 2 && same*2 >= nonEmpty {
			best = n
		}
	}
	return best
}

// codeBeforeColon reports whether s[:n] ends with a number of three to six digits (or
// digits joined by underscores, Adyen's 5_202) and ": " right after an earlier end of a
// prefix: the API's code that begins each record's message ("[…] AdyenLoggerTest.ERROR:
// 010: Not allowed"), not more of the prefix.
func codeBeforeColon(s string, n int) bool {
	if n < 5 || s[n-2:n] != ": " {
		return false
	}
	i := n - 2
	for i > 0 && (s[i-1] >= '0' && s[i-1] <= '9' || s[i-1] == '_') { // Adyen's 5_202 too
		i--
	}
	return n-2-i >= 3 && n-2-i <= 6 && s[i] != '_' && prefixEnd(s, i)
}

// prefixEnd reports whether a logger's prefix may end just before s[n]: after ": ", "] ",
// " - ", "| ", "> " or a tab, or after the seconds Docker BuildKit writes before each line
// of a step's output ("22.94 ", "#12 22.94 ").
func prefixEnd(s string, n int) bool {
	if n < 2 || n > len(s) {
		return false
	}
	switch s[n-2 : n] {
	case ": ", "] ", "- ", "| ", "> ", ") ":
		return true
	}
	return ghaCommand(s[:n]) > 0 || s[n-1] == '\t' || s[n-1] == ' ' && (buildKitSeconds(s[:n-1]) || timeEnd(s[:n-1]))
}

// timeEnd reports whether p is the time a logger wrote at a line's start and nothing
// else: a time of day, after a date at most (kubectl's --timestamps, a CI job's log,
// Python's logging: "2024-05-11T20:35:22.123456789Z", "2024-05-11 20:35:22,123"), then a
// process's id at most (Odoo's "… 20:35:22,348 23947") or a container runtime's stream
// ("… stdout F"). A time in a message ("timeout at 20:35:22") is not.
func timeEnd(p string) bool {
	p = strings.TrimSuffix(strings.TrimSuffix(p, " stdout F"), " stderr F") // a container runtime's stream
	if i := strings.LastIndexByte(p, ' '); i > 0 && len(p)-i > 4 && isNumber(p[i+1:]) {
		p = p[:i] // a process's id, of four digits or more (not a status)
	}
	i := strings.LastIndexAny(p, " T") + 1
	t := p[i:]
	return len(t) >= 8 && t[2] == ':' && t[5] == ':' && (len(t) == 8 || strings.IndexByte("Z+-.,", t[8]) >= 0) &&
		isNumber(t[:2]) && isNumber(t[3:5]) && isNumber(t[6:8]) && strings.Trim(p[:i], "0123456789-/.T ") == ""
}

// buildKitSeconds reports whether p is BuildKit's elapsed time, with or without the step
// number before it: "22.94", "#12 22.94".
func buildKitSeconds(p string) bool {
	if p != "" && p[0] == '#' {
		i := strings.IndexByte(p, ' ')
		if i < 2 || strings.Trim(p[1:i], "0123456789") != "" {
			return false
		}
		p = p[i+1:]
	}
	whole, frac, ok := strings.Cut(p, ".")
	return ok && whole != "" && len(frac) >= 2 && len(frac) <= 3 &&
		strings.Trim(whole, "0123456789") == "" && strings.Trim(frac, "0123456789") == ""
}

// shape is s[:n] with every digit made a 9: timestamps of different lines look alike.
func shape(s string, n int) string {
	b := []byte(s[:n])
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '9'
		}
	}
	return string(b)
}

// errorWords are what a line that reports a failure says, lower case; weakErrorWords
// say it only in a line that is not someone asking for help ("the payment failed,
// please help" is a question, not an error message).
var (
	errorWords = [...]string{"error", "exception", "fatal", "invalid", "denied", "declined", "refused",
		"rejected", "unauthorized", "forbidden", "not found", "unprocessable", "timed out", "timeout", "erro", "inválid",
		"negad", "recusad", "rejeitad", "rejeição", "rechazad", "mal formad", "malformed", "no autorizad", "não autorizad", "nao autorizad", "not allowed", "unavailable",
		"no such", "required", "requerid", "obrigatóri", "obligatori", "expired", "insufficient", "blocked", "bloquead",
		"already been", "already exists", "not valid", "not in valid state", "não é válid", "no es válid", "excepción", "exceção",
		"not authorized", "não é autorizad", "no está autorizad", "fehler", "错误", "エラー", "ошибк", "خطای", "خطا ", "خطا:", "خطا،", "خطأ", "chybu", "chyby", "chybou", "chyba:", "chyba při", "došlo k chybě", "отклонен",
		"no http resource was found", "not approved", "não aprovad", "no aprobad", "không hợp lệ", "không đúng", "thất bại", "lỗi", "sai định dạng", "must not be null", "must not be blank", "must not be empty", "não pode ser nul", "não pode ser vazi",
		"não pode estar em branco", "no puede ser nul", "no puede estar vací",
		"rate limit exceeded", "rate limit for this resource is", "too many requests", " no válid", "not permitted to", "not permitted for", "aren't permitted"} // ASP.NET Web API's 404: "No HTTP resource was found that matches the request URI …"
	weakErrorWords = [...]string{"failed", "failure", "falha", "problem", "could not", "cannot", "can not", "can't", "can’t",
		"unable", "missing", "não foi possível", "no fue posible", "não é possível", "no es posible", "already", "é necessário", "es necesario",
		"o campo ", "el campo ", "the field ", "inesperado", "unexpected", "rechazo",
		"correct format", "does not support", "not supported", "wrong", "falhou", "faltando", "ausente",
		"faltante", "must supply", "must provide", "did not provide", "not provided", "must be ", "permissão", "permission", "não pertence",
		"does not belong", "não é permitid", "no está permitid", "não encontrad", "no encontrad", "no concuerda",
		"does not allow", "do not allow", "can only be used", "impossible", "não permite", "no permite", "does not match", "não corresponde", "no coincide",
		"not accepted", "não é aceit", "no es aceptad", "no se acepta", "does not have", "doesn't have", "doesn’t have",
		"mismatch", "parse error", "parser error", "must contain", "deve conter", "debe contener", "inconsistent", "inconsistente",
		"not yet approved", "not approved", "inactive", "did not accept", "not contain a valid",
		"incorrect", "incorret", "went wrong", "salió mal", "salio mal", "salió algo mal", "salio algo mal", "funcionó mal", "funciono mal", "deu errado",
		"vacío", "vacíos", "vazio", "ooops", "oops", "não conhecid", "no conocid", "no existe", "não existe",
		"does not exist", "insuficiente", "saldo suficiente", "no se pudo", "não pôde", "inconvenientes", "indispon", "nao permitid",
		"requires ", "no se puede", "not present", "bad value", "失败", "失敗", "繁忙", "не удалось", "некорректн", "tanimli degil", "tanımlı değil", "ناقص", "실패", "hatası", "hatasi", "hatalı", "hatali", "no api key", "not enabled", "not been activated", "not activated", "unsafe", "not signed up", "não capturad", "not available", "aren't available", "isn't available", "not been initialized", "not initialized", "no pudo", "not responding", "não está respondendo", "no está respondiendo", "no valid ", "you can only "}
)

// denies reports whether a line says there was no error ("without any error", "0 errors").
func denies(l string) bool {
	for _, w := range [...]string{"no error", "no está mal formad", "não está mal formad", "without error", "without any error", "0 errors", "sem erro", "sin error", "no errors", "エラーなし", "エラーはありません", "エラーは発生しませんでした", "bez chyby", "bez chyb", "žádná chyba", "žádné chyby", "بدون خطا", "بدون خطأ", "بدون أي خطأ", "لا يوجد خطأ", "لا يوجد أي خطأ", "هیچ خطایی"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// asksForHelp reports whether a lower-case line reads as someone asking, not a message.
func asksForHelp(l string) bool {
	// "Por favor, entre em contato com o suporte", "please try again": an API's message
	// telling its reader what to do, not someone asking.
	for _, w := range [...]string{"contact", "contato", "contacte", "try again", "tente novamente", "intente", "we can help",
		"please request", "please provide", "please use", "please ensure", "please retry", "please specify", "please enter", "please select", "please check back"} {
		if strings.Contains(l, w) {
			return false
		}
	}
	for _, w := range [...]string{"please", "help", "?", "i tried", "my ", "can you", "alguém", "ajuda", "ayuda", "por favor", "hello", "hi,", "olá", "hola", "bom dia", "buenos"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// proseBody reads an error told in words: the message line, the code it names, the
// exception class that carried it. nil when the text reports no failure at all.
func proseBody(text string) *object {
	text = text[:min(len(text), 64<<10)]
	text = beforeAfterword(afterLeadIn(text))
	line := errorLine(text)
	class := exceptionClass(text)
	code := codeInText(text)
	t := strings.Trim(strings.TrimSpace(text), "`'\"")
	// A code and what it was about, alone on the paste's first line: "resource_missing -
	// intent", and Stripe's dashboard's log, "parameter_missing - payment_method" over its
	// message. Only a code written as one (snake case: not "Pending - 3 days", "NotFound -
	// order"), and over a message only one provider's ("not_found - invoice" is anyone's).
	first, _, _ := strings.Cut(t, "\n")
	if head, tail, ok := strings.Cut(strings.TrimSpace(first), " - "); ok && code == "" && class == "" && len(first) <= 60 && strings.Count(tail, " ") < 3 && strings.Contains(head, "_") && codeToken(head) == head && (len(t) == len(first) && len(catalog.Owners(head)) > 0 || len(catalog.Owners(head)) == 1) {
		code = head
		if line == "" && len(t) > len(first) {
			line = t // the code's line and the message under it, as they were written
		}
	}
	// A bare code, alone in the paste: "53079", "`2061`", "53079." (a sentence's full stop).
	// Read only when a provider documents it; identify credits a number alone only when it
	// is long and one provider's. One written as a code is read even when its words make an
	// error line or a class too ("samePartiesError", "EntryCannotBeQueriedForBookTransfer",
	// "PCR_UNAVAILABLE").
	if c := strings.TrimSuffix(t, "."); code == "" && len(c) >= 3 && len(c) <= 64 && codeToken(c) == c && len(catalog.Owners(c)) > 0 &&
		(line == "" && class == "" || codeShaped(c) && (class == "" || class == c)) {
		code, line, class = c, "", ""
	} else if line == "" && class == "" && code == "" && len(t) <= 400 && strings.Count(t, "\n") < 3 && providersPhrase(t) {
		// A bare message with no error word that is a provider's own ("Structure of
		// CardDetails contains the following unknown fields: [checkoutAttemptId]").
		line = cutLine(strings.TrimSpace(t))
	} else if line == "" && class == "" && code == "" && len(t) <= 4<<10 && providersPhrase(t) {
		// The same message quoted in a longer note: its own line ("Conta pessoa física
		// não cria subconta:\n\nPOST /accounts → 403\n\"Contas de pessoa física (CPF) não
		// podem criar subcontas no Asaas. …\""). The whole note is asked first, once: a note
		// with none of a provider's phrases is not searched line by line.
		for ls, more := t, true; more; {
			var l string
			l, ls, more = strings.Cut(ls, "\n")
			if l = strings.TrimSpace(l); len(l) <= 400 && providersPhrase(l) {
				line = cutLine(strings.Trim(l, "`'\"> "))
				break
			}
		}
	}
	if line == "" && class == "" && code == "" {
		return nil
	}
	o := &object{}
	if code != "" {
		o.add("code", code)
	}
	if line != "" {
		o.add("message", line)
	}
	if class != "" {
		o.add("exception", class)
	}
	return o
}

// afterLeadIn is text without the line a person wrote above what they pasted ("I get
// this error when I try to pay:", "Estou recebendo o seguinte erro:", "Me sale este
// error:"), which is nobody's error message; text itself when it starts with none. The
// line must speak in the first person and end with a colon, and is kept when it holds an
// exception's class or a provider's own words ("Structure of CardDetails contains the
// following unknown fields:").
func afterLeadIn(text string) string {
	// Two lines may lead in: the one a reader's question adds and the reporter's own ("My
	// app was working … but now I'm getting this error:").
	if rest := leadInOnce(text); len(rest) < len(text) {
		return leadInOnce(rest)
	}
	return text
}

// leadInOnce is text without its first line when that line introduces what follows.
func leadInOnce(text string) string {
	start := len(text) - len(strings.TrimLeft(text, " \t\r\n"))
	end := strings.IndexByte(text[start:], '\n')
	if end < 0 {
		return text
	}
	line := strings.TrimSpace(text[start : start+end])
	rest := text[start+end+1:]
	if len(line) > 160 || !strings.HasSuffix(line, ":") || strings.TrimSpace(rest) == "" || strings.Count(line, " ") < 2 {
		return text
	}
	lower := " " + grams.ToLower(line)
	if !slices.ContainsFunc(leadInWords[:], func(w string) bool { return strings.Contains(lower, w) }) {
		return text
	}
	if exceptionClass(line) != "" || providersPhrase(line) || quotesError(lower) {
		return text
	}
	return rest
}

// quotesError reports whether a line (lower case) quotes the error it introduces: "I'm
// getting error "Invalid Merchant Account". This is what I send:".
func quotesError(lower string) bool {
	for _, w := range [...]string{"error \"", "error “", "erro \"", "erro “"} {
		if i := strings.Index(lower, w); i >= 0 && strings.ContainsAny(lower[i+len(w):], "\"”") {
			return true
		}
	}
	return false
}

// leadInWords are how people introduce what they paste, in the first person, in the three
// languages; each starts at a word's start (the space before it).
var leadInWords = [...]string{" i get ", " i got ", " i'm getting", " im getting", " i am getting", " i keep getting",
	" i receive", " i'm receiving", " i am receiving", " i see ", " i'm seeing", " i am seeing", " gives me", " giving me",
	" here is", " here's", " recebo ", " recebendo", " recebi ", " estou tendo", " me retorna", " me retornou",
	" está dando", " esta dando", " dá o erro", " da o erro", " dando erro", " obtenho", " me sale", " me da ",
	" me aparece", " obtengo", " recibo ", " me devuelve", " me arroja", " estoy recibiendo", " estoy obteniendo"}

// beforeAfterword is text without the question or thanks a person wrote under what they
// pasted ("Any idea what is wrong? Thanks", "Alguém sabe o que pode ser?"); text itself
// when its last line is none.
func beforeAfterword(text string) string {
	t := strings.TrimRight(text, " \t\r\n")
	i := strings.LastIndexByte(t, '\n')
	if i < 0 || strings.TrimSpace(t[:i]) == "" {
		return text
	}
	line := strings.TrimSpace(t[i+1:])
	if len(line) > 160 || strings.Count(line, " ") < 2 {
		return text
	}
	lower := grams.ToLower(line)
	if strings.HasSuffix(lower, "?") && !strings.ContainsAny(lower, "{}[]=") || slices.ContainsFunc(afterwordWords[:], func(w string) bool { return strings.Contains(lower, w) }) {
		return t[:i]
	}
	return text
}

// afterwordWords end a request for help.
var afterwordWords = [...]string{"thanks", "thank you", "any idea", "any help", "please help", "obrigad", "alguém sabe",
	"alguem sabe", "gracias", "alguien sabe", "ayuda por favor"}

// providersPhrase reports whether text holds one of a catalogued provider's own messages
// (an entry's Match phrase).
func providersPhrase(text string) bool {
	// No test of asking for help here: a provider's long phrase is its own even when it
	// says "please" ("Please use a secret API key").
	lower, g := grams.Lower(text)
	for _, p := range catalog.Providers() {
		// A long phrase only: "payment failed" is anybody's.
		if e, ok := matchLower(p, 0, lower, g); ok && len(longestMatch(e, text)) >= 20 {
			return true
		}
		// Or a message only the provider writes, that no code carries (Mercado Pago's
		// "Una de las partes con la que intentas hacer el pago es de prueba").
		for _, c := range preparedCues(p) {
			if c.Kind == catalog.APIMark && len(c.lower) >= 20 && g.MayHold(c.lower) && strings.Contains(lower, c.lower) {
				return true
			}
		}
	}
	return false
}

// ownedSaying reports whether words are, for some provider that documents code, its own
// message for it.
func ownedSaying(code, words string) bool {
	k := catalog.SaysKey(strings.TrimSpace(words))
	if k == "" {
		return false
	}
	for _, p := range catalog.Owners(code) {
		if p.SaysKeyed(code, k) {
			return true
		}
	}
	return false
}

// parenNumberBeforeColon finds the first "(1234): " in text (3 to 6 digits): a code or a
// status a logger put between its own words and the API's.
func parenNumberBeforeColon(text string) (int, bool) {
	text = text[:min(len(text), 8<<10)]
	for off := 0; ; {
		i := strings.Index(text[off:], "): ")
		if i < 0 {
			return 0, false
		}
		end := off + i
		off = end + 3
		start := strings.LastIndexByte(text[:end], '(')
		// After a word and a space: PHP's stack frames write a line the same way,
		// glued to the file's name ("Client.php(489): GuzzleHttp\…").
		if start < 1 || text[start-1] != ' ' || end-start-1 < 3 || end-start-1 > 6 || !isNumber(text[start+1:end]) {
			continue
		}
		// After a word of letters: logcat's "E/flutter (20755): " is its process id.
		word := text[strings.LastIndexAny(text[:start-1], " \n\t")+1 : start-1]
		if word == "" || strings.IndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			continue
		}
		n, err := decimal.Atoi(text[start+1 : end])
		return n, err == nil
	}
}

// errorLine is the line of text that says what failed, trimmed of decoration and of a
// leading exception class: the first line with an error word that is not a stack frame.
func errorLine(text string) string {
	// Only the words the text holds at all are looked for line by line: most lines of a
	// long log hold none, and each line would otherwise be searched for every word.
	all, g := grams.Lower(text)
	if strings.Contains(all, `\'`) {
		all = unescapeQuotes(all)
		g = grams.New(all)
	}
	var strong, weak []string
	for _, w := range errorWords {
		if g.MayHold(w) && strings.Contains(all, w) {
			strong = append(strong, w)
		}
	}
	for _, w := range weakErrorWords {
		if g.MayHold(w) && strings.Contains(all, w) {
			weak = append(weak, w)
		}
	}
	if len(strong) == 0 && len(weak) == 0 {
		return ""
	}
	client := ""  // an HTTP client's own line, kept in case no line says more
	echo := false // the line is the source code Node prints under a file's path and line
	// The first line that says what failed is the message, unless a stack trace follows
	// closely and the line right above it is the thrown error itself ("Error: Invalid API
	// Key provided: sk_test_…" under Next.js's "Error occurred prerendering page …").
	var found, last string
	var foundThrown, lastThrown bool
	titled := false // the line before was an error page's title ("Stripe::CardError in payments#create")
	after := 0      // lines read since found
	for lines, more := text, true; more; {
		var line string
		line, lines, more = strings.Cut(lines, "\n")
		l := trimBytes(strings.TrimSpace(line), "`*\"'> ")
		l = strings.TrimSpace(strings.TrimPrefix(l, "- "))
		if l == "" {
			continue
		}
		if found != "" {
			if after++; after > 12 {
				return found
			}
		}
		if echo || stackFrame(l) {
			if found != "" {
				if lastThrown && !foundThrown {
					return last
				}
				return found
			}
			echo = sourceLine(l)
			continue
		}
		if titled {
			// The line under an error page's title is its message, error words or not; a
			// lead-in ("Showing …/show.html.erb where line #12 raised:") passes it on.
			if !strings.HasSuffix(l, ":") {
				titled = false
				m := cutLine(strings.TrimSpace(strings.TrimLeft(l, "#")))
				found, last = m, m
				continue
			}
		}
		lower := unescapeQuotes(grams.ToLower(l))
		said := slices.ContainsFunc(strong, func(w string) bool { return strings.Contains(lower, w) }) ||
			slices.ContainsFunc(weak, func(w string) bool { return strings.Contains(lower, w) }) && !asksForHelp(lower)
		if !said || denies(lower) {
			continue
		}
		// A line that is only an exception's class ("Stripe\Exception\CardException:")
		// says what failed on the next one.
		if m := cutLine(afterClass(l)); strings.Trim(m, ": ") != "" {
			// axios's "Request failed with status code 422" says only the status: the API's
			// words, when a later line has them, are the message.
			if client == "" && strings.Contains(lower, "request failed with status code") {
				client = m
				continue
			}
			// Rails' error page's title, "Stripe::InvalidRequestError in
			// api/payments/payment_intents#failed": the next line says what failed. Bugsnag's
			// issue, "**Stripe::InvalidRequestError** in **HandleStripeWebhookJob@default**",
			// names its job's queue instead.
			if rest := trimBytes(m, "* "); strings.HasPrefix(rest, "in ") && strings.ContainsAny(rest, "#@") && !strings.Contains(strings.TrimSpace(rest[3:]), " ") {
				if client == "" {
					client = m
				}
				titled = found == "" // the line under the title is its message, error words or not
				continue
			}
			// A Markdown heading over the paste ("## Error in v3") names it; a later line
			// says what failed, when one does.
			if titleHeading(l) {
				if client == "" {
					client = m
				}
				continue
			}
			thrown := thrownLine(l)
			if found == "" {
				found, foundThrown = m, thrown
			}
			last, lastThrown = m, thrown
		}
	}
	if found != "" {
		return found
	}
	return client
}

// titleHeading reports whether l is a Markdown heading that only names what follows:
// a few words with no colon ("## Error in v3"), not one that says what failed ("#
// Stripe::CardError: Your card was declined.", "## PayPal error: INSTRUMENT_DECLINED").
func titleHeading(l string) bool {
	return markdownHeading(l) && !strings.Contains(l, ":") && strings.Count(strings.TrimSpace(strings.TrimLeft(l, "#")), " ") < 5
}

// markdownHeading reports whether l is a Markdown heading: "#" to "######", then a space.
func markdownHeading(l string) bool {
	n := 0
	for n < len(l) && l[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && n < len(l) && l[n] == ' '
}

// thrownLine reports whether l is an error as a runtime prints it when thrown: its class,
// a colon, its message ("Error: …", "StripeAuthenticationError: …").
func thrownLine(l string) bool {
	c := leadingClass(l)
	return (strings.HasSuffix(c, "Error") || strings.HasSuffix(c, "Exception")) && strings.HasPrefix(l[len(c):], ":")
}

// unescapeQuotes undoes the backslash a PHP or JSON string put before an apostrophe
// ("collector doesn\'t have me2 active"), so that words are found as written.
func unescapeQuotes(s string) string {
	if strings.Contains(s, `\'`) {
		return strings.ReplaceAll(s, `\'`, "'")
	}
	return s
}

// trimBytes is strings.Trim for a short set of ASCII bytes, without building the set's
// table on every call: the per-line loops over a long paste call it once a line.
func trimBytes(s, set string) string {
	i, j := 0, len(s)
	for i < j && strings.IndexByte(set, s[i]) >= 0 {
		i++
	}
	for j > i && strings.IndexByte(set, s[j-1]) >= 0 {
		j--
	}
	return s[i:j]
}

// stackFrame reports whether a line is a frame of a stack trace.
func stackFrame(l string) bool {
	for _, p := range [...]string{"at ", "File \"", "from ", "in /", "Stack trace", "Traceback", "...", "^", "# ./", "# /"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	// PHP's numbered frames ("#0 /var/www/…", "#12 {main}"); a line that only begins with
	// "# " is RSpec's failure message or a Markdown heading, not a frame.
	if len(l) > 1 && l[0] == '#' && l[1] >= '0' && l[1] <= '9' {
		return phpFrameRest(strings.TrimLeft(l[1:], "0123456789"))
	}
	return sourceLine(l)
}

// phpFrameRest reports whether what follows a "#12" reads as PHP's frame: a path, "[internal
// function]", "{main}", or a call with its file and line. An error tracker's issue number
// before the error ("#2071 Excon::Error::Timeout: read timeout reached") is none of these.
func phpFrameRest(rest string) bool {
	if rest == "" || rest[0] != ' ' {
		return rest == ""
	}
	rest = strings.TrimLeft(rest, " ")
	if rest == "" {
		return true
	}
	switch rest[0] {
	case '/', '\\', '[', '{', '.', '~':
		return true
	}
	if len(rest) > 2 && rest[1] == ':' && (rest[2] == '\\' || rest[2] == '/') {
		return true // C:\xampp\…
	}
	return strings.Contains(rest, "): ") || strings.Contains(rest, ".php")
}

// sourceLine reports whether l is only a file's path and line, as Node prints above an
// uncaught error ("/app/node_modules/stripe/lib/Error.js:41"): its "Error.js" says nothing.
func sourceLine(l string) bool {
	if strings.ContainsAny(l, " \t") || !strings.ContainsAny(l, "/\\") {
		return false
	}
	i := strings.LastIndexByte(l, ':')
	return i > 0 && i+1 < len(l) && isNumber(l[i+1:])
}

// cutLine bounds a message to 300 bytes of valid UTF-8.
func cutLine(l string) string {
	if len(l) > 300 {
		return strings.ToValidUTF8(l[:300], "") + "…"
	}
	return l
}

// afterClass drops a leading exception class and the words PHP puts around it:
// "Fatal error: Uncaught Stripe\Error\Card: Your card was declined. in /app/…" →
// "Your card was declined.".
func afterClass(l string) string {
	for _, p := range [...]string{"PHP Fatal error:", "Fatal error:", "Uncaught exception", "Uncaught"} {
		l = strings.TrimSpace(strings.TrimPrefix(l, p))
	}
	if i := strings.Index(l, "' with message '"); i >= 0 {
		rest := l[i+len("' with message '"):]
		if j := strings.Index(rest, "' in "); j >= 0 {
			rest = rest[:j]
		}
		return strings.TrimSuffix(rest, "'")
	}
	if c := leadingClass(l); c != "" {
		l = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(l, c), ":"))
	}
	if i := strings.LastIndex(l, " in /"); i > 0 {
		l = l[:i]
	}
	if i := strings.LastIndex(l, " in C:\\"); i > 0 {
		l = l[:i]
	}
	return strings.TrimSpace(l)
}

// leadingClass is the exception class a line starts with ("Stripe::CardError",
// "stripe.error.InvalidRequestError", "Stripe\Exception\CardException",
// "com.paypal.core.rest.PayPalRESTException"), "" when it starts with none.
func leadingClass(l string) string {
	end := 0
	for end < len(l) {
		c := l[end]
		if nameBytesFold[c] || c == '.' || c == '\\' || c == ':' && end+1 < len(l) && l[end+1] == ':' || c == ':' && end > 0 && l[end-1] == ':' || c == '$' {
			end++
			continue
		}
		break
	}
	name := strings.TrimRight(l[:end], ":.")
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, "exception") || strings.HasSuffix(lower, "error") || strings.Contains(name, "::") && strings.ContainsAny(name, "E") || strings.Contains(name, "\\Error\\") ||
		strings.Contains(name, "\\Exception\\") || strings.Contains(name, ".exception.") || // Braintree\Exception\Authentication, com.x.exception.Foo
		strings.Contains(name, "_Exception_") || strings.Contains(name, "_Error_") || // PHP's classes before namespaces: Braintree_Exception_NotFound
		strings.Contains(name, "::") && classStatus(name) != 0 { // Ruby's Promisepay::Unauthorized
		return name
	}
	return ""
}

// exceptionClass is the first exception class named in text, "" when none is.
func exceptionClass(text string) string {
	for lines, more := text[:min(len(text), 8<<10)], true; more; {
		var line string
		line, lines, more = strings.Cut(lines, "\n")
		l := trimBytes(strings.TrimSpace(line), "`*> ")
		if j := strings.IndexByte(l, ']'); strings.HasPrefix(l, "[") && j > 0 && j < 40 {
			l = strings.TrimSpace(l[j+1:]) // a log's time in brackets: "[Tue Mar 18 13:27:11 2025] PHP Fatal error: …"
		}
		stable := false // l is as trimmed as the loop's step leaves it
		for _, p := range [...]string{"<b>Fatal error</b>:", "PHP Fatal error:", "Fatal error:", "Result Message:", "Uncaught exception", "Uncaught", "Error type:", "A ", "- "} {
			if stable && !strings.HasPrefix(l, p) {
				continue
			}
			n := trimBytes(strings.TrimSpace(strings.TrimPrefix(l, p)), "`*'\" ")
			stable, l = n == l, n
		}
		if c := leadingClass(l); c != "" {
			return c
		}
	}
	return ""
}

// numericKeyCode reads a JavaScript object dumped with codes for keys, as PagSeguro's
// DirectPayment library reports its errors: `Object {10000: "invalid creditcard
// brand"}`, or one member per line in a browser's console (`10003: "O TOKEN WEB é
// inválido."`). "" when the line is not one.
func numericKeyCode(line string) string {
	if i := strings.IndexByte(line, '{'); i >= 0 {
		line = strings.TrimSpace(line[i+1:])
	}
	c := codeToken(line)
	if !isNumber(c) || len(c) < 4 || len(c) > 6 {
		return ""
	}
	if rest := line[len(c):]; strings.HasPrefix(rest, ": \"") || strings.HasPrefix(rest, ": '") {
		return c
	}
	return ""
}

// codeBeforeErrorWord is a code in capitals joined by underscores that the words call an
// error: "is showing PERMISSION_DENIED error", "got an INVALID_REQUEST exception".
func codeBeforeErrorWord(l string) string {
	words := strings.Fields(l)
	for i := 0; i+1 < len(words); i++ {
		w := trimBytes(words[i], "`'\"*()[],:")
		next := strings.ToLower(trimBytes(words[i+1], ".,:;!`'\")"))
		if len(w) >= 6 && strings.IndexByte(w, '_') > 0 && isUpperCode(w) && codeToken(w) == w &&
			(next == "error" || next == "erro" || next == "errors" || next == "exception") {
			return w
		}
	}
	return ""
}

// bracketedIssue is a code in capitals joined by underscores, in square brackets, before
// the sentence that explains it ("[PAYER_ACTION_REQUIRED] Payer needs to perform …"); ""
// when the line has none. A log level ("[ERROR]") has no underscore.
func bracketedIssue(l string) string {
	for off := 0; ; {
		i := strings.IndexByte(l[off:], '[')
		if i < 0 {
			return ""
		}
		i += off
		off = i + 1
		j := strings.IndexByte(l[i:], ']')
		if j < 7 || j > 65 {
			continue
		}
		c := l[i+1 : i+j]
		if after := l[i+j+1:]; strings.IndexByte(c, '_') > 0 && isUpperCode(c) && codeToken(c) == c && len(after) > 2 && after[0] == ' ' && after[1] >= 'A' && after[1] <= 'Z' {
			return c
		}
	}
}

// afterLogcatTag is line without the priority and tag Android's logcat writes before it
// ("E/PayPalService﹕ ", "W/System.err: ", "E/flutter (20755): "); line itself when it
// has none.
func afterLogcatTag(line string) string {
	l := strings.TrimSpace(line)
	if len(l) < 4 || l[1] != '/' || strings.IndexByte("VDIWEF", l[0]) < 0 {
		return line
	}
	for i := 2; i < len(l) && i < 64; i++ {
		switch c := l[i]; {
		case c == ':' || strings.HasPrefix(l[i:], "﹕"):
			if i == 2 {
				return line
			}
			if c != ':' {
				i += len("﹕") - 1 // old Android Studio's small colon, three bytes
			}
			return strings.TrimSpace(l[i+1:])
		case c == ' ' || c == '(':
			j := strings.IndexAny(l[i:], ":﹕")
			if j < 0 || !strings.HasSuffix(strings.TrimSpace(l[i:i+j]), ")") {
				return line
			}
			i += j - 1
		case !nameBytesFold[c] && c != '.' && c != '$':
			return line
		}
	}
	return line
}

// codeInText finds the error code a message names: "Error Code: 10486", "ERROR 3004.",
// "PAYEE_ACCOUNT_RESTRICTED: The merchant…", "Receiver is blocked (53080)", "184 - Request
// could not be empty", "ReturnCode: 001", a type URL's last segment. "" when it names none.
func codeInText(text string) string {
	if strings.Contains(text, "**:") {
		// A Markdown list's bold label, "- **Issue**: `COMPLIANCE_VIOLATION`", read as its
		// bold label and colon are ("**Issue:** …").
		text = strings.ReplaceAll(text, "**:", ":**")
	}
	c := findCodeInText(text)
	if looksLikeDate(c) {
		return ""
	}
	if xmlPrefix(c) {
		// A SOAP fault's code in words keeps its namespace's prefix: "SOAP Fault:
		// ns1:coe.alreadyAuthenticated" (AFIP's). The code is the name after it.
		if i := strings.Index(text, c+":"); i >= 0 {
			return codeToken(text[i+len(c)+1:])
		}
		return ""
	}
	return c
}

// googlePaySheetCode is the code Google Pay's payment sheet shows under its own words
// ("This merchant is having trouble accepting your payment right now … OR_BIBED_07"):
// OR_, five capitals, _, two digits. "" when text holds none.
func googlePaySheetCode(text string) string {
	text = text[:min(len(text), 8<<10)]
	for off := 0; ; {
		i := strings.Index(text[off:], "OR_")
		if i < 0 {
			return ""
		}
		i += off
		off = i + 3
		c := codeToken(text[i:])
		if len(c) == 11 && c[8] == '_' && strings.Trim(c[3:8], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" && isNumber(c[9:]) && (i == 0 || !nameBytesFold[text[i-1]]) {
			return c
		}
	}
}

// xmlPrefix reports whether s is one of the namespace prefixes SOAP faults write before
// their code: ns1, ns2, soap, soapenv, env, tns.
func xmlPrefix(s string) bool {
	switch s {
	case "soap", "soapenv", "env", "tns", "ns":
		return true
	}
	return len(s) >= 3 && len(s) <= 4 && strings.HasPrefix(s, "ns") && isNumber(s[2:])
}

func findCodeInText(text string) string {
	// A link to the error in PayPal's reference: …/orders/v2/#error-DUPLICATE_INVOICE_ID,
	// …/docs/api/#RISK_DECLINE.
	if c := payPalLinkedCode(text); c != "" {
		return c
	}
	// Magento's PayPal module: "… (#10486: This transaction couldn't be completed)".
	if i := strings.Index(text, "(#"); i >= 0 {
		if c := codeToken(text[i+2:]); isNumber(c) && len(c) >= 3 && strings.HasPrefix(text[i+2+len(c):], ":") {
			return c
		}
	}
	if c := hashedCode(text); c != "" {
		return c
	}
	if c := googlePaySheetCode(text); c != "" {
		return c
	}
	// yansongda/pay's gateway error: "Get Alipay API Error:Business Failed -
	// ACQ.INVALID_PARAMETER", the API's sub_code after its message, all that follows the
	// first " - " on the line: not a status, a date or words ("10002 - Security error - 3").
	if i := strings.Index(text, "API Error:"); i >= 0 {
		line, _, _ := strings.Cut(text[i:], "\n")
		if j := strings.Index(line, " - "); j >= 0 {
			if c := strings.TrimRight(strings.TrimSpace(line[j+3:]), "."); c != "" && codeToken(c) == c && codeShaped(c) && !looksLikeStatus(c) && !looksLikeDate(c) {
				return c
			}
		}
	}
	// PagSeguro's PHP library logs each error as "[11112] - shippingCost invalid pattern …":
	// the first one is the code.
	for off, n := 0, 0; n < 8; n++ {
		i := strings.Index(text[off:], "] - ")
		if i < 0 {
			break
		}
		i += off
		off = i + 4
		if j := strings.LastIndexByte(text[:i], '['); j >= 0 && i-j-1 >= 3 && i-j-1 <= 6 && isNumber(text[j+1:i]) && !looksLikeStatus(text[j+1:i]) {
			return text[j+1 : i]
		}
	}
	// A code in brackets that begins the text: PayPal's NVP errors as a shop prints them,
	// "[10605] Transaction refused because of an invalid argument."
	whole := strings.TrimSpace(text) // the paste alone, for the rules below that read a paste of one line
	if c, _ := bracketedNumber(whole); c != "" {
		return c
	}
	// A number in brackets before the API's words: "Flow rechazó la solicitud (2002): The
	// optional parameter is too long". An HTTP status there is the status (statusInText).
	if n, ok := parenNumberBeforeColon(text); ok && validStatus(n) == 0 {
		return strconv.Itoa(n)
	}
	// An NSError as iOS prints it: Error Domain=com.izettle.session.error Code=2 "…".
	if i := strings.Index(text, "Error Domain="); i >= 0 {
		if j := strings.Index(text[i:min(len(text), i+200)], " Code="); j >= 0 {
			if c := codeToken(text[i+j+len(" Code="):]); c != "" && (isNumber(c) || strings.HasPrefix(c, "-") && isNumber(c[1:])) {
				return c
			}
		}
	}
	// Flutter's PlatformException(code, message, details, stacktrace): the plugin's code
	// comes first ("PlatformException(10, 10: , null, null)", Google Pay's status 10).
	if i := strings.Index(text, "PlatformException("); i >= 0 {
		rest := text[i+len("PlatformException("):]
		if j := strings.IndexByte(rest, ','); j > 0 && j <= 40 {
			if c := rest[:j]; codeToken(c) == c && !strings.EqualFold(c, "error") && !strings.EqualFold(c, "failed") {
				return c
			}
		}
	}
	// PHP's SoapFault names its faultcode in brackets: "Uncaught SoapFault exception:
	// [wsse:FailedCheck] Security Data : UsernameToken authentication failed."
	if i := strings.Index(text, "SoapFault exception: ["); i >= 0 {
		rest := text[i+len("SoapFault exception: ["):]
		if j := strings.IndexByte(rest, ']'); j > 0 && j <= 40 && !strings.ContainsAny(rest[:j], " \n") {
			if _, kind, _ := strings.Cut(strings.ToLower(rest[:j]), ":"); kind != "server" && kind != "client" {
				return rest[:j] // soap:Server says only whose fault it was: the code is further on
			}
		}
	}
	lower, g := lowerAligned(text)
	for _, label := range [...]string{"\"status_detail\": \"", "status_detail=", "status_detail:", "status detail:", "error code:", "错误代码", "错误码", "error codes [", "error code", "error_code=", "bearer error=", "error name:", "response code \"", "errorcode:", "returncode:", "return code:", "reasoncode=", "response_code :", "response_code:", "código:", "codigo:", "cód:", "cod:", "code:", "code=", "issue:", "issue=", "problem: ", "causes :", "error (", "error:", "erro:", "(err. ", "regla:", "código", "codigo", "errors", "error", "erro", "code", "خطای "} {
		i, retried := -1, false
		if g.MayHold(label) {
			i = labelAt(lower, label)
		}
		if i >= 0 && i == len(lower)-len(strings.TrimLeft(lower, " \t\r\n")) && strings.HasSuffix(label, ":") {
			// The label leads the paste ("Error: In the payment phase, I receive this
			// error. `SIS0431`"): a code right after it, else its next use.
			if r := strings.TrimLeft(text[i+len(label):], " \t|:#'\"`.*"); codeToken(r) == "" || !(hasDigit(codeToken(r)) || isUpperCode(codeToken(r)) || looksLikeCode(codeToken(r))) || listNumber(r) {
				if j := labelAt(lower[i+len(label):], label); j >= 0 {
					i += len(label) + j
					retried = true
				} else if j := labelAt(lower[i+len(label):], strings.TrimSuffix(label, ":")); j >= 0 && label == "error:" {
					i += len(label) + j
					label = "error"
					retried = true
				}
			}
		}
		afterLevel := false
		if i >= 0 && !retried && label == "error" && logLevelAt(text, i) {
			// A log's level is no label: "2024-01-01 10:00:00 ERROR [main]
			// c.e.PaymentService - Error 53081" names its code at the word's next use,
			// a number of three digits or more ("cURL error 28" is curl's).
			if j := labelAt(lower[i+len(label):], label); j >= 0 {
				i += len(label) + j
				retried, afterLevel = true, true
			}
		}
		if i < 0 {
			continue
		}
		if label == "error code" {
			// Words about the code before the code itself: "The error code is
			// deprecated … Basically, the error code 10486 means …". A later use counts
			// only with a code of four digits or more, or one shaped as a code (capitals,
			// letters with digits, snake_case: "the error code card_declined"): not
			// "Docker then exits with error code 137", "Chrome shows error code 5".
			for first, at := i, i; ; {
				c := codeToken(strings.TrimLeft(text[at+len(label):], " \t|:#'\"`.*"))
				if at == first && c != "" && (hasDigit(c) || isUpperCode(c) || looksLikeCode(c)) {
					break
				}
				if at != first && c != "" && (isNumber(c) && len(c) >= 4 || !isNumber(c) && hasDigit(c) && hasLetter(c) || isUpperCode(c) || strings.Contains(c, "_") && looksLikeCode(c)) {
					i, retried = at, true
					break
				}
				j := labelAt(lower[at+len(label):], label)
				if j < 0 {
					break
				}
				at += len(label) + j
			}
		}
		cut := " \t|:#'\"`.*" // "Authorize.Net error. E00027: …"
		if strings.HasSuffix(label, "code:") || strings.HasPrefix(label, "错误") {
			cut = " \t|:#'\"`.*[：" // "Code: [400.100.101]", "错误代码：[NO_AUTH]"; not Node's "Error [ERR_HTTP_HEADERS_SENT]", the runtime's own
		}
		rest := strings.TrimLeft(text[i+len(label):], cut)
		c := codeToken(rest)
		if markdownItem(rest) {
			continue // "Error: 2. **Bug: … (erro 4020)": a Markdown list's number, not a code
		}
		if q := strings.TrimLeft(text[i+len(label):], " \t:"); (strings.HasPrefix(q, "'") || strings.HasPrefix(q, "\"")) && strings.HasPrefix(rest[len(c):], " ") && !hasDigit(c) &&
			!isUpperCode(c) && len(catalog.Owners(c)) == 0 {
			continue // a quoted sentence's first word: "Error: 'auto_return invalid. back_url.success must be defined'"
		}
		if strings.Contains(label, "status") && !strings.Contains(c, "rejected") {
			continue // Mercado Pago's status_detail names a failure only when refused (not pending_…, accredited)
		}
		if after := rest[len(c):]; retried && isNumber(c) && len(c) < 3 && (afterLevel || len(after) >= 2 && after[0] == ' ' && after[1] >= 'a' && after[1] <= 'z') {
			continue // the label's next use counts ("Retrying, error 1 of 3", "2 validation errors"): no code
		}
		if label == "regla:" && (!hasLetter(c) || !hasDigit(c) || denies(lower)) {
			continue // a validation rule's name (DIAN's "Regla: FAK61, Rechazo: …"), not "Regla: 10 días hábiles"
		}
		if label == "code=" && (isNumber(c) || !codeShaped(c) || len(catalog.Owners(c)) == 0) {
			continue // a log's key=value pair names a code a provider documents: "payment failed code=amount_too_small"
		}
		if label == "code" && (len(c) < 3 || !strings.HasPrefix(text[i+len(label):], " ")) {
			continue // "Invalid Merchant Account code 901.", but not "exit code 1" nor a zip code's word
		}
		if label == "errors" && (len(c) < 4 || !isNumber(c) || !strings.HasPrefix(text[i+len(label):], " ")) {
			continue // "Funding Source Errors 10422 or 10486", but not a count ("errors: 3", "errors 2 of 5")
		}
		// A number glued to the sentence after it: Openpay's "ERROR 1003La petición no pudo
		// ser procesada".
		d := len(c) - len(strings.TrimLeft(c, "0123456789"))
		if len(c) > 3 && d >= 3 && d+2 <= len(c) && c[d] >= 'A' && c[d] <= 'Z' && c[d+1] >= 'a' && c[d+1] <= 'z' {
			return c[:d]
		}
		if n := len(c) - len(strings.TrimLeft(strings.TrimPrefix(c, "-"), "0123456789")); c != "" && c[0] == '-' && n >= 2 && n+2 <= len(c) && c[n] >= 'A' && c[n] <= 'Z' && c[n+1] >= 'a' && c[n+1] <= 'z' {
			return c[:n] // a negative code glued the same way: Wirecard's "Response code: -1General error occurred"
		}
		if d >= 3 && d+3 <= len(c) && c[d] == '-' && c[d+1] >= 'A' && c[d+1] <= 'Z' && c[d+2] >= 'a' && c[d+2] <= 'z' {
			return c[:d] // PayPal's Payflow in Magento: "Generic processor error: 10481-PaymentAction of Authorization is not allowed …"
		}
		if c != "" && (hasDigit(c) || isUpperCode(c) || looksLikeCode(c)) && !looksLikeStatus(c) && !looksLikeDate(c) && !(afterLevel && yearLike(c)) {
			return c
		}
		if label == "error_code=" && len(c) >= 3 && hasLetter(c) && strings.ToUpper(c) == c && c != "NONE" && c != "NULL" && c != "NIL" {
			return c // a Go struct's fields as its String() writes them: "error_code=INVALID, message=…" (SumUp's SDK)
		}
		// A CamelCase code a provider documents: "recebe o erro `ClaimAlreadyExistsForKey`"
		// (DICT), "errorCode: samePartiesError" (the mobile-money API's).
		if camelish(c) && len(catalog.Owners(c)) > 0 {
			return c
		}
		// The status, then the code: "ERRO 400 : CobOperacaoInvalida".
		if looksLikeStatus(c) {
			after := strings.TrimLeft(rest[len(c):], " \t:-|'\"`")
			if r := codeToken(after); r != "" && (isUpperCode(r) || looksLikeCode(r) || camelCode(r)) && !(afterLevel && strconv.Itoa(reasonStatus(strings.ReplaceAll(r, "_", " "))) == c) {
				return r // not, after a log's level, the status's own reason ("Error 500 INTERNAL_SERVER_ERROR from gateway")
			}
		}
	}
	fewLines := strings.Count(whole, "\n") < 6
	for lines, more := text[:min(len(text), 8<<10)], true; more; {
		var line string
		line, lines, more = strings.Cut(lines, "\n")
		l := trimBytes(strings.TrimSpace(afterLogcatTag(line)), "`'\" ")
		if strings.HasPrefix(l, "**") {
			l = strings.TrimSpace(strings.Trim(l, "*")) // Markdown's bold around a quoted line: "**CFDI33102 : El resultado …**"
		}
		if b := strings.TrimPrefix(strings.TrimPrefix(l, "• "), "* "); len(b) < len(l) {
			// A list's bullet: "• CANNOT_BE_NEGATIVE Must be …", not a setting's
			// "* STRIPE_API_VERSION: 2023-10-16".
			if c := codeToken(b); failingName(c) {
				l = b // a documented code only: not "* NOTE_TO_SELF: ask support"
			}
		}
		if c := codeAfterLogLevel(l); c != "" {
			return c // Monolog's "[2019-08-09 13:55:50] AdyenLoggerTest.ERROR: 010: Not allowed {…} []"
		}
		if dottedCode(l) { // a line that is only a dotted code: conekta.errors.parameter_validation.amount
			return l
		}
		if l != whole && fewLines {
			// The code in brackets before the sentence, under the exception's class:
			// "…\PaddleApiException\n[107] You don't have permission to access this resource".
			if c, rest := bracketedNumber(l); c != "" && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
				return c
			}
		}
		if len(l) >= 8 && len(l) <= 64 && strings.IndexByte(l, '_') > 0 && isUpperCode(l) && codeToken(l) == l {
			return l // a line that is only a code in capitals: Vercel's page, "…\n\nDEPLOYMENT_NOT_FOUND"
		}
		if l == whole && len(l) >= 4 && len(l) <= 24 && codeToken(l) == l && hasLetter(l) && digitCount(l) >= 2 && !looksLikeDate(l) &&
			strings.Trim(l, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") == "" && l[0] >= 'A' && l[0] <= 'Z' {
			return l // a paste that is only a code of letters and digits: "E0024", "E00027", "BP-DR-44"
		}
		// The code may lead the line, or follow a label: "error message: PAYEE_ACCOUNT_RESTRICTED: …".
		for s, n := l, 0; n < 4 && s != ""; n++ {
			// "INTERNAL_SERVICE_ERROR - System error. Please try again later." (PayPal's
			// mobile SDKs) too.
			if c := codeToken(s); looksLikeCode(c) && strings.HasPrefix(s[len(c):], ": ") && len(catalog.Owners(c)) > 0 {
				return c // a documented code in lower case, then its words: "access_token_not_found: O cabeçalho …"
			}
			if c := codeToken(s); (isUpperCode(c) || hasDigit(c) && hasLetter(c) && len(c) <= 12) && (strings.HasPrefix(s[len(c):], ":") && !strings.HasPrefix(s[len(c):], "::") ||
				hasDigit(c) && hasLetter(c) && strings.HasPrefix(s[len(c):], " : ") || // "E00007 : User authentication failed …"
				isUpperCode(c) && strings.Contains(c, "_") && (strings.HasPrefix(s[len(c):], " - ") || strings.HasPrefix(s[len(c):], " – ") || sentenceAfter(s[len(c):])) ||
				isUpperCode(c) && strings.Contains(c, "-") && hasDigit(c) && strings.HasPrefix(s[len(c):], " - ") || // Pay.nl's "PAY-404 - Resource not Found"
				// The code ends the sentence that reports it: PayPal's .NET SDK's "Error while
				// processing transaction. CREDIT_CARD_REFUSED".
				n > 0 && isUpperCode(c) && strings.Contains(c, "_") && len(c) >= 8 && strings.Trim(s[len(c):], " .") == "" ||
				// A documented code, then the field it is about as a JSON pointer: PayPal's
				// issue and field as a plugin prints them, "AMOUNT_MISMATCH /purchase_units/…".
				isUpperCode(c) && strings.Contains(c, "_") && jsonPointerAfter(s[len(c):]) && len(catalog.Owners(c)) > 0 ||
				n == 0 && len(c) <= 12 && c[0] >= 'A' && c[0] <= 'Z' && hasLetter(c) && digitCount(c) >= 3 && sentenceAfter(s[len(c):])) { // "E00059 The authentication type is not allowed for this method call."
				if !looksLikeDate(c) { // "ORDER_ALREADY_CAPTURED: Order already captured.", "E00007: User authentication failed"
					return c
				}
			}
			if c := codeToken(s); n > 0 && c == strings.TrimRight(s, " .") && (camelish(c) || codeShaped(c) && !isNumber(c)) && len(c) >= 3 && !commonWordsCode(snakeCase(c)) && len(catalog.Owners(c)) > 0 &&
				!strings.Contains(grams.ToLower(lastWord(strings.TrimSuffix(strings.TrimRight(l[:len(l)-len(s)], " "), ":"))), "stat") {
				// A documented code that ends the line after a label: "Exception:
				// samePartiesError", "Detalle: cc_rejected_other_reason", "Exception: BP-DR-1";
				// not a status's name ("HttpStatusCode: BadRequest"), a number, nor what a
				// status says ("status_detail: pending_waiting_transfer").
				return c
			}
			if c := codeToken(s); numberCode(c) && strings.HasPrefix(s[len(c):], " : ") && sentenceAfter(s[len(c)+2:]) {
				return c // Sage Pay's "5080 : Form transaction registration failed."
			}
			if _, q, ok := strings.Cut(s, "`"); ok && n == 0 {
				// The same quoted in backticks inside a sentence: "To prevent a `3140 : The
				// DeliveryCountry value is invalid`, I copied them …".
				q, _, _ = strings.Cut(q, "`")
				if c := codeToken(q); numberCode(c) && strings.HasPrefix(q[len(c):], " : ") && sentenceAfter(strings.TrimRight(q[len(c)+2:], ".")+".") && saysFailure(grams.ToLower(q)) {
					return c
				}
			}
			// "…: PAYEE_ACCOUNT_RESTRICTED: …", and a plugin's sentence before the API's code:
			// "There was an error capturing the transaction. BAD_REQUEST_ERROR: The requested URL …".
			i, j := strings.Index(s, ": "), strings.Index(s, ". ")
			switch {
			case i < 0 && j < 0:
				s = ""
			case i < 0 || j >= 0 && j < i:
				s = strings.TrimSpace(s[j+2:])
			default:
				s = strings.TrimSpace(s[i+2:])
			}
		}
		// "Invalid users involved - 2034: Invalid users involved" (Mercado Pago's PHP SDK).
		if _, after, ok := strings.Cut(l, " - "); ok {
			if c := codeToken(after); isNumber(c) && len(c) >= 3 && strings.HasPrefix(after[len(c):], ":") {
				return c
			}
		}
		if c := codeToken(l); isNumber(c) && len(c) >= 3 && len(c) <= 6 && !yearLike(c) && !looksLikeStatus(c) && strings.HasPrefix(l[len(c):], ": ") &&
			(strings.Count(strings.TrimSpace(l[len(c)+2:]), " ") >= 2 || l == whole && strings.Count(l, " ") == 2) { // "4000: Invalid information", alone
			return c // "81703: Credit card type is not accepted by this merchant account." (Braintree's SDKs)
		}
		if c := codeToken(l); isNumber(c) && len(c) >= 3 && len(c) <= 6 && strings.HasPrefix(l[len(c):], " ") && ownedSaying(c, l[len(c):]) {
			return c // "309 Transaction not available to void": a code, then its provider's own words for it
		}
		if c := codeToken(l); isNumber(c) && len(c) >= 4 && strings.EqualFold(strings.TrimSpace(l[len(c):]), "error") {
			return c // "53081 Error": a PagSeguro module's whole message
		}
		if c := codeToken(l); isNumber(c) && len(c) >= 3 && len(c) <= 6 && l == whole && !yearLike(c) && !looksLikeStatus(c) && strings.HasPrefix(l[len(c):], " ") &&
			len(l) > len(c)+2 && l[len(c)+1] >= 'A' && l[len(c)+1] <= 'Z' && l[len(c)+2] >= 'a' && l[len(c)+2] <= 'z' {
			// A paste that is one line, a code and what it means, as a sentence: Adyen's
			// "701 Service null not present" (not "250 payments failed", "15000 USD …").
			if rest := grams.ToLower(l[len(c)+1:]); strings.Count(rest, " ") <= 8 && (saysFailure(rest) || weakFailure(rest)) {
				return c
			}
		}
		if c := codeToken(l); isNumber(c) && len(c) == 5 && !yearLike(c) && strings.HasPrefix(l[len(c):], " ") && !strings.HasPrefix(l[len(c):], "  ") {
			// "53091 sender hash invalid.": a code of five digits, then what it means, with
			// an error word and nothing that reads as a quantity ("10000 requests").
			if rest := grams.ToLower(l[len(c)+1:]); strings.Count(rest, " ") <= 8 && saysFailure(rest) {
				return c
			}
		}
		if c := numericKeyCode(l); c != "" {
			return c
		}
		if c := gluedOwnedCode(l); c != "" {
			return c
		}
		if c := bracketedIssue(l); c != "" {
			return c // a PayPal issue after its name: "… business validation. | [PAYER_ACTION_REQUIRED] Payer needs to …"
		}
		if c := quotedCode(l); c != "" {
			if !looksLikeDate(c) { // "Authorization error: 'CARD_DECLINED_VERIFICATION_REQUIRED'"
				return c
			}
		}
		if c := codeAfterReturns(l); c != "" {
			return c // "Paying with the eWallet OVO payment method always returns API_VALIDATION_ERROR"
		}
		if c := codeBeforeErrorWord(l); c != "" {
			return c // "… is showing PERMISSION_DENIED error"
		}
		for _, typ := range [...]string{"validation ", "security ", "configuration ", "internal "} {
			// Adyen's SOAP faults: "validation 901 Invalid Merchant Account".
			if i := strings.Index(l, typ); i >= 0 {
				if c := codeToken(l[i+len(typ):]); isNumber(c) && len(c) == 3 {
					if !looksLikeDate(c) {
						return c
					}
				}
			}
		}
		if b := afterErrorLabel(l); b != "" && b[0] == '(' {
			if c := codeToken(b[1:]); isNumber(c) && len(c) >= 3 && len(c) <= 6 && validStatus(intValue(number(c))) == 0 && !yearLike(c) && strings.HasPrefix(b[1+len(c):], ") ") && !looksLikeDate(c) {
				// Only before words of failure: "(237) Bradesco" is a bank's number, "(150)
				// Pedidos pendentes" a count.
				if r := b[len(c)+3:]; r != "" && r[0] >= 'A' && r[0] <= 'Z' && saysFailure(grams.ToLower(r)) {
					return c // Caixa's boleto service, quoted: "(803) SISTEMA INDISPONIVEL - ERRO NO INSERT …"
				}
			}
		}
		if c := codeToken(l); c != "" && hasDigit(c) && len(c) <= 8 && strings.HasPrefix(l[len(c):], " - ") {
			if !looksLikeDate(c) { // "184 - Request could not be empty"
				return c
			}
		}
		if i := strings.Index(l, "="); i >= 4 && isNumber(l[strings.LastIndexByte(l[:i], ' ')+1:i]) {
			if c := l[strings.LastIndexByte(l[:i], ' ')+1 : i]; !looksLikeDate(c) { // PagSeguro's .NET SDK: "53041=installment value invalid"
				return c
			}
		}
		if l := closingTagTrimmed(l); strings.HasSuffix(strings.TrimRight(l, ". "), ")") {
			i := strings.LastIndexByte(l, '(')
			inner := strings.TrimRight(strings.TrimRight(l, ". "), ")")[i+1:]
			if c := codeToken(inner); c == inner && hasDigit(c) && len(c) >= 4 {
				if !looksLikeDate(c) { // "Receiver is blocked (53080)"
					return c
				}
			} else if c == inner && i > 0 && strings.Contains(c, "_") && len(catalog.Owners(c)) == 1 && strings.HasSuffix(strings.TrimSpace(l[:i]), "\"") {
				// One provider's code after its message in quotes: "\"A chave de API informada
				// não pertence a este ambiente\" (invalid_environment)"; not a sentence's own
				// words in brackets ("the server rejected the file (bad_request)").
				return c
			}
		}
		if c := quotedMessageCode(l); c != "" {
			return c
		}
		if i := strings.Index(l, "/error/"); i >= 0 {
			if c := codeToken(l[i+len("/error/"):]); c != "" {
				if !looksLikeDate(c) { // a problem type URL
					return c
				}
			}
		}
		c := backtickedOwnedCode(l)
		if c == "" && len(l) != len(line) {
			c = backtickedOwnedCode(line) // the line as written, its leading backtick kept: "  ``post_processing_operation_pending`` …"
		}
		if c != "" {
			return c // "the Stripe API returns `charge_already_refunded` and …"
		}
		if c := pipedTypeCode(l); c != "" && !markdownTable(text) {
			return c // Pagar.me's gateway message: "action_forbidden |  | This company is not allowed to create a recipient"
		}
	}
	if len(text) <= 2<<10 {
		for lines, more := text, true; more; {
			var line string
			line, lines, more = strings.Cut(lines, "\n")
			if c := ownedCapsCode(line); c != "" {
				return c // "I get INVALID_PAYER_ID when I try to execute transaction."
			}
			if c := quotedTitleCode(line); c != "" {
				return c // "I keep receiving the \"Required Scope Missing\" error"
			}
		}
	}
	// Last, a number after "Error #" anywhere with an API's sentence after it: s2member's
	// PayPal Pro form, "others get an error: «Error #10501. Transaction cannot be processed
	// due to an invalid merchant configuration." (not an app's "Error #53004. Please try
	// again.").
	if _, rest, ok := strings.Cut(text, "Error #"); ok {
		c := codeToken(rest)
		if after := rest[len(c):]; len(c) >= 3 && len(c) <= 6 && isNumber(c) && !looksLikeStatus(c) && (strings.HasPrefix(after, ". ") || strings.HasPrefix(after, ": ")) {
			if sentence, _, _ := strings.Cut(after[2:], "\n"); strings.Count(sentence, " ") >= 5 {
				return c
			}
		}
	}
	return ""
}

// ownedCapsCode is a code in capitals with an underscore, a word of its own in a short
// text's line, that a catalogued provider documents and that is no HTTP reason phrase:
// an issue's prose naming the error it got ("paypal.payment.create() DUPLICATE_REQUEST_ID",
// "(DUPLICATE_REQUEST_ID)PayPal-Request-Id header was already used."). "" for none.
func ownedCapsCode(l string) string {
	for i := 0; i < len(l); {
		if !capsByte(l[i]) {
			i++
			continue
		}
		j := i
		for j < len(l) && capsByte(l[j]) {
			j++
		}
		c := l[i:j]
		before := i == 0 || !isNameByte(l[i-1]) && l[i-1] != '.'
		after := j == len(l) || !(l[j] >= 'a' && l[j] <= 'z') && l[j] != '.' || j+1 == len(l) || l[j+1] == ' '
		if before && after && len(c) >= 8 && strings.Contains(c, "_") && hasLetter(c) && c[0] != '_' && !strings.HasPrefix(l[j:], " /") &&
			reasonStatus(strings.ReplaceAll(c, "_", " ")) == 0 && len(catalog.Owners(c)) > 0 && (calledError(l) || quotedAt(l, i, j) || namesOwner(l, c)) {
			return c
		}
		i = j
	}
	return ""
}

// markdownTable reports whether text holds a Markdown table's separator line: only '-',
// ':', '|' and spaces, three dashes or more ("--- | ---", "|:---:|", "---: | :---").
func markdownTable(text string) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], "---")
		if i < 0 {
			return false
		}
		i += off
		start := strings.LastIndexByte(text[:i], '\n') + 1
		end := strings.IndexByte(text[i:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += i
		}
		if l := text[start:end]; strings.Trim(l, "-:| \t") == "" && strings.ContainsRune(l, '|') {
			return true
		}
		off = end
	}
}

// pipedTypeCode is the error type that begins Pagar.me's gateway message, in its "type |
// parameter | message" form, quoted in a line ("a charge é reprovada com
// `action_forbidden | Sem ambiente configurado …`", "500 internal_error |  | Erro
// desconhecido no proxy"): a snake_case word a provider documents, then " | ", then the
// parameter's place or words. "" for none.
func pipedTypeCode(l string) string {
	i := strings.Index(l, " | ")
	if i < 0 {
		return ""
	}
	j := strings.LastIndexAny(l[:i], " `'\"(:") + 1
	c := l[j:i]
	rest := strings.TrimLeft(l[i+3:], " |")
	if len(c) < 6 || !strings.Contains(c, "_") || strings.ToLower(c) != c || codeToken(c) != c || len(catalog.Owners(c)) == 0 || rest == "" || !isDumpLetter(rest[0]) ||
		strings.HasSuffix(strings.TrimRight(l[:j], " "), "|") { // a Markdown table's cell: "| action_forbidden | Conta sem permissão |"
		return ""
	}
	return c
}

// capsByte reports whether c may be in a code in capitals: a capital, a digit, '_'.
func capsByte(c byte) bool { return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' }

// closingTagTrimmed is l less the closing tag that ends it, when a page's element holds
// the sentence: ngrok's "<noscript>… upstream web service at localhost:5000.
// (ERR_NGROK_8012)</noscript>".
func closingTagTrimmed(l string) string {
	if strings.HasSuffix(l, ">") {
		if i := strings.LastIndex(l, "</"); i > 0 && !strings.ContainsAny(l[i+2:len(l)-1], " <") {
			return l[:i]
		}
	}
	return l
}

// codeAfterReturns is the code in capitals that ends a sentence saying the API answered
// with it: "… always returns API_VALIDATION_ERROR", "I'm getting PERMISSION_DENIED." ""
// for anything else.
func codeAfterReturns(l string) string {
	t := strings.TrimRight(l, " .!`'\"*")
	i := strings.LastIndexByte(t, ' ')
	if i < 0 {
		return ""
	}
	c := strings.Trim(t[i+1:], "`'\"*")
	if len(c) < 8 || !strings.Contains(c, "_") || !isUpperCode(c) || codeToken(c) != c {
		return ""
	}
	before := strings.ToLower(t[:i])
	for _, w := range [...]string{" returns", " returned", " getting", " get", " got", " receive", " received", " receiving", " throws", " gives", " error is", " error was"} {
		if strings.HasSuffix(before, w) || before == strings.TrimSpace(w) {
			if strings.HasPrefix(w, " error") && settingName(c) && !failingName(c) {
				return "" // "the only thing I changed before the error was STRIPE_WEBHOOK_SECRET"
			}
			return c
		}
	}
	return ""
}

// bracketedNumber is the code of three to six digits in square brackets that begins l,
// then a space ("[10605] Transaction refused …"), and the words after that space; "" when
// l begins with none, or with a status or a year.
func bracketedNumber(l string) (code, rest string) {
	if len(l) <= 6 || l[0] != '[' {
		return "", ""
	}
	j := strings.IndexByte(l, ']')
	if j < 4 || j > 7 || j+1 >= len(l) || l[j+1] != ' ' || !isNumber(l[1:j]) || looksLikeStatus(l[1:j]) || yearLike(l[1:j]) {
		return "", ""
	}
	return l[1:j], l[j+2:]
}

// codeAfterLogLevel is a number of three to six digits that begins a log record's message,
// after its channel and level, before a colon and the API's words: Monolog's
// "AdyenLoggerTest.ERROR: 010: Not allowed". "" when the line has none.
func codeAfterLogLevel(l string) string {
	for _, lv := range [...]string{".ERROR: ", ".CRITICAL: ", ".WARNING: ", ".ALERT: ", ".NOTICE: ", ".INFO: ", ".DEBUG: "} {
		i := strings.Index(l, lv)
		if i <= 0 {
			continue
		}
		m := l[i+len(lv):]
		if c := codeToken(m); isNumber(c) && len(c) >= 3 && len(c) <= 6 && !looksLikeStatus(c) && !yearLike(c) && strings.HasPrefix(m[len(c):], ": ") {
			return c
		}
		return ""
	}
	return ""
}

// backtickedOwnedCode is a code in Markdown's backticks that a catalogued provider
// documents, with an underscore in it, as an issue's prose names the error ("the Stripe
// API returns `charge_already_refunded`"). A field or method in backticks
// (`transactionResponse`, `customer_id`) is no provider's code; "" then.
func backtickedOwnedCode(l string) string {
	l = strings.ReplaceAll(l, "``", "`") // reStructuredText's ``code``
	for off := 0; ; {
		i, j := quotedSpan(l, off, '`')
		if i < 0 {
			return ""
		}
		c := strings.Trim(l[i:j], `"'`) // `"webhook_nao_encontrado"`, the JSON string copied whole
		off = j + 1
		if len(c) > 4 && c[3] == ' ' && registeredErrorStatus(intValue(number(c[:3]))) {
			c = c[4:] // a note's status and code: "`409 idempotency_key_already_used`"
		}
		if len(c) >= 6 && strings.IndexByte(c, '_') > 0 && codeToken(c) == c && len(catalog.Owners(c)) > 0 {
			return c
		}
	}
}

// sentenceAfter reports whether s is a space and then a sentence: a capital letter, and
// words ending in a full stop ("INVALID_PARAMETER_SYNTAX The value of a field does not
// conform to the expected format.", as PayPal's mobile SDKs print it).
// gluedOwnedCode is a provider's numeric code glued to the words after it, as
// PagSeguro's PHP SDK writes its exception's message ("Message: 11033Item description is
// required.11014senderPhone invalid value: 0"): read only when a provider documents the
// number. "" otherwise.
func gluedOwnedCode(l string) string {
	if _, v, ok := strings.Cut(l, "essage: "); ok { // "Message: ", "message: "
		l = v
	}
	n := 0
	for n < len(l) && n < 7 && l[n] >= '0' && l[n] <= '9' {
		n++
	}
	if n < 4 || n >= len(l) || !isDumpLetter(l[n]) || len(catalog.Owners(l[:n])) == 0 {
		return ""
	}
	return l[:n]
}

func sentenceAfter(s string) bool {
	if len(s) < 3 || s[0] != ' ' || s[1] < 'A' || s[1] > 'Z' {
		return false
	}
	end := strings.IndexAny(s, ".\n")
	return end > 0 && s[end] == '.' && strings.Count(s[:end], " ") >= 3
}

// quotedMessageCode is a number in brackets that ends a quoted message, glued to its last
// word or not: PHP's "exception 'Mage_Core_Exception' with message '… com valor inválido:
// RIO DE JANEIRO(53034)' in /app/Mage.php:595" (a PagSeguro module's). A file's line in
// a stack frame (Payment.php(1035): …) is followed by a colon, not a quote.
func quotedMessageCode(l string) string {
	for off := 0; ; {
		i := strings.IndexByte(l[off:], '(')
		if i < 0 {
			return ""
		}
		i += off
		off = i + 1
		j := strings.IndexByte(l[i:], ')')
		if j < 0 {
			return ""
		}
		inner := l[i+1 : i+j]
		if len(inner) >= 4 && len(inner) <= 6 && isNumber(inner) && i > 0 && i+j+1 < len(l) && (l[i+j+1] == '\'' || l[i+j+1] == '"') {
			return inner
		}
	}
}

// quotedCode is an upper-case code quoted in a line: 'CARD_DECLINED_VERIFICATION_REQUIRED'.
func quotedCode(l string) string {
	for _, q := range [...]byte{'\'', '"'} {
		i := strings.IndexByte(l, q)
		if i < 0 {
			continue
		}
		j := strings.IndexByte(l[i+1:], q)
		if c := l[i+1 : i+1+max(j, 0)]; j > 0 && isUpperCode(c) && codeToken(c) == c {
			return c
		}
	}
	return ""
}

func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// codeToken is the code-like token s starts with: letters, digits, '_', '-', '.'.
func codeToken(s string) string {
	end := 0
	for end < len(s) && (nameBytesFold[s[end]] || s[end] == '.' && end+1 < len(s) && nameBytesFold[s[end+1]]) {
		end++
	}
	for end > 0 && (s[end-1] == '.' || s[end-1] == '-') {
		end--
	}
	return s[:end]
}

// codeShaped reports whether s is written as a code, not as a word: snake case, a digit, a
// dot, or a capital inside it ("samePartiesError"); "Refused" and "Unauthorized" are words.
func codeShaped(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '_' || c == '.' || c >= '0' && c <= '9' || camelBoundary(s, i) {
			return true
		}
	}
	return false
}

// camelBoundary reports whether a camel-case word starts at s[i]: a capital after a small
// letter ("same|Parties").
func camelBoundary(s string, i int) bool {
	return i > 0 && s[i] >= 'A' && s[i] <= 'Z' && s[i-1] >= 'a' && s[i-1] <= 'z'
}

// lastWord is the last space-separated word of s.
func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// camelish reports whether s is one camel-case identifier, upper (CobOperacaoInvalida) or
// lower (samePartiesError): a letter, then letters and digits with a capital and a small
// letter among them.
func camelish(s string) bool {
	if len(s) < 8 || !(s[0] >= 'A' && s[0] <= 'Z' || s[0] >= 'a' && s[0] <= 'z') {
		return false
	}
	upper, lower := 0, 0
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
			lower++
		case c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return upper > 0 && lower > 0
}

// camelCode reports whether s is one CamelCase identifier (CobOperacaoInvalida,
// AccessDeniedException), not a word.
func camelCode(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' && camelish(s) }

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// isUpperCode reports whether s looks like an upper-case code (CARD_DECLINED, DA-1).
func isUpperCode(s string) bool {
	if len(s) < 4 {
		return false
	}
	sep, upper := false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			upper = true
		case c == '_' || c == '-':
			sep = true
		case c >= 0x80 && strings.ToUpper(s) != s: // beyond ASCII, the slow way
			return false
		}
	}
	return sep && upper
}

// payPalLinkedCode is the code a link into PayPal's API reference names after its '#'
// (#error-DUPLICATE_INVOICE_ID, #RISK_DECLINE), "" when the text has no such link.
func payPalLinkedCode(text string) string {
	i := strings.Index(text, "developer.paypal.com/")
	if i < 0 {
		return ""
	}
	url := text[i:]
	if end := strings.IndexAny(url, " \t\n\"'<>)"); end >= 0 {
		url = url[:end]
	}
	j := strings.IndexByte(url, '#')
	if j < 0 {
		return ""
	}
	if c := codeToken(strings.TrimPrefix(url[j+1:], "error-")); isUpperCode(c) {
		return c
	}
	return ""
}

// numberCode reports whether c is a code of digits, perhaps in dotted groups ("5080",
// Safaricom's "400.002.02"), and not an HTTP status.
func numberCode(c string) bool {
	return len(c) >= 3 && len(c) <= 12 && strings.Trim(c, "0123456789.") == "" && c[0] != '.' && digitCount(c) >= 3 &&
		(strings.Contains(c, ".") || isNumber(c) && !looksLikeStatus(c))
}

// dottedCode reports whether l is a code of dotted lower-case names, one of them in snake
// case: "conekta.errors.processing.charge.card_payment.insufficient_funds".
func dottedCode(l string) bool {
	if len(l) < 8 || len(l) > 120 || strings.Count(l, ".") < 2 || !strings.Contains(l, "_") {
		return false
	}
	for i := 0; i < len(l); i++ {
		if c := l[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.') {
			return false
		}
	}
	return l[0] != '.' && l[len(l)-1] != '.' && !strings.Contains(l, "..")
}

// labelAt is the offset of the first occurrence of label in lower that stands as words
// of its own: not inside a dotted name or a longer word ("conekta.errors.…" holds no
// label "error"), -1 when none.
func labelAt(lower, label string) int {
	for off := 0; ; {
		i := strings.Index(lower[off:], label)
		if i < 0 {
			return -1
		}
		i += off
		off = i + 1
		end := i + len(label)
		if i > 0 && (isNameByte(lower[i-1]) || lower[i-1] == '.') && !(lower[i-1] == '_' && strings.HasSuffix(label, "code:")) {
			continue // a member named so behind a prefix stands: Redsys's "Ds_ErrorCode:SIS0051;"
		}
		if last := label[len(label)-1]; isNameByte(last) && end < len(lower) &&
			(isNameByte(lower[end]) || lower[end] == '.' && end+1 < len(lower) && isNameByte(lower[end+1])) {
			continue // inside a word or a dotted name; "error." ending a sentence stands
		}
		return i
	}
}

// logLevelAt reports whether text at i is a log record's level: "ERROR" in capitals after
// the line's start, a space, a tab or a bracket and before a space, a tab, a colon or a
// closing bracket (zap's "\tERROR\t", "[payments] ERROR: "), or logrus's "level=error",
// with no number after it (Openpay's "ERROR 1003La petición …" labels its code).
func logLevelAt(text string, i int) bool {
	logrus := i >= 6 && text[i-6:i] == "level=" && strings.EqualFold(text[i:min(len(text), i+5)], "error")
	if !logrus && (!strings.HasPrefix(text[i:], "ERROR") || i > 0 && !strings.ContainsRune(" \t\n[|", rune(text[i-1]))) {
		return false
	}
	rest := text[i+len("ERROR"):]
	if rest == "" || !strings.ContainsRune(" \t:]", rune(rest[0])) {
		return false
	}
	next := strings.TrimLeft(rest, " \t]:-")
	return next == "" || next[0] < '0' || next[0] > '9'
}

// lowerAligned is text in lower case with its gram set, byte for byte: when lowering moves
// offsets (bytes that are not UTF-8 become a three-byte U+FFFD, some letters grow), only
// ASCII is lowered and the set is nil, so an offset found in it is one in text.
func lowerAligned(text string) (string, *grams.Set) {
	lower, g := grams.Lower(text)
	if len(lower) != len(text) {
		return grams.ASCIILower(text), nil
	}
	return lower, g
}

// yearLike reports whether a four-digit number reads as a year (1990 to 2099).
func yearLike(s string) bool {
	return len(s) == 4 && (s[:2] == "19" && s[2] >= '9' || s[:2] == "20")
}

// looksLikeDate reports whether s starts like a timestamp (2026-11-22T10…).
func looksLikeDate(s string) bool {
	return len(s) >= 8 && s[4] == '-' && hasDigit(s[:4]) && strings.Trim(s[:4], "0123456789") == ""
}

// digitCount is how many ASCII digits s holds.
func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// markdownItem reports whether s begins with a numbered Markdown list's marker and bold
// or code after it: "2. **Bug: …", "1. `payment_method_id` …".
func markdownItem(s string) bool {
	n := len(s) - len(strings.TrimLeft(s, "0123456789"))
	return n >= 1 && n <= 2 && (strings.HasPrefix(s[n:], ". **") || strings.HasPrefix(s[n:], ". `"))
}

// listNumber reports whether s begins with a numbered list's first marker, a capital
// after it ("Error: 1. Error message appears: … error: 10413-…"): the label's next use is
// tried first, as Payflow's "Error #1. User authentication failed" has none.
func listNumber(s string) bool {
	return len(s) > 3 && s[:3] == "1. " && s[3] >= 'A' && s[3] <= 'Z'
}

// settingName reports whether an upper-case name is an environment variable's, not an
// error's: STRIPE_WEBHOOK_SECRET, NEXT_PUBLIC_STRIPE_KEY.
func settingName(c string) bool {
	for _, p := range [...]string{"NEXT_PUBLIC_", "VITE_", "REACT_APP_"} {
		if strings.HasPrefix(c, p) {
			return true
		}
	}
	for _, s := range [...]string{"_KEY", "_SECRET", "_URL", "_TOKEN", "_ID", "_PATH", "_MODE", "_VERSION", "_ENV"} {
		if strings.HasSuffix(c, s) {
			return true
		}
	}
	return false
}

// looksLikeStatus reports whether s is a three-digit HTTP error status rather than a code.
func looksLikeStatus(s string) bool {
	n, err := decimal.Atoi(s)
	return err == nil && len(s) == 3 && n >= 400 && n <= 599
}

// jsonPointerAfter reports whether s begins with a space and a JSON pointer to a field
// ("/purchase_units/@reference_id=='default'/amount/value", "/payer/email_address"),
// not an API's path ("/v1/payment_intents", "/api/…").
func jsonPointerAfter(s string) bool {
	if !strings.HasPrefix(s, " /") {
		return false
	}
	seg, _, _ := strings.Cut(s[2:], "/")
	seg, _, _ = strings.Cut(seg, " ")
	if seg == "" || seg == "api" || seg[0] == 'v' && len(seg) > 1 && seg[1] >= '0' && seg[1] <= '9' {
		return false
	}
	return strings.Trim(seg, "abcdefghijklmnopqrstuvwxyz_") == ""
}

// hashedCode is a code in capitals after "error #", up to the colon before its words, as
// Mobbex's SDK writes its API's: "Mobbex request error #FATERR: Ups…", "… error
// #API:SECURITY_VIOLATION: Violación …"; "" when s holds none.
func hashedCode(s string) string {
	i := strings.Index(s, "error #")
	if i < 0 {
		return ""
	}
	rest := s[i+len("error #"):]
	j := strings.Index(rest, ": ")
	if j < 3 || j > 40 {
		return ""
	}
	for _, c := range []byte(rest[:j]) {
		if (c < 'A' || c > 'Z') && c != '_' && c != ':' {
			return "" // an order's or a ticket's number ("error #ORD-88123:", "#WEB-1042:")
		}
	}
	return rest[:j]
}

// calledError reports whether a line of prose says it got or met an error: "I get …",
// "… results in …", "exception", "erro".
func calledError(l string) bool {
	lower := strings.ToLower(l)
	for _, w := range [...]string{"error", "erro", " get ", " got ", "getting", "receiv", "return", "result", "throw", "fail", "exception", "falha", "falla"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// quotedAt reports whether l[i:j] stands in quotes or brackets of its own:
// "(DUPLICATE_REQUEST_ID)PayPal-Request-Id …", "results in \"INVALID_RESOURCE_ID\"".
func quotedAt(l string, i, j int) bool {
	if i == 0 || j >= len(l) {
		return false
	}
	switch l[i-1] {
	case '"', '\'', '`':
		return l[j] == l[i-1]
	case '(':
		return l[j] == ')'
	case '[':
		return l[j] == ']'
	}
	return false
}

// namesOwner reports whether line names a provider that documents code: "paypal.payment.create()
// DUPLICATE_REQUEST_ID" (the SDK's call, then what it answered).
func namesOwner(line, code string) bool {
	lower := strings.ToLower(line)
	for _, p := range catalog.Owners(code) {
		if strings.Contains(lower, strings.ToLower(p.Name(catalog.English))) {
			return true
		}
	}
	return false
}

// quotedTitleCode is the documented code that a quoted phrase of two to five capitalised
// words spells, as SDKs and plugins print PayPal's names ("Credit Card Refused" for
// CREDIT_CARD_REFUSED); "" when no quoted phrase of the line spells one.
func quotedTitleCode(l string) string {
	if t := strings.TrimSpace(l); len(t) > 2 && t[0] == '"' && t[len(t)-1] == '"' {
		l = t[1 : len(t)-1] // the whole line quoted around the phrase
	}
	for off := 0; ; {
		i, j := quotedSpan(l, off, '"')
		if i < 0 {
			return ""
		}
		phrase := l[i:j]
		off = j + 1
		before := strings.TrimRight(l[:i-1], " ")
		if n := strings.Count(phrase, " "); n < 1 || n > 4 || before != "" && strings.IndexByte(":=>", before[len(before)-1]) >= 0 {
			continue // a structure's value ("processorResponseText": "Insufficient Funds"), not a person's quote
		}
		status := 0
		if b := strings.TrimRight(before, "*_` "); len(b) >= 3 && isNumber(b[len(b)-3:]) && (len(b) == 3 || !isNameByte(b[len(b)-4])) && looksLikeStatus(b[len(b)-3:]) {
			status, _ = decimal.Atoi(b[len(b)-3:]) // `422 "Order Not Approved"`: the words the status came with
		}
		title := phrase[0] >= 'A' && phrase[0] <= 'Z'
		for k := 1; k < len(phrase) && title; k++ {
			title = phrase[k] != ' ' || k+1 < len(phrase) && phrase[k+1] >= 'A' && phrase[k+1] <= 'Z'
		}
		if c := strings.ToUpper(strings.ReplaceAll(phrase, " ", "_")); title && strings.Trim(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_") == "" && reasonStatus(phrase) == 0 && ownedWithStatus(c, status) {
			return c
		}
	}
}

// ownedWithStatus reports whether a catalogued provider documents code c, and, when status
// is not 0, documents it with that status or none: PayPal's NOT_AUTHORIZED is a 403, so
// Webpay's `401 "Not Authorized"` is not it.
func ownedWithStatus(c string, status int) bool {
	for _, p := range catalog.Owners(c) {
		if e, ok := p.Lookup(c); status == 0 || ok && (e.Status == 0 || e.Status == status) {
			return true
		}
	}
	return false
}

// quotedSpan is where the next text between two q's at or after off begins and ends in l
// (l[i:j], the quotes left out); -1, -1 when there is none.
func quotedSpan(l string, off int, q byte) (i, j int) {
	i = strings.IndexByte(l[off:], q)
	if i < 0 {
		return -1, -1
	}
	i += off + 1
	j = strings.IndexByte(l[i:], q)
	if j < 0 {
		return -1, -1
	}
	return i, i + j
}

// afterErrorLabel is line without a leading "Error: " or "Erro: " (in any case), the
// line itself when it has none.
func afterErrorLabel(line string) string {
	for _, label := range [...]string{"error: ", "erro: "} {
		if len(line) >= len(label) && strings.EqualFold(line[:len(label)], label) {
			return line[len(label):]
		}
	}
	return line
}

// replacePairs replaces each old string of pairs (old, new, old, new, …) in s with its
// new one, left to right and without overlaps, trying them in order at each place: what
// strings.NewReplacer(pairs...).Replace(s) returns, without the Replacer's tries and
// writers in the wasm (23 KB of it).
func replacePairs(s string, pairs ...string) string {
	var b []byte
	last := 0
	for i := 0; i < len(s); {
		k := 0
		for ; k+1 < len(pairs); k += 2 {
			if pairs[k] != "" && strings.HasPrefix(s[i:], pairs[k]) {
				break
			}
		}
		if k+1 >= len(pairs) {
			i++
			continue
		}
		b = append(append(b, s[last:i]...), pairs[k+1]...)
		i += len(pairs[k])
		last = i
	}
	if last == 0 {
		return s
	}
	return string(append(b, s[last:]...))
}
