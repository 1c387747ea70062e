package decode

import (
	"cmp"
	"strconv"
	"strings"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/internal/decimal"
)

// Any API's error, read generically: the members error bodies keep their code, message
// and status in, whatever the API (and whatever its SDK or an older version names them).
// Provider readers read their own envelopes; these lists serve every body, and an API
// decifra does not catalogue gets its code, message and status from them.
var (
	// codeKeys hold an error's code, best first; matched without regard to case. A sub_code
	// (Alipay's ACQ.INVALID_PARAMETER under its code 40004) says more than the code.
	codeKeys = [...]string{"sub_code", "subCode", "api_error_code", "code", "errorCode", "error_code", "errCode", "err_code", "returnCode", "status_code",
		"reasonCode", "reason_code", "response_reason_code", "faultcode", "codigo", "cod_erro", "codigoErro", "errorKey", "nome", "response_code", "ResponseCode", "errorName", "errorId", "error-code", "error-name", "return_code", "StatusCode", "resp_code", "respCode", "error_codes", "customCode", "processorResponseCode",
		"RjctRsn", "cStat", "error_type", "error_class", "NCERROR", "RspCode", "bank_resp_code", "codret", "GatewayRspCode", "ExpressResponseCode", "failure_code", "error_code_tag", "ecode", "cdErro"} // cdErro: Bradesco's boleto registration's (banks.go). cStat: Brazil's NF-e web services (SEFAZ). NCERROR: Ogone's and ePDQ's ncresponse. RjctRsn: ISO 20022 card messages (nexo, the acquirers' terminal management): a rejection's reason code. error_class: Salt Edge's {"error_class": "SignatureNotMatch", "error_message"}
	// messageKeys hold what went wrong in words, best first; matched without regard to case.
	messageKeys = [...]string{"message", "errorMessage", "error_message", "errorDescription", "error_description",
		"detail", "details", "description", "status_message", "returnMessage", "resultMessage", "statusMessage", "msg", "mensagem", "descricao",
		"faultstring", "reason", "title", "status_detail", "error", "response_summary", "text", "LongMessage", "ShortMessage", "errorMsg", "internal_message", "merchant_message", "user_message", "desc", "respMsg", "response_message", "response_reason_text", "detalhes", "moreInformation", "AddtlInf", "xMotivo", "descripcionError", "mensajeError", "err_code_des", "sub_msg", "return_msg", "retmsg", "StatusDetail", "NCERRORPLUS", "RspText", "errorText", "failure_message", "error_text", "edesc", "statusdescription", "msgret", "GatewayRspMsg", "ExpressResponseMessage", "explanation", "FriendlyMessage", "event_message", "msgErro", xmlTextKey}
	// statusKeys hold the HTTP status an SDK or a wrapper repeats in the body.
	statusKeys = [...]string{"status", "statusCode", "status_code", "httpStatus", "http_status", "httpStatusCode", "http_code", "httpCode", "paypalHttpStatus", "http_status_code", "status_http"}
)

// getFold returns the value of the first member named key, matched without regard to
// case (Cielo writes Code and Message, .NET StatusCode).
func (o *object) getFold(key string) any {
	if o == nil {
		return nil
	}
	if v := o.get(key); v != nil {
		return v
	}
	// A member written behind an underscore (Santander's gateway: _code, _message,
	// _errorCode, _traceId) answers for the name when none is written without it.
	var under any
	for i := range o.members {
		k := o.members[i].key
		if k == "" || key != "" && k[0] < 0x80 && k[0] != '_' && key[0] < 0x80 && k[0]|0x20 != key[0]|0x20 {
			continue // ASCII first bytes that no case folding makes equal (most members)
		}
		if strings.EqualFold(k, key) {
			return o.members[i].val
		}
		if under == nil && len(k) == len(key)+1 && k[0] == '_' && strings.EqualFold(k[1:], key) {
			under = o.members[i].val
		}
	}
	return under
}

// scalarText is a string or a number as text; "" for anything else.
func scalarText(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case number:
		return string(x)
	case *object:
		// xml2js's element with attributes, as node-soap prints it: {_: 'ns1:cms.cert.untrusted', $: {…}}
		if t, ok := x.get("_").(string); ok && len(x.members) <= 3 {
			return strings.TrimSpace(t)
		}
	}
	return ""
}

// statusPhrase reports whether s is an error status and its own reason phrase (reasonStatus),
// "400 Bad Request", and nothing else.
func statusPhrase(s string) bool {
	n, rest, ok := strings.Cut(s, " ")
	st, err := decimal.Atoi(n)
	return ok && len(n) == 3 && err == nil && st >= 400 && reasonStatus(rest) == st
}

