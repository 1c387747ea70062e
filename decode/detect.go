package decode

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/decifra/decifra/catalog"
)

// claimThreshold is the score a provider needs before the error is attributed to it. One
// weak signal (a shared code, a generic envelope) stays below it: a false attribution is
// worse than "unknown".
const claimThreshold = 2.5

// facts are the features of a body that detectors score.
type facts struct {
	body         *object
	errObj       *object // body.error when it is an object, else the body itself
	code         string  // the error code, wherever the envelope keeps it
	message      string
	successFalse bool
	meta         *object
	hosts        []string
	headers      []header // the response's headers
	status       int      // the status the paste carries, 0 when none
	portuguese   bool
	problem      bool // an RFC 9457/7807 problem: title with status, type or detail
}

func gatherFacts(p *parts) facts {
	f := facts{body: p.body, hosts: p.hosts, headers: p.headers, status: p.status}
	if f.body == nil {
		return f
	}
	f.errObj = f.body.obj("error")
	if f.errObj == nil {
		f.errObj = f.body
	}
	for _, k := range [...]string{"code", "errorCode", "error_code"} {
		if s, ok := f.errObj.get(k).(string); ok && s != "" {
			f.code = s
			break
		}
	}
	if axiosOwnCode(f.body, f.code) {
		f.code = "" // the HTTP client's code for the failure, not the API's
	}
	for _, k := range [...]string{"message", "errorDescription", "detail", "error_description"} {
		if s := f.errObj.str(k); s != "" {
			f.message = s
			break
		}
	}
	if f.message == "" {
		f.message, _ = f.body.get("error").(string)
	}
	if v, ok := f.body.get("success").(bool); ok && !v {
		f.successFalse = true
	}
	f.meta = f.body.obj("meta")
	f.portuguese = looksPortuguese(f.message + " " + f.errObj.str("details"))
	_, hasStatus := f.body.get("status").(number)
	f.problem = f.body.str("title") != "" && (hasStatus || f.body.has("type") || f.body.has("detail"))
	return f
}

// looksPortuguese reports whether a message reads as Brazilian Portuguese: at least two of
// its words carry Portuguese accents or are common Portuguese words. One pass over the
// words, stopping at the second hit.
func looksPortuguese(s string) bool {
	hits := 0
	for len(s) > 0 && hits < 2 {
		i := 0
		for i < len(s) && !isLetterByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && isLetterByte(s[j]) {
			j++
		}
		if portugueseWord(s[i:j]) {
			hits++
		}
		s = s[j:]
	}
	return hits >= 2
}

// isLetterByte: ASCII letters and every byte of a multi-byte UTF-8 letter (ã, ç, é …).
func isLetterByte(c byte) bool { return c >= 0x80 || (c|0x20 >= 'a' && c|0x20 <= 'z') }

// portugueseWord reports whether w is a common Portuguese word, or any word with an
// accented letter (English error messages have none).
func portugueseWord(w string) bool {
	if w == "" || len(w) > 16 {
		return false
	}
	var buf [16]byte
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return true
		}
		buf[i] = w[i] | 0x20
	}
	switch string(buf[:len(w)]) {
	case "de", "do", "da", "dos", "das", "foi", "ou", "um", "uma", "para", "com", "sem", "no",
		"na", "ao", "os", "nao", "invalido", "invalida", "saldo", "chave", "valor", "limite",
		"erro", "cliente", "provedor", "encontrado", "encontrada", "excedido", "obrigatorio",
		"requisicao", "transacao", "cobranca", "ausente", "expirada", "expirado", "revogada":
		return true
	}
	return false
}

// signal is one piece of evidence and its weight (negative: evidence against), said in
// both languages.
type signal struct {
	weight float64
	text   catalog.Text
}

// profile is what decode knows of one provider's bodies: how to score a body for it, and
// where its code lives.
type profile struct {
	id    string
	score func(f *facts, code *codeOwners) []signal
	// read finds the provider's code and catalog entry in a body it claims; nil means the
	// code is facts.code (error.code, code or errorCode).
	read func(f *facts, p *catalog.Provider) reading
}

// reading is what a profile reads from a body it claims.
type reading struct {
	code      string
	entry     *catalog.Entry // nil when the provider does not document the code
	message   string         // the provider's message, when not where facts looks for it
	note      catalog.Text   // how the code was found, when the body does not carry it
	category  *catalog.MobileMoneyCategory
	firstStep catalog.Text // a fix step the body implies, shown before the catalog's
	decline   bool         // a refused payment in a successful response, not an API error
	issuer    bool         // entry is the card issuer's ABECS response code, not the provider's
	details   string       // more the body says, when not where facts looks for it
}

// profiles, in catalog order. Each detector reads only facts.
var profiles = []profile{
	{"fluxiq", scoreFluxiQ, readFluxiQ},
	{"onnixpay", scoreOnnixPay, nil},
	{"flux", scoreFlux, nil},
	{"cashier", scoreCashier, readCashier},
	{"gsma-mm", scoreGSMA, readGSMA},
	{"bacen-pix", scoreBacenPix, readBacenPix},
	{"mercadopago", scoreMercadoPago, readMercadoPago},
	{"pagbank", scorePagBank, readPagBank},
	{"asaas", scoreAsaas, readAsaas},
	{"pagarme", scorePagarMe, readPagarMe},
	{"stripe", scoreStripe, readStripe},
	{"paypal", scorePayPal, readPayPal},
	{"adyen", scoreAdyen, readAdyen},
}

