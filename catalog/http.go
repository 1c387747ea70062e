// What HTTP itself says of an error status, for when no catalogued provider fits a
// response (or the provider's entry is unknown). Built from RFC 9110 (HTTP Semantics)
// section 15, RFC 6585 (Additional HTTP Status Codes), RFC 4918 and RFC 5842 (WebDAV),
// RFC 8470 (Using Early Data in HTTP), RFC 7725 (451), Stripe's API errors reference for
// the use payment APIs make of 402, and Cloudflare's "Cloudflare 5xx errors"
// troubleshooting page for 520–526. Retry strategies follow the retry conventions of
// DESIGN.md and references/README.md.

package catalog

// cloudflare5xx is Cloudflare's reference for its own 52x statuses.
const cloudflare5xx = "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/"

// StatusInfo is what the HTTP specifications say of one response status: its meaning for
// an API client, how to fix it and the default retry strategy, in English and Brazilian
// Portuguese. A provider's entry, when there is one, says more and wins.
type StatusInfo struct {
	Status   int // the status code; for a class fallback, the class's first code (400, 500 …)
	Category Category
	Title    Text     // e.g. "Too Many Requests" / "Muitas requisições"
	Meaning  Text     // what the status means for an API client, 1-2 sentences
	Fix      []Text   // 1-3 steps
	Retry    Strategy // the default retry strategy for this status
	RetryWhy Text
	Source   string // e.g. "RFC 9110, 15.5.1" — cite the section
}