// genericCode is the code an error object carries under any of the common names: a
// string or a number, never a nested object. A number that is the HTTP status (Asaas,
// Laravel and many others repeat it as "code": 401) is no code.
func genericCode(o *object) string {
	if c := nestedGatewayCode(o); c != "" {
		return c
	}
	for _, k := range codeKeys {
		v := o.getFold(k)
		if list, ok := v.([]any); ok && len(list) > 0 && k == "error_codes" {
			v = list[0] // Checkout.com's {"error_type": "request_invalid", "error_codes": ["…"]}
		}
		s := scalarText(v)
		if s == "" || len(s) > 80 {
			continue
		}
		if n, isNum := v.(number); isNum && validStatus(intValue(n)) >= 400 && k == "code" {
			continue
		}
		if statusPhrase(s) {
			continue // UK Open Banking's {"Code": "400 Bad Request", "Errors": [{"ErrorCode": "UK.OBIE.Field.Unexpected"}]}
		}
		if (k == "StatusCode" || k == "status_code") && validStatus(intValue(v)) != 0 {
			continue // an HTTP status; only another number is a code ({"StatusCode": 98020})
		}
		if k == "return_code" && strings.EqualFold(s, "FAIL") || (k == "return_code" || k == "code") && strings.EqualFold(s, "SUCCESS") {
			continue // WeChat Pay's return_code and PayU's code say only whether the call went through
		}
		if k == "error_class" && strings.Contains(s, "::") {
			continue // a Ruby exception's class in a job's record (Sidekiq's "Net::ReadTimeout"), not an API's code
		}
		if k == "errorId" && opaqueID(s) || uuid(s) {
			// Ingenico's and Worldline's errorId names the request, not the error; a UUID
			// under any name (PagSeguro's transaction <code>) names a thing.
			continue
		}
		if s == "0" && o.has("file") && o.has("line") {
			continue // a PHP exception's code 0: no code at all
		}
		if k == "faultcode" {
			if c := faultStringCode(scalarText(o.getFold("faultstring"))); c != "" {
				return c
			}
			if c := gatewayLeadingCode(scalarText(o.getFold("faultstring"))); c != "" && genericFault(s) {
				return c // USA ePay's "40459: Payment method not added because …" under soap:Server
			}
			if prefix, local, ok := strings.Cut(s, ":"); ok && !genericFault(s) && local != "" && !strings.ContainsAny(local, ":/") && !strings.ContainsAny(prefix, "{/ ") {
				// The service's own code after its namespace's prefix (AFIP's
				// ns1:cms.cert.untrusted), or its number after SOAP's Server. or Client.
				// (SUNAT's soap-env:Client.0160). SOAP's own kinds (SOAP 1.2's
				// MustUnderstand) and Axis's Server.userException say only whose fault it
				// was, and stay as written, as does Java's {namespace}Client.
				for _, kind := range [...]string{"Server.", "Client."} {
					if len(local) > len(kind) && strings.EqualFold(local[:len(kind)], kind) {
						if n := local[len(kind):]; isNumber(n) {
							return n
						}
						return s
					}
				}
				switch local {
				case "VersionMismatch", "MustUnderstand", "DataEncodingUnknown":
				default:
					return local
				}
			}
		}
		return s
	}
	if c := o.str("cause"); len(c) >= 4 && isUpperCode(c) && o.has("explanation") {
		return c // Mastercard Gateway's (MPGS) {"error": {"cause": "INVALID_REQUEST", "explanation": …}, "result": "ERROR"}
	}
	if failingResultCode(o) {
		return scalarText(o.getFold("resultCode")) // ČSOB's {"resultCode": 110, "resultMessage": "Wrong signature"}
	}
	if c := issueItem(o); c != "" {
		return c
	}
	if realexResult(o) {
		return scalarText(o.getFold("result")) // Global Payments' (Realex's) <result>502</result><message>Refund Hash not present.</message>
	}
	if r := respMsgResult(o); r != "" {
		return r // Payflow's names in another gateway's answer: TPISoft's <Result>110</Result><RespMSG>Duplicate Transaction</RespMSG>
	}
	if ex, _ := o.get("exception").(string); len(ex) >= 8 && camelWord(ex) && o.str("error") != "" {
		return ex // Paymill's {"error": "Access Denied", "exception": "InvalidAuthentication"}
	}
	if c := pairedResponseCode(o); c != "" {
		return c // Element Express's <ExpressResponseCode>20</…><ExpressResponseMessage>Declined</…>
	}
	if c, _ := pairedTextCode(o); c != "" {
		return c // CardConnect's {"respcode": "NU", "resptext": "Insufficient funds"}
	}
	if c := namedResultCode(o); c != "" {
		return c // Moka's {"ResultCode": "PaymentDealer.DoCapture.PaymentNotFound", "ResultMessage": ""}
	}
	if c := failedResultCode(o); c != "" {
		return c // Mangopay's {"Status": "FAILED", "ResultCode": "009199", "ResultMessage": "PSP technical error"}
	}
	if c := apiStatusCode(o); c != "" {
		return c // MoMo's {"status": 2129, "message": "Signature không đúng. …"}
	}
	if id := intValue(o.get("id")); id < 0 && (o.str("descripcionError") != "" || o.str("mensajeError") != "") {
		return strconv.Itoa(id) // STP's (SPEI) {"resultado": {"descripcionError": "…", "id": -22}}
	}
	if t := o.str("type"); o.str("object") == "error" && !o.has("details") && strings.HasSuffix(t, "_error") && !strings.Contains(t, " ") {
		return t // Culqi's {"object": "error", "type": "authentication_error", "merchant_message"}
	}
	if t := o.str("type"); len(t) >= 6 && (strings.HasSuffix(t, "_ERROR") || strings.HasPrefix(t, "INVALID_")) && isUpperCode(t) && (o.obj("messages") != nil || o.str("reason") != "") {
		return t // Wompi's {"error": {"type": "INPUT_VALIDATION_ERROR", "messages": {"reference": […]}}}, {"type": "INVALID_ACCESS_TOKEN", "reason": …}
	}
	// A GraphQL error keeps its code in extensions: {"message", "path", "extensions":
	// {"code": "BAD_USER_INPUT"}}, Braintree's {"extensions": {"legacyCode": "81712"}}.
	if ext := o.obj("extensions"); ext != nil && (o.has("path") || o.has("locations")) {
		for _, k := range [...]string{"code", "legacyCode", "errorCode"} {
			if s := scalarText(ext.get(k)); s != "" && len(s) <= 80 {
				return s
			}
		}
	}
	// A member named for its API's code (PayU's payUCode: "API_ERROR") whose value is an
	// UPPER_SNAKE code: currencyCode's "BRL" or authorizationCode's "A1B2C3" are not.
	for i := 0; o != nil && i < len(o.members); i++ {
		m := &o.members[i]
		if s, ok := m.val.(string); ok && len(m.key) > 4 && strings.HasSuffix(m.key, "Code") && strings.Contains(s, "_") && isUpperCode(s) {
			return s
		}
	}
	if c := problemTypeCode(o); c != "" {
		return c
	}
	// A reason that is an UPPER_SNAKE code beside the words for it: Cybersource's
	// {"errorInformation": {"reason": "PROCESSOR_ERROR", "message": "No such issuer"}}, or
	// its Decision Manager's one word, "REJECT".
	if r := o.str("reason"); (isUpperCode(r) || r == "REJECT") && len(r) <= 40 && o.str("message") != "" {
		return r
	}
	// The code in an error member beside a message, as Mercado Libre's marketplace API
	// writes it ({"message", "error": "item.attributes.condition.invalid",
	// "status": 400}); Mercado Libre swaps the two at times ({"message": "body.invalid",
	// "error": "A body is expected. (B)"}).
	if m := o.str("message"); (looksLikeCode(m) && m == strings.ToLower(m) || namespacedCode(m)) && o.str("error") != "" {
		return m // the message is the more specific: {"message": "invalid_token", "error": "not_found"}
	}
	if e := o.str("error"); (looksLikeCode(e) && e == strings.ToLower(e) || namespacedCode(e)) && o.str("message") != "" {
		return e
	}
	// A type in snake_case that names a failure beside a message: Coinbase Commerce's and
	// Moyasar's {"type": "invalid_request", "message"} (not "card", "payment").
	if o.str("message") != "" {
		if t := o.str("type"); looksLikeCode(t) && t == strings.ToLower(t) && (strings.HasSuffix(t, "_error") || strings.HasPrefix(t, "invalid_")) && !o.has("parameter_name") { // Pagar.me's errors, whose type its reader reads
			return t
		}
	}
	// A type in UPPER_SNAKE that names a failure beside the words for it: SumUp's
	// {"errors": {"detail": "The device is offline.", "type": "READER_OFFLINE"}} (not a
	// kind of thing: {"type": "CREDIT_CARD", "message"}); in CamelCase in a small object,
	// Polar's {"type": "InsufficientBalance", "detail": "The account … has an insufficient
	// balance …"}; GoCardless Bank Account Data's {"summary", "detail", "status_code": 401,
	// "type": "AccessExpiredError"}, an error class's name, beside a few more.
	if t := o.str("type"); (isUpperCode(t) && strings.IndexByte(t, '_') > 0 || camelCode(t) && (len(o.members) <= 3 || len(o.members) <= 5 && strings.HasSuffix(t, "Error"))) && len(t) <= 48 && namesFailure(strings.ToLower(t)) {
		for _, k := range [...]string{"detail", "message", "description"} {
			if ss := stringsOf(o.get(k)); len(ss) > 0 && strings.Contains(ss[0], " ") {
				return t // Billplz's {"error": {"type": "UNPROCESSABLE_ENTITY", "message": ["Name can't be blank"]}}
			}
		}
	}
	// A name in snake_case that names a failure beside the error's sentence: Resend's
	// {"statusCode": 403, "error": "The … domain is not verified …", "name":
	// "validation_error"} (not a JavaScript error's "AxiosError").
	if n := o.str("name"); strings.HasSuffix(n, "_error") && looksLikeCode(n) && n == strings.ToLower(n) && strings.Contains(o.str("error")+o.str("message"), " ") {
		return n
	}
	if c, _ := codeKeyed(o); c != "" {
		return c
	}
	return idCode(o)
}