var stripeTypes = [...]string{"api_error", "card_error", "idempotency_error", "invalid_request_error"}

func scoreStripe(f *facts, c *codeOwners) []signal {
	e := f.body.obj("error")
	if e == nil {
		return hostSignal(f, "stripe")
	}
	var s []signal
	if slices.Contains(stripeTypes[:], e.str("type")) {
		s = append(s, signal{2.5, catalog.Text{EN: "error.type " + e.str("type") + " is one of Stripe's four error types", PT: "error.type " + e.str("type") + " é um dos quatro tipos de erro da Stripe"}})
	}
	if e.has("decline_code") {
		s = append(s, signal{1, catalog.Text{EN: "error.decline_code (Stripe's issuer decline reason)", PT: "error.decline_code (motivo da recusa do emissor, na Stripe)"}})
	}
	if strings.Contains(e.str("doc_url"), "stripe.com") {
		s = append(s, signal{1.5, catalog.Text{EN: "doc_url points to stripe.com", PT: "doc_url aponta para stripe.com"}})
	}
	if e.has("request_log_url") {
		s = append(s, signal{1, catalog.Text{EN: "request_log_url (Stripe Dashboard log)", PT: "request_log_url (log do Dashboard da Stripe)"}})
	}
	if ec := e.str("code"); ec != "" && len(f.body.members) == 1 {
		if _, ok := catalog.Stripe.Lookup(ec); ok && ec == strings.ToLower(ec) {
			s = append(s, signal{2, catalog.Text{EN: "a lone error object whose code " + ec + " is Stripe's", PT: "um objeto error sozinho cujo código " + ec + " é da Stripe"}})
		}
	}
	if headerValue(f.headers, "Stripe-Should-Retry") != "" {
		s = append(s, signal{2, catalog.Text{EN: "Stripe-Should-Retry header", PT: "cabeçalho Stripe-Should-Retry"}})
	}
	return append(s, hostSignal(f, "stripe")...)
}

// readStripe explains by the most specific code: the issuer's decline_code, then the
// error code, then the error type.
func readStripe(f *facts, p *catalog.Provider) reading {
	e := f.body.obj("error")
	code := e.str("code")
	if code == "" {
		code = e.str("type")
	}
	r := reading{code: code, message: e.str("message")}
	for _, c := range [...]string{e.str("decline_code"), e.str("code"), e.str("type")} {
		if entry, ok := p.Lookup(c); ok && c != "" {
			r.entry = entry
			break
		}
	}
	var notes []string
	for _, k := range [...]string{"decline_code", "advice_code", "param"} {
		if v := e.str(k); v != "" {
			notes = append(notes, k+" "+v)
		}
	}
	if len(notes) > 0 {
		r.note = tx("Stripe says: "+strings.Join(notes, "; "), "A Stripe informa: "+strings.Join(notes, "; "))
	}
	return r
}

func scorePayPal(f *facts, c *codeOwners) []signal {
	var s []signal
	b := f.body
	if b.has("debug_id") {
		s = append(s, signal{2, catalog.Text{EN: "debug_id (PayPal's correlation id)", PT: "debug_id (id de correlação do PayPal)"}})
	}
	if n := b.str("name"); n != "" && n == strings.ToUpper(n) {
		if _, ok := catalog.PayPal.Lookup(n); ok {
			s = append(s, signal{1, catalog.Text{EN: "name " + n + " is one of PayPal's error names", PT: "name " + n + " é um dos nomes de erro do PayPal"}})
		}
	}
	if item := firstItem(b, "details"); item != nil && item.has("issue") {
		s = append(s, signal{1, catalog.Text{EN: "details[].issue (PayPal's error details)", PT: "details[].issue (detalhes de erro do PayPal)"}})
		if issue := item.str("issue"); issue != "" {
			if _, ok := catalog.PayPal.Lookup(issue); ok {
				s = append(s, signal{1.5, catalog.Text{EN: "issue " + issue + " is PayPal's", PT: "a issue " + issue + " é do PayPal"}})
			}
		}
	}
	if strings.Contains(firstItem(b, "links").str("href"), "developer.paypal.com") {
		s = append(s, signal{0.5, catalog.Text{EN: "links to developer.paypal.com", PT: "links para developer.paypal.com"}})
	}
	return append(s, hostSignal(f, "paypal")...)
}

// readPayPal explains by the first detail's issue when PayPal documents it, else the name.
func readPayPal(f *facts, p *catalog.Provider) reading {
	if item := firstItem(f.body, "details"); item != nil {
		if e, ok := p.Lookup(item.str("issue")); ok {
			// details[].description says what went wrong with this request; the top-level
			// message only restates the name ("The requested action could not be performed…").
			return reading{code: item.str("issue"), entry: e, message: item.str("description"),
				note: tx("PayPal name "+f.body.str("name"), "name do PayPal: "+f.body.str("name"))}
		}
	}
	e, _ := p.Lookup(f.body.str("name"))
	return reading{code: f.body.str("name"), entry: e}
}