// HTTPStatus returns what is known of status. Unknown codes fall back to their class (4xx, 5xx); ok is false for codes outside 400–599.
//
// Like net/http's StatusText it is a switch over composite literals: no map, nothing
// built at start-up.
func HTTPStatus(status int) (StatusInfo, bool) {
	switch status {
	case 400:
		return StatusInfo{
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Bad Request", PT: "Requisição inválida"},
			Meaning: Text{
				EN: "The server will not process the request because it sees a client error in it: malformed JSON, a missing or badly typed field, an invalid parameter or header.",
				PT: "O servidor não vai processar a requisição porque vê nela um erro do cliente: JSON malformado, campo ausente ou com tipo errado, parâmetro ou cabeçalho inválido.",
			},
			Fix: []Text{
				{EN: "Read the error body: it usually names the field or parameter at fault.", PT: "Leia o corpo do erro: ele costuma indicar o campo ou parâmetro com problema."},
				{EN: "Check the body is valid JSON sent with Content-Type: application/json, and that every field matches the documented type and format.", PT: "Confira se o corpo é um JSON válido enviado com Content-Type: application/json e se cada campo segue o tipo e o formato documentados."},
				{EN: "If the API uses idempotency keys, check whether it requires one on this request (a missing Idempotency-Key is often a 400).", PT: "Se a API usa chaves de idempotência, veja se ela exige uma nesta requisição (a falta do Idempotency-Key costuma dar 400)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same request will be refused again; correct it and send it again.", PT: "A mesma requisição será recusada de novo; corrija-a e reenvie."},
			Source:   "RFC 9110, 15.5.1",
		}, true
	case 401:
		return StatusInfo{
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "Unauthorized", PT: "Não autenticado"},
			Meaning: Text{
				EN: "The request lacks valid credentials: the API key or token is missing, mistyped, expired or revoked, so the server does not know who is calling.",
				PT: "A requisição não tem credenciais válidas: a chave de API ou o token está ausente, digitado errado, expirado ou revogado, então o servidor não sabe quem está chamando.",
			},
			Fix: []Text{
				{EN: "Send the credentials in the header the API documents (e.g. Authorization: Bearer <token>); the WWW-Authenticate response header, when present, says which scheme it expects.", PT: "Envie as credenciais no cabeçalho que a API documenta (p. ex. Authorization: Bearer <token>); o cabeçalho de resposta WWW-Authenticate, quando vem, diz qual esquema ela espera."},
				{EN: "Check the key belongs to the environment you call (sandbox or production) and has no extra spaces or line breaks.", PT: "Confira se a chave é do ambiente que você está chamando (sandbox ou produção) e se não tem espaços ou quebras de linha sobrando."},
				{EN: "If the token expired, obtain a new one (refresh the OAuth token) and send the request again.", PT: "Se o token expirou, obtenha um novo (renove o token OAuth) e reenvie a requisição."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Every attempt with the same credentials is rejected; fix or renew them, then send the request again.", PT: "Toda tentativa com as mesmas credenciais é recusada; corrija ou renove-as e reenvie a requisição."},
			Source:   "RFC 9110, 15.5.2",
		}, true
	case 402:
		return StatusInfo{
			Status:   402,
			Category: Business,
			Title:    Text{EN: "Payment Required", PT: "Pagamento necessário"},
			Meaning: Text{
				EN: "HTTP reserves 402 for future use, but payment APIs (Stripe among them) send it when the parameters were valid yet the request failed, typically a card decline or insufficient funds; other services send it when your own account's plan or billing is unpaid.",
				PT: "O HTTP reserva o 402 para uso futuro, mas APIs de pagamento (a Stripe entre elas) o enviam quando os parâmetros eram válidos e mesmo assim a requisição falhou, tipicamente um cartão recusado ou saldo insuficiente; outros serviços o enviam quando o plano ou a fatura da sua própria conta está em aberto."},
			Fix: []Text{
				{EN: "Read the error body for the decline or failure reason (Stripe: error.code and error.decline_code).", PT: "Leia no corpo do erro o motivo da recusa ou da falha (na Stripe: error.code e error.decline_code)."},
				{EN: "Ask the customer for another payment method, or to contact their bank, rather than resending the same charge.", PT: "Peça ao cliente outro meio de pagamento, ou que fale com o banco dele, em vez de reenviar a mesma cobrança."},
				{EN: "If the message is about your account's billing or plan, settle it with the provider.", PT: "Se a mensagem fala da cobrança ou do plano da sua conta, regularize com o provedor."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same payment details will fail the same way; change the payment method or settle the account, then send it again.", PT: "Os mesmos dados de pagamento vão falhar do mesmo jeito; troque o meio de pagamento ou regularize a conta e reenvie."},
			Source:   "RFC 9110, 15.5.3; https://docs.stripe.com/api/errors (402 Request Failed)",
		}, true
	case 403:
		return StatusInfo{
			Status:   403,
			Category: Authorization,
			Title:    Text{EN: "Forbidden", PT: "Acesso proibido"},
			Meaning: Text{
				EN: "The server understood who is calling but refuses the request: the key lacks the permission or scope, the caller's IP is not allowed, or the account is not enabled for this operation.",
				PT: "O servidor entendeu quem está chamando, mas recusa a requisição: a chave não tem a permissão ou o escopo, o IP de origem não está liberado, ou a conta não está habilitada para esta operação.",
			},
			Fix: []Text{
				{EN: "Check the scopes or permissions of the key against what the endpoint requires, and use a key that has them.", PT: "Compare os escopos ou permissões da chave com o que o endpoint exige e use uma chave que os tenha."},
				{EN: "If the API restricts source IPs, add your server's outgoing IP to the allowed list.", PT: "Se a API restringe IPs de origem, inclua o IP de saída do seu servidor na lista de liberados."},
				{EN: "If the account or product is not enabled, ask the provider to enable it.", PT: "Se a conta ou o produto não está habilitado, peça ao provedor para habilitá-lo."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Resending with the same credentials is refused again; the permission must change first.", PT: "Reenviar com as mesmas credenciais é recusado de novo; a permissão precisa mudar antes."},
			Source:   "RFC 9110, 15.5.4",
		}, true
	case 404:
		return StatusInfo{
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Not Found", PT: "Não encontrado"},
			Meaning: Text{
				EN: "The server found nothing at this URL: the path is wrong, the resource id does not exist, or it exists but not for this account or environment (some APIs answer 404 rather than 403 to hide it).",
				PT: "O servidor não encontrou nada nesta URL: o caminho está errado, o id do recurso não existe, ou existe, mas não para esta conta ou ambiente (algumas APIs respondem 404 em vez de 403 para escondê-lo).",
			},
			Fix: []Text{
				{EN: "Check the base URL, API version and path against the documentation.", PT: "Confira a URL base, a versão da API e o caminho com a documentação."},
				{EN: "Check the id was created with the same account and in the same environment (sandbox or production) you are calling now.", PT: "Confira se o id foi criado com a mesma conta e no mesmo ambiente (sandbox ou produção) que você está chamando agora."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The resource will not appear by resending; correct the URL or id first.", PT: "O recurso não vai aparecer reenviando; corrija a URL ou o id antes."},
			Source:   "RFC 9110, 15.5.5",
		}, true
	case 405:
		return StatusInfo{
			Status:   405,
			Category: Validation,
			Title:    Text{EN: "Method Not Allowed", PT: "Método não permitido"},
			Meaning: Text{
				EN: "The URL exists but does not accept this HTTP method, e.g. a POST to an endpoint that only takes GET; often the sign of a wrong path.",
				PT: "A URL existe, mas não aceita este método HTTP, p. ex. um POST num endpoint que só aceita GET; muitas vezes é sinal de caminho errado.",
			},
			Fix: []Text{
				{EN: "Use one of the methods listed in the Allow response header.", PT: "Use um dos métodos listados no cabeçalho de resposta Allow."},
				{EN: "Check the path against the documentation: the endpoint you meant may live at another URL.", PT: "Confira o caminho com a documentação: o endpoint que você queria pode estar em outra URL."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The endpoint refuses this method every time; change the method or URL first.", PT: "O endpoint recusa este método sempre; mude o método ou a URL antes."},
			Source:   "RFC 9110, 15.5.6",
		}, true
	case 406:
		return StatusInfo{
			Status:   406,
			Category: Validation,
			Title:    Text{EN: "Not Acceptable", PT: "Não aceitável"},
			Meaning: Text{
				EN: "The server cannot produce a response in any format the request's Accept headers allow (Accept, Accept-Language, Accept-Encoding).",
				PT: "O servidor não consegue gerar uma resposta em nenhum formato que os cabeçalhos Accept da requisição permitem (Accept, Accept-Language, Accept-Encoding).",
			},
			Fix: []Text{
				{EN: "Send Accept: application/json (or the media type the API documents), or drop the Accept header.", PT: "Envie Accept: application/json (ou o tipo de mídia que a API documenta), ou retire o cabeçalho Accept."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same headers get the same refusal; change them, then send the request again.", PT: "Os mesmos cabeçalhos recebem a mesma recusa; mude-os e reenvie a requisição."},
			Source:   "RFC 9110, 15.5.7",
		}, true
	case 408:
		return StatusInfo{
			Status:   408,
			Category: Timeout,
			Title:    Text{EN: "Request Timeout", PT: "Tempo da requisição esgotado"},
			Meaning: Text{
				EN: "The server did not receive the complete request within the time it was prepared to wait, so it did not process it and usually closed the connection.",
				PT: "O servidor não recebeu a requisição completa dentro do tempo que estava disposto a esperar, então não a processou e normalmente fechou a conexão.",
			},
			Fix: []Text{
				{EN: "Resend on a new connection; if it repeats, look for a slow network, a proxy holding the body, or a body far larger than needed.", PT: "Reenvie numa nova conexão; se repetir, procure uma rede lenta, um proxy segurando o corpo ou um corpo muito maior que o necessário."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "The server did not process the request, so resending it is safe; retry with backoff on a new connection.", PT: "O servidor não processou a requisição, então reenviá-la é seguro; tente de novo com backoff numa nova conexão."},
			Source:   "RFC 9110, 15.5.9",
		}, true
	case 409:
		return StatusInfo{
			Status:   409,
			Category: Conflict,
			Title:    Text{EN: "Conflict", PT: "Conflito"},
			Meaning: Text{
				EN: "The request conflicts with the resource's current state: it already exists (a duplicate reference), another change got there first, or a request with the same idempotency key is still being processed.",
				PT: "A requisição conflita com o estado atual do recurso: ele já existe (referência duplicada), outra alteração chegou antes, ou uma requisição com a mesma chave de idempotência ainda está em processamento.",
			},
			Fix: []Text{
				{EN: "Read the error body to see which conflict it is, and fetch the resource's current state.", PT: "Leia o corpo do erro para ver qual é o conflito e consulte o estado atual do recurso."},
				{EN: "For a duplicate, use the resource that already exists or send a new unique reference; for a concurrent change, reapply yours to the current version.", PT: "Se for duplicidade, use o recurso que já existe ou envie uma nova referência única; se for alteração concorrente, reaplique a sua sobre a versão atual."},
				{EN: "If the same idempotency key is still in flight, wait and retry with the same key; do not generate a new key.", PT: "Se a mesma chave de idempotência ainda está em andamento, espere e tente de novo com a mesma chave; não gere uma chave nova."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "A conflict with the resource's state must be resolved before resending; but when the conflict is an idempotency key whose first request is still processing, that request may yet succeed: retry later with backoff and the same key.", PT: "Um conflito com o estado do recurso precisa ser resolvido antes de reenviar; mas quando o conflito é uma chave de idempotência cuja primeira requisição ainda está em processamento, essa requisição ainda pode dar certo: tente de novo mais tarde com backoff e a mesma chave."},
			Source:   "RFC 9110, 15.5.10",
		}, true
	case 410:
		return StatusInfo{
			Status:   410,
			Category: StateCategory,
			Title:    Text{EN: "Gone", PT: "Não existe mais"},
			Meaning: Text{
				EN: "The resource existed but has been removed for good, or the endpoint or API version has been retired, and the server expects this to be permanent.",
				PT: "O recurso existiu, mas foi removido de vez, ou o endpoint ou a versão da API foi descontinuado, e o servidor considera isso permanente.",
			},
			Fix: []Text{
				{EN: "Stop using this URL: remove references to the resource, or move to the replacement endpoint or API version the provider documents.", PT: "Pare de usar esta URL: remova as referências ao recurso ou migre para o endpoint ou a versão da API que o provedor indica como substituto."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "The removal is permanent; the same request will never succeed.", PT: "A remoção é permanente; a mesma requisição nunca vai dar certo."},
			Source:   "RFC 9110, 15.5.11",
		}, true
	case 411:
		return StatusInfo{
			Status:   411,
			Category: Validation,
			Title:    Text{EN: "Length Required", PT: "Content-Length obrigatório"},
			Meaning: Text{
				EN: "The server refuses a request body sent without a Content-Length header (for example a chunked upload).",
				PT: "O servidor recusa um corpo de requisição enviado sem o cabeçalho Content-Length (por exemplo, um envio em chunks).",
			},
			Fix: []Text{
				{EN: "Send the body with a Content-Length header instead of chunked transfer encoding; an empty POST needs Content-Length: 0.", PT: "Envie o corpo com o cabeçalho Content-Length em vez de chunked transfer encoding; um POST vazio precisa de Content-Length: 0."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Without the header the request is refused every time; add it and send again.", PT: "Sem o cabeçalho a requisição é recusada sempre; adicione-o e reenvie."},
			Source:   "RFC 9110, 15.5.12",
		}, true
	case 412:
		return StatusInfo{
			Status:   412,
			Category: Conflict,
			Title:    Text{EN: "Precondition Failed", PT: "Pré-condição falhou"},
			Meaning: Text{
				EN: "A condition in the request headers (If-Match, If-Unmodified-Since) was false: the resource changed since you last read it, so your update was not applied.",
				PT: "Uma condição nos cabeçalhos da requisição (If-Match, If-Unmodified-Since) era falsa: o recurso mudou desde a sua última leitura, então a sua alteração não foi aplicada.",
			},
			Fix: []Text{
				{EN: "Fetch the resource again to get its current ETag, reapply your change to that version, and send it with the new If-Match.", PT: "Busque o recurso de novo para obter o ETag atual, reaplique a sua alteração sobre essa versão e envie com o novo If-Match."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same precondition stays false; update it from the current version of the resource, then send again.", PT: "A mesma pré-condição continua falsa; atualize-a a partir da versão atual do recurso e reenvie."},
			Source:   "RFC 9110, 15.5.13",
		}, true
	case 413:
		return StatusInfo{
			Status:   413,
			Category: Validation,
			Title:    Text{EN: "Content Too Large", PT: "Conteúdo grande demais"},
			Meaning: Text{
				EN: "The request body is larger than the server (or a proxy in front of it) is willing to process.",
				PT: "O corpo da requisição é maior do que o servidor (ou um proxy na frente dele) aceita processar.",
			},
			Fix: []Text{
				{EN: "Check the documented size limit and send less: split a batch into smaller ones, or compress or resize the file.", PT: "Veja o limite de tamanho documentado e envie menos: divida um lote em lotes menores, ou comprima ou reduza o arquivo."},
				{EN: "If the response has Retry-After, the limit is temporary and you may try again after that delay.", PT: "Se a resposta tiver Retry-After, o limite é temporário e você pode tentar de novo depois desse prazo."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same body is refused again; make it smaller, then send it again.", PT: "O mesmo corpo é recusado de novo; diminua-o e reenvie."},
			Source:   "RFC 9110, 15.5.14",
		}, true
	case 414:
		return StatusInfo{
			Status:   414,
			Category: Validation,
			Title:    Text{EN: "URI Too Long", PT: "URI longa demais"},
			Meaning: Text{
				EN: "The URL, usually its query string, is longer than the server will interpret: too many filters or ids, or data that belongs in the body.",
				PT: "A URL, geralmente a query string, é mais longa do que o servidor aceita interpretar: filtros ou ids demais, ou dados que deveriam ir no corpo.",
			},
			Fix: []Text{
				{EN: "Shorten the query: fewer ids per call, paginate, or send the data in a POST body if the API offers one.", PT: "Encurte a query: menos ids por chamada, use paginação, ou envie os dados no corpo de um POST se a API oferecer."},
				{EN: "Check for a redirect loop that keeps appending to the URL.", PT: "Verifique se não há um loop de redirecionamento que vai aumentando a URL."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same URL is refused again; shorten it first.", PT: "A mesma URL é recusada de novo; encurte-a antes."},
			Source:   "RFC 9110, 15.5.15",
		}, true
	case 415:
		return StatusInfo{
			Status:   415,
			Category: Validation,
			Title:    Text{EN: "Unsupported Media Type", PT: "Tipo de mídia não suportado"},
			Meaning: Text{
				EN: "The server does not accept the body's format: the Content-Type or Content-Encoding is missing or not one the endpoint takes (e.g. form data sent to a JSON API).",
				PT: "O servidor não aceita o formato do corpo: o Content-Type ou o Content-Encoding está ausente ou não é um que o endpoint aceita (p. ex. dados de formulário enviados a uma API JSON).",
			},
			Fix: []Text{
				{EN: "Send Content-Type: application/json (or the type the endpoint documents) and a body actually in that format.", PT: "Envie Content-Type: application/json (ou o tipo que o endpoint documenta) e um corpo de fato nesse formato."},
				{EN: "If the response has an Accept or Accept-Encoding header, use one of the formats it lists.", PT: "Se a resposta trouxer um cabeçalho Accept ou Accept-Encoding, use um dos formatos que ele lista."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same format is refused every time; change it, then send again.", PT: "O mesmo formato é recusado sempre; mude-o e reenvie."},
			Source:   "RFC 9110, 15.5.16",
		}, true
	case 422:
		return StatusInfo{
			Status:   422,
			Category: Validation,
			Title:    Text{EN: "Unprocessable Content", PT: "Conteúdo não processável"},
			Meaning: Text{
				EN: "The body is well-formed and of the right type, but its content breaks the API's rules: an invalid document number, an amount out of range, a date in the past, or an idempotency key reused with a different body.",
				PT: "O corpo está bem formado e no tipo certo, mas o conteúdo viola as regras da API: um CPF/CNPJ inválido, um valor fora do intervalo, uma data no passado, ou uma chave de idempotência reutilizada com outro corpo.",
			},
			Fix: []Text{
				{EN: "Read the error body for the fields and rules that failed, and correct those values.", PT: "Leia no corpo do erro quais campos e regras falharam e corrija esses valores."},
				{EN: "If it is about an idempotency key reused with a different body, send the new body with a new key (or the original body with the old key).", PT: "Se for uma chave de idempotência reutilizada com outro corpo, envie o corpo novo com uma chave nova (ou o corpo original com a chave antiga)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same content is refused again; correct it, then send it again.", PT: "O mesmo conteúdo é recusado de novo; corrija-o e reenvie."},
			Source:   "RFC 9110, 15.5.21",
		}, true
	case 423:
		return StatusInfo{
			Status:   423,
			Category: StateCategory,
			Title:    Text{EN: "Locked", PT: "Bloqueado"},
			Meaning: Text{
				EN: "The resource is locked, so the server refuses to change it: another operation holds the lock, or (in some APIs) the account or resource is blocked.",
				PT: "O recurso está bloqueado, então o servidor se recusa a alterá-lo: outra operação detém o bloqueio, ou (em algumas APIs) a conta ou o recurso está bloqueado.",
			},
			Fix: []Text{
				{EN: "If another operation holds the lock, wait for it to finish (or send the lock token if you hold it), then send again.", PT: "Se outra operação detém o bloqueio, espere que ela termine (ou envie o token do bloqueio, se ele for seu) e reenvie."},
				{EN: "If the account or resource is blocked, ask the provider's support why and how to unblock it.", PT: "Se a conta ou o recurso está bloqueado, pergunte ao suporte do provedor o motivo e como desbloquear."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Resending unchanged fails until the lock is released or the block lifted; resolve that first, then send again.", PT: "Reenviar sem mudança falha até o bloqueio ser liberado ou retirado; resolva isso antes e reenvie."},
			Source:   "RFC 4918, 11.3",
		}, true
	case 424:
		return StatusInfo{
			Status:   424,
			Category: StateCategory,
			Title:    Text{EN: "Failed Dependency", PT: "Dependência falhou"},
			Meaning: Text{
				EN: "The operation was not performed because another action it depended on failed, such as an earlier part of the same request or a previous step; some APIs also use it when a service they depend on failed.",
				PT: "A operação não foi executada porque outra ação da qual ela dependia falhou, como uma parte anterior da mesma requisição ou uma etapa anterior; algumas APIs também o usam quando um serviço do qual dependem falhou.",
			},
			Fix: []Text{
				{EN: "Find in the error body which action failed, fix or redo that one first, then send this request again.", PT: "Descubra no corpo do erro qual ação falhou, corrija ou refaça essa primeiro e então reenvie esta requisição."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "This request fails as long as the action it depends on fails; deal with that action first.", PT: "Esta requisição falha enquanto a ação da qual ela depende falhar; resolva essa ação primeiro."},
			Source:   "RFC 4918, 11.4",
		}, true
	case 425:
		return StatusInfo{
			Status:   425,
			Category: Unavailable,
			Title:    Text{EN: "Too Early", PT: "Cedo demais"},
			Meaning: Text{
				EN: "The server will not process a request sent in TLS early data (0-RTT), because such a request could be replayed; it was not processed.",
				PT: "O servidor não processa uma requisição enviada em early data do TLS (0-RTT), porque ela poderia ser repetida (replay); ela não foi processada.",
			},
			Fix: []Text{
				{EN: "Resend after the TLS handshake completes; most HTTP clients do so on their own. If yours keeps sending early data, disable 0-RTT for this API.", PT: "Reenvie depois que o handshake TLS terminar; a maioria dos clientes HTTP faz isso sozinha. Se o seu continuar mandando early data, desative o 0-RTT para esta API."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "The request was not processed and will be accepted once the handshake is complete; retry shortly with backoff.", PT: "A requisição não foi processada e será aceita depois que o handshake terminar; tente de novo em seguida com backoff."},
			Source:   "RFC 8470, 5.2",
		}, true
	case 428:
		return StatusInfo{
			Status:   428,
			Category: Validation,
			Title:    Text{EN: "Precondition Required", PT: "Pré-condição obrigatória"},
			Meaning: Text{
				EN: "The server requires this update to be conditional, so that you do not overwrite a change you have not seen: the request lacks an If-Match (or similar) header.",
				PT: "O servidor exige que esta alteração seja condicional, para que você não sobrescreva uma mudança que não viu: falta na requisição um cabeçalho If-Match (ou similar).",
			},
			Fix: []Text{
				{EN: "Fetch the resource, take its ETag and send the update with If-Match: <etag>.", PT: "Busque o recurso, pegue o ETag dele e envie a alteração com If-Match: <etag>."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Without the precondition header the request is refused every time; add it and send again.", PT: "Sem o cabeçalho de pré-condição a requisição é recusada sempre; adicione-o e reenvie."},
			Source:   "RFC 6585, 3",
		}, true
	case 429:
		return StatusInfo{
			Status:   429,
			Category: RateLimit,
			Title:    Text{EN: "Too Many Requests", PT: "Muitas requisições"},
			Meaning: Text{
				EN: "You sent more requests than the rate limit allows in a given time; the request was refused without being processed.",
				PT: "Você enviou mais requisições do que o limite de requisições permite num intervalo de tempo; a requisição foi recusada sem ser processada.",
			},
			Fix: []Text{
				{EN: "Wait for the delay in Retry-After (seconds or an HTTP date) or, failing that, the rate-limit reset header, then send again.", PT: "Espere o prazo do Retry-After (segundos ou uma data HTTP) ou, na falta dele, o do cabeçalho de reset do limite, e então reenvie."},
				{EN: "Spread your calls out: queue them, cache repeated reads, and use the remaining-quota headers to slow down before you hit the limit.", PT: "Distribua suas chamadas: use uma fila, guarde em cache leituras repetidas e use os cabeçalhos de cota restante para desacelerar antes de bater no limite."},
			},
			Retry:    Wait,
			RetryWhy: Text{EN: "The request was not processed, so it is safe to resend, but only after the delay the response states (Retry-After wins over rate-limit headers).", PT: "A requisição não foi processada, então é seguro reenviá-la, mas só depois do prazo que a resposta informa (o Retry-After prevalece sobre os cabeçalhos de limite)."},
			Source:   "RFC 6585, 4",
		}, true
	case 431:
		return StatusInfo{
			Status:   431,
			Category: Validation,
			Title:    Text{EN: "Request Header Fields Too Large", PT: "Cabeçalhos grandes demais"},
			Meaning: Text{
				EN: "The request's headers, all together or a single one, are larger than the server accepts; often a huge cookie or token.",
				PT: "Os cabeçalhos da requisição, somados ou um só, são maiores do que o servidor aceita; muitas vezes um cookie ou token enorme.",
			},
			Fix: []Text{
				{EN: "Remove headers the API does not need (cookies especially) and check no header is being appended over and over.", PT: "Retire cabeçalhos de que a API não precisa (principalmente cookies) e confira se nenhum cabeçalho está sendo acrescentado repetidas vezes."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same headers are refused again; trim them, then send again.", PT: "Os mesmos cabeçalhos são recusados de novo; enxugue-os e reenvie."},
			Source:   "RFC 6585, 5",
		}, true
	case 451:
		return StatusInfo{
			Status:   451,
			Category: Authorization,
			Title:    Text{EN: "Unavailable For Legal Reasons", PT: "Indisponível por motivos legais"},
			Meaning: Text{
				EN: "The server refuses the request because of a legal demand, such as a court order, a sanctions rule or a restriction on the caller's country.",
				PT: "O servidor recusa a requisição por uma exigência legal, como uma ordem judicial, uma regra de sanções ou uma restrição ao país de quem chama.",
			},
			Fix: []Text{
				{EN: "Read the body (and a Link header with rel=\"blocked-by\", if any) for who imposes the block, and take it up with the provider.", PT: "Leia o corpo (e um cabeçalho Link com rel=\"blocked-by\", se houver) para saber quem impõe o bloqueio, e trate do assunto com o provedor."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "A legal block does not lift by resending; the same request will keep failing.", PT: "Um bloqueio legal não cai com reenvios; a mesma requisição vai continuar falhando."},
			Source:   "RFC 7725, 3",
		}, true
	case 500:
		return StatusInfo{
			Status:   500,
			Category: Internal,
			Title:    Text{EN: "Internal Server Error", PT: "Erro interno do servidor"},
			Meaning: Text{
				EN: "The server hit an unexpected failure while handling the request; for a write, it may have failed before or after doing the work.",
				PT: "O servidor teve uma falha inesperada ao tratar a requisição; numa escrita, ela pode ter ocorrido antes ou depois de o trabalho ser feito.",
			},
			Fix: []Text{
				{EN: "For a write (POST, payment, transfer), look the resource up by your reference or idempotency key before sending it again.", PT: "Numa escrita (POST, pagamento, transferência), consulte o recurso pela sua referência ou chave de idempotência antes de reenviar."},
				{EN: "If it persists, send the provider's support the request id from the response headers or body, with the time of the call.", PT: "Se persistir, envie ao suporte do provedor o id da requisição que vem nos cabeçalhos ou no corpo da resposta, com o horário da chamada."},
			},
			Retry:    CheckFirst,
			RetryWhy: Text{EN: "The outcome of a write is unknown, so resending blindly may do it twice; check first, then resend with the same idempotency key (a read may simply be retried with backoff).", PT: "O resultado de uma escrita é desconhecido, então reenviar às cegas pode executá-la duas vezes; consulte antes e reenvie com a mesma chave de idempotência (uma leitura pode simplesmente ser repetida com backoff)."},
			Source:   "RFC 9110, 15.6.1",
		}, true
	case 501:
		return StatusInfo{
			Status:   501,
			Category: Validation,
			Title:    Text{EN: "Not Implemented", PT: "Não implementado"},
			Meaning: Text{
				EN: "The server does not support the functionality the request needs, typically an HTTP method or feature it does not implement at all.",
				PT: "O servidor não oferece a funcionalidade de que a requisição precisa, tipicamente um método HTTP ou recurso que ele não implementa.",
			},
			Fix: []Text{
				{EN: "Check the method and endpoint against the documentation and use one the API supports.", PT: "Confira o método e o endpoint com a documentação e use um que a API suporte."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "The server lacks the feature; the same request will never succeed, so do something else.", PT: "O servidor não tem a funcionalidade; a mesma requisição nunca vai dar certo, então faça outra coisa."},
			Source:   "RFC 9110, 15.6.2",
		}, true
	case 502:
		return StatusInfo{
			Status:   502,
			Category: Upstream,
			Title:    Text{EN: "Bad Gateway", PT: "Resposta inválida do gateway"},
			Meaning: Text{
				EN: "A gateway or proxy in front of the API got an invalid response from the server behind it; the request may or may not have been processed there.",
				PT: "Um gateway ou proxy na frente da API recebeu uma resposta inválida do servidor por trás dele; a requisição pode ter sido processada lá ou não.",
			},
			Fix: []Text{
				{EN: "For a write, look the resource up before sending it again; for a read, retry with backoff.", PT: "Numa escrita, consulte o recurso antes de reenviar; numa leitura, tente de novo com backoff."},
				{EN: "If it persists, check the provider's status page and contact support with the request id.", PT: "Se persistir, veja a página de status do provedor e fale com o suporte informando o id da requisição."},
			},
			Retry:    CheckFirst,
			RetryWhy: Text{EN: "The server behind the gateway may have done the work before its response broke, so check first before resending a write.", PT: "O servidor por trás do gateway pode ter feito o trabalho antes de a resposta falhar, então consulte antes de reenviar uma escrita."},
			Source:   "RFC 9110, 15.6.3",
		}, true
	case 503:
		return StatusInfo{
			Status:   503,
			Category: Unavailable,
			Title:    Text{EN: "Service Unavailable", PT: "Serviço indisponível"},
			Meaning: Text{
				EN: "The server cannot handle the request right now, because of overload or maintenance, and did not process it; this is expected to be temporary.",
				PT: "O servidor não consegue atender a requisição agora, por sobrecarga ou manutenção, e não a processou; a expectativa é que seja temporário.",
			},
			Fix: []Text{
				{EN: "Retry with exponential backoff (1 s, 2 s, 4 s, 8 s), or after the Retry-After delay when the response gives one.", PT: "Tente de novo com backoff exponencial (1 s, 2 s, 4 s, 8 s), ou depois do prazo do Retry-After quando a resposta trouxer um."},
				{EN: "Check the provider's status page for maintenance or an incident.", PT: "Veja na página de status do provedor se há manutenção ou incidente."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "The outage is temporary: retry with backoff, reusing the idempotency key for writes; when Retry-After is given, wait that long instead (it is downtime, not a rate limit), and the request is known not to have been processed.", PT: "A indisponibilidade é temporária: tente de novo com backoff, reaproveitando a chave de idempotência nas escritas; quando vier Retry-After, espere esse prazo (é indisponibilidade, não limite de requisições), e fica claro que a requisição não foi processada."},
			Source:   "RFC 9110, 15.6.4",
		}, true
	case 504:
		return StatusInfo{
			Status:   504,
			Category: Timeout,
			Title:    Text{EN: "Gateway Timeout", PT: "Tempo esgotado no gateway"},
			Meaning: Text{
				EN: "A gateway or proxy in front of the API gave up waiting for the server behind it; that server may still have finished the work afterwards.",
				PT: "Um gateway ou proxy na frente da API desistiu de esperar pelo servidor por trás dele; esse servidor pode ter concluído o trabalho mesmo assim.",
			},
			Fix: []Text{
				{EN: "For a write, look the resource up (by your reference or idempotency key) before sending it again.", PT: "Numa escrita, consulte o recurso (pela sua referência ou chave de idempotência) antes de reenviar."},
				{EN: "If it keeps happening, make the request lighter (smaller batches) or prefer the provider's asynchronous flow or webhooks.", PT: "Se continuar acontecendo, deixe a requisição mais leve (lotes menores) ou prefira o fluxo assíncrono ou os webhooks do provedor."},
			},
			Retry:    CheckFirst,
			RetryWhy: Text{EN: "The outcome is unknown: the work may have been done after the gateway gave up, so check first before resending a write.", PT: "O resultado é desconhecido: o trabalho pode ter sido feito depois que o gateway desistiu, então consulte antes de reenviar uma escrita."},
			Source:   "RFC 9110, 15.6.5",
		}, true
	case 505:
		return StatusInfo{
			Status:   505,
			Category: Validation,
			Title:    Text{EN: "HTTP Version Not Supported", PT: "Versão HTTP não suportada"},
			Meaning: Text{
				EN: "The server does not support the major HTTP version the request used.",
				PT: "O servidor não suporta a versão principal do HTTP usada na requisição.",
			},
			Fix: []Text{
				{EN: "Configure your HTTP client to use HTTP/1.1 (or the version the API documents) instead of forcing another.", PT: "Configure seu cliente HTTP para usar HTTP/1.1 (ou a versão que a API documenta) em vez de forçar outra."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same protocol version is refused every time; change it, then send again.", PT: "A mesma versão do protocolo é recusada sempre; mude-a e reenvie."},
			Source:   "RFC 9110, 15.6.6",
		}, true
	case 507:
		return StatusInfo{
			Status:   507,
			Category: Internal,
			Title:    Text{EN: "Insufficient Storage", PT: "Armazenamento insuficiente"},
			Meaning: Text{
				EN: "The server could not store what it needed to complete the request, so it did not complete it; the condition is meant to be temporary.",
				PT: "O servidor não conseguiu armazenar o que precisava para concluir a requisição, então não a concluiu; a condição deve ser temporária.",
			},
			Fix: []Text{
				{EN: "Retry later with backoff; if the message is about your account's storage quota, free space or raise the quota.", PT: "Tente de novo mais tarde com backoff; se a mensagem fala da cota de armazenamento da sua conta, libere espaço ou aumente a cota."},
				{EN: "If it persists, tell the provider's support, with the request id.", PT: "Se persistir, avise o suporte do provedor, informando o id da requisição."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "The request was not completed and the shortage is temporary; retry with backoff, reusing the idempotency key for writes.", PT: "A requisição não foi concluída e a falta de espaço é temporária; tente de novo com backoff, reaproveitando a chave de idempotência nas escritas."},
			Source:   "RFC 4918, 11.5",
		}, true
	case 508:
		return StatusInfo{
			Status:   508,
			Category: Internal,
			Title:    Text{EN: "Loop Detected", PT: "Loop detectado"},
			Meaning: Text{
				EN: "The server stopped the operation because it found an infinite loop while processing it, as in a WebDAV request with Depth: infinity over circular bindings or a proxy chain that forwards to itself.",
				PT: "O servidor interrompeu a operação porque encontrou um loop infinito ao processá-la, como numa requisição WebDAV com Depth: infinity sobre vínculos circulares ou numa cadeia de proxies que encaminha para si mesma.",
			},
			Fix: []Text{
				{EN: "If you sent Depth: infinity, send a finite depth; otherwise report the loop to the provider's support with the request id.", PT: "Se você enviou Depth: infinity, envie uma profundidade finita; senão, informe o loop ao suporte do provedor com o id da requisição."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "The same request runs into the same loop every time; change it or have the provider fix its configuration.", PT: "A mesma requisição cai no mesmo loop sempre; mude-a ou peça ao provedor que corrija a configuração."},
			Source:   "RFC 5842, 7.2",
		}, true
	case 511:
		return StatusInfo{
			Status:   511,
			Category: Authentication,
			Title:    Text{EN: "Network Authentication Required", PT: "Autenticação de rede obrigatória"},
			Meaning: Text{
				EN: "A network in between, typically a captive portal (hotel or corporate Wi-Fi, an egress proxy), requires you to log in to it; the response did not come from the API.",
				PT: "Uma rede no meio do caminho, tipicamente um portal cativo (Wi-Fi de hotel ou corporativo, um proxy de saída), exige que você se autentique nela; a resposta não veio da API.",
			},
			Fix: []Text{
				{EN: "Log in to the network (open any page in a browser) or configure the proxy credentials for your client, then send again.", PT: "Autentique-se na rede (abra qualquer página num navegador) ou configure as credenciais do proxy no seu cliente e reenvie."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The network keeps intercepting requests until you authenticate to it; the API never saw this one.", PT: "A rede continua interceptando as requisições até você se autenticar nela; a API nunca recebeu esta."},
			Source:   "RFC 6585, 6",
		}, true
	case 520:
		return StatusInfo{
			Status:   520,
			Category: Upstream,
			Title:    Text{EN: "Web Server Returns an Unknown Error", PT: "Servidor de origem retornou um erro desconhecido"},
			Meaning: Text{
				EN: "Cloudflare, in front of the API, got an empty, unknown or unexpected response from the provider's origin server (for example the connection was reset), so the request may have been processed there.",
				PT: "A Cloudflare, na frente da API, recebeu uma resposta vazia, desconhecida ou inesperada do servidor de origem do provedor (por exemplo, a conexão foi redefinida), então a requisição pode ter sido processada lá.",
			},
			Fix: []Text{
				{EN: "For a write, look the resource up before sending it again; for a read, retry with backoff.", PT: "Numa escrita, consulte o recurso antes de reenviar; numa leitura, tente de novo com backoff."},
				{EN: "If it persists, send the provider the Cloudflare Ray ID (the cf-ray response header) and the time of the call.", PT: "Se persistir, envie ao provedor o Ray ID da Cloudflare (cabeçalho de resposta cf-ray) e o horário da chamada."},
			},
			Retry:    CheckFirst,
			RetryWhy: Text{EN: "The origin received the request and its response broke, so a write may have been done; check first before resending.", PT: "A origem recebeu a requisição e a resposta dela falhou, então uma escrita pode ter sido feita; consulte antes de reenviar."},
			Source:   cloudflare5xx + " (Error 520)",
		}, true
	case 521:
		return StatusInfo{
			Status:   521,
			Category: Upstream,
			Title:    Text{EN: "Web Server Is Down", PT: "Servidor de origem fora do ar"},
			Meaning: Text{
				EN: "Cloudflare, in front of the API, could not connect to the provider's origin server: it refused the connection or is down, so the request never reached it.",
				PT: "A Cloudflare, na frente da API, não conseguiu se conectar ao servidor de origem do provedor: ele recusou a conexão ou está fora do ar, então a requisição nunca chegou a ele.",
			},
			Fix: []Text{
				{EN: "Retry with backoff and check the provider's status page; the fix is on the provider's side.", PT: "Tente de novo com backoff e veja a página de status do provedor; a correção é do lado do provedor."},
				{EN: "If it persists, tell the provider, with the Cloudflare Ray ID (cf-ray header).", PT: "Se persistir, avise o provedor, informando o Ray ID da Cloudflare (cabeçalho cf-ray)."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "The request never reached the origin, so resending is safe; retry with backoff until it is back.", PT: "A requisição nunca chegou à origem, então reenviar é seguro; tente de novo com backoff até ela voltar."},
			Source:   cloudflare5xx + " (Error 521)",
		}, true
	case 522:
		return StatusInfo{
			Status:   522,
			Category: Upstream,
			Title:    Text{EN: "Connection Timed Out", PT: "Tempo de conexão esgotado"},
			Meaning: Text{
				EN: "Cloudflare, in front of the API, timed out trying to connect to the provider's origin server, which is overloaded or unreachable, so the request did not get through.",
				PT: "A Cloudflare, na frente da API, esgotou o tempo tentando se conectar ao servidor de origem do provedor, que está sobrecarregado ou inacessível, então a requisição não foi entregue.",
			},
			Fix: []Text{
				{EN: "Retry with backoff and check the provider's status page; the fix is on the provider's side.", PT: "Tente de novo com backoff e veja a página de status do provedor; a correção é do lado do provedor."},
				{EN: "If it persists, tell the provider, with the Cloudflare Ray ID (cf-ray header).", PT: "Se persistir, avise o provedor, informando o Ray ID da Cloudflare (cabeçalho cf-ray)."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "The connection to the origin was never made, so the request was not processed; retry with backoff, reusing the idempotency key for writes.", PT: "A conexão com a origem nunca se estabeleceu, então a requisição não foi processada; tente de novo com backoff, reaproveitando a chave de idempotência nas escritas."},
			Source:   cloudflare5xx + " (Error 522)",
		}, true
	case 523:
		return StatusInfo{
			Status:   523,
			Category: Upstream,
			Title:    Text{EN: "Origin Is Unreachable", PT: "Origem inacessível"},
			Meaning: Text{
				EN: "Cloudflare, in front of the API, cannot reach the provider's origin server at all, typically because of a DNS or network routing problem, so the request never reached it.",
				PT: "A Cloudflare, na frente da API, não consegue alcançar o servidor de origem do provedor, tipicamente por um problema de DNS ou de roteamento de rede, então a requisição nunca chegou a ele.",
			},
			Fix: []Text{
				{EN: "Retry with backoff and check the provider's status page; the fix is on the provider's side.", PT: "Tente de novo com backoff e veja a página de status do provedor; a correção é do lado do provedor."},
				{EN: "If it persists, tell the provider, with the Cloudflare Ray ID (cf-ray header).", PT: "Se persistir, avise o provedor, informando o Ray ID da Cloudflare (cabeçalho cf-ray)."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "The request never reached the origin, so resending is safe; retry with backoff until the route is restored.", PT: "A requisição nunca chegou à origem, então reenviar é seguro; tente de novo com backoff até a rota ser restabelecida."},
			Source:   cloudflare5xx + " (Error 523)",
		}, true
	case 524:
		return StatusInfo{
			Status:   524,
			Category: Timeout,
			Title:    Text{EN: "A Timeout Occurred", PT: "Tempo de resposta esgotado"},
			Meaning: Text{
				EN: "Cloudflare connected to the provider's origin and passed on the request, but got no HTTP response in time (100 seconds by default); the origin may still have finished the work.",
				PT: "A Cloudflare se conectou à origem do provedor e repassou a requisição, mas não recebeu resposta HTTP a tempo (100 segundos por padrão); a origem pode ter concluído o trabalho mesmo assim.",
			},
			Fix: []Text{
				{EN: "For a write, look the resource up (by your reference or idempotency key) before sending it again.", PT: "Numa escrita, consulte o recurso (pela sua referência ou chave de idempotência) antes de reenviar."},
				{EN: "If it keeps happening, make the request lighter (smaller batches) or use the provider's asynchronous flow or webhooks.", PT: "Se continuar acontecendo, deixe a requisição mais leve (lotes menores) ou use o fluxo assíncrono ou os webhooks do provedor."},
			},
			Retry:    CheckFirst,
			RetryWhy: Text{EN: "The origin received the request and may have processed it after Cloudflare gave up; the outcome of a write is unknown, so check first.", PT: "A origem recebeu a requisição e pode tê-la processado depois que a Cloudflare desistiu; o resultado de uma escrita é desconhecido, então consulte antes."},
			Source:   cloudflare5xx + " (Error 524)",
		}, true
	case 525:
		return StatusInfo{
			Status:   525,
			Category: Upstream,
			Title:    Text{EN: "SSL Handshake Failed", PT: "Falha no handshake SSL"},
			Meaning: Text{
				EN: "Cloudflare, in front of the API, could not complete the TLS handshake with the provider's origin server, so the request was never passed on.",
				PT: "A Cloudflare, na frente da API, não conseguiu concluir o handshake TLS com o servidor de origem do provedor, então a requisição nunca foi repassada.",
			},
			Fix: []Text{
				{EN: "Nothing to change on your side: retry with backoff and tell the provider, with the Cloudflare Ray ID (cf-ray header), if it persists.", PT: "Não há nada a mudar do seu lado: tente de novo com backoff e, se persistir, avise o provedor informando o Ray ID da Cloudflare (cabeçalho cf-ray)."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "The request never reached the origin, so resending is safe; it succeeds once the provider fixes its TLS setup.", PT: "A requisição nunca chegou à origem, então reenviar é seguro; ela vai passar quando o provedor corrigir a configuração TLS."},
			Source:   cloudflare5xx + " (Error 525)",
		}, true
	case 526:
		return StatusInfo{
			Status:   526,
			Category: Upstream,
			Title:    Text{EN: "Invalid SSL Certificate", PT: "Certificado SSL inválido"},
			Meaning: Text{
				EN: "Cloudflare, in front of the API, could not validate the provider's origin certificate (expired, self-signed or for another host name), so the request was never passed on.",
				PT: "A Cloudflare, na frente da API, não conseguiu validar o certificado da origem do provedor (expirado, autoassinado ou de outro nome de host), então a requisição nunca foi repassada.",
			},
			Fix: []Text{
				{EN: "Nothing to change on your side: tell the provider, with the Cloudflare Ray ID (cf-ray header), and retry with backoff.", PT: "Não há nada a mudar do seu lado: avise o provedor, informando o Ray ID da Cloudflare (cabeçalho cf-ray), e tente de novo com backoff."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "The request never reached the origin, so resending is safe; it succeeds once the provider renews or fixes its certificate.", PT: "A requisição nunca chegou à origem, então reenviar é seguro; ela vai passar quando o provedor renovar ou corrigir o certificado."},
			Source:   cloudflare5xx + " (Error 526)",
		}, true
	}
	switch {
	case status >= 400 && status <= 499:
		return StatusInfo{
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Client error", PT: "Erro do cliente"},
			Meaning: Text{
				EN: "A 4xx status says the server thinks the request itself is at fault and did not carry it out; this particular code has no standard meaning decifra knows.",
				PT: "Um status 4xx diz que o servidor considera que o problema está na própria requisição e não a executou; este código em particular não tem um significado padrão que o decifra conheça.",
			},
			Fix: []Text{
				{EN: "Read the error body and the provider's documentation for this status.", PT: "Leia o corpo do erro e a documentação do provedor para este status."},
				{EN: "Correct the request (data, credentials, headers) accordingly, then send it again.", PT: "Corrija a requisição (dados, credenciais, cabeçalhos) conforme indicado e reenvie."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "A client error repeats until the request changes; fix it before sending again.", PT: "Um erro do cliente se repete até a requisição mudar; corrija-a antes de reenviar."},
			Source:   "RFC 9110, 15.5",
		}, true
	case status >= 500 && status <= 599:
		return StatusInfo{
			Status:   500,
			Category: Internal,
			Title:    Text{EN: "Server error", PT: "Erro do servidor"},
			Meaning: Text{
				EN: "A 5xx status says the server, or something behind it, failed while handling a request it may have accepted; this particular code has no standard meaning decifra knows.",
				PT: "Um status 5xx diz que o servidor, ou algo por trás dele, falhou ao tratar uma requisição que pode ter aceitado; este código em particular não tem um significado padrão que o decifra conheça.",
			},
			Fix: []Text{
				{EN: "For a write, look the resource up (by your reference or idempotency key) before sending it again; a read may be retried with backoff.", PT: "Numa escrita, consulte o recurso (pela sua referência ou chave de idempotência) antes de reenviar; uma leitura pode ser repetida com backoff."},
				{EN: "If it persists, check the provider's status page and contact support with the request id.", PT: "Se persistir, veja a página de status do provedor e fale com o suporte informando o id da requisição."},
			},
			Retry:    CheckFirst,
			RetryWhy: Text{EN: "Whether a write was carried out is unknown, so resending blindly may do it twice; check first.", PT: "Não se sabe se uma escrita foi executada, então reenviar às cegas pode executá-la duas vezes; consulte antes."},
			Source:   "RFC 9110, 15.6",
		}, true
	}
	return StatusInfo{}, false
}