// codeKeyed reads a map from codes to messages, as PagSeguro's .NET SDK prints its
// errors ({53046=credit card holder cpf invalid value: …}): every key a number of 3 to 8
// digits and every value words. The first pair, or "", "".
func codeKeyed(o *object) (code, message string) {
	if o == nil || len(o.members) == 0 || len(o.members) > 10 {
		return "", ""
	}
	for _, m := range o.members {
		v, ok := m.val.(string)
		if len(m.key) < 3 || len(m.key) > 8 || !isNumber(m.key) || !ok || !strings.Contains(strings.TrimSpace(v), " ") {
			return "", ""
		}
		// A map of HTTP statuses to their reason phrases ({400=Bad Request}) or of years
		// ({"2024": "year is not allowed"}) is no error's.
		if n, _ := decimal.Atoi(m.key); reasonStatus(v) == n || len(m.key) == 4 && n >= 1900 && n <= 2100 {
			return "", ""
		}
	}
	return o.members[0].key, strings.TrimSpace(o.members[0].val.(string))
}

// problemTypeCode is the code an RFC 9457 problem's type URL names in its last segment
// under an error path (https://icom.pi.rsfn.net.br/api/v1/error/notFound): "" for any
// other object, and for a type that is "about:blank" or names no error path.
func problemTypeCode(o *object) string {
	t := o.str("type")
	if !strings.HasPrefix(t, "https://") && !strings.HasPrefix(t, "http://") || o.str("title") == "" && o.get("status") == nil {
		return ""
	}
	i := strings.LastIndexByte(t, '/')
	if i < 0 || !strings.Contains(t[:i+1], "/error/") && !strings.Contains(t[:i+1], "/errors/") && !strings.Contains(t[:i+1], "/problems/") {
		return ""
	}
	if c := t[i+1:]; c != "" && codeToken(c) == c && len(c) <= 64 {
		return c
	}
	return ""
}

// uuid reports whether s is written as a UUID (8-4-4-4-12 hexadecimal digits).
func uuid(s string) bool {
	return len(s) == 36 && s[8] == '-' && s[13] == '-' && s[18] == '-' && s[23] == '-' && opaqueID(s)
}

// opaqueID reports whether s is an identifier no one would call a code: 16 or more hex
// digits, dashes allowed (a UUID, "5ec27db43ecc9e591f7a51d9cb224cf1").
func opaqueID(s string) bool {
	if len(s) < 16 {
		return false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'f', c >= 'A' && c <= 'F', c == '-':
		default:
			return false
		}
	}
	return digits > 0
}

// idCode is the id of an error item that names its error in words every API uses,
// beside a message: {"id": "not_found", "message": "Recurso não encontrado: Path"}
// (Vindi's errors, printed alone). "" for any other id.
func idCode(o *object) string {
	if id := o.str("id"); strings.Contains(id, "_") && commonWordsCode(id) && genericMessage(o) != "" {
		return id
	}
	return ""
}

// faultStringCode is the code a SOAP fault's faultstring leads with, after its category:
// "validation 163 Original pspReference required for this operation" (Adyen's classic
// SOAP API and the platforms built on it) is 163, where faultcode only says
// soap:Server. "" when it leads with none.
func faultStringCode(fs string) string {
	category, rest, ok := strings.Cut(fs, " ")
	if !ok || category == "" || strings.Trim(strings.ToLower(category), "abcdefghijklmnopqrstuvwxyz") != "" {
		return ""
	}
	code, _, _ := strings.Cut(rest, " ")
	if len(code) < 1 || len(code) > 6 || !isNumber(code) {
		return ""
	}
	return code
}

// genericMessage is what an error object says went wrong, under any of the common names.
func genericMessage(o *object) string {
	if _, m := codeKeyed(o); m != "" {
		return m
	}
	for _, k := range messageKeys {
		switch v := o.getFold(k).(type) {
		case string:
			if strings.TrimSpace(v) != "" {
				return strings.TrimSpace(v)
			}
		case []any: // {"message": ["codigoBaixa: não pode ser nulo"]}
			if len(v) > 0 {
				if s, ok := v[0].(string); ok && strings.TrimSpace(s) != "" {
					return strings.TrimSpace(s)
				}
			}
		}
	}
	if _, m := statusFalseError(o); m != "" {
		return m // eWAY's ewayTrxnError beside its ewayTrxnStatus False
	}
	if m := sdkLoggedError(o); m != "" {
		return m
	}
	_, m := pairedTextCode(o)
	return m
}