var adyenErrorTypes = [...]string{"validation", "security", "configuration", "internal"}

func scoreAdyen(f *facts, c *codeOwners) []signal {
	var s []signal
	b := f.body
	switch {
	case b.has("errorCode") && slices.Contains(adyenErrorTypes[:], b.str("errorType")):
		s = append(s, signal{3, catalog.Text{EN: "errorCode with errorType " + b.str("errorType") + " (Adyen's classic envelope)", PT: "errorCode com errorType " + b.str("errorType") + " (envelope clássico da Adyen)"}})
	case strings.HasPrefix(b.str("type"), "https://docs.adyen.com/errors/"):
		s = append(s, signal{3, catalog.Text{EN: "problem type " + b.str("type") + " (Adyen)", PT: "tipo de problema " + b.str("type") + " (Adyen)"}})
	}
	if adyenRefusal(b) {
		s = append(s, signal{3, catalog.Text{EN: "resultCode " + b.str("resultCode") + " with refusalReason (Adyen's refused payment)", PT: "resultCode " + b.str("resultCode") + " com refusalReason (pagamento recusado na Adyen)"}})
	}
	if b.has("pspReference") {
		s = append(s, signal{0.5, catalog.Text{EN: "pspReference (Adyen's payment reference)", PT: "pspReference (referência de pagamento da Adyen)"}})
	}
	if strings.EqualFold(headerValue(f.headers, "transient-error"), "true") {
		s = append(s, signal{1, catalog.Text{EN: "transient-error header (Adyen)", PT: "cabeçalho transient-error (Adyen)"}})
	}
	return append(s, hostSignal(f, "adyen")...)
}

// adyenRefusal reports whether a body is Adyen's answer to a refused payment: HTTP 200
// with resultCode Refused, Cancelled or Error and a refusalReason.
func adyenRefusal(b *object) bool {
	switch b.str("resultCode") {
	case "Refused", "Cancelled", "Error":
		return b.has("refusalReason") || b.has("refusalReasonCode")
	}
	return false
}

func readAdyen(f *facts, p *catalog.Provider) reading {
	if adyenRefusal(f.body) {
		code := codeString(f.body.get("refusalReasonCode"))
		e, _ := p.Lookup(code)
		return reading{code: code, entry: e, message: f.body.str("refusalReason"), decline: true,
			note: tx("a refused payment: resultCode "+f.body.str("resultCode")+", refusalReasonCode "+code,
				"um pagamento recusado: resultCode "+f.body.str("resultCode")+", refusalReasonCode "+code)}
	}
	code := codeString(f.body.get("errorCode"))
	e, _ := p.Lookup(code)
	msg := f.body.str("message")
	if msg == "" {
		msg = f.body.str("detail")
	}
	return reading{code: code, entry: e, message: msg}
}

// firstItem returns the first object of the array member key.
func firstItem(o *object, key string) *object {
	list, _ := o.get(key).([]any)
	for _, v := range list {
		if io, ok := v.(*object); ok {
			return io
		}
	}
	return nil
}

// codeString reads a code that may be a JSON string or number (Mercado Pago's cause
// codes are numbers).
func codeString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case number:
		return string(x)
	}
	return ""
}

func scoreMercadoPago(f *facts, c *codeOwners) []signal {
	b := f.body
	var s []signal
	_, causeIsList := b.get("cause").([]any)
	switch {
	case causeIsList && b.has("error") && b.has("message"):
		s = append(s, signal{3, catalog.Text{EN: "message/error/status/cause envelope (Mercado Pago)", PT: "envelope message/error/status/cause (Mercado Pago)"}})
	case b.str("blocked_by") == "PolicyAgent":
		s = append(s, signal{3, catalog.Text{EN: "blocked_by: PolicyAgent (Mercado Pago's policy agent)", PT: "blocked_by: PolicyAgent (agente de políticas do Mercado Pago)"}})
	case strings.HasPrefix(b.str("status_detail"), "cc_rejected_") || b.str("status_detail") == "pending_review_manual" || b.str("status_detail") == "pending_contingency":
		s = append(s, signal{3, catalog.Text{EN: "status_detail " + b.str("status_detail") + " (a Mercado Pago payment's result)", PT: "status_detail " + b.str("status_detail") + " (resultado de um pagamento do Mercado Pago)"}})
	}
	return append(s, hostSignal(f, "mercadopago")...)
}

func readMercadoPago(f *facts, p *catalog.Provider) reading {
	b := f.body
	if d := b.str("status_detail"); d != "" {
		e, _ := p.Lookup(d)
		return reading{code: d, entry: e}
	}
	if c := codeString(firstItem(b, "cause").get("code")); c != "" {
		// A cause code documented with another status than the paste's does not describe
		// this response (cause 2000 "payment not found" under a 401 for a bad token): the
		// envelope's own code does.
		status := f.status
		if status == 0 {
			status = intValue(b.get("status"))
		}
		if e, ok := p.Lookup(c); ok && (e.Status == 0 || status == 0 || e.Status == status) {
			return reading{code: c, entry: e, message: firstItem(b, "cause").str("description")}
		}
	}
	code := codeString(b.get("code"))
	if code == "" {
		code = b.str("error")
	}
	e, _ := p.Lookup(code)
	r := reading{code: code, entry: e}
	if cause := firstItem(b, "cause"); cause != nil {
		// The cause the catalog does not explain still says what was wrong.
		if c, d := codeString(cause.get("code")), cause.str("description"); c != "" && d != "" {
			r.message = d
			r.note = tx("cause "+c+": "+d, "cause "+c+": "+d)
		}
	}
	return r
}

