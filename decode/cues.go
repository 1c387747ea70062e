package decode

import (
	"slices"
	"strings"
	"sync"

	"github.com/decifra/decifra/catalog"
)

// Cue weights. An SDK's exception class is thrown only for its provider's errors; a
// package path or the provider's name only points to the provider whose call failed,
// and needs another sign. None reaches an envelope's weight (3): a cue alone never
// outweighs an envelope that says otherwise.
const (
	classWeight = 2.5
	pathWeight  = 1.5
	nameWeight  = 1.5
)

// cueSignals is the evidence of p's cues in the paste (at most one of each kind), and
// p's SDK exception class when one is named. Pastes whose body is a structure an API
// sent are not searched (f.lower is empty).
func cueSignals(f *facts, p *catalog.Provider) ([]signal, *catalog.Cue) {
	if f.lower == "" {
		return apiMarkInMessage(f, p), nil
	}
	var out []signal
	var class *catalog.Cue
	seen := [6]bool{}
	cues := preparedCues(p)
	for i := range cues {
		pc := &cues[i]
		c := &pc.Cue // read only: the cached cue itself, not a copy on the heap per cue
		if seen[c.Kind] || !hasCue(f, *pc) {
			continue
		}
		seen[c.Kind] = true
		switch c.Kind {
		case catalog.SDKClass:
			class = c
			out = withf(out, classWeight, catalog.SaidExceptionClassSDK, p, c.Text)
		case catalog.SDKPath:
			if thrownIn(f.lower, pc.lower) || pc.back != "" && (thrownIn(f.lower, pc.back) || thrownIn(f.lower, pc.back2) || thrownIn(f.lower, pc.escaped)) {
				// PHP's "thrown in …/stripe-php/lib/Exception/…": the SDK threw it.
				out = withf(out, classWeight, catalog.SaidExceptionWasThrownSDK, p, c.Text)
				continue
			}
			out = withf(out, pathWeight, catalog.SaidSDKStackTrace, p, c.Text)
		case catalog.APIMark:
			if c.Text == "Request req_" && !stripeRequestPrefix(f.masked) {
				continue // its SDKs' "Request req_LUEtpFa5SWJj8s: …", not a C++ "Request req_pcd"
			}
			if c.Text == "paypal-debug-id" && holdsAny(f.lower, braintreeAnswers[:]) {
				continue // Braintree's answer, with PayPal's debug id header
			}
			out = append(out, markSignal(p, c.Text))
		case catalog.SDKMessage:
			out = withf(out, classWeight, catalog.SaidWrittenSDK, p, c.Text)
		case catalog.Plugin:
			out = withf(out, pathWeight, catalog.SaidWrittenShopPlugin, p, c.Text)
		case catalog.Name:
			if holdsAny(f.lower, platformChecks[:]) || p.ID() == "paypal" && holdsAny(f.lower, braintreeMarks[:]) {
				continue // the platform's complaint about the provider's notification, not the provider's error; Braintree's error about a PayPal account
			}
			w := nameWeight
			bank := slices.Contains(issuerBanks[:], p.ID())
			// A brand only in capitals (a menu's, a card statement's descriptor) takes more
			// than a status beside it: one of its codes ("Error #3005 … OPENPAY").
			capsOnly := pc.upper != "" && !containsCue(f.masked[:min(len(f.masked), len(f.lower))], c.Text, true)
			if f.status != 0 && !capsOnly && (!bank && p.ID() != "juno" || looksPortuguese(f.masked[:min(len(f.masked), 4<<10)])) || p.Documents(f.code) && !oneDigitAlone(f) || !capsOnly && (namesItsAPI(f.lower, pc.lower) || p.ID() != "juno" && namesAsSender(f.lower, pc.lower, bank) || namesItsClass(f.lower, pc.lower)) {
				// Juno's name is a blockchain's too ("Juno returns HTML instead of JSON" with
				// a node's 200); a bank's name beside a status is any of its countries' APIs
				// (Santander UK's Open Banking 401): neither says it answered, unless the
				// paste is in Portuguese ("erro 401 da Juno ao gerar boleto").
				w += 1 // the name beside an HTTP status or one of its codes, naming its API, or as the one that answered
			}
			out = withf(out, w, catalog.SaidPasteNames, p)
		}
	}
	if p == catalog.Stripe && !seen[catalog.APIMark] && stripeRequestForm(stripeRequestToken(f.masked)) {
		// Liberapay's "Stripe error message: `The currency specified (gbp) does not match
		// … (request ID: req_PSmPQ85CKvW5kz)`": Stripe's ids are req_ and 14 letters and
		// digits (OpenAI's and Anthropic's are longer). It needs another sign.
		out = with(out, pathWeight, catalog.SaidRequestIdStripeForm)
	}
	return out, class
}