// fieldMessages reports whether o is a validation's errors keyed by field and nothing else,
// as Rails writes a model's errors and Braintree's clients print them: {"cvv": ["CVV must
// be 4 digits …"], "number": ["Credit card number must be 12-19 digits."]}. Each member
// is a list of sentences, and one of them says what is wrong.
func fieldMessages(o *object) bool {
	if len(o.members) == 0 || len(o.members) > 40 {
		return false
	}
	says := 0
	var sentences []byte // a field's sentences, one a line: its words are looked for once
	for _, m := range o.members {
		list, ok := m.val.([]any)
		if !ok || len(list) == 0 || m.key == "" || strings.ContainsAny(m.key, " .!?") || m.key[0] >= 'A' && m.key[0] <= 'Z' {
			return false // a field's name: not a sentence, nor a heading ("Added", "Fixed")
		}
		sentences = sentences[:0]
		for _, v := range list {
			s, ok := v.(string)
			if !ok || !strings.Contains(strings.TrimSpace(s), " ") || len(s) > 200 || strings.ContainsAny(s, "=\n") {
				return false // not a sentence: a log's lines grouped by their first key ("at=error code=H10 …")
			}
			sentences = append(append(sentences, s...), '\n')
		}
		if l := strings.ToLower(string(sentences)); saysFailure(l) || weakFailure(l) {
			says++
		}
	}
	return says > 0 && 2*says >= len(o.members) // most fields say what is wrong with them
}

// failureWord reports whether a status or result member's value says the call failed:
// {"status": "ERROR"} (EBANX), "REJECTED" (dLocal), "failure" (PayPal NVP's ACK).
func failureWord(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error", "erro", "failed", "failure", "fail", "reject", "rejected", "declined", "refused", "denied",
		"nok", "not_ok", "invalid", "unauthorized", "forbidden", "falha", "recusado", "negado", "contingency",
		"txn_failure",                     // Paytm's STATUS
		"malformed", "notauthed", "abort", // Sage Pay's Status
		"not successful", "unsuccessful": // Checkout.com's legacy gateway's result

		return true
	}
	return false
}

// failureMembers reports whether a body without the usual error members still says it
// failed: a status or result word, ok/success false, or a message that is an HTTP error's
// reason phrase ({"message": "Forbidden"}, AWS API Gateway's).
func failureMembers(o *object) bool {
	for _, k := range [...]string{"status", "result", "ack", "state", "outcome", "resultCode", "reasonMessage", "decision", "return_code", "result_code", "transaction_status"} { // decision: Cybersource's REJECT and ERROR; return_code and result_code: WeChat Pay's FAIL; transaction_status: Payeezy's declined
		if failureWord(scalarText(o.getFold(k))) {
			return true
		}
	}
	// A payment's own status that says it failed (Worldpay's "paymentStatus": "FAILED"),
	// not a report's filter ({"paymentStatus": "FAILED", "count": 0, "items": []}).
	for _, k := range [...]string{"transactionStatus", "paymentStatus", "payment_status"} {
		if st := scalarText(o.getFold(k)); failureWord(st) && !strings.EqualFold(st, "invalid") && !o.has("items") && !o.has("count") {
			return true
		}
	}
	if v, ok := o.getFold("ok").(bool); ok && !v {
		return true
	}
	if pairedResponseCode(o) != "" || issueItem(o) != "" || realexResult(o) {
		return true
	}
	if st := scalarText(o.getFold("status")); len(st) > 6 && hasSuffixFoldString(st, "_ERROR") && st == strings.ToUpper(st) &&
		!strings.HasPrefix(st, "NO_") && !strings.HasPrefix(st, "WITHOUT_") && !strings.HasPrefix(st, "RECOVERED_") &&
		(o.getFold("return_code") != nil || o.getFold("return_message") != nil || genericMessage(o) != "") {
		return true // PayU's ALU <STATUS>INPUT_ERROR</STATUS> beside its RETURN_CODE and RETURN_MESSAGE
	}
	if c := intValue(o.getFold("cStat")); (c >= 200 || c == 108 || c == 109) && o.getFold("xMotivo") != nil {
		// Brazil's NF-e web services (SEFAZ): cStat 1xx reports the service's state or a
		// document accepted (100), 108 and 109 the service stopped, 2xx to 9xx a rejection.
		return true
	}
	if oppCode(o.obj("result").str("code")) {
		return true // the Open Payment Platform's result, neither a success nor pending
	}
	if reasonStatus(genericMessage(o)) != 0 && len(o.members) <= 3 {
		return true
	}
	// A message alone that says it failed ({"message": "Payment failed …"}), an exception
	// logged as JSON ({"message", "type": "…\\HttpApiRequestException", "trace"}), a field's
	// problem ({"type", "parameter_name", "message"}: Pagar.me's errors printed one by one).
	if m := strings.ToLower(genericMessage(o)); m != "" {
		if len(o.members) <= 2 && (saysFailure(m) || strings.Contains(m, "failed") || strings.Contains(m, "could not") || gatewayStatus(m) != 0) {
			return true
		}
		// A message that begins by saying it is one: TodoPago's {StatusCode: 702,
		// StatusMessage: 'ERROR: Cuenta Inexistente', AuthorizationKey: {}, …}.
		if strings.HasPrefix(m, "error:") || strings.HasPrefix(m, "erro:") {
			return true
		}
		// A code beside a message that says something failed, however many members are
		// around them: {"StatusCode": 98014, "StatusMessage": "El campo … es obligatorio",
		// "URL_Request": "", …}.
		if saysFailure(m) && !denies(m) && genericCode(o) != "" {
			return true
		}
		t := scalarText(o.getFold("type"))
		if t == "" {
			t = scalarText(o.getFold("tipo"))
		}
		if t := strings.ToLower(t); strings.HasSuffix(t, "exception") || strings.HasSuffix(t, "error") && strings.ContainsAny(t, "\\.") {
			return true
		}
		if o.has("parameter_name") || o.has("param") && o.has("type") {
			return true
		}
		// A message beside a type that names a failure in snake_case: Mangopay's
		// {"Message", "Type": "not_authorized", "Id", "Date", "errors": null}.
		if t := strings.ToLower(scalarText(o.getFold("type"))); strings.IndexByte(t, '_') > 0 && strings.IndexByte(t, ' ') < 0 && namesFailure(t) {
			return true
		}
	}
	if fieldMessages(o) {
		return true
	}
	if failingResultCode(o) || failingStatusCode(o) {
		return true
	}
	if _, m := statusFalseError(o); m != "" || namedResultCode(o) != "" || notApproved(o) {
		return true
	}
	if c, t := scalarText(o.getFold("RspCode")), strings.ToLower(scalarText(o.getFold("RspText"))); strings.Trim(c, "0") != "" && c != "85" && c != "10" && isNumber(c) && t != "" && !strings.Contains(t, "approv") && !strings.Contains(t, "success") {
		return true // Heartland's PosGateway: <CreditSale><RspCode>02</RspCode><RspText>CALL</RspText> (00 approved, 10 partly, 85 verified)
	}
	if d := strings.ToLower(o.str("statusdescription")); o.str("status") == "N" && (saysFailure(d) || holdsAny(d, weakErrorWords[:])) {
		return true // Culqi's older API (VisaNet's tokens): {"statusdescription": "Card already tokenized …", "status": "N"}
	}
	// A number that is 0 when all went well (or, for some, another number that says so
	// too): Rede's Komerci (<codret>56</codret><msgret>Dados+Inv%E1lidos.</msgret>),
	// Ogone's and ePDQ's <ncresponse NCERROR="50001130" NCERRORPLUS="unknown orderid …">,
	// Heartland Portico's header (<GatewayRspCode>3</GatewayRspCode><GatewayRspMsg>
	// Transaction rejected because …) and Element Express's (<ExpressResponseCode>103
	// </ExpressResponseCode>; 5 is its partial approval), whatever the HTTP status (200).
	for _, z := range [...]struct{ key, alsoDone string }{{"codret", ""}, {"NCERROR", ""}, {"GatewayRspCode", ""}, {"ExpressResponseCode", "5"}} {
		if c := scalarText(o.getFold(z.key)); strings.Trim(c, "0") != "" && c != z.alsoDone && isNumber(c) {
			return true
		}
	}
	// A processor's answer: a response code beside a summary that says it failed
	// (Checkout.com's response_summary "Invalid Card Number", Moneris's Message "CALL FOR
	// AUTHORIZATION").
	_, numericResult := o.getFold("resultCode").(number)
	if scalarText(o.getFold("response_code")) != "" || scalarText(o.getFold("ResponseCode")) != "" || scalarText(o.getFold("returnCode")) != "" || numericResult {
		for _, k := range [...]string{"response_summary", "message", "responseText", "response_text", "returnMessage", "resultMessage", "responseMessage", "status_message"} {
			if l := strings.ToLower(scalarText(o.getFold(k))); l != "" && (saysFailure(l) || strings.Contains(l, "call for") || strings.Contains(l, "can not ")) {
				return true
			}
		}
	}
	return false
}