func scorePagBank(f *facts, c *codeOwners) []signal {
	var s []signal
	if firstItem(f.body, "error_messages") != nil {
		s = append(s, signal{3, catalog.Text{EN: "error_messages array (PagBank's envelope)", PT: "lista error_messages (envelope do PagBank)"}})
	}
	if pagBankDecline(f.body) != nil {
		s = append(s, signal{3, catalog.Text{EN: "charge with status DECLINED and a payment_response (PagBank's declined charge)", PT: "cobrança com status DECLINED e payment_response (cobrança negada no PagBank)"}})
	}
	return append(s, hostSignal(f, "pagbank")...)
}

// pagBankDecline returns the payment_response of a declined PagBank charge: the body's
// own (a charge) or its first charge's (an order); nil when the body holds none.
func pagBankDecline(b *object) *object {
	for _, c := range []*object{b, firstItem(b, "charges")} {
		if c != nil && strings.EqualFold(c.str("status"), "DECLINED") && c.obj("payment_response") != nil {
			return c.obj("payment_response")
		}
	}
	return nil
}

func readPagBank(f *facts, p *catalog.Provider) reading {
	if pr := pagBankDecline(f.body); pr != nil {
		code := codeString(pr.get("code"))
		if e, ok := p.Lookup(code); ok {
			return reading{code: code, entry: e, message: pr.str("message"), decline: true}
		}
		// A code PagBank does not list: the issuer's own ABECS code in raw_data may.
		if rc := codeString(pr.obj("raw_data").get("reason_code")); rc != "" {
			if e, ok := catalog.IssuerCode(rc); ok {
				return reading{code: code, entry: e, issuer: true, message: pr.str("message"), decline: true,
					note: tx("raw_data.reason_code "+rc+" (ABECS)", "raw_data.reason_code "+rc+" (ABECS)")}
			}
		}
		return reading{code: code, message: pr.str("message"), decline: true}
	}
	item := firstItem(f.body, "error_messages")
	code := item.str("code")
	if code == "" {
		code = item.str("error") // Checkout, Recurring and Transfers name it error
	}
	e, _ := p.Lookup(code)
	return reading{code: code, entry: e, message: item.str("description")}
}

func scoreAsaas(f *facts, c *codeOwners) []signal {
	var s []signal
	item := firstItem(f.body, "errors")
	if item != nil && item.has("code") && item.has("description") && len(f.body.members) == 1 {
		s = append(s, signal{2, catalog.Text{EN: "errors[{code, description}] and nothing else (Asaas's envelope)", PT: "errors[{code, description}] e nada mais (envelope do Asaas)"}})
		if _, ok := catalog.Asaas.Lookup(item.str("code")); ok {
			s = append(s, signal{1, catalog.Text{EN: "code " + item.str("code") + " is Asaas's", PT: "o código " + item.str("code") + " é do Asaas"}})
		}
	}
	return append(s, hostSignal(f, "asaas")...)
}

func readAsaas(f *facts, p *catalog.Provider) reading {
	item := firstItem(f.body, "errors")
	code := item.str("code")
	if code == "" && f.status != 0 {
		code = strconv.Itoa(f.status) // Asaas keys body-less errors by status
	}
	e, _ := p.Lookup(code)
	r := reading{code: code, entry: e, message: item.str("description")}
	// Asaas lists every problem of the request; the card explains the first, and says
	// what the others are.
	if list, _ := f.body.get("errors").([]any); len(list) > 1 {
		var more []string
		for _, v := range list[1:] {
			if o, ok := v.(*object); ok && o.str("code") != "" {
				more = append(more, o.str("code")+": "+o.str("description"))
			}
		}
		r.details = strings.Join(more, "\n")
	}
	return r
}

func scorePagarMe(f *facts, c *codeOwners) []signal {
	b := f.body
	var s []signal
	if errs := b.obj("errors"); errs != nil && b.has("message") {
		// Laravel's validation errors have the same shape ({"message": "The given data was
		// invalid.", "errors": {"email": […]}}): the shape alone does not make Pagar.me.
		s = append(s, signal{1.5, catalog.Text{EN: "message with an errors object of field lists (Pagar.me v5)", PT: "message com um objeto errors de listas por campo (Pagar.me v5)"}})
		if b.str("message") == "The request is invalid." {
			s = append(s, signal{1, catalog.Text{EN: "message \"The request is invalid.\" (Pagar.me v5's validation message)", PT: "message \"The request is invalid.\" (a mensagem de validação do Pagar.me v5)"}})
		}
		if b.has("request") {
			s = append(s, signal{1, catalog.Text{EN: "request member echoing the request (Pagar.me v5)", PT: "membro request que ecoa a requisição (Pagar.me v5)"}})
		}
	}
	if pagarMeDecline(b) != nil {
		s = append(s, signal{3, catalog.Text{EN: "charge whose last_transaction was not authorised (Pagar.me v5)", PT: "cobrança cuja last_transaction não foi autorizada (Pagar.me v5)"}})
	}
	if item := firstItem(b, "errors"); item != nil && item.has("parameter_name") && item.has("type") && b.has("method") && b.has("url") {
		s = append(s, signal{3, catalog.Text{EN: "errors[{message, parameter_name, type}] with method and url (Pagar.me v1–v4)", PT: "errors[{message, parameter_name, type}] com method e url (Pagar.me v1–v4)"}})
	}
	return append(s, hostSignal(f, "pagarme")...)
}

