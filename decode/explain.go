package decode

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/decifra/decifra/catalog"
)

// Options are the caller's settings for Explain.
type Options struct {
	// Lang is the language of the explanation; the zero value is English.
	Lang catalog.Lang
	// Now is the reference time for HTTP-dates and epoch timestamps when the paste has no
	// Date header. The zero value means "unknown": delays that need a clock are then left
	// out rather than guessed.
	Now time.Time
	// Provider is a provider id the caller expects (a provider's own docs portal); it
	// favours that provider a little, and never claims an error nothing else supports.
	Provider string
}

// Explain reads a paste and explains the error in it (of several, the last failed HAR
// entry, or the first error in a log). It returns a *NoErrorFoundError
// (errors.Is(err, ErrNoErrorFound)) when the paste holds nothing recognisable: empty,
// prose, binary, or a successful response. It never panics and reads at most MaxInput
// bytes.
func Explain(input []byte, opts Options) (*Explanation, error) {
	masked, in, err := prepare(input, opts.Lang)
	if err != nil {
		return nil, err
	}
	p := extract(masked)
	if p.harEntries > 1 {
		in.Notes = append(in.Notes, pick(opts.Lang, "the HAR has "+strconv.Itoa(p.harEntries)+" failed entries; this is the last one (decifra --all explains each)",
			"o HAR tem "+strconv.Itoa(p.harEntries)+" entradas com falha; esta é a última (decifra --all explica cada uma)"))
	}
	return explainParts(&p, masked, in, opts)
}

// ExplainAll explains every error in a paste that holds several: each failed entry of a
// HAR, each response of a curl -v session, each error body in a log excerpt, in the order
// they appear (at most maxErrors). A paste with one error gives one explanation; one with
// none gives the same *NoErrorFoundError as Explain.
func ExplainAll(input []byte, opts Options) ([]*Explanation, error) {
	masked, in, err := prepare(input, opts.Lang)
	if err != nil {
		return nil, err
	}
	all := extractAll(masked)
	var out []*Explanation
	var firstErr error
	for i := range all {
		x, err := explainParts(&all[i], masked, in.clone(), opts)
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		out = append(out, x)
	}
	if len(out) == 0 {
		if firstErr == nil {
			p := extract(masked)
			_, firstErr = explainParts(&p, masked, in, opts)
		}
		return nil, firstErr
	}
	return out, nil
}

// clone copies in so explanations of one paste do not share its slices.
func (in Input) clone() Input {
	in.Redacted = append([]string{}, in.Redacted...)
	in.Notes = append([]string(nil), in.Notes...)
	return in
}

// prepare bounds, decodes and masks a paste: what every explanation of it starts from.
func prepare(input []byte, lang catalog.Lang) (string, Input, error) {
	in := Input{Redacted: []string{}}
	if len(input) > MaxInput {
		input = input[:MaxInput]
		in.BytesRead = MaxInput
		in.Notes = append(in.Notes, pick(lang, "only the first "+strconv.Itoa(MaxInput)+" bytes ("+maxInputMiB+") of the paste were read",
			"só os primeiros "+strconv.Itoa(MaxInput)+" bytes ("+maxInputMiB+") do texto colado foram lidos"))
	}
	text, fromUTF16, binaryAt := normalize(input)
	if fromUTF16 {
		in.Notes = append(in.Notes, pick(lang, "the paste was UTF-16 and was converted", "o texto colado era UTF-16 e foi convertido"))
	}
	if binaryAt >= 0 {
		return "", in, &NoErrorFoundError{Lang: lang,
			Found: pick(lang, "binary data (a byte that is not text at offset "+strconv.Itoa(binaryAt)+")",
				"dados binários (um byte que não é texto na posição "+strconv.Itoa(binaryAt)+")"),
			Hint: pick(lang, "Paste the response as text: copy it from the terminal or the browser's network panel, or save it with `curl -si URL > error.txt`",
				"Cole a resposta como texto: copie-a do terminal ou do painel de rede do navegador, ou salve-a com `curl -si URL > erro.txt`"),
		}
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return "", in, &NoErrorFoundError{Lang: lang,
			Found: pick(lang, "nothing: the paste is empty", "nada: o texto colado está vazio"),
			Hint:  pick(lang, "Paste the response body, or the whole response from `curl -si URL`", "Cole o corpo da resposta, ou a resposta inteira de `curl -si URL`")}
	}
	masked, redacted := Redact(text)
	if redacted != nil {
		in.Redacted = redacted
	}
	// One copy into a string: every value read from the paste is a substring of it.
	return string(masked), in, nil
}