// gatewayStatus is the status of a message an API gateway answers with in place of the
// API, whatever API sits behind it: AWS API Gateway's {"message": "Missing Authentication
// Token"} (403, a path or method the stage does not have) and "Endpoint request timed out"
// (504). 0 for any other message; lower is in lower case.
func gatewayStatus(lower string) int {
	switch strings.TrimRight(strings.TrimSpace(lower), ".") {
	case "missing authentication token":
		return 403
	case "endpoint request timed out":
		return 504
	}
	return 0
}

// keyStatus is 401 when a message says the API key is wrong or missing ("Invalid API Key
// provided: sk_test_…", "You did not provide an API key"), which APIs answer with 401
// Unauthorized; 0 for any other message. lower is in lower case.
func keyStatus(lower string) int {
	for _, w := range [...]string{"invalid api key", "did not provide an api key", "no api key provided", "no valid api key"} {
		if strings.Contains(lower, w) {
			return 401
		}
	}
	return 0
}

// weakFailure reports whether lower-case words report a failure in one of the words
// that say so only in a sentence (weakErrorWords: "permission", "could not", "unable").
func weakFailure(lower string) bool { return holdsAny(lower, weakErrorWords[:]) }

// saysFailure reports whether lower-case words report a failure: one of errorWords.
func saysFailure(lower string) bool { return holdsAny(lower, errorWords[:]) }

// holdsAny reports whether s holds any of words.
func holdsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// reasonStatus is the HTTP status whose reason phrase s is ("Forbidden", "Too Many
// Requests"), 0 when s is not one.
func reasonStatus(s string) int {
	if s = strings.TrimSpace(s); len(s) > 40 { // longer than any phrase: not worth lowering
		return 0
	}
	s = strings.TrimRight(strings.ToLower(s), ".!")
	for _, r := range reasonPhrases {
		if s == r.phrase {
			return r.status
		}
	}
	return 0
}

// bodyStatus is the HTTP status a body repeats in one of statusKeys, 0 when none.
func bodyStatus(o *object) int {
	for _, k := range statusKeys {
		if s := validStatus(intValue(o.getFold(k))); s != 0 {
			return s
		}
	}
	// A small body whose code is a number that is an error status, beside its words:
	// Shipay's {"code": 404, "message": "Order not Found"} (a code written as a string,
	// "404", may be a provider's own).
	if _, isNum := o.get("code").(number); isNum && len(o.members) <= 4 && o.str("message") != "" {
		// Only the statuses APIs answer with every day: dLocal's payout codes 507–515 are
		// its own.
		switch s := validStatus(intValue(o.get("code"))); s {
		case 400, 401, 403, 404, 405, 409, 410, 422, 429, 500, 502, 503, 504:
			return s
		}
	}
	// A status object that holds the call's code and its errors: MoneyHash's {"status":
	// {"code": 400, "message": "", "errors": [{"card_token": …}]}, "data": {}}.
	if st := o.obj("status"); st.has("errors") || st.has("message") {
		if s := validStatus(intValue(st.get("code"))); s >= 400 {
			return s
		}
	}
	return loggedStatus(o)
}

// loggedStatus is the status a log record keeps beside the response it logged:
// {"meta": {"endpoint", "code": 404, "response": "<!doctype html>…"}}, 0 when none.
func loggedStatus(o *object) int {
	for _, k := range [...]string{"meta", "context"} {
		if m := o.obj(k); m.has("response") {
			if s := validStatus(intValue(cmp.Or(m.get("status"), m.get("code")))); s != 0 {
				return s
			}
		}
	}
	return 0
}

// nestedError is the first error an API nests deep inside its body, where the usual
// members don't look: Authorize.Net's transactionResponse.errors.error[0] {errorCode,
// errorText} beside a top-level resultCode "OK", Braintree's
// errors.errorCollections.transaction.validationErrors.base[0] {code, message}. It is an
// object with a code and a message, reached through a member that holds errors
// (errors, error, validationErrors …; errorsKey), at most six levels down; nil when there is none.
func nestedError(o *object) *object {
	return nestedErrorIn(o, false, 6)
}