// pagarMeDecline returns the last_transaction of a failed Pagar.me v5 charge: the body's
// own (a charge) or its first charge's (an order); nil when the body holds none.
func pagarMeDecline(b *object) *object {
	for _, c := range []*object{b, firstItem(b, "charges")} {
		if c == nil || c.str("status") != "failed" {
			continue
		}
		if t := c.obj("last_transaction"); t != nil && (t.has("acquirer_return_code") || t.has("gateway_response") || t.has("acquirer_message")) {
			return t
		}
	}
	return nil
}

func readPagarMe(f *facts, p *catalog.Provider) reading {
	if t := pagarMeDecline(f.body); t != nil {
		code := codeString(t.get("acquirer_return_code"))
		msg := t.str("acquirer_message")
		if msg == "" {
			msg = firstItem(t.obj("gateway_response"), "errors").str("message")
		}
		e, issuer := catalog.IssuerCode(code) // the acquirer passes the issuer's ABECS code on
		return reading{code: code, entry: e, issuer: issuer, message: msg, decline: true,
			note: tx("a failed charge: last_transaction.status "+t.str("status"), "uma cobrança que falhou: last_transaction.status "+t.str("status"))}
	}
	if t := firstItem(f.body, "errors").str("type"); t != "" {
		e, _ := p.Lookup(t)
		return reading{code: t, entry: e, message: firstItem(f.body, "errors").str("message")}
	}
	// v5 bodies carry no code: Pagar.me documents its errors by status.
	e, _ := p.Lookup(strconv.Itoa(f.status))
	var note catalog.Text
	if e != nil {
		note = tx("Pagar.me v5 bodies carry no code: the explanation is Pagar.me's for HTTP "+strconv.Itoa(f.status),
			"corpos do Pagar.me v5 não trazem código: a explicação é a do Pagar.me para HTTP "+strconv.Itoa(f.status))
	}
	return reading{entry: e, message: f.body.str("message"), note: note}
}

// bacenTypePrefix starts every problem type of the Central Bank's API Pix.
const bacenTypePrefix = "https://pix.bcb.gov.br/api/v2/error/"

func scoreBacenPix(f *facts, c *codeOwners) []signal {
	typ := f.body.str("type")
	if !strings.HasPrefix(typ, bacenTypePrefix) {
		// PSPs that implement the API Pix (Inter, Sicoob …) often answer its problem
		// bodies with their own type, or none: violacoes[{razao, propriedade}] is the
		// specification's own shape.
		if v := firstItem(f.body, "violacoes"); v.has("razao") && v.has("propriedade") {
			return []signal{{2.5, catalog.Text{EN: "violacoes[{razao, propriedade}] (the API Pix specification's field violations)", PT: "violacoes[{razao, propriedade}] (violações de campos da especificação da API Pix)"}}}
		}
		return nil
	}
	s := []signal{{3, catalog.Text{EN: "type " + typ + " is an API Pix problem type (Banco Central do Brasil)", PT: "type " + typ + " é um tipo de problema da API Pix (Banco Central do Brasil)"}}}
	if _, ok := catalog.BacenPix.Lookup(strings.TrimPrefix(typ, bacenTypePrefix)); ok {
		s = append(s, signal{1, catalog.Text{EN: strings.TrimPrefix(typ, bacenTypePrefix) + " is a documented API Pix problem", PT: strings.TrimPrefix(typ, bacenTypePrefix) + " é um problema documentado da API Pix"}})
	}
	if f.body.has("violacoes") {
		s = append(s, signal{1, catalog.Text{EN: "violacoes member (API Pix field violations)", PT: "membro violacoes (violações de campos da API Pix)"}})
	}
	if f.body.has("correlationId") {
		s = append(s, signal{0.5, catalog.Text{EN: "correlationId member", PT: "membro correlationId"}})
	}
	return s
}

func readBacenPix(f *facts, p *catalog.Provider) reading {
	code := strings.TrimPrefix(f.body.str("type"), bacenTypePrefix)
	e, _ := p.Lookup(code)
	return reading{code: code, entry: e, message: f.body.str("detail")}
}

// readCode finds the code of a body the provider p claims.
func readCode(f *facts, p *catalog.Provider) reading {
	for _, pr := range profiles {
		if pr.id == p.ID && pr.read != nil {
			return pr.read(f, p)
		}
	}
	e, _ := p.Lookup(f.code)
	return reading{code: f.code, entry: e}
}