// explainParts explains what extract read from one response.
func explainParts(p *parts, masked string, in Input, opts Options) (*Explanation, error) {
	lang := opts.Lang
	if lang != catalog.Portuguese {
		lang = catalog.English
	}
	in.Format = p.format
	in.Truncated = p.truncated
	if p.deep {
		in.Notes = append(in.Notes, pick(lang, "JSON nested deeper than "+strconv.Itoa(maxDepth)+" levels was skipped",
			"JSON aninhado em mais de "+strconv.Itoa(maxDepth)+" níveis foi ignorado"))
	}
	transport := transportFailure(p, masked)
	if transport == nil {
		if err := notAnError(p, masked, lang, in.BytesRead > 0); err != nil {
			return nil, err
		}
	}

	f := gatherFacts(p)
	ranked := detect(&f, opts.Provider)
	x := &Explanation{Lang: string(lang), Input: in, Fix: []string{}}
	var prov *catalog.Provider
	if len(ranked) > 0 && ranked[0].score >= claimThreshold {
		prov = ranked[0].provider
		x.Provider = &ProviderMatch{ID: prov.ID, Name: prov.NameIn(lang), Confidence: confidence(ranked[0].score)}
		for _, s := range ranked[0].evidence {
			if s.weight > 0 {
				x.Provider.Evidence = append(x.Provider.Evidence, s.text.In(lang))
			}
		}
		ranked = ranked[1:]
	}
	for _, r := range ranked {
		x.Alternatives = append(x.Alternatives, Alternative{ID: r.provider.ID, Name: r.provider.NameIn(lang), Confidence: confidence(r.score)})
	}

	x.Code = f.code
	x.Message = f.message
	if x.Message == "" && p.bodyText != "" {
		x.Message = htmlHeadline(p.bodyText)
		if srv := htmlServer(p.bodyText, p.headers); srv != "" && p.body == nil {
			x.Input.Notes = append(x.Input.Notes, pick(lang,
				"an HTML error page from "+srv+", a proxy or CDN in front of the API: the error is the proxy's, and the request may never have reached the API",
				"uma página de erro HTML de "+srv+", um proxy ou CDN na frente da API: o erro é do proxy, e a requisição pode nem ter chegado à API"))
		}
	}
	if d := f.errObj.str("details"); d != "" && d != f.message {
		x.Details = d
	}
	x.HTTPStatus = p.status
	if x.HTTPStatus == 0 {
		x.HTTPStatus = validStatus(intValue(f.body.get("status")))
	}
	if x.HTTPStatus == 0 {
		x.HTTPStatus = validStatus(intValue(f.body.get("statusCode")))
	}
	if x.HTTPStatus != 0 {
		x.Input.StatusSource = "paste"
	}

	// The knowledge: a catalog entry, else what HTTP says of the status.
	var entry *catalog.Entry
	var gsmaCat *catalog.MobileMoneyCategory
	var firstStep catalog.Text // a fix step the body itself implies, before the catalog's
	decline, issuer := false, false
	if prov != nil {
		r := readCode(&f, prov)
		x.Code, entry, gsmaCat, firstStep, decline, issuer = r.code, r.entry, r.category, r.firstStep, r.decline, r.issuer
		if r.message != "" {
			x.Message = r.message
		}
		if r.details != "" && x.Details == "" {
			x.Details = r.details
		}
		if !r.note.IsZero() {
			x.Input.Notes = append(x.Input.Notes, r.note.In(lang))
		}
		x.DocsURL = prov.DocsURL
		x.Support = prov.Support.In(lang)
	}
	status, statusKnown := catalog.HTTPStatus(x.HTTPStatus)
	var strategy catalog.Strategy
	var retryWhy string
	var retrySource catalog.Text
	switch {
	case transport != nil:
		// No HTTP response at all: the runtime's error says whether anything was sent.
		x.Code = f.code // an HTTP client's own code (ECONNABORTED), else decifra's name
		if x.Code == "" {
			x.Code = transport.Code
		}
		// The runtime's own words are not the provider's message: they go to the details.
		if x.Message == "" {
			x.Details = lineWith(masked, transport.Match)
		}
		x.know(transport.Category, transport.Title, transport.Meaning, transport.Fix, lang)
		strategy, retryWhy = transport.Retry, transport.RetryWhy.In(lang)
		retrySource = tx("a network failure: no HTTP response", "falha de rede: nenhuma resposta HTTP")
		if transport.Code == "UPSTREAM_RESET" {
			// Envoy writes this text as the body of the 503 it answers with.
			retrySource = tx("Envoy's 503 response body", "corpo da resposta 503 do Envoy")
			if x.HTTPStatus == 0 {
				x.HTTPStatus, x.Input.StatusSource = 503, "catalog"
			}
		}
		if transport.Code == "UPSTREAM_RESET" && strings.Contains(masked, "reset reason: connection failure") {
			strategy = catalog.Backoff
			retryWhy = pick(lang, "The proxy could not connect to the service (reset reason: connection failure), so the request never reached it.",
				"O proxy não conseguiu se conectar ao serviço (reset reason: connection failure), então a requisição nunca chegou a ele.")
		}
		if p.method == "" {
			p.method = methodInText(masked)
		}
		if !transport.Sent || strategy == catalog.Backoff {
			x.Retry.Idempotency = pick(lang, "Nothing reached the API: resending is safe even for a POST without an idempotency key.",
				"Nada chegou à API: reenviar é seguro mesmo para um POST sem chave de idempotência.")
		}
		x.Source = catalog.TransportSource().In(lang)
	case entry != nil:
		x.know(entry.Category, entry.Title, entry.Meaning, entry.Fix, lang)
		if decline {
			worked := pick(lang, "The call worked", "A chamada funcionou")
			if x.HTTPStatus >= 200 && x.HTTPStatus <= 299 {
				worked += " (HTTP " + strconv.Itoa(x.HTTPStatus) + ")"
			}
			x.Meaning = worked + pick(lang, ", but the payment was refused. ", ", mas o pagamento foi recusado. ") + x.Meaning
		}
		strategy, retryWhy = entry.Retry, entry.RetryWhy.In(lang)
		retrySource = tx(prov.Name+"'s reference for "+entry.Code, "referência "+prov.Of(prov.NameIn(catalog.Portuguese))+" para "+entry.Code)
		if issuer {
			retrySource = tx("ABECS issuer response code "+entry.Code, "código de resposta ABECS "+entry.Code)
		}
		x.Retry.Idempotency = entry.Idempotency.In(lang)
		x.Source = entry.Source
		if x.HTTPStatus == 0 && entry.Status != 0 {
			x.HTTPStatus = entry.Status
			x.Input.StatusSource = "catalog"
		}
		if gsmaCat != nil && entry.Code == "genericError" {
			// GSMA's catch-all code takes its kind and its retry from errorCategory.
			x.Category = string(gsmaCat.Category)
			strategy, retryWhy = gsmaCat.Retry, gsmaCat.RetryWhy.In(lang)
			retrySource = tx("GSMA errorCategory "+gsmaCat.Name, "errorCategory GSMA "+gsmaCat.Name)
			if x.HTTPStatus == 0 {
				x.HTTPStatus, x.Input.StatusSource = gsmaCat.Status, "catalog"
			}
		}
	case gsmaCat != nil:
		x.Category = string(gsmaCat.Category)
		x.Title = gsmaCat.Title.In(lang)
		x.Meaning = gsmaCat.Meaning.In(lang)
		strategy, retryWhy = gsmaCat.Retry, gsmaCat.RetryWhy.In(lang)
		retrySource = tx("GSMA errorCategory "+gsmaCat.Name, "errorCategory GSMA "+gsmaCat.Name)
		x.Source = prov.Source
		if x.HTTPStatus == 0 {
			x.HTTPStatus, x.Input.StatusSource = gsmaCat.Status, "catalog"
		}
	case decline:
		// A refused payment the catalog has no entry for: what every decline means.
		x.Category = string(catalog.Business)
		x.Title = pick(lang, "Payment declined", "Pagamento recusado")
		x.Meaning = pick(lang, "The call worked, but the payment was refused: by the issuer, the card brand or "+prov.Name+"'s risk analysis. The reason "+prov.Name+" gives is below.",
			"A chamada funcionou, mas o pagamento foi recusado: pelo emissor, pela bandeira ou pela análise de risco "+prov.Of(prov.NameIn(lang))+". O motivo que "+prov.The(prov.NameIn(lang))+" informa está abaixo.")
		if x.Code != "" {
			x.Meaning += pick(lang, " Its reference does not document code "+x.Code+".", " A referência não documenta o código "+x.Code+".")
		}
		x.Fix = append(x.Fix,
			pick(lang, "Show the buyer a generic refusal (not the detailed reason) and offer another card or payment method, such as Pix.",
				"Mostre ao comprador uma recusa genérica (não o motivo detalhado) e ofereça outro cartão ou outro meio de pagamento, como Pix."),
			pick(lang, "If the reason is the bank's (insufficient funds, blocked card, suspected fraud), the buyer has to settle it with the bank before paying with that card again.",
				"Se o motivo é do banco (saldo insuficiente, cartão bloqueado, suspeita de fraude), o comprador precisa resolver com o banco antes de pagar de novo com esse cartão."))
		strategy = catalog.Fix
		retryWhy = pick(lang, "The same payment data is refused again; an attempt with other data is a new payment.",
			"Os mesmos dados de pagamento são recusados de novo; uma tentativa com outros dados é um pagamento novo.")
		retrySource = tx("a refused payment", "pagamento recusado")
		x.Retry.Idempotency = pick(lang, "The refusal is final for this attempt: send the new attempt with a new idempotency key, or the provider may return the stored refusal.",
			"A recusa é definitiva para esta tentativa: envie a nova tentativa com uma chave de idempotência nova, ou o provedor pode devolver a recusa guardada.")
		x.Source = prov.Source
	case statusKnown:
		x.know(status.Category, status.Title, status.Meaning, status.Fix, lang)
		strategy, retryWhy = status.Retry, status.RetryWhy.In(lang)
		retrySource = tx("HTTP "+strconv.Itoa(x.HTTPStatus), "HTTP "+strconv.Itoa(x.HTTPStatus))
		x.Source = status.Source
	default:
		x.Category = "unknown"
		strategy = guessStrategy(x.Message + " " + x.Details)
		retrySource = tx("guessed from the message: the paste has no HTTP status and no known code",
			"deduzida da mensagem: o texto colado não tem status HTTP nem código conhecido")
		x.Title = pick(lang, "Error from an unrecognised API", "Erro de uma API não reconhecida")
		x.Meaning = pick(lang, "The paste holds an error, but neither its code nor an HTTP status is known to decifra. Read the provider's message below.",
			"O texto contém um erro, mas nem o código nem um status HTTP são conhecidos pelo decifra. Leia a mensagem do provedor abaixo.")
		if prov != nil {
			x.Title = x.Message
			if x.Title == "" {
				x.Title = x.Code
			}
			if x.Code != "" {
				x.Meaning = pick(lang, prov.Name+"'s error reference does not document "+x.Code+", and the paste has no HTTP status; the provider's own message and details below are all there is to go on.",
					"A referência de erros "+prov.Of(prov.NameIn(lang))+" não documenta "+x.Code+", e o texto colado não traz status HTTP; a mensagem e os detalhes do próprio provedor, abaixo, são tudo o que há.")
			} else {
				x.Meaning = pick(lang, "The paste carries neither an error code nor an HTTP status; the provider's own message and details below are all there is to go on.",
					"O texto colado não traz código de erro nem status HTTP; a mensagem e os detalhes do próprio provedor, abaixo, são tudo o que há.")
			}
		}
	}
	if prov != nil && entry == nil && x.Code != "" {
		x.Input.Notes = append(x.Input.Notes, pick(lang, "code "+x.Code+" is not in "+prov.Name+"'s reference", "o código "+x.Code+" não está na referência "+prov.Of(prov.NameIn(lang))))
	}
	// A generic problem body speaks for itself: its title and detail beat the status's.
	if entry == nil && gsmaCat == nil && f.problem {
		x.Title = f.body.str("title")
		if d := f.body.str("detail"); d != "" {
			x.Message = d
		}
	}
	if firstStep.IsZero() {
		firstStep = wwwAuthenticateStep(headerValue(p.headers, "WWW-Authenticate"))
	}
	if !firstStep.IsZero() {
		x.Fix = append([]string{firstStep.In(lang)}, x.Fix...)
	}
	x.Fields = fieldProblems(f.body)
	x.RequestID = requestID(p, f.body)

	// Retry: the policy, then what the response itself says about when.
	ref := referenceTime(p, &f, opts.Now)
	provablyNotProcessed := false
	if d, ok := findDelay(p, f.body, []string{x.Details, x.Message}, ref); ok && (!ref.IsZero() || !needsClock(d.source.EN)) {
		if strategy == catalog.Wait || strategy == catalog.Backoff || x.HTTPStatus == 429 || x.HTTPStatus == 503 {
			// The catalog's reason may name Retry-After while the delay came from elsewhere.
			if strategy != catalog.Wait || (strings.Contains(retryWhy, "Retry-After") && !strings.Contains(d.source.EN, "Retry-After")) {
				retryWhy = pick(lang, "The response itself states when to come back ("+d.source.EN+").",
					"A própria resposta informa quando tentar de novo ("+d.source.PT+").")
			}
			strategy = catalog.Wait
			s := d.seconds
			x.Retry.AfterSeconds = &s
			retrySource = d.source
			// A rate limit refuses the request before any work; a 503 most likely did too,
			// but a proxy's 503 cannot prove the API behind it did nothing.
			provablyNotProcessed = x.HTTPStatus == 429 || x.Category == string(catalog.RateLimit)
			if !d.note.IsZero() {
				x.Input.Notes = append(x.Input.Notes, d.note.In(lang))
			}
		}
	}
	// Providers' own retry verdicts beat what the status suggests.
	switch v := strings.ToLower(headerValue(p.headers, "Stripe-Should-Retry")); {
	case v == "true" && strategy != catalog.Wait:
		strategy, retrySource = catalog.Backoff, tx("Stripe-Should-Retry header", "cabeçalho Stripe-Should-Retry")
		retryWhy = pick(lang, "Stripe says this request may be retried (Stripe-Should-Retry: true); reuse the same Idempotency-Key.",
			"A Stripe informa que esta requisição pode ser repetida (Stripe-Should-Retry: true); reutilize a mesma Idempotency-Key.")
	case v == "false" && strategy != catalog.Fix && strategy != catalog.None:
		strategy, retrySource = catalog.None, tx("Stripe-Should-Retry header", "cabeçalho Stripe-Should-Retry")
		retryWhy = pick(lang, "Stripe says retrying this request will not succeed (Stripe-Should-Retry: false).",
			"A Stripe informa que repetir esta requisição não vai dar certo (Stripe-Should-Retry: false).")
	}
	if strings.EqualFold(headerValue(p.headers, "transient-error"), "true") && (strategy == catalog.Fix || strategy == catalog.CheckFirst) {
		strategy, retrySource = catalog.Backoff, tx("transient-error header", "cabeçalho transient-error")
		retryWhy = pick(lang, "Adyen marks this failure as transient (transient-error: true): retry with the same Idempotency-Key.",
			"A Adyen marca esta falha como passageira (transient-error: true): repita com o mesmo Idempotency-Key.")
	}
	if strategy == catalog.CheckFirst && isIdempotentMethod(p.method) {
		strategy = catalog.Backoff
		retryWhy = idempotentMethodNote(p.method, lang)
		retrySource = tx("request method "+p.method, "método da requisição "+p.method)
	}
	x.Retry.Strategy = string(strategy)
	x.Retry.Source = retrySource.In(lang)
	x.Retry.Advice = adviceText(strategy, x.Retry.AfterSeconds, retryWhy, lang)
	if strategy == catalog.Backoff {
		x.Retry.Schedule = backoffSchedule
	}
	if x.Retry.Idempotency == "" || provablyNotProcessed {
		header := ""
		if prov != nil {
			header = prov.IdempotencyHeader
		}
		if t := idempotencyText(strategy, header, provablyNotProcessed, lang); t != "" {
			x.Retry.Idempotency = t
		}
	}
	return x, nil
}