func nestedErrorIn(v any, underError bool, depth int) *object {
	if depth < 0 {
		return nil
	}
	switch x := v.(type) {
	case *object:
		// Under an error member, a code or a failing status beside words: IBM API
		// Connect's {"httpCode": "400", "httpMessage", "moreInformation"} (Sicoob's and
		// Banco do Brasil's gateways) inside a logger's context.
		if underError && (genericCode(x) != "" || bodyStatus(x) >= 400) && nestedMessage(x) != "" || namedError(x) {
			return x
		}
		// A gateway's code beside its own words: the body's own, its response's (Forte's
		// {"response": {"response_code", "response_desc"}}) or under an error member
		// (Shift4's result[0].error); not a pair deeper in a payment's metadata.
		if (underError || depth == 6) && pairedTextCode1(x) {
			return x
		}
		if depth == 6 {
			if r := x.obj("response"); r != nil && pairedTextCode1(r) {
				return r
			}
		}
		// Authorize.Net's {"messages": {"resultCode": "Error", "message": [{"code", "text"}]}}.
		underError = underError || strings.EqualFold(scalarText(x.getFold("resultCode")), "error")
		var found *object
		for _, m := range x.members {
			n := nestedErrorIn(m.val, underError || errorsKey(m.key), depth-1)
			switch {
			case n == nil:
			case found == nil:
				if genericCode(n) != "" {
					return n
				}
				found = n
			case n == m.val && genericCode(n) != "":
				// A sibling that is itself an error with a code, over one without found
				// before it: a connector's {"error": {"issuerDetails": {"networkDetails":
				// {"adviceCode": "24", "errorMessage": …}}, "connectorDetails": {"code": "2",
				// "message": "Refused"}}} is the provider's code and words, not the network's.
				return n
			}
		}
		if found != nil {
			return found
		}
	case []any:
		for _, item := range x {
			if n := nestedErrorIn(item, underError, depth-1); n != nil {
				return n
			}
		}
	}
	return nil
}

// namedError reports whether an object names its own members as an error's, with values
// in both: Pay.nl's {"request": {"result": "0", "errorId": "PAY-404", "errorMessage":
// "Service not found"}}. Answers that always carry the pair say "" or a zero when all
// went well.
func namedError(o *object) bool {
	if intValue(o.get("id")) < 0 && (o.str("descripcionError") != "" || o.str("mensajeError") != "") {
		return true // STP's (SPEI) {"resultado": {"descripcionError": "…", "id": -22}}
	}
	code := ""
	for _, k := range [...]string{"errorCode", "error_code", "errorId"} {
		if code = strings.TrimSpace(scalarText(o.getFold(k))); code != "" {
			break
		}
	}
	if strings.Trim(code, "0") == "" && (code != "" || len(o.members) > 2) {
		// No code: an object that holds little but its error message still is one
		// (Transbank's {'expired_token': {'error_message': 'The transactions date has
		// passed max time …'}}).
		return false
	}
	for _, k := range [...]string{"errorMessage", "error_message"} {
		if m, ok := o.getFold(k).(string); ok && strings.TrimSpace(m) != "" {
			return true
		}
	}
	return false
}

// errorsKey reports whether a member holds errors: errors, error, erros, a name ending
// in Errors (validationErrors), or error followed by Messages, List or Details
// (ZATCA's validationResults.errorMessages, error_list).
func errorsKey(k string) bool {
	if strings.EqualFold(k, "error") || strings.EqualFold(k, "erros") || strings.EqualFold(k, "erro") || len(k) >= 6 && strings.EqualFold(k[len(k)-6:], "errors") {
		return true
	}
	if len(k) <= 5 || !strings.EqualFold(k[:5], "error") {
		return false
	}
	rest := strings.TrimPrefix(k[5:], "_")
	return strings.EqualFold(rest, "messages") || strings.EqualFold(rest, "list") || strings.EqualFold(rest, "details") ||
		strings.EqualFold(rest, "information") // Cybersource's errorInformation
}

// nestedMessage is a nested error's words: its message, or Authorize.Net's errorText.
func nestedMessage(o *object) string {
	if m := genericMessage(o); m != "" {
		return m
	}
	if m := scalarText(o.getFold("errorText")); m != "" {
		return m
	}
	return scalarText(o.getFold("text"))
}