// readFluxiQ adds, for INVALID_STATUS_TRANSITION, the transitions FluxiQ's boleto status
// machine allows from the status the message names.
func readFluxiQ(f *facts, p *catalog.Provider) reading {
	e, _ := p.Lookup(f.code)
	r := reading{code: f.code, entry: e}
	if f.code == "INVALID_STATUS_TRANSITION" {
		r.firstStep = transitionStep(f.errObj.str("details") + " " + f.message)
	}
	return r
}

func readCashier(f *facts, p *catalog.Provider) reading {
	if f.code != "" {
		e, _ := p.Lookup(f.code)
		return reading{code: f.code, entry: e}
	}
	if e := inferCashier(f.body); e != nil {
		return reading{code: e.Code, entry: e, note: tx("Cashier's body carries no code: "+e.Code+" was inferred from its status, title and detail",
			"o corpo da Cashier não traz código: "+e.Code+" foi deduzido do status, do title e do detail")}
	}
	return reading{}
}

// gsmaError is the GSMA error object: the body itself, or a transaction's error member.
func gsmaError(body *object) *object {
	if e := body.obj("error"); e != nil && e.has("errorCategory") {
		return e
	}
	return body
}

func readGSMA(f *facts, p *catalog.Provider) reading {
	o := gsmaError(f.body)
	e, _ := p.Lookup(o.str("errorCode"))
	return reading{code: o.str("errorCode"), entry: e, message: o.str("errorDescription"),
		category: catalog.MobileMoneyCategoryByName(o.str("errorCategory"))}
}

// axiosOwnCode reports whether code is one axios gives its own errors (ERR_BAD_REQUEST
// for any 4xx, ERR_BAD_RESPONSE for any 5xx …) in an axios error object, where it says
// nothing of the API behind it.
func axiosOwnCode(body *object, code string) bool {
	if body.str("name") != "AxiosError" && !body.has("isAxiosError") {
		return false
	}
	switch code {
	case "ERR_BAD_REQUEST", "ERR_BAD_RESPONSE", "ERR_NETWORK", "ERR_CANCELED", "ERR_BAD_OPTION",
		"ERR_BAD_OPTION_VALUE", "ERR_DEPRECATED", "ERR_FR_TOO_MANY_REDIRECTS", "ERR_INVALID_URL", "ERR_NOT_SUPPORT":
		return true
	}
	return false
}

// codeOwners says which providers document a code.
type codeOwners struct {
	code string
	ids  []string
}

func ownersOf(code string) codeOwners {
	c := codeOwners{code: code}
	if code == "" {
		return c
	}
	for _, p := range catalog.Providers() {
		if p.CodesInferred {
			continue
		}
		if _, ok := p.Lookup(code); ok {
			c.ids = append(c.ids, p.ID)
		}
	}
	return c
}

// membership is the signal that a provider documents the code: strong when it alone does,
// a little stronger when the paste's status is the one documented for the code.
func (c *codeOwners) membership(f *facts, id, name string) []signal {
	if !slices.Contains(c.ids, id) {
		return nil
	}
	p := catalog.ByID(id)
	by := "pel" + p.The(name) // "pela Stripe", "pelo PayPal"
	s := []signal{{0.5, catalog.Text{EN: "code " + c.code + " is documented by " + name + " (and " + strconv.Itoa(len(c.ids)-1) + " other)", PT: "o código " + c.code + " é documentado " + by + " (e por mais " + strconv.Itoa(len(c.ids)-1) + ")"}}}
	if len(c.ids) == 1 {
		s = []signal{{1.5, catalog.Text{EN: "code " + c.code + " is " + name + "'s", PT: "o código " + c.code + " é " + p.Of(name)}}}
	}
	if e, ok := catalog.Lookup(id, c.code); ok && e.Status != 0 && e.Status == f.status {
		s = append(s, signal{0.5, catalog.Text{EN: "HTTP " + strconv.Itoa(f.status) + " is the status " + name + " documents for " + c.code, PT: "HTTP " + strconv.Itoa(f.status) + " é o status que " + p.The(name) + " documenta para " + c.code}})
	}
	return s
}

func hostSignal(f *facts, id string) []signal {
	p := catalog.ByID(id)
	for _, h := range f.hosts {
		for _, ph := range p.Hosts {
			if h == ph || strings.HasSuffix(h, "."+ph) {
				return []signal{{3, catalog.Text{EN: "host " + h + " is " + p.Name + "'s", PT: "o host " + h + " é " + p.Of(p.NameIn(catalog.Portuguese))}}}
			}
		}
	}
	return nil
}

// onnixExtras are members OnnixPay adds to its error object beyond code/message/details.
var onnixExtras = [...]string{"field", "requiredScopes", "currentScopes", "expiredAt", "revokedAt",
	"retryAfter", "provider", "providerCode", "estimatedRecovery", "existingTransactionId",
	"externalId", "existingCustomerId", "availableBalance", "requestedAmount", "maxAmount",
	"pixId", "paidAt", "boletoId", "canceledAt", "resourceType", "resourceId", "transactionId",
	"window", "requestId"}