// referenceTime is when the response was made, which relative times in it count from:
// its Date header, else the HAR entry's start, else the body's own timestamp
// (meta.timestamp, errorDateTime), else the caller's now.
func referenceTime(p *parts, f *facts, now time.Time) time.Time {
	if t, ok := parseHTTPDate(headerValue(p.headers, "Date")); ok {
		return t
	}
	if !p.started.IsZero() {
		return p.started
	}
	for _, s := range [...]string{f.meta.str("timestamp"), f.errObj.str("errorDateTime")} {
		if s == "" {
			continue
		}
		if t, ok := parseRFC3339(s); ok {
			return t
		}
	}
	return now
}

// needsClock reports whether a delay source is an absolute time that needs a reference.
func needsClock(source string) bool {
	return source == "estimatedRecovery member" || strings.Contains(source, "epoch")
}

func isIdempotentMethod(m string) bool {
	switch strings.ToUpper(m) {
	case "GET", "HEAD", "PUT", "DELETE", "OPTIONS":
		return true
	}
	return false
}

func pick(lang catalog.Lang, en, pt string) string {
	if lang == catalog.Portuguese {
		return pt
	}
	return en
}

// know sets what a catalog source says of the error: its category, and its title,
// meaning and fix steps in lang.
func (x *Explanation) know(c catalog.Category, title, meaning catalog.Text, fix []catalog.Text, lang catalog.Lang) {
	x.Category = string(c)
	x.Title = title.In(lang)
	x.Meaning = meaning.In(lang)
	for _, s := range fix {
		x.Fix = append(x.Fix, s.In(lang))
	}
}