// namesFailure reports whether a code in lower case names a failure by one of its words
// (not_authorized, reader_offline), not a kind of thing (credit_card).
func namesFailure(t string) bool {
	for _, w := range [...]string{"error", "invalid", "not_", "denied", "unauthorized", "unprocessable", "forbidden", "declined", "failed", "refused", "offline", "expired", "missing", "exceeded", "unavailable", "notfound", "insufficient"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// failingResultCode reports whether o's resultCode is a number other than 0, the success
// of the APIs that answer with one, beside words that say what failed: ČSOB's
// {"resultCode": 110, "resultMessage": "Wrong signature"}, MoMo's {"message": "Bad format
// request.", "resultCode": 20, "subErrors": […]}.
func failingResultCode(o *object) bool {
	n, ok := o.getFold("resultCode").(number)
	if !ok || intValue(n) == 0 {
		return false
	}
	m := strings.ToLower(scalarText(o.getFold("resultMessage")) + " " + scalarText(o.getFold("message")))
	if saysFailure(m) || strings.Contains(m, "wrong") || strings.Contains(m, "bad ") {
		return true
	}
	for _, mb := range o.members {
		if errorsKey(mb.key) && nonEmpty(mb.val) {
			return true
		}
	}
	return false
}

// apiStatusCode is the API's own result code an object keeps in status, a number of four
// or five digits no HTTP status can be, beside the words for it: MoMo's {"status": 2129,
// "message": "Signature không đúng. …"}. "" for any other status, and when the words
// say it went well.
func apiStatusCode(o *object) string {
	v, ok := o.get("status").(number)
	if n := intValue(v); !ok || n < 1000 || n > 99999 || len(o.members) > 4 {
		return ""
	}
	m := strings.ToLower(genericMessage(o))
	if !strings.Contains(m, " ") || holdsAny(m, successWords[:]) {
		return ""
	}
	return scalarText(v)
}

// failingStatusCode is apiStatusCode when the words say what failed: a status of four
// or five digits alone is no failure ({"status": 1000, "message": "Operation completed"}).
func failingStatusCode(o *object) bool {
	return apiStatusCode(o) != "" && saysFailure(strings.ToLower(genericMessage(o)))
}

// successWords say a call went well.
var successWords = [...]string{"success", "sucesso", "éxito", "exito", "thành công", "成功", "approved", "aprovad", "aprobad", "completed", "created", "accepted", "captured", "confirmad", "realizad"}

// statusFalseError is the member of o, and its words, that says what failed when a
// member named for a status says False: eWAY's <ewayResponse><ewayTrxnStatus>False
// </ewayTrxnStatus>…<ewayTrxnError>63, Security Violation</ewayTrxnError>. "", "" for
// any other object.
func statusFalseError(o *object) (key, message string) {
	failed := false
	for i := 0; o != nil && i < len(o.members) && i < 32; i++ {
		m := &o.members[i]
		v, _ := m.val.(string)
		switch {
		case hasSuffixFoldString(m.key, "trxnstatus") && strings.EqualFold(strings.TrimSpace(v), "false"):
			failed = true
		case hasSuffixFoldString(m.key, "trxnerror") && strings.Contains(strings.TrimSpace(v), " ") && key == "":
			key, message = m.key, strings.TrimSpace(v)
		}
	}
	if !failed {
		return "", ""
	}
	return key, message
}

// gatewayLeadingCode is the code a message begins with before its words, as payment gateways
// of the XML and key=value era write them: eWAY's "63, Security Violation", Sage Pay's
// "3013 : The Description is missing.". Two to six digits, not an HTTP status; "" when
// the message begins otherwise.
func gatewayLeadingCode(m string) string {
	n := 0
	for n < len(m) && n < 7 && m[n] >= '0' && m[n] <= '9' {
		n++
	}
	if n < 2 || n > 6 || validStatus(intValue(number(m[:n]))) != 0 {
		return ""
	}
	if year := intValue(number(m[:n])); n == 4 && year >= 1900 && year <= 2099 && strings.HasPrefix(m[n:], ", ") {
		return "" // "2019, the card was refused …": a year
	}
	for _, sep := range [...]string{", ", " : ", ": "} {
		if strings.HasPrefix(m[n:], sep) && strings.Contains(m[n+len(sep):], " ") {
			return m[:n]
		}
	}
	return ""
}

// namedResultCode is a result code that names a failure in its own structured words
// (dots or underscores, no spaces): Moka's {"ResultCode":
// "PaymentDealer.DoCapture.PaymentNotFound", "ResultMessage": ""}; "" for any other
// result ("Success", "Refused", "PaymentDealer.DoDirectPayment.Success").
func namedResultCode(o *object) string {
	rc, _ := o.getFold("resultCode").(string)
	if len(rc) > 80 || !strings.ContainsAny(rc, "._") || strings.ContainsAny(rc, " \t\n") || !namesFailure(strings.ToLower(rc)) {
		return ""
	}
	return rc
}

// failedResultCode is a numeric ResultCode beside its ResultMessage in an object whose
// Status says it failed (Mangopay's pay-ins and pre-authorizations), or "": a success's
// ResultCode ("000000", and any code under a Status that did not fail) is no error's.
func failedResultCode(o *object) string {
	rc := scalarText(o.getFold("resultCode"))
	if rc == "" || len(rc) > 12 || !isNumber(rc) || strings.Trim(rc, "0") == "" || scalarText(o.getFold("resultMessage")) == "" || !strings.EqualFold(scalarText(o.getFold("status")), "failed") {
		return ""
	}
	return rc
}

// notApproved reports whether a processor's answer says in a member named for it that
// the transaction was not approved: Beanstream's trnApproved=0 beside messageText.
func notApproved(o *object) bool {
	for i := 0; o != nil && i < len(o.members) && i < 64; i++ {
		m := &o.members[i]
		if len(m.key) > len("approved") && hasSuffixFoldString(m.key, "approved") {
			switch strings.ToLower(scalarText(m.val)) {
			case "0", "false", "no", "n":
				return true
			}
		}
	}
	return false
}

// nonEmpty reports whether v holds something: a list or object with members, a string
// with text, any other scalar ("errors": [] and {} hold nothing).
func nonEmpty(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case []any:
		return len(x) > 0
	case *object:
		return x != nil && len(x.members) > 0
	case string:
		return strings.TrimSpace(x) != ""
	}
	return true
}

// genericFault reports whether a SOAP faultcode only says whose fault it was
// (soap:Server, SOAP-ENV:Client, Server, SOAP 1.2's env:Sender and env:Receiver), not
// what failed.
func genericFault(code string) bool {
	_, kind, ok := strings.Cut(code, ":")
	if !ok {
		kind = code
	}
	return strings.EqualFold(kind, "server") || strings.EqualFold(kind, "client") ||
		strings.EqualFold(kind, "sender") || strings.EqualFold(kind, "receiver") // SOAP 1.2's names for them
}

// pairedCodeKeys and pairedTextKeys are gateways' own names for a response's code and
// its words, lower case, which no API uses for anything else: CardConnect's respcode and
// resptext, Forte's response_code and response_desc, Shift4's primaryCode and longText,
// Mexico's SAT cod_estatus and mensaje.
var (
	pairedCodeKeys = [...]string{"respcode", "response_code", "primarycode", "cod_estatus", "resultcode"} // resultcode: M-Pesa's ResultCode with its ResultDesc
	pairedTextKeys = [...]string{"resptext", "response_desc", "response_text", "longtext", "mensaje", "resultdesc"}
)

// pairedTextCode is the code and the words of an object that holds a code and a text
// under pairedCodeKeys and pairedTextKeys when the words say the call failed ("Insufficient
// funds", "INVALID TRN", "INTERNET FAILURE: Timeout waiting for response"); "", "" for any
// other object, and for one whose words say it went well.
func pairedTextCode(o *object) (string, string) {
	if o == nil || len(o.members) > 40 {
		return "", ""
	}
	var code, text, codeKey, textKey string
	for _, k := range pairedCodeKeys {
		if c := strings.TrimSpace(scalarText(o.getFold(k))); c != "" && len(c) <= 12 && !strings.ContainsAny(c, " \n") && strings.Trim(c, "0") != "" {
			code, codeKey = c, k
			break
		}
	}
	if code == "" {
		return "", ""
	}
	for _, k := range pairedTextKeys {
		if t, _ := o.getFold(k).(string); strings.TrimSpace(t) != "" {
			text, textKey = strings.TrimSpace(t), k
			break
		}
	}
	// M-Pesa's ResultCode is 0 on success: any other, with words that say what went
	// wrong even softly ("The operator does not exist."), is its failure.
	mpesa := codeKey == "resultcode" && textKey == "resultdesc"
	if l := strings.ToLower(text); text == "" || !saysFailure(l) && !(mpesa && holdsAny(l, weakErrorWords[:])) || denies(l) || approvalWords(l) ||
		strings.EqualFold(o.str("respstat"), "A") || strings.EqualFold(o.str("response_type"), "A") {
		return "", "" // an approval with words that only sound like a failure, or a gateway's own approval flag
	}
	return code, text
}

// approvalWords reports whether a lower-case text begins by saying the call went well:
// "Approved - AVS not required", "Solicitud Aceptada; …".
func approvalWords(l string) bool {
	for _, w := range [...]string{"approv", "success", "accepted", "aceptad", "aprobad", "aprovad", "éxito", "exito", "ok"} {
		if strings.HasPrefix(l, w) || strings.HasPrefix(l, "transaction "+w) || strings.HasPrefix(l, "solicitud "+w) {
			return true
		}
	}
	return false
}

// pairedTextCode1 reports whether o holds pairedTextCode's pair.
func pairedTextCode1(o *object) bool {
	c, _ := pairedTextCode(o)
	return c != ""
}

// pairedResponseCode is the code of a gateway's <X>ResponseCode beside its own
// <X>ResponseMessage when the message says it failed: Element Express's
// ExpressResponseCode 20 with "Declined" (its approval is 0, "Approved"). "" for any
// other object, and for the pairs of a card's checks (AVS, CVV) or of HTTP.
func pairedResponseCode(o *object) string {
	const suffix = "ResponseCode"
	if o == nil {
		return ""
	}
	for i := range o.members {
		k := o.members[i].key
		if len(k) <= len(suffix) || !hasSuffixFoldString(k, suffix) {
			continue
		}
		c := scalarText(o.members[i].val)
		if c == "" || len(c) > 12 || strings.Trim(c, "0") == "" {
			continue
		}
		if len(k) <= len(suffix)+4 {
			continue // a check's result (AVS, CVV2), an HTTP exchange's, a host's: not the answer's
		}
		msg := strings.TrimSpace(scalarText(o.getFold(k[:len(k)-len("Code")] + "Message")))
		if !failureWord(msg) && !saysFailure(strings.ToLower(msg)) {
			continue
		}
		return c
	}
	return ""
}

// anetTransactionError is the transaction's own error in Authorize.Net's answer whose
// messages say only that it failed (E00027, "The transaction was unsuccessful."): the
// first of transactionResponse.errors, {"errorCode": "5", "errorText": "A valid amount is
// required."}, in JSON or in XML (<errors><error>…). nil for any other object.
func anetTransactionError(o *object) *object {
	tr := o.obj("transactionResponse")
	if tr == nil || !strings.EqualFold(o.obj("messages").str("resultCode"), "error") {
		return nil
	}
	v := tr.get("errors")
	if w, ok := v.(*object); ok && w.has("error") {
		v = w.get("error")
	}
	if a, ok := v.([]any); ok && len(a) > 0 {
		v = a[0]
	}
	e, _ := v.(*object)
	if e.str("errorCode") == "" {
		return nil
	}
	return e
}

// issueItem is the issue of one of PayPal's error details printed alone, {"issue":
// "PAYEE_ACCOUNT_RESTRICTED", "description": "The merchant account is restricted."}:
// a catalogued code in capitals with an underscore, beside its description; "" for
// anything else.
func issueItem(o *object) string {
	// As a note's list writes it too: "- **Issue**: `COMPLIANCE_VIOLATION`\n- **Description**: …".
	is := scalarText(o.getFold("issue"))
	if len(is) < 6 || !strings.Contains(is, "_") || !isUpperCode(is) || scalarText(o.getFold("description")) == "" || len(catalog.Owners(is)) == 0 {
		return "" // an issue tracker's, a linter's or a cluster's issue
	}
	return is
}

// camelWord reports whether s is one CamelCase word of letters only, capitals inside it:
// an exception's short name (InvalidAuthentication), not a class path or a sentence.
func camelWord(s string) bool {
	if s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	inner := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			inner = inner || i > 0
		case c >= 'a' && c <= 'z':
		default:
			return false
		}
	}
	return inner
}