// platformChecks are a shop platform's own checks of a provider's notification, which
// name the provider but say what the platform found wrong: Odoo's payment modules'
// "Mercado Pago: Received data with missing reference." (lower case).
var platformChecks = [...]string{"received data with missing reference", "no transaction found matching reference"}

// braintreeMarks are Braintree's SDKs' own error classes, lower case: its errors name PayPal
// (a PayPal account vaulted through Braintree) without being PayPal's.
var braintreeMarks = [...]string{"braintreeerror", "braintree\\exception", "braintree::", "braintree_exception", "com.braintreepayments", "braintree.exceptions"}

// braintreeAnswers are what Braintree's own answers hold besides PayPal's debug id, which
// its GraphQL API sends too (paypal-debug-id beside braintree-version): its version header
// and its hosts, lower case.
var braintreeAnswers = [...]string{"braintree-version", "braintree-api.com", "braintreegateway.com"}

// hasCue reports whether the paste holds c: a class or a path in any case, a name as
// written, standing as a word of its own ("Stripe", not "pinstripe"; "Cielo", not
// Spanish's "cielo").
func hasCue(f *facts, c preparedCue) bool {
	if c.Kind != catalog.Name {
		if !f.grams.MayHold(c.lower) && (c.doubled == "" || !f.grams.MayHold(c.doubled)) && (c.back == "" || !f.grams.MayHold(c.back) && !f.grams.MayHold(c.back2) && !f.grams.MayHold(c.escaped)) {
			return false
		}
		// A PHP class inside JSON (Monolog's context) has its backslashes doubled. A class's
		// whole name must be there: stripe-python's stripe.APIError is not Elixir's
		// Stripe.APIErrorResponse.
		whole := c.Kind == catalog.SDKClass && isNameByte(c.lower[len(c.lower)-1])
		if c.message {
			// An SDK's own sentence is printed as it writes it (or in capitals):
			// PayPal's "Got Http response code 400 when accessing …", not Google's Go
			// client's "googleapi: got HTTP response code 404 with body".
			return strings.Contains(f.masked, c.Text) || strings.Contains(f.masked, c.upper)
		}
		return containsClass(f.lower, c.lower, whole) || c.doubled != "" && containsClass(f.lower, c.doubled, whole) ||
			c.back != "" && (strings.Contains(f.lower, c.back) || strings.Contains(f.lower, c.back2) || strings.Contains(f.lower, c.escaped))
	}
	if c.Text == c.lower && c.Text != "iugu" && c.Text != "mercadopago" {
		// A brand written in lower case ("adyen returns …", "paypal.payment.create()") is a
		// name only as a word between spaces, quotes or brackets: not a host's, a path's or
		// a file's part (www.paypal.com, paypal_hermes/, paypal-checkout.min.js).
		return f.grams.MayHold(c.lower) && containsSpacedWord(f.masked[:min(len(f.masked), len(f.lower))], c.Text)
	}
	return f.grams.MayHold(c.lower) && (containsCue(f.masked[:min(len(f.masked), len(f.lower))], c.Text, true) || capsName(f.masked[:min(len(f.masked), len(f.lower))], c.upper))
}