// transportFailure returns the failure below HTTP a paste reports when it holds no HTTP
// response: a log line or stack trace with a runtime's network error, or an HTTP client's
// error object (axios's toJSON, a fetch error) with an errno-like code and no status.
func transportFailure(p *parts, text string) *catalog.Transport {
	if p.status != 0 || p.format == FormatHAR {
		return nil
	}
	if p.body == nil {
		if p.bodyText != "" && isHTML(p.bodyText) {
			return nil
		}
		t, _ := catalog.TransportFailure(text)
		return t
	}
	b := p.body
	if intValue(b.get("status")) != 0 || intValue(b.get("statusCode")) != 0 || b.obj("response") != nil {
		return nil
	}
	code := b.str("code")
	switch name := b.str("name"); {
	case strings.HasPrefix(code, "E") && code == strings.ToUpper(code) && !strings.HasPrefix(code, "ERR_"),
		strings.HasPrefix(code, "UND_ERR_"),
		name == "AxiosError", name == "FetchError", name == "TimeoutError", name == "AbortError", name == "RequestError":
		t, _ := catalog.TransportFailure(code + " " + b.str("message") + " " + name)
		return t
	}
	return nil
}

// lineWith returns the line of text that states the failure: the first holding one of
// phrases (lower-case) that is not a line of code or a stack frame ("raise
// ConnectTimeout(…)", "at …", "File …"), trimmed and at most 300 bytes.
func lineWith(text string, phrases []string) string {
	found := ""
	for line := range strings.SplitSeq(text, "\n") {
		lower := strings.ToLower(line)
		for _, m := range phrases {
			if !strings.Contains(lower, m) {
				continue
			}
			line = strings.TrimSpace(line)
			if len(line) > 300 {
				line = strings.ToValidUTF8(line[:300], "") + "…"
			}
			code := false
			for _, p := range [...]string{"raise ", "at ", "file ", "return ", "self.", "^"} {
				code = code || strings.HasPrefix(strings.ToLower(line), p)
			}
			if !code {
				return line
			}
			if found == "" {
				found = line
			}
			break
		}
	}
	return found
}