// realexResult reports whether o is Global Payments' (Realex's) answer with a result that
// is no success: three digits beside its message (00 is its success; 1xx a decline, 5xx
// a request it refused), not the round codes other APIs answer a success with.
func realexResult(o *object) bool {
	r := scalarText(o.getFold("result"))
	return len(r) == 3 && isNumber(r) && r != "000" && r != "100" && r != "200" && o.str("message") != "" && (o.has("orderid") || o.has("timestamp"))
}

// nestedGatewayCode is the code a few gateways keep where codeKeys do not reach, found in
// one pass over o's members (genericCode runs on every object): PayU Latam's declined
// transaction under a call that went through ({"code": "SUCCESS", "transactionResponse":
// {"state": "DECLINED", "responseCode": "ANTIFRAUD_REJECTED"}}), Decidir's (Payway's)
// rejected payment ({"status": "rejected", "status_details": {"error": {"type":
// "invalid_number", …}}}), Pluggy's name for a code that is the HTTP status ({"code": 410,
// "codeDescription": "ENDPOINT_DEPRECATED"}), Viva Wallet's EventId beside its ErrorCode
// and ErrorText or in its {status, message, eventId}. "" for any other object.
func nestedGatewayCode(o *object) string {
	if o == nil {
		return ""
	}
	var tr, details *object
	description, event := "", ""
	for i := range o.members {
		switch m := &o.members[i]; m.key {
		case "transactionResponse":
			tr, _ = m.val.(*object)
		case "status_details":
			details, _ = m.val.(*object)
		case "codeDescription":
			description, _ = m.val.(string)
		case "EventId", "eventId":
			if e := scalarText(m.val); e != "" && len(e) <= 6 && e[0] != '0' && isNumber(e) {
				event = e
			}
		}
	}
	switch {
	case event != "" && (o.has("ErrorText") && o.has("ErrorCode") || len(o.members) == 3 && o.has("message") && validStatus(intValue(o.get("status"))) >= 400):
		// Viva Wallet's outcome code in its Event ID table; its ErrorCode (502 "Transaction
		// failed") or HTTP status only says the call failed. Only Viva's two shapes: a
		// logger's record or a webhook's event beside a status has more to it.
		return event
	case tr != nil && payUDeclined(tr) && strings.EqualFold(o.str("code"), "SUCCESS"):
		if c := tr.str("responseCode"); isUpperCode(c) {
			return c
		}
	case details != nil && strings.EqualFold(o.str("status"), "rejected"):
		if t := details.obj("error").str("type"); looksLikeCode(t) {
			return t
		}
	case description != "" && strings.Contains(description, "_") && isUpperCode(description) && validStatus(intValue(o.get("code"))) >= 400:
		return description
	}
	return ""
}

// payUDeclined reports whether PayU Latam's transactionResponse says the payment failed
// (state DECLINED or ERROR) under a call whose code is SUCCESS.
func payUDeclined(tr *object) bool {
	s := tr.str("state")
	return s == "DECLINED" || s == "ERROR"
}

// respMsgResult is the failing Result of an answer in Payflow's names (RESULT and RESPMSG,
// any case: Payflow's own, or TPISoft's and Global Payments' XML), "" when o has none or
// its Result is 0 (approved).
func respMsgResult(o *object) string {
	if r := scalarText(o.getFold("Result")); r != "0" && isNumber(r) && o.getFold("RespMSG") != nil {
		return r
	}
	return ""
}