// capsName reports whether text holds a brand in capitals (upper; "" for none) as a word
// between spaces or punctuation: not a variable's or a file's part (STRIPE_SECRET_KEY,
// /img/STRIPE_BG.png, PAYPAL-BUTTON.svg) nor a card's magnetic stripe ("MAG STRIPE").
func capsName(text, upper string) bool {
	for off := 0; upper != ""; {
		i := strings.Index(text[off:], upper)
		if i < 0 {
			return false
		}
		i += off
		off = i + len(upper)
		next, after := byte('\n'), byte('\n') // the two bytes after it, an end as a line's
		if off < len(text) {
			next = text[off]
		}
		if off+1 < len(text) {
			after = text[off+1]
		}
		if (i == 0 || text[i-1] == ' ' || text[i-1] == '\n') && (strings.IndexByte(" ,:;!)\n\r\t", next) >= 0 || next == '.' && after <= ' ') && !strings.HasSuffix(text[:i], "MAG ") && !strings.HasSuffix(text[:i], "NETIC ") {
			return true
		}
	}
	return false
}

// containsSpacedWord reports whether text holds w with a space, a quote, a bracket or an
// end on its left, and on its right a space, an end, or punctuation before a space or the
// end (", ", ": ", ".\n").
func containsSpacedWord(text, w string) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], w)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(w)
		off = end
		if i > 0 && !strings.ContainsRune(" \t\n\"'`(«", rune(text[i-1])) {
			continue
		}
		if k := strings.TrimLeft(text[end:], "\"' \t"); k != "" && k[0] == ':' {
			continue // a key: a package.json's "paypal": "^1.0.0", YAML's paypal:, Python's 'paypal':
		}
		if end == len(text) || strings.ContainsRune(" \t\r\n\"'`)»", rune(text[end])) ||
			strings.ContainsRune(",:;.!?", rune(text[end])) && (end+1 == len(text) || strings.ContainsRune(" \t\r\n\"'`)", rune(text[end+1]))) {
			return true
		}
	}
}

// preparedCue is a cue with its lower-case forms, computed once per provider.
type preparedCue struct {
	catalog.Cue
	lower, doubled string // the text in lower case, and with its backslashes doubled ("" if none)
	// back is a path's text with Windows's backslashes ("node_modules\stripe\lib"), ""
	// for other cues; a path in JSON has them doubled; escaped has its slashes escaped
	// as PHP's json_encode writes them in Monolog's context ("stripe-php\/lib").
	back, back2, escaped string
	// phrase marks an API mark of words (three spaces or more, no address): the marks
	// apiMarkInMessage looks for in a body's message.
	phrase bool
	// message marks an SDK's class cue that is a sentence it writes (words and spaces, no
	// namespace separator), matched as written or in capitals (upper); never set for
	// another kind of cue.
	message bool
	upper   string
}

// cueCache holds each provider's prepared cues (a portal's catalog gets its own entry).
// A map behind a lock, not a sync.Map: the Worker's wasm then links no HashTrieMap.
var cueCache struct {
	sync.RWMutex
	m map[*catalog.Provider][]preparedCue
}