// methodInText finds the method of a request a log line names: "POST https://…" or
// "POST /v1/…".
func methodInText(text string) string {
	for _, m := range [...]string{"POST", "PUT", "PATCH", "DELETE", "GET", "HEAD"} {
		for i := 0; ; {
			j := strings.Index(text[i:], m+" ")
			if j < 0 {
				break
			}
			j += i
			rest := text[j+len(m)+1:]
			if (j == 0 || !isNameByte(lowerByte(text[j-1]))) && (strings.HasPrefix(rest, "http://") || strings.HasPrefix(rest, "https://") || strings.HasPrefix(rest, "/")) {
				return m
			}
			i = j + len(m)
		}
	}
	return ""
}

// notAnError decides whether what extract found is an error worth explaining; its answer
// is in lang. cut says the paste was longer than MaxInput and only its start was read.
func notAnError(p *parts, text string, lang catalog.Lang, cut bool) error {
	nf := func(found, hint catalog.Text) *NoErrorFoundError {
		e := &NoErrorFoundError{Found: found.In(lang), Hint: hint.In(lang), Lang: lang}
		if cut {
			e.Hint = pick(lang, "only the first "+maxInputMiB+" of the paste were read, and the error may come later: paste the part that holds it",
				"só os primeiros "+maxInputMiB+" do texto colado foram lidos, e o erro pode vir depois: cole a parte que o contém")
		}
		return e
	}
	status := strconv.Itoa(p.status)
	if p.status >= 100 && p.status < 400 && (p.body == nil || !failureBody(p.body)) {
		return nf(tx("an HTTP "+status+" response, which reports success", "uma resposta HTTP "+status+", que indica sucesso"),
			tx("decifra explains failed calls; if this call failed, paste the response that carried the error",
				"o decifra explica chamadas que falharam; se esta falhou, cole a resposta que trouxe o erro"))
	}
	if p.body != nil && (errorLike(p.body) || p.status >= 400) {
		if !failureBody(p.body) && p.status < 400 {
			return nf(tx("JSON that reports success ("+describeKeys(p.body, catalog.English)+")", "JSON que indica sucesso ("+describeKeys(p.body, catalog.Portuguese)+")"),
				tx("paste the response of the call that failed", "cole a resposta da chamada que falhou"))
		}
		return nil
	}
	if p.status >= 400 {
		return nil
	}
	if p.bodyText != "" && isHTML(p.bodyText) {
		return nf(tx("an HTML page that names no HTTP error status (it begins "+excerpt(text)+")",
			"uma página HTML que não traz status HTTP de erro (começa com "+excerpt(text)+")"),
			tx("if a proxy or CDN answered, include the status line: `curl -si URL` shows it",
				"se quem respondeu foi um proxy ou CDN, inclua a linha de status: `curl -si URL` a mostra"))
	}
	if p.body != nil {
		return nf(tx("JSON with no error member ("+describeKeys(p.body, catalog.English)+")", "JSON sem membro de erro ("+describeKeys(p.body, catalog.Portuguese)+")"),
			tx("decifra looks for members such as error, code, errorCode, title/detail or success:false; paste the whole response, status line included (`curl -si`)",
				"o decifra procura membros como error, code, errorCode, title/detail ou success:false; cole a resposta inteira, com a linha de status (`curl -si`)"))
	}
	if p.format == FormatHAR {
		return nf(tx("a HAR file with no entries", "um arquivo HAR sem entradas"),
			tx("export the HAR again with the failed request in it", "exporte o HAR de novo com a requisição que falhou"))
	}
	return nf(tx("text with no JSON object and no HTTP status (it begins "+excerpt(text)+")",
		"texto sem objeto JSON e sem status HTTP (começa com "+excerpt(text)+")"),
		tx("include the response body or the status line; `curl -si URL` prints both",
			"inclua o corpo da resposta ou a linha de status; `curl -si URL` mostra os dois"))
}