func scoreFluxiQ(f *facts, c *codeOwners) []signal {
	var s []signal
	if f.successFalse && f.body.obj("error") != nil {
		s = append(s, signal{0.5, catalog.Text{EN: "success:false with an error object", PT: "success:false com um objeto error"}})
	}
	if f.meta.has("request_id") {
		s = append(s, signal{2, catalog.Text{EN: "meta.request_id (snake case) envelope", PT: "envelope com meta.request_id (snake case)"}})
	}
	if f.meta.has("requestId") {
		s = append(s, signal{-2, catalog.Text{EN: "meta.requestId is camel case (FluxiQ writes request_id)", PT: "meta.requestId em camel case (a FluxiQ escreve request_id)"}})
	}
	s = append(s, c.membership(f, "fluxiq", "FluxiQ")...)
	if d := f.errObj.obj("details"); d != nil && f.code != "" {
		s = append(s, signal{0.5, catalog.Text{EN: "error.details is an object of field problems", PT: "error.details é um objeto de problemas por campo"}})
	}
	if f.portuguese {
		s = append(s, signal{-1, catalog.Text{EN: "the message is in Portuguese (FluxiQ writes English)", PT: "a mensagem está em português (a FluxiQ escreve em inglês)"}})
	}
	if n := countMembers(f.errObj, onnixExtras[:]); n > 0 && f.errObj != f.body {
		s = append(s, signal{-1, catalog.Text{EN: "error has OnnixPay's extra members", PT: "error tem os membros extras da OnnixPay"}})
	}
	return append(s, hostSignal(f, "fluxiq")...)
}

func scoreOnnixPay(f *facts, c *codeOwners) []signal {
	var s []signal
	if f.successFalse && f.body.obj("error") != nil {
		s = append(s, signal{0.5, catalog.Text{EN: "success:false with an error object", PT: "success:false com um objeto error"}})
	}
	if f.meta.has("requestId") {
		s = append(s, signal{2, catalog.Text{EN: "meta.requestId (camel case) envelope", PT: "envelope com meta.requestId (camel case)"}})
		if f.meta.has("version") || f.meta.has("timestamp") {
			s = append(s, signal{0.5, catalog.Text{EN: "meta has timestamp and version", PT: "meta tem timestamp e version"}})
		}
	}
	if f.meta.has("request_id") {
		s = append(s, signal{-2, catalog.Text{EN: "meta.request_id is snake case (OnnixPay writes requestId)", PT: "meta.request_id em snake case (a OnnixPay escreve requestId)"}})
	}
	s = append(s, c.membership(f, "onnixpay", "OnnixPay")...)
	if f.portuguese && f.code != "" {
		s = append(s, signal{1.5, catalog.Text{EN: "the message is in Portuguese", PT: "a mensagem está em português"}})
	}
	if n := countMembers(f.errObj, onnixExtras[:]); n > 0 && f.code != "" {
		members := strings.Join(presentMembers(f.errObj, onnixExtras[:]), ", ")
		s = append(s, signal{min(float64(n), 2), catalog.Text{EN: "OnnixPay's extra members in error (" + members + ")", PT: "membros extras da OnnixPay em error (" + members + ")"}})
	}
	if p := strings.ToLower(f.errObj.str("provider")); p == "celcoin" || p == "shipay" {
		s = append(s, signal{1, catalog.Text{EN: "provider:\"" + p + "\" names OnnixPay's banking partner", PT: "provider:\"" + p + "\" nomeia o parceiro bancário da OnnixPay"}})
	}
	return append(s, hostSignal(f, "onnixpay")...)
}

func scoreFlux(f *facts, c *codeOwners) []signal {
	var s []signal
	if strings.HasPrefix(f.code, "ERR_") {
		if slices.Contains(c.ids, "flux") {
			s = append(s, signal{3, catalog.Text{EN: "code " + f.code + " is Flux's (ERR_ prefix)", PT: "o código " + f.code + " é da Flux (prefixo ERR_)"}})
		} else {
			s = append(s, signal{1, catalog.Text{EN: "code " + f.code + " has Flux's ERR_ prefix but is not in its reference", PT: "o código " + f.code + " tem o prefixo ERR_ da Flux, mas não está na referência dela"}})
		}
	}
	// Stripe's errors carry type, decline_code, doc_url: not Flux's.
	if f.errObj.has("type") || f.errObj.has("decline_code") || f.errObj.has("doc_url") {
		s = append(s, signal{-3, catalog.Text{EN: "error has type/decline_code/doc_url (Stripe's envelope)", PT: "error tem type/decline_code/doc_url (envelope da Stripe)"}})
	}
	// axios names its own errors ERR_BAD_REQUEST, ERR_BAD_RESPONSE, ERR_NETWORK …
	if f.body.has("config") || f.body.has("isAxiosError") || f.body.has("request") || f.body.str("name") == "AxiosError" {
		s = append(s, signal{-3, catalog.Text{EN: "an HTTP client's own error object (axios), not a response body", PT: "um objeto de erro do próprio cliente HTTP (axios), não um corpo de resposta"}})
	}
	return append(s, hostSignal(f, "flux")...)
}