func preparedCues(p *catalog.Provider) []preparedCue {
	cueCache.RLock()
	v, ok := cueCache.m[p]
	cueCache.RUnlock()
	if ok {
		return v
	}
	var out []preparedCue
	for _, c := range p.Cues() {
		pc := preparedCue{Cue: c, lower: strings.ToLower(c.Text)}
		if strings.Contains(pc.lower, `\`) {
			pc.doubled = strings.ReplaceAll(pc.lower, `\`, `\\`)
		}
		if c.Kind == catalog.SDKPath && strings.Contains(pc.lower, "/") {
			pc.back, pc.back2, pc.escaped = strings.ReplaceAll(pc.lower, "/", `\`), strings.ReplaceAll(pc.lower, "/", `\\`), strings.ReplaceAll(pc.lower, "/", `\/`)
		}
		// Phrases only: an address (stripe.com/docs) or an id's prefix (Request req_) in
		// another company's own message is no sign of whose words they are.
		pc.phrase = c.Kind == catalog.APIMark && strings.Count(pc.lower, " ") >= 3 && !strings.Contains(pc.lower, "://")
		if c.Kind == catalog.SDKClass && strings.Count(c.Text, " ") >= 2 && !strings.ContainsAny(c.Text, `\(:`) {
			pc.message, pc.upper = true, strings.ToUpper(c.Text)
		}
		if c.Kind == catalog.Name && len(c.Text) >= 5 && c.Text != pc.lower && c.Text != "Cielo" && !strings.Contains(pc.lower, "dict") {
			// A brand in capitals, as titles and notices write it ("Error #3005 antifraude …
			// OPENPAY", "ERRO PAGSEGURO"); not Cielo's, Spanish's "CIELO" too.
			pc.upper = strings.ToUpper(c.Text)
		}
		out = append(out, pc)
	}
	cueCache.Lock()
	defer cueCache.Unlock()
	if v, ok := cueCache.m[p]; ok { // another goroutine's, stored first
		return v
	}
	if cueCache.m == nil {
		cueCache.m = map[*catalog.Provider][]preparedCue{}
	}
	cueCache.m[p] = out
	return out
}

// containsClass reports whether lower holds cue, not followed by a letter or a digit when
// whole is set.
func containsClass(lower, cue string, whole bool) bool {
	for off := 0; ; {
		i := strings.Index(lower[off:], cue)
		if i < 0 {
			return false
		}
		start, end := off+i, off+i+len(cue)
		// A whole class starts a name too: RedeException is not the end of
		// ValidarUsuarioRedeException, nor EfiException of UserDefiException.
		if !whole || (end == len(lower) || !isNameByte(lower[end]) || lower[end] == '_') && (start == 0 || !isLetterByte(lower[start-1]) || !isNameByte(cue[0])) {
			return true
		}
		off = end
	}
}

// containsCue reports whether text holds cue, as a word of its own when word is set.
func containsCue(lower, cue string, word bool) bool {
	for off := 0; ; {
		i := strings.Index(lower[off:], cue)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(cue)
		if !word || ((i == 0 || !isLetterByte(lower[i-1])) && (end == len(lower) || !isLetterByte(lower[end]) || camelJoin(cue, lower[end]))) {
			return true
		}
		off = end
	}
}

// namesItsAPI reports whether the paste speaks of the provider's API by name: "PagSeguro
// API", "API do PagSeguro", "Erro na API Asaas". lower and name are in lower case.
func namesItsAPI(lower, name string) bool {
	for _, phrase := range [...]string{name + " api", "api " + name, "api do " + name, "api da " + name, "api de " + name} {
		if strings.Contains(lower, phrase) {
			return true
		}
	}
	return false
}

// sdkClassTails are the last parts of payment SDKs' exception classes, lower case, that
// general libraries do not name theirs (not PermissionError, ValidationError or
// RateLimitError, nor Laravel's AuthenticationException).
var sdkClassTails = [...]string{"invalidrequesterror", "invalidrequestexception", "carderror", "cardexception", "authenticationerror",
	"apiconnectionerror", "idempotencyerror", "processingerror"}

// namesItsClass reports whether the name stands right before one of sdkClassTails,
// written in prose: "the Stripe `InvalidRequestError` with message …", "Stripe
// InvalidRequestError: …"; not glued to it (its own class's full name is a cue of its
// own) nor inside a longer word ("pinstripe").
func namesItsClass(lower, name string) bool {
	for off := 0; ; {
		i := strings.Index(lower[off:], name)
		if i < 0 {
			return false
		}
		i += off
		off = i + len(name)
		j := off
		for j < len(lower) && j < off+2 && strings.IndexByte(" `'\"*", lower[j]) >= 0 {
			j++
		}
		if j == off || i > 0 && nameBytesFold[lower[i-1]] {
			continue
		}
		for _, t := range sdkClassTails {
			if strings.HasPrefix(lower[j:], t) && (len(lower) == j+len(t) || !nameBytesFold[lower[j+len(t)]]) {
				return true
			}
		}
	}
}

// namesAsSender reports whether the paste names the provider as the one that answered:
// "REFUSED by Adyen", "adyen returns \"security 010 Not allowed\"", "Stripe API error",
// "retorno do PagSeguro", "respuesta de Conekta". lower and name are in lower case.
//
// A bank's name after "declined by" or before "recusou" is its cardholders' bank refusing
// a card (issuer set), not its API answering.
func namesAsSender(lower, name string, issuer bool) bool {
	for off := 0; ; {
		i := strings.Index(lower[off:], name)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(name)
		off = end
		if end < len(lower) && (nameBytesFold[lower[end]] || lower[end] == '.' && end+1 < len(lower) && nameBytesFold[lower[end+1]] && !strings.HasPrefix(lower[end:], ".js")) {
			continue // "error from stripe_sync worker": another name that begins with it
		}
		before, after := lower[max(0, i-12):i], lower[end:min(len(lower), end+32)]
		for k, b := range senderBefore {
			if strings.HasSuffix(before, b) && (!issuer || k >= 3) { // the first three are refusals
				return true
			}
		}
		for k, a := range senderAfter {
			if !strings.HasPrefix(after, a) {
				continue
			}
			switch {
			case k < 2: // its error, when the name leads the line ("PayPal error (10728): …"), not
				// "(We used to get the Adyen error: Refused …)" under another company's
				b := strings.TrimRight(lower[:i], " \t")
				if b == "" || strings.IndexByte("\n:]", b[len(b)-1]) >= 0 {
					return true
				}
			case k >= 12: // a refusal: a bank's is its cardholders' bank refusing a card
				if !issuer {
					return true
				}
			default:
				// A verb of answering counts only before what was answered: a quote, a
				// code, a body ("adyen returns \"security 010 …\"", "do Santander retornou
				// um erro"), not "returned the funds".
				r := strings.TrimPrefix(strings.TrimLeft(after[len(a):], " "), "with ")
				if r != "" && (strings.IndexByte("\"'`{[:<0123456789", r[0]) >= 0 || strings.HasPrefix(r, "an error") || strings.HasPrefix(r, "um erro") || strings.HasPrefix(r, "un error")) {
					return true
				}
			}
		}
	}
}

// senderBefore and senderAfter are the words around a provider's name that make it the
// one that answered, lower case: senderAfter's first two say an error of its follows, the
// next ten are verbs of answering, the rest refusals.
var (
	senderBefore = [...]string{"declined by ", "refused by ", "rejected by ", "error from ", "response from ", "erro do ", "erro da ", "retorno do ", "retorno da ", "resposta do ", "resposta da ", "error de ", "respuesta de "}
	senderAfter  = [...]string{" error:", " error (", " returns ", " returned ", " responded ", " responds ", " retorna ", " retornou ", " respondeu ", " devuelve ", " devolvió ", " responde ",
		" rechaza", " rechazó ", " recusou ", " recusa ", " rejeitou ", " negou "}
	// issuerBanks issue cards too: "declined by Bradesco" is a cardholder's bank refusing.
	issuerBanks = [...]string{"bb", "bradesco", "itau", "santander", "sicoob", "inter"}
)

// camelJoin reports whether next, after a name, starts the next word of a CamelCase
// identifier: "AdyenPaymentGateway.dll", "PagSeguroLibrary", "StripeClient".
func camelJoin(name string, next byte) bool {
	last := name[len(name)-1]
	return next >= 'A' && next <= 'Z' && last >= 'a' && last <= 'z'
}

// thrownIn reports whether the SDK path cue is where the exception was thrown: PHP's
// "thrown in <path>", a path into the SDK's exception classes, or a frame of its error
// handler.
func thrownIn(lower, cue string) bool {
	for off := 0; ; {
		i := strings.Index(lower[off:], cue)
		if i < 0 {
			return false
		}
		i += off
		start := strings.LastIndexByte(lower[:i], '\n') + 1
		end := strings.IndexByte(lower[i:], '\n')
		if end < 0 {
			end = len(lower) - i
		}
		line := lower[start : i+end]
		if strings.Contains(line[:i-start], "thrown in ") || strings.Contains(lower[i:i+end], "/exception/") {
			return true
		}
		// PHP's own text of an exception: "message in /app/vendor/<sdk>/src/…php:44", the
		// file that threw it.
		if j := strings.LastIndex(line[:i-start], " in "); j >= 0 && !strings.ContainsAny(strings.TrimSpace(line[j+4:i-start]), " \t") && strings.Contains(lower[i:i+end], ".php:") {
			return true
		}
		// CodeIgniter's log of it: "Exception: Unauthorized /app/vendor/<sdk>/…/Unauthorized.php 62".
		if strings.Contains(line[:i-start], "exception: ") {
			if j := strings.Index(lower[i:i+end], ".php "); j >= 0 && isNumber(strings.TrimSpace(lower[i+j+5:i+end])) {
				return true
			}
		}
		// Node's: the first frame of the stack ("Error: …\n    at IncomingMessage.<anonymous>
		// (/app/node_modules/cielo/lib/library.js:29:58)"), or the file and line Node prints
		// above an uncaught error, the paste's first line.
		if t := strings.TrimSpace(line); strings.HasPrefix(t, "at ") {
			prev := strings.TrimSpace(lower[strings.LastIndexByte(lower[:max(start-1, 0)], '\n')+1 : max(start-1, 0)])
			if prev != "" && !strings.HasPrefix(prev, "at ") {
				return true
			}
		} else if start == 0 && strings.HasPrefix(t, "/") && !strings.Contains(t, " ") && strings.Contains(lower[i:i+end], ".js:") {
			return true
		}
		// A frame of the SDK's own error handler: the stripe gem's "stripe.rb:249:in
		// handle_api_error", stripe-python's handle_error_response, the PHP SDKs'
		// handleErrorResponse.
		for _, h := range [...]string{"handle_api_error", "handleapierror", "handleerrorresponse", "handle_error_response", "raise_error"} {
			if strings.Contains(line, h) {
				return true
			}
		}
		off = i + len(cue)
	}
}

// apiMarkInMessage is the evidence of words only p's API writes ("No such customer:
// 'cus_…'") in the message of a body an app printed with no code, or with one no
// provider documents, such as {"error": {"message": …}}: a body with a documented code has
// its envelope and its code to tell whose it is,
// a structure's other strings are not searched, and an orchestrator's relayed error
// ({"connector": "stripe"}) says whose words they are.
func apiMarkInMessage(f *facts, p *catalog.Provider) []signal {
	if f.message == "" || f.errObj.has("connector") {
		return nil
	}
	// A code only p documents says whose it is already, and another's says it is not p's;
	// a code several document ({"code": "unauthorized"}) leaves the words to tell.
	if owners := f.builtinOwners(); len(owners) == 1 || len(owners) > 1 && !slices.Contains(owners, p) {
		return nil
	}
	if mark := markIn(p, f.ownText()); mark != "" {
		return []signal{markSignal(p, mark)}
	}
	return nil
}

// markIn is the first of p's phrases (its marks, among its cues) that lower, text in lower
// case, holds; "" when it holds none.
func markIn(p *catalog.Provider, lower string) string {
	cues := preparedCues(p)
	for i := range cues {
		if pc := &cues[i]; pc.phrase && strings.Contains(lower, pc.lower) {
			return pc.Text
		}
	}
	return ""
}

// markSignal is the evidence of text, something only p's API writes.
func markSignal(p *catalog.Provider, text string) signal {
	return filled(classWeight, catalog.SaidWrittenOnlyAPI, p, text)
}

// stripeRequestPrefix reports whether text holds Stripe's SDKs' "Request req_…" with an id
// after it: eight characters or more ("req_QGxSOsgE2KL"), or one masked ("req_***"); a
// variable named req_pcd is not one.
func stripeRequestPrefix(text string) bool {
	text = text[:min(len(text), 64<<10)]
	for off := 0; ; {
		i := strings.Index(text[off:], "Request req_")
		if i < 0 {
			if i = strings.Index(text[off:], "REQUEST REQ_"); i < 0 { // the same in capitals
				return false
			}
		}
		start := off + i + len("Request req_")
		end := start
		for end < len(text) && (isDumpDigit(text[end]) || text[end]|0x20 >= 'a' && text[end]|0x20 <= 'z' || text[end] == '*') {
			end++
		}
		if end-start >= 8 || end > start && text[start] == '*' {
			return true
		}
		off = end
	}
}