// failureBody reports whether a JSON body says the call failed (a successful body may
// still have a "status" or "message" member).
func failureBody(o *object) bool {
	if v, ok := o.get("success").(bool); ok {
		return !v
	}
	// A resource in a successful state (a Pagar.me order "paid", whose code member is the
	// order's own) is not an error for its "code" alone.
	succeeded := successState(o.str("status"))
	for _, k := range [...]string{"error", "errors", "errorCode", "errorCategory", "error_messages", "violacoes", "cause", "debug_id", "errorType", "title", "detail", "code"} {
		if k == "code" && succeeded {
			continue
		}
		if v := o.get(k); v != nil {
			if a, isArr := v.([]any); isArr && len(a) == 0 {
				continue
			}
			return true
		}
	}
	if s := intValue(o.get("status")); s >= 400 {
		return true
	}
	if s := intValue(o.get("statusCode")); s >= 400 {
		return true
	}
	if o.str("status") == "rejected" && o.has("status_detail") { // a refused payment, sent as 201
		return true
	}
	if o.has("name") && firstItem(o, "details").has("issue") { // PayPal's, cut before debug_id
		return true
	}
	if declined(o) {
		return true
	}
	return strings.EqualFold(o.str("transactionStatus"), "error")
}

// successState reports whether a resource's status names a success: paid, captured,
// authorized, approved, succeeded …
func successState(s string) bool {
	switch strings.ToLower(s) {
	case "paid", "captured", "authorized", "authorised", "approved", "succeeded", "success", "active", "completed", "concluida":
		return true
	}
	return false
}

// declined reports whether a successful response's body is a refused payment: Adyen's
// resultCode Refused, a PagBank charge DECLINED, a Pagar.me charge failed.
func declined(o *object) bool {
	return adyenRefusal(o) || pagBankDecline(o) != nil || pagarMeDecline(o) != nil
}