func scoreCashier(f *facts, c *codeOwners) []signal {
	var s []signal
	if !f.problem {
		return hostSignal(f, "cashier")
	}
	s = append(s, signal{1, catalog.Text{EN: "RFC 7807 problem (type, title, status, detail)", PT: "problema RFC 7807 (type, title, status, detail)"}})
	switch typ := f.body.str("type"); {
	case typ == "about:blank":
		s = append(s, signal{0.5, catalog.Text{EN: "type about:blank", PT: "type about:blank"}})
	case strings.Contains(typ, "://") && !strings.Contains(typ, "flowpayment"):
		s = append(s, signal{-3, catalog.Text{EN: "type " + typ + " belongs to another API", PT: "type " + typ + " pertence a outra API"}})
	}
	// Spring's and many frameworks' default problem bodies have about:blank and an
	// /api/v1/ instance too: only Cashier's own resources are evidence.
	if inst := f.body.str("instance"); strings.HasPrefix(inst, "/api/v1/checkout") || strings.HasPrefix(inst, "/api/v1/payout") {
		s = append(s, signal{1.5, catalog.Text{EN: "instance " + inst + " is a Cashier resource (/api/v1/checkout, /api/v1/payouts)", PT: "instance " + inst + " é um recurso da Cashier (/api/v1/checkout, /api/v1/payouts)"}})
	}
	if f.body.has("violacoes") || f.body.has("correlationId") {
		s = append(s, signal{-3, catalog.Text{EN: "violacoes/correlationId are the Central Bank Pix API's members", PT: "violacoes/correlationId são membros da API Pix do Banco Central"}})
	}
	if e := inferCashier(f.body); e != nil && f.code == "" {
		s = append(s, signal{0.5, catalog.Text{EN: "status " + strconv.Itoa(e.Status) + " with this title/detail is Cashier's " + e.Code, PT: "status " + strconv.Itoa(e.Status) + " com este title/detail é o " + e.Code + " da Cashier"}})
	}
	return append(s, hostSignal(f, "cashier")...)
}

// inferCashier names the Cashier code a problem body implies: among the entries with the
// body's status, the one whose longest Match phrase occurs in the title or detail.
func inferCashier(body *object) *catalog.Entry {
	status := intValue(body.get("status"))
	text := strings.ToLower(body.str("title") + " | " + body.str("detail"))
	var best *catalog.Entry
	bestLen := 0
	for i := range catalog.Cashier.Entries {
		e := &catalog.Cashier.Entries[i]
		if e.Status != status {
			continue
		}
		for _, m := range e.Match {
			if len(m) > bestLen && strings.Contains(text, m) {
				best, bestLen = e, len(m)
			}
		}
	}
	return best
}

func scoreGSMA(f *facts, c *codeOwners) []signal {
	var s []signal
	o := gsmaError(f.body)
	if !o.has("errorCategory") || !o.has("errorCode") {
		return hostSignal(f, "gsma-mm")
	}
	s = append(s, signal{3, catalog.Text{EN: "errorCategory + errorCode (GSMA Mobile Money error object)", PT: "errorCategory + errorCode (objeto de erro GSMA Mobile Money)"}})
	if catalog.MobileMoneyCategoryByName(o.str("errorCategory")) != nil {
		s = append(s, signal{0.5, catalog.Text{EN: "errorCategory " + o.str("errorCategory") + " is a GSMA category", PT: "errorCategory " + o.str("errorCategory") + " é uma categoria GSMA"}})
	}
	if o.has("errorDateTime") || o.has("errorParameters") {
		s = append(s, signal{0.5, catalog.Text{EN: "errorDateTime/errorParameters members", PT: "membros errorDateTime/errorParameters"}})
	}
	if f.body.str("transactionStatus") == "error" {
		s = append(s, signal{1, catalog.Text{EN: "transaction with transactionStatus \"error\"", PT: "transação com transactionStatus \"error\""}})
	}
	return append(s, hostSignal(f, "gsma-mm")...)
}

func countMembers(o *object, names []string) int { return len(presentMembers(o, names)) }

func presentMembers(o *object, names []string) []string {
	var out []string
	for _, n := range names {
		if o.has(n) {
			out = append(out, n)
		}
	}
	return out
}

// scored is one provider's total.
type scored struct {
	provider *catalog.Provider
	score    float64
	evidence []signal
}

// detect scores every provider and returns them best first. hint (a provider id) adds a
// little to that provider, only when something else already supports it.
func detect(f *facts, hint string) []scored {
	owners := ownersOf(f.code)
	out := make([]scored, 0, len(profiles))
	for _, d := range profiles {
		sig := d.score(f, &owners)
		total := 0.0
		for _, x := range sig {
			total += x.weight
		}
		if hint == d.id && total > 0 {
			sig = append(sig, signal{1, catalog.Text{EN: "the page was set up for " + d.id, PT: "a página foi configurada para " + d.id}})
			total++
		}
		if total <= 0 {
			continue
		}
		slices.SortStableFunc(sig, func(a, b signal) int {
			switch {
			case a.weight > b.weight:
				return -1
			case a.weight < b.weight:
				return 1
			}
			return 0
		})
		out = append(out, scored{provider: catalog.ByID(d.id), score: total, evidence: sig})
	}
	slices.SortStableFunc(out, func(a, b scored) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return 0
	})
	return out
}

// confidence maps a score to (0, 1): each 1.5 points halves the doubt.
func confidence(score float64) float64 {
	c := 1 - math.Pow(0.5, score/1.5)
	return math.Round(c*100) / 100
}