func describeKeys(o *object, lang catalog.Lang) string {
	if len(o.members) == 0 {
		return pick(lang, "an empty object", "um objeto vazio")
	}
	keys := o.keys()
	more := ""
	if len(keys) > 6 {
		keys, more = keys[:6], ", …"
	}
	return pick(lang, "members ", "membros ") + strings.Join(keys, ", ") + more
}

// excerpt quotes the start of text, shortened, on one line.
func excerpt(text string) string {
	s := strings.TrimSpace(text)
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s = s[:i]
	}
	if r := []rune(s); len(r) > 60 {
		s = string(r[:60]) + "…"
	}
	return strconv.Quote(s)
}

// guessStrategy reads a message for the kind of failure when nothing else tells.
func guessStrategy(msg string) catalog.Strategy {
	m := strings.ToLower(msg)
	switch {
	case strings.Contains(m, "timeout") || strings.Contains(m, "timed out") || strings.Contains(m, "tempo esgotado"):
		return catalog.CheckFirst
	case strings.Contains(m, "rate limit") || strings.Contains(m, "too many") || strings.Contains(m, "muitas requisi"):
		return catalog.Wait
	case strings.Contains(m, "unavailable") || strings.Contains(m, "indispon") || strings.Contains(m, "try again"):
		return catalog.Backoff
	}
	return catalog.Fix
}

// requestIDMembers and requestIDHeaders are where request ids are kept, best first.
var (
	requestIDPaths   = [][2]string{{"meta", "request_id"}, {"meta", "requestId"}, {"error", "requestId"}, {"error", "request_id"}, {"", "requestId"}, {"", "request_id"}, {"", "correlationId"}, {"", "debug_id"}, {"", "traceId"}, {"", "trace_id"}, {"", "pspReference"}, {"", "x-request-id"}}
	requestIDHeaders = []string{"X-Request-Id", "X-Request-ID", "Request-Id", "X-Correlation-Id", "X-CorrelationID", "X-Amzn-RequestId", "X-Trace-Id", "Cf-Ray", "Debug-Id", "Paypal-Debug-Id"}
)

func requestID(p *parts, body *object) string {
	for _, path := range requestIDPaths {
		o := body
		if path[0] != "" {
			o = body.obj(path[0])
		}
		if s := o.str(path[1]); s != "" {
			return s
		}
	}
	for _, h := range requestIDHeaders {
		if v := headerValue(p.headers, h); v != "" {
			return v
		}
	}
	// Cloudflare's error pages print the Ray ID, which Cloudflare support asks for, in the
	// page itself: "Cloudflare Ray ID: <strong>8c1f2e3d4a5b6c7d</strong>".
	if id := rayIDInPage(p.bodyText); id != "" {
		return id
	}
	// Mercado Pago's cause[].data is "11-03-2025T18:20:01UTC;5b1c…": the time, then the
	// request's id.
	if d := firstItem(body, "cause").str("data"); strings.Contains(d, "UTC;") {
		if _, id, _ := strings.Cut(d, ";"); strings.TrimSpace(id) != "" {
			return strings.TrimSpace(id)
		}
	}
	// Stripe's error.request_log_url ends in the request id: …/logs/req_123?t=….
	if u := body.obj("error").str("request_log_url"); u != "" {
		if i := strings.Index(u, "/logs/req_"); i >= 0 {
			id := u[i+len("/logs/"):]
			if j := strings.IndexAny(id, "?#/"); j >= 0 {
				id = id[:j]
			}
			return id
		}
	}
	return ""
}

// wwwAuthenticateStep reads an OAuth 2.0 Bearer challenge (RFC 6750 §3): the error it
// names, and for insufficient_scope the scope the call needs (the API Pix's cob.write …).
func wwwAuthenticateStep(v string) catalog.Text {
	param := func(name string) string {
		i := strings.Index(v, name+`="`)
		if i < 0 {
			return ""
		}
		rest := v[i+len(name)+2:]
		if j := strings.IndexByte(rest, '"'); j >= 0 {
			return rest[:j]
		}
		return ""
	}
	switch param("error") {
	case "insufficient_scope":
		if scope := param("scope"); scope != "" {
			return tx("The token lacks the scope this call needs: WWW-Authenticate asks for "+scope+". Request a token with it (and check the scope is enabled for your client with the provider).",
				"O token não tem o escopo que esta chamada exige: o WWW-Authenticate pede "+scope+". Peça um token com ele (e confira se o escopo está liberado para o seu client no provedor).")
		}
		return tx("The token lacks the scope this call needs (insufficient_scope): request a token with the endpoint's scope.",
			"O token não tem o escopo que esta chamada exige (insufficient_scope): peça um token com o escopo do endpoint.")
	case "invalid_token":
		return tx("The token was refused (invalid_token in WWW-Authenticate): it expired, was revoked or belongs to another environment. Get a new one.",
			"O token foi recusado (invalid_token no WWW-Authenticate): expirou, foi revogado ou é de outro ambiente. Obtenha um novo.")
	}
	return catalog.Text{}
}

// rayIDInPage returns the Ray ID an HTML error page from Cloudflare shows, or "".
func rayIDInPage(page string) string {
	i := strings.Index(asciiLower(page[:min(len(page), 64<<10)]), "ray id")
	if i < 0 {
		return ""
	}
	rest := page[i+len("ray id"):]
	// Skip the colon, spaces and tags between the label and the id.
	for k := 0; k < len(rest) && k < 80; k++ {
		if c := rest[k]; c == '<' {
			if j := strings.IndexByte(rest[k:], '>'); j > 0 {
				k += j
			}
			continue
		} else if (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') {
			end := k
			for end < len(rest) && ((rest[end] >= '0' && rest[end] <= '9') || (rest[end] >= 'a' && rest[end] <= 'f')) {
				end++
			}
			if end-k >= 16 {
				return rest[k:end]
			}
			return ""
		} else if c != ':' && c != ' ' && c != '\n' && c != '\t' && c != '\r' {
			return ""
		}
	}
	return ""
}

// Field problems live in many shapes; one reader takes them all:
//   - an object of field → message(s): FluxiQ's error.details, Pagar.me's errors;
//   - a list of objects naming a field and a problem: GSMA's errorParameters,
//     RFC 9457 invalid-params, the Central Bank's violacoes, PagBank's error_messages;
//   - OnnixPay's error.field with its details.
var (
	fieldNameKeys    = []string{"field", "name", "propriedade", "parameter_name", "param", "parameter", "path", "pointer", "key", "campo"}
	fieldProblemKeys = []string{"message", "reason", "razao", "description", "issue", "detail", "value", "descricao", "mensagem"}
	fieldListKeys    = []string{"details", "errors", "errorParameters", "invalid-params", "invalid_params", "violacoes", "error_messages", "invalidFields", "cause"}
)

func fieldProblems(body *object) []Field {
	var out []Field
	for _, o := range []*object{body.obj("error"), body} {
		if o == nil {
			continue
		}
		for _, k := range fieldListKeys {
			switch v := o.get(k).(type) {
			case *object:
				out = slices.Grow(out, len(v.members))
				for _, m := range v.members {
					if probs := stringsOf(m.val); len(probs) > 0 {
						out = append(out, Field{Name: m.key, Problems: probs})
					}
				}
			case []any:
				out = slices.Grow(out, len(v))
				for _, item := range v {
					io, _ := item.(*object)
					if io == nil {
						continue
					}
					name := firstString(io, fieldNameKeys)
					prob := fieldProblem(io)
					if name != "" && prob != "" {
						out = append(out, Field{Name: name, Problems: []string{prob}})
					}
				}
			}
		}
		if name := o.str("field"); name != "" && len(out) == 0 {
			prob := o.str("details")
			if prob == "" {
				prob = o.str("message")
			}
			out = append(out, Field{Name: name, Problems: []string{prob}})
		}
		if len(out) > 0 {
			return out
		}
	}
	return out
}

// fieldProblem reads what is wrong with a field from one item of a list: the first
// sentence among its members, else the first word-like value. PagBank's error_messages put
// a code-like description (invalid_parameter) next to the sentence in error.
func fieldProblem(io *object) string {
	first := ""
	for _, k := range fieldProblemKeys {
		s := firstString(io, []string{k})
		if strings.Contains(s, " ") {
			return s
		}
		if first == "" {
			first = s
		}
	}
	if s := io.str("error"); strings.Contains(s, " ") {
		return s
	}
	return first
}

func firstString(o *object, keys []string) string {
	for _, k := range keys {
		switch v := o.get(k).(type) {
		case string:
			if v != "" {
				return v
			}
		case number:
			return string(v)
		}
	}
	return ""
}

func stringsOf(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// transitionFromTo reads FluxiQ's "Cannot change status from 'paid' to 'cancelled'":
// the words after "from" and "to", without quotes.
func transitionFromTo(text string) (from, to string, ok bool) {
	lower := strings.ToLower(text)
	i := strings.Index(lower, "from ")
	if i < 0 {
		return "", "", false
	}
	rest := strings.Fields(strings.NewReplacer("'", " ", "\"", " ").Replace(lower[i+len("from "):]))
	if len(rest) < 3 || rest[1] != "to" {
		return "", "", false
	}
	return rest[0], strings.TrimRight(rest[2], ".,;"), true
}

// transitionStep says which transitions FluxiQ allows from the status in the message; zero
// when the message names no known status.
func transitionStep(text string) catalog.Text {
	from, to, ok := transitionFromTo(text)
	if !ok {
		return catalog.Text{}
	}
	allowed, known := catalog.AllowedTransitions(from)
	switch {
	case !known:
		return catalog.Text{}
	case len(allowed) == 0:
		return tx("'"+from+"' is a final state: a boleto in it cannot move to '"+to+"' or anywhere else.",
			"'"+from+"' é um estado final: um boleto nele não pode ir para '"+to+"' nem para nenhum outro.")
	default:
		list := "'" + strings.Join(allowed, "', '") + "'"
		return tx("From '"+from+"' a boleto may only move to "+list+", not to '"+to+"'.",
			"De '"+from+"' um boleto só pode ir para "+list+", não para '"+to+"'.")
	}
}
