//go:build !textpack

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
// A table, not a map: nothing is built at start-up.
func HTTPStatus(status int) (StatusInfo, bool) {
	for i := range httpStatuses {
		if httpStatuses[i].Status == status {
			return httpStatuses[i], true
		}
	}
	switch {
	case status >= 400 && status <= 499:
		return httpClasses[0], true
	case status >= 500 && status <= 599:
		return httpClasses[1], true
	}
	return StatusInfo{}, false
}

// httpStatuses are the statuses HTTPStatus knows, and httpClasses its fallbacks for the
// other 4xx and 5xx codes: data the linker lays out, nothing built at start-up or on a
// call (a switch that built each StatusInfo was 8 KB of the Worker's code).
var httpStatuses = [...]StatusInfo{
	{
		Status:   400,
		Category: Validation,
		Title:    Text{EN: "Bad Request", PT: "Requisição inválida", ES: "Solicitud incorrecta"},
		Meaning: Text{
			EN: "The server will not process the request because it sees a client error in it: malformed JSON, a missing or badly typed field, an invalid parameter or header.",
			PT: "O servidor não vai processar a requisição porque vê nela um erro do cliente: JSON malformado, campo ausente ou com tipo errado, parâmetro ou cabeçalho inválido.",
			ES: "El servidor no procesará la solicitud porque ve en ella un error del cliente: JSON mal formado, un campo faltante o de tipo incorrecto, un parámetro o encabezado inválido.",
		},
		Fix: []Text{
			{EN: "Read the error body: it usually names the field or parameter at fault.", PT: "Leia o corpo do erro: ele costuma indicar o campo ou parâmetro com problema.", ES: "Lea el cuerpo del error: suele indicar el campo o parámetro que falla."},
			{EN: "Check the body is valid JSON sent with Content-Type: application/json, and that every field matches the documented type and format.", PT: "Confira se o corpo é um JSON válido enviado com Content-Type: application/json e se cada campo segue o tipo e o formato documentados.", ES: "Verifique que el cuerpo sea JSON válido enviado con Content-Type: application/json, y que cada campo coincida con el tipo y el formato documentados."},
			{EN: "If the API uses idempotency keys, check whether it requires one on this request (a missing Idempotency-Key is often a 400).", PT: "Se a API usa chaves de idempotência, veja se ela exige uma nesta requisição (a falta da Idempotency-Key costuma dar 400).", ES: "Si la API usa claves de idempotencia, verifique si exige una en esta solicitud (la falta de un Idempotency-Key suele dar un 400)."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "The same request will be refused again; correct it and send it again.", PT: "A mesma requisição será recusada de novo; corrija-a e reenvie.", ES: "La misma solicitud volverá a ser rechazada; corríjala y vuelva a enviarla."},
		Source:   "RFC 9110, 15.5.1",
	},
	{
		Status:   401,
		Category: Authentication,
		Title:    Text{EN: "Unauthorized", PT: "Não autenticado", ES: "No autenticado"},
		Meaning: Text{
			EN: "The request lacks valid credentials: the API key or token is missing, mistyped, expired or revoked, so the server does not know who is calling.",
			PT: "A requisição não tem credenciais válidas: a chave de API ou o token está ausente, digitado errado, expirado ou revogado, então o servidor não sabe quem está chamando.",
			ES: "La solicitud no tiene credenciales válidas: la clave de API o el token falta, está mal escrito, venció o fue revocado, así que el servidor no sabe quién llama.",
		},
		Fix: []Text{
			{EN: "Send the credentials in the header the API documents (e.g. Authorization: Bearer <token>); the WWW-Authenticate response header, when present, says which scheme it expects.", PT: "Envie as credenciais no cabeçalho que a API documenta (p. ex. Authorization: Bearer <token>); o cabeçalho de resposta WWW-Authenticate, quando vem, diz qual esquema ela espera.", ES: "Envíe las credenciales en el encabezado que documenta la API (p. ej., Authorization: Bearer <token>); el encabezado de respuesta WWW-Authenticate, cuando está presente, indica qué esquema espera."},
			{EN: "Check the key belongs to the environment you call (sandbox or production) and has no extra spaces or line breaks.", PT: "Confira se a chave é do ambiente que você está chamando (sandbox ou produção) e se não tem espaços ou quebras de linha sobrando.", ES: "Verifique que la clave corresponda al entorno al que llama (sandbox o producción) y que no tenga espacios ni saltos de línea de más."},
			{EN: "If the token expired, obtain a new one (refresh the OAuth token) and send the request again.", PT: "Se o token expirou, obtenha um novo (renove o token OAuth) e reenvie a requisição.", ES: "Si el token venció, obtenga uno nuevo (renueve el token OAuth) y vuelva a enviar la solicitud."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "Every attempt with the same credentials is rejected; fix or renew them, then send the request again.", PT: "Toda tentativa com as mesmas credenciais é recusada; corrija ou renove-as e reenvie a requisição.", ES: "Todo intento con las mismas credenciales se rechaza; corríjalas o renuévelas y luego vuelva a enviar la solicitud."},
		Source:   "RFC 9110, 15.5.2",
	},
	{
		Status:   402,
		Category: Business,
		Title:    Text{EN: "Payment Required", PT: "Pagamento necessário", ES: "Pago requerido"},
		Meaning: Text{
			EN: "HTTP reserves 402 for future use, but payment APIs (Stripe among them) send it when the parameters were valid yet the request failed, typically a card decline or insufficient funds; other services send it when your own account's plan or billing is unpaid.",
			PT: "O HTTP reserva o 402 para uso futuro, mas APIs de pagamento (a Stripe entre elas) o enviam quando os parâmetros eram válidos e mesmo assim a requisição falhou, tipicamente um cartão recusado ou saldo insuficiente; outros serviços o enviam quando o plano ou a fatura da sua própria conta está em aberto.", ES: "HTTP reserva el 402 para uso futuro, pero las API de pagos (entre ellas Stripe) lo envían cuando los parámetros eran válidos pero la solicitud falló, normalmente por un rechazo de la tarjeta o saldo insuficiente; otros servicios lo envían cuando el plan o la facturación de su propia cuenta están impagos."},
		Fix: []Text{
			{EN: "Read the error body for the decline or failure reason (Stripe: error.code and error.decline_code).", PT: "Leia no corpo do erro o motivo da recusa ou da falha (na Stripe: error.code e error.decline_code).", ES: "Lea en el cuerpo del error el motivo del rechazo o de la falla (Stripe: error.code y error.decline_code)."},
			{EN: "Ask the customer for another payment method, or to contact their bank, rather than resending the same charge.", PT: "Peça ao cliente outro meio de pagamento, ou que fale com o banco dele, em vez de reenviar a mesma cobrança.", ES: "Pida al cliente otro medio de pago, o que se comunique con su banco, en lugar de reenviar el mismo cobro."},
			{EN: "If the message is about your account's billing or plan, settle it with the provider.", PT: "Se a mensagem fala da cobrança ou do plano da sua conta, regularize com o provedor.", ES: "Si el mensaje se refiere a la facturación o al plan de su cuenta, regularícelo con el proveedor."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "The same payment details will fail the same way; change the payment method or settle the account, then send it again.", PT: "Os mesmos dados de pagamento vão falhar do mesmo jeito; troque o meio de pagamento ou regularize a conta e reenvie.", ES: "Los mismos datos de pago fallarán de la misma forma; cambie el medio de pago o regularice la cuenta y luego vuelva a enviar."},
		Source:   "RFC 9110, 15.5.3; https://docs.stripe.com/api/errors (402 Request Failed)",
	},
	{
		Status:   403,
		Category: Authorization,
		Title:    Text{EN: "Forbidden", PT: "Acesso proibido", ES: "Prohibido"},
		Meaning: Text{
			EN: "The server understood who is calling but refuses the request: the key lacks the permission or scope, the caller's IP is not allowed, or the account is not enabled for this operation.",
			PT: "O servidor entendeu quem está chamando, mas recusa a requisição: a chave não tem a permissão ou o escopo, o IP de origem não está liberado, ou a conta não está habilitada para esta operação.",
			ES: "El servidor entendió quién llama pero rechaza la solicitud: la clave no tiene el permiso o el scope necesario, la IP de origen no está permitida, o la cuenta no está habilitada para esta operación.",
		},
		Fix: []Text{
			{EN: "Check the scopes or permissions of the key against what the endpoint requires, and use a key that has them.", PT: "Compare os escopos ou permissões da chave com o que o endpoint exige e use uma chave que os tenha.", ES: "Compare los alcances o permisos de la clave con lo que exige el endpoint, y use una clave que los tenga."},
			{EN: "If the API restricts source IPs, add your server's outgoing IP to the allowed list.", PT: "Se a API restringe IPs de origem, inclua o IP de saída do seu servidor na lista de liberados.", ES: "Si la API restringe las IP de origen, agregue la IP de salida de su servidor a la lista de permitidas."},
			{EN: "If the account or product is not enabled, ask the provider to enable it.", PT: "Se a conta ou o produto não está habilitado, peça ao provedor para habilitá-lo.", ES: "Si la cuenta o el producto no está habilitado, pida al proveedor que lo habilite."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "Resending with the same credentials is refused again; the permission must change first.", PT: "Reenviar com as mesmas credenciais é recusado de novo; a permissão precisa mudar antes.", ES: "Reenviar con las mismas credenciales vuelve a ser rechazado; primero tiene que cambiar el permiso."},
		Source:   "RFC 9110, 15.5.4",
	},
	{
		Status:   404,
		Category: NotFound,
		Title:    Text{EN: "Not Found", PT: "Não encontrado", ES: "No encontrado"},
		Meaning: Text{
			EN: "The server found nothing at this URL: the path is wrong, the resource id does not exist, or it exists but not for this account or environment (some APIs answer 404 rather than 403 to hide it).",
			PT: "O servidor não encontrou nada nesta URL: o caminho está errado, o id do recurso não existe, ou existe, mas não para esta conta ou ambiente (algumas APIs respondem 404 em vez de 403 para escondê-lo).",
			ES: "El servidor no encontró nada en esta URL: la ruta es incorrecta, el id del recurso no existe, o existe pero no para esta cuenta o este entorno (algunas API responden 404 en lugar de 403 para ocultarlo).",
		},
		Fix: []Text{
			{EN: "Check the base URL, API version and path against the documentation.", PT: "Confira a URL base, a versão da API e o caminho com a documentação.", ES: "Compare la URL base, la versión de la API y la ruta con la documentación."},
			{EN: "Check the id was created with the same account and in the same environment (sandbox or production) you are calling now.", PT: "Confira se o id foi criado com a mesma conta e no mesmo ambiente (sandbox ou produção) que você está chamando agora.", ES: "Verifique que el id se haya creado con la misma cuenta y en el mismo entorno (sandbox o producción) al que llama ahora."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "The resource will not appear by resending; correct the URL or id first.", PT: "O recurso não vai aparecer reenviando; corrija a URL ou o id antes.", ES: "El recurso no aparecerá por reenviar; primero corrija la URL o el id."},
		Source:   "RFC 9110, 15.5.5",
	},
	{
		Status:   405,
		Category: Validation,
		Title:    Text{EN: "Method Not Allowed", PT: "Método não permitido", ES: "Método no permitido"},
		Meaning: Text{
			EN: "The URL exists but does not accept this HTTP method, e.g. a POST to an endpoint that only takes GET; often the sign of a wrong path.",
			PT: "A URL existe, mas não aceita este método HTTP, p. ex. um POST num endpoint que só aceita GET; muitas vezes é sinal de caminho errado.",
			ES: "La URL existe pero no acepta este método HTTP, p. ej., un POST a un endpoint que solo acepta GET; suele ser señal de una ruta equivocada.",
		},
		Fix: []Text{
			{EN: "Use one of the methods listed in the Allow response header.", PT: "Use um dos métodos listados no cabeçalho de resposta Allow.", ES: "Use uno de los métodos indicados en el encabezado de respuesta Allow."},
			{EN: "Check the path against the documentation: the endpoint you meant may live at another URL.", PT: "Confira o caminho com a documentação: o endpoint que você queria pode estar em outra URL.", ES: "Compare la ruta con la documentación: el endpoint que buscaba puede estar en otra URL."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "The endpoint refuses this method every time; change the method or URL first.", PT: "O endpoint recusa este método sempre; mude o método ou a URL antes.", ES: "El endpoint rechaza este método siempre; primero cambie el método o la URL."},
		Source:   "RFC 9110, 15.5.6",
	},
	{
		Status:   406,
		Category: Validation,
		Title:    Text{EN: "Not Acceptable", PT: "Não aceitável", ES: "No aceptable"},
		Meaning: Text{
			EN: "The server cannot produce a response in any format the request's Accept headers allow (Accept, Accept-Language, Accept-Encoding).",
			PT: "O servidor não consegue gerar uma resposta em nenhum formato que os cabeçalhos Accept da requisição permitem (Accept, Accept-Language, Accept-Encoding).",
			ES: "El servidor no puede producir una respuesta en ningún formato que permitan los encabezados Accept de la solicitud (Accept, Accept-Language, Accept-Encoding).",
		},
		Fix: []Text{
			{EN: "Send Accept: application/json (or the media type the API documents), or drop the Accept header.", PT: "Envie Accept: application/json (ou o tipo de mídia que a API documenta), ou retire o cabeçalho Accept.", ES: "Envíe Accept: application/json (o el tipo de medio que documenta la API), o quite el encabezado Accept."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "The same headers get the same refusal; change them, then send the request again.", PT: "Os mesmos cabeçalhos recebem a mesma recusa; mude-os e reenvie a requisição.", ES: "Los mismos encabezados reciben el mismo rechazo; cámbielos y luego vuelva a enviar la solicitud."},
		Source:   "RFC 9110, 15.5.7",
	},
	{
		Status:   408,
		Category: Timeout,
		Title:    Text{EN: "Request Timeout", PT: "Tempo da requisição esgotado", ES: "Tiempo de espera de la solicitud agotado"},
		Meaning: Text{
			EN: "The server did not receive the complete request within the time it was prepared to wait, so it did not process it and usually closed the connection.",
			PT: "O servidor não recebeu a requisição completa dentro do tempo que estava disposto a esperar, então não a processou e normalmente fechou a conexão.",
			ES: "El servidor no recibió la solicitud completa dentro del tiempo que estaba dispuesto a esperar, así que no la procesó y normalmente cerró la conexión.",
		},
		Fix: []Text{
			{EN: "Resend on a new connection; if it repeats, look for a slow network, a proxy holding the body, or a body far larger than needed.", PT: "Reenvie numa nova conexão; se repetir, procure uma rede lenta, um proxy segurando o corpo ou um corpo muito maior que o necessário.", ES: "Vuelva a enviar en una conexión nueva; si se repite, busque una red lenta, un proxy que retiene el cuerpo o un cuerpo mucho más grande de lo necesario."},
		},
		Retry:    Backoff,
		RetryWhy: Text{EN: "The server did not process the request, so resending it is safe; retry with backoff on a new connection.", PT: "O servidor não processou a requisição, então reenviá-la é seguro; tente de novo com backoff numa nova conexão.", ES: "El servidor no procesó la solicitud, así que reenviarla es seguro; reintente con backoff en una conexión nueva."},
		Source:   "RFC 9110, 15.5.9",
	},
	{
		Status:   409,
		Category: Conflict,
		Title:    Text{EN: "Conflict", PT: "Conflito", ES: "Conflicto"},
		Meaning: Text{
			EN: "The request conflicts with the resource's current state: it already exists (a duplicate reference), another change got there first, or a request with the same idempotency key is still being processed.",
			PT: "A requisição conflita com o estado atual do recurso: ele já existe (referência duplicada), outra alteração chegou antes, ou uma requisição com a mesma chave de idempotência ainda está em processamento.",
			ES: "La solicitud entra en conflicto con el estado actual del recurso: ya existe (una referencia duplicada), otro cambio llegó primero, o una solicitud con la misma clave de idempotencia todavía se está procesando.",
		},
		Fix: []Text{
			{EN: "Read the error body to see which conflict it is, and fetch the resource's current state.", PT: "Leia o corpo do erro para ver qual é o conflito e consulte o estado atual do recurso.", ES: "Lea el cuerpo del error para saber de qué conflicto se trata, y consulte el estado actual del recurso."},
			{EN: "For a duplicate, use the resource that already exists or send a new unique reference; for a concurrent change, reapply yours to the current version.", PT: "Se for duplicidade, use o recurso que já existe ou envie uma nova referência única; se for alteração concorrente, reaplique a sua sobre a versão atual.", ES: "Si es un duplicado, use el recurso que ya existe o envíe una nueva referencia única; si es un cambio concurrente, vuelva a aplicar el suyo sobre la versión actual."},
			{EN: "If the same idempotency key is still in flight, wait and retry with the same key; do not generate a new key.", PT: "Se a mesma chave de idempotência ainda está em andamento, espere e tente de novo com a mesma chave; não gere uma chave nova.", ES: "Si la misma clave de idempotencia todavía está en curso, espere y reintente con la misma clave; no genere una clave nueva."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "A conflict with the resource's state must be resolved before resending; but when the conflict is an idempotency key whose first request is still processing, that request may yet succeed: retry later with backoff and the same key.", PT: "Um conflito com o estado do recurso precisa ser resolvido antes de reenviar; mas quando o conflito é uma chave de idempotência cuja primeira requisição ainda está em processamento, essa requisição ainda pode dar certo: tente de novo mais tarde com backoff e a mesma chave.", ES: "Un conflicto con el estado del recurso debe resolverse antes de reenviar; pero cuando el conflicto es una clave de idempotencia cuya primera solicitud todavía se está procesando, esa solicitud aún puede tener éxito: reintente más tarde con backoff y la misma clave."},
		Source:   "RFC 9110, 15.5.10",
	},
	{
		Status:   410,
		Category: StateCategory,
		Title:    Text{EN: "Gone", PT: "Não existe mais", ES: "Ya no existe"},
		Meaning: Text{
			EN: "The resource existed but has been removed for good, or the endpoint or API version has been retired, and the server expects this to be permanent.",
			PT: "O recurso existiu, mas foi removido de vez, ou o endpoint ou a versão da API foi descontinuado, e o servidor considera isso permanente.",
			ES: "El recurso existió pero se eliminó definitivamente, o el endpoint o la versión de la API se dio de baja, y el servidor espera que esto sea permanente.",
		},
		Fix: []Text{
			{EN: "Stop using this URL: remove references to the resource, or move to the replacement endpoint or API version the provider documents.", PT: "Pare de usar esta URL: remova as referências ao recurso ou migre para o endpoint ou a versão da API que o provedor indica como substituto.", ES: "Deje de usar esta URL: quite las referencias al recurso, o migre al endpoint o la versión de la API de reemplazo que documenta el proveedor."},
		},
		Retry:    None,
		RetryWhy: Text{EN: "The removal is permanent; the same request will never succeed.", PT: "A remoção é permanente; a mesma requisição nunca vai dar certo.", ES: "La eliminación es permanente; la misma solicitud nunca tendrá éxito."},
		Source:   "RFC 9110, 15.5.11",
	},
	{
		Status:   411,
		Category: Validation,
		Title:    Text{EN: "Length Required", PT: "Content-Length obrigatório", ES: "Content-Length requerido"},
		Meaning: Text{
			EN: "The server refuses a request body sent without a Content-Length header (for example a chunked upload).",
			PT: "O servidor recusa um corpo de requisição enviado sem o cabeçalho Content-Length (por exemplo, um envio em chunks).",
			ES: "El servidor rechaza un cuerpo de solicitud enviado sin encabezado Content-Length (por ejemplo, una carga por chunks).",
		},
		Fix: []Text{
			{EN: "Send the body with a Content-Length header instead of chunked transfer encoding; an empty POST needs Content-Length: 0.", PT: "Envie o corpo com o cabeçalho Content-Length em vez de chunked transfer encoding; um POST vazio precisa de Content-Length: 0.", ES: "Envíe el cuerpo con un encabezado Content-Length en lugar de transfer encoding chunked; un POST vacío necesita Content-Length: 0."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "Without the header the request is refused every time; add it and send again.", PT: "Sem o cabeçalho a requisição é recusada sempre; adicione-o e reenvie.", ES: "Sin el encabezado, la solicitud se rechaza siempre; agréguelo y vuelva a enviar."},
		Source:   "RFC 9110, 15.5.12",
	},
	{
		Status:   412,
		Category: Conflict,
		Title:    Text{EN: "Precondition Failed", PT: "Pré-condição falhou", ES: "Falló la precondición"},
		Meaning: Text{
			EN: "A condition in the request headers (If-Match, If-Unmodified-Since) was false: the resource changed since you last read it, so your update was not applied.",
			PT: "Uma condição nos cabeçalhos da requisição (If-Match, If-Unmodified-Since) era falsa: o recurso mudou desde a sua última leitura, então a sua alteração não foi aplicada.",
			ES: "Una condición de los encabezados de la solicitud (If-Match, If-Unmodified-Since) resultó falsa: el recurso cambió desde la última vez que lo leyó, así que su actualización no se aplicó.",
		},
		Fix: []Text{
			{EN: "Fetch the resource again to get its current ETag, reapply your change to that version, and send it with the new If-Match.", PT: "Busque o recurso de novo para obter o ETag atual, reaplique a sua alteração sobre essa versão e envie com o novo If-Match.", ES: "Vuelva a consultar el recurso para obtener su ETag actual, vuelva a aplicar su cambio sobre esa versión y envíelo con el nuevo If-Match."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "The same precondition stays false; update it from the current version of the resource, then send again.", PT: "A mesma pré-condição continua falsa; atualize-a a partir da versão atual do recurso e reenvie.", ES: "La misma precondición sigue siendo falsa; actualícela a partir de la versión actual del recurso y luego vuelva a enviar."},
		Source:   "RFC 9110, 15.5.13",
	},
	{
		Status:   413,
		Category: Validation,
		Title:    Text{EN: "Content Too Large", PT: "Conteúdo grande demais", ES: "Contenido demasiado grande"},
		Meaning: Text{
			EN: "The request body is larger than the server (or a proxy in front of it) is willing to process.",
			PT: "O corpo da requisição é maior do que o servidor (ou um proxy na frente dele) aceita processar.",
			ES: "El cuerpo de la solicitud es más grande de lo que el servidor (o un proxy delante de él) está dispuesto a procesar.",
		},
		Fix: []Text{
			{EN: "Check the documented size limit and send less: split a batch into smaller ones, or compress or resize the file.", PT: "Veja o limite de tamanho documentado e envie menos: divida um lote em lotes menores, ou comprima ou reduza o arquivo.", ES: "Consulte el límite de tamaño documentado y envíe menos: divida un lote en lotes más pequeños, o comprima o reduzca el archivo."},
			{EN: "If the response has Retry-After, the limit is temporary and you may try again after that delay.", PT: "Se a resposta tiver Retry-After, o limite é temporário e você pode tentar de novo depois desse prazo.", ES: "Si la respuesta trae Retry-After, el límite es temporal y puede volver a intentar después de ese tiempo."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "The same body is refused again; make it smaller, then send it again.", PT: "O mesmo corpo é recusado de novo; diminua-o e reenvie.", ES: "El mismo cuerpo vuelve a ser rechazado; redúzcalo y luego vuelva a enviarlo."},
		Source:   "RFC 9110, 15.5.14",
	},
	{
		Status:   414,
		Category: Validation,
		Title:    Text{EN: "URI Too Long", PT: "URI longa demais", ES: "URI demasiado larga"},
		Meaning: Text{
			EN: "The URL, usually its query string, is longer than the server will interpret: too many filters or ids, or data that belongs in the body.",
			PT: "A URL, geralmente a query string, é mais longa do que o servidor aceita interpretar: filtros ou ids demais, ou dados que deveriam ir no corpo.",
			ES: "La URL, normalmente su query string, es más larga de lo que el servidor interpreta: demasiados filtros o ids, o datos que deberían ir en el cuerpo.",
		},
		Fix: []Text{
			{EN: "Shorten the query: fewer ids per call, paginate, or send the data in a POST body if the API offers one.", PT: "Encurte a query: menos ids por chamada, use paginação, ou envie os dados no corpo de um POST se a API oferecer.", ES: "Acorte la consulta: menos ids por llamada, use paginación, o envíe los datos en el cuerpo de un POST si la API lo ofrece."},
			{EN: "Check for a redirect loop that keeps appending to the URL.", PT: "Verifique se não há um loop de redirecionamento que vai aumentando a URL.", ES: "Busque un bucle de redirecciones que siga agregando contenido a la URL."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "The same URL is refused again; shorten it first.", PT: "A mesma URL é recusada de novo; encurte-a antes.", ES: "La misma URL vuelve a ser rechazada; primero acórtela."},
		Source:   "RFC 9110, 15.5.15",
	},
	{
		Status:   415,
		Category: Validation,
		Title:    Text{EN: "Unsupported Media Type", PT: "Tipo de mídia não suportado", ES: "Tipo de medio no soportado"},
		Meaning: Text{
			EN: "The server does not accept the body's format: the Content-Type or Content-Encoding is missing or not one the endpoint takes (e.g. form data sent to a JSON API).",
			PT: "O servidor não aceita o formato do corpo: o Content-Type ou o Content-Encoding está ausente ou não é um que o endpoint aceita (p. ex. dados de formulário enviados a uma API JSON).",
			ES: "El servidor no acepta el formato del cuerpo: falta el Content-Type o el Content-Encoding, o no es uno que el endpoint acepte (p. ej., datos de formulario enviados a una API JSON).",
		},
		Fix: []Text{
			{EN: "Send Content-Type: application/json (or the type the endpoint documents) and a body actually in that format.", PT: "Envie Content-Type: application/json (ou o tipo que o endpoint documenta) e um corpo de fato nesse formato.", ES: "Envíe Content-Type: application/json (o el tipo que documenta el endpoint) y un cuerpo que realmente esté en ese formato."},
			{EN: "If the response has an Accept or Accept-Encoding header, use one of the formats it lists.", PT: "Se a resposta trouxer um cabeçalho Accept ou Accept-Encoding, use um dos formatos que ele lista.", ES: "Si la respuesta trae un encabezado Accept o Accept-Encoding, use uno de los formatos que indica."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "The same format is refused every time; change it, then send again.", PT: "O mesmo formato é recusado sempre; mude-o e reenvie.", ES: "El mismo formato se rechaza siempre; cámbielo y luego vuelva a enviar."},
		Source:   "RFC 9110, 15.5.16",
	},
	{
		Status:   422,
		Category: Validation,
		Title:    Text{EN: "Unprocessable Content", PT: "Conteúdo não processável", ES: "Contenido no procesable"},
		Meaning: Text{
			EN: "The body is well-formed and of the right type, but its content breaks the API's rules: an invalid document number, an amount out of range, a date in the past, or an idempotency key reused with a different body.",
			PT: "O corpo está bem formado e no tipo certo, mas o conteúdo viola as regras da API: um CPF/CNPJ inválido, um valor fora do intervalo, uma data no passado, ou uma chave de idempotência reutilizada com outro corpo.",
			ES: "El cuerpo está bien formado y es del tipo correcto, pero su contenido infringe las reglas de la API: un número de documento inválido, un monto fuera de rango, una fecha en el pasado, o una clave de idempotencia reutilizada con un cuerpo distinto.",
		},
		Fix: []Text{
			{EN: "Read the error body for the fields and rules that failed, and correct those values.", PT: "Leia no corpo do erro quais campos e regras falharam e corrija esses valores.", ES: "Lea en el cuerpo del error los campos y las reglas que fallaron, y corrija esos valores."},
			{EN: "If it is about an idempotency key reused with a different body, send the new body with a new key (or the original body with the old key).", PT: "Se for uma chave de idempotência reutilizada com outro corpo, envie o corpo novo com uma chave nova (ou o corpo original com a chave antiga).", ES: "Si se trata de una clave de idempotencia reutilizada con un cuerpo distinto, envíe el cuerpo nuevo con una clave nueva (o el cuerpo original con la clave anterior)."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "The same content is refused again; correct it, then send it again.", PT: "O mesmo conteúdo é recusado de novo; corrija-o e reenvie.", ES: "El mismo contenido vuelve a ser rechazado; corríjalo y luego vuelva a enviarlo."},
		Source:   "RFC 9110, 15.5.21",
	},
	{
		Status:   423,
		Category: StateCategory,
		Title:    Text{EN: "Locked", PT: "Bloqueado", ES: "Bloqueado"},
		Meaning: Text{
			EN: "The resource is locked, so the server refuses to change it: another operation holds the lock, or (in some APIs) the account or resource is blocked.",
			PT: "O recurso está bloqueado, então o servidor se recusa a alterá-lo: outra operação detém o bloqueio, ou (em algumas APIs) a conta ou o recurso está bloqueado.",
			ES: "El recurso está bloqueado, así que el servidor se niega a modificarlo: otra operación tiene el bloqueo, o (en algunas API) la cuenta o el recurso está bloqueado.",
		},
		Fix: []Text{
			{EN: "If another operation holds the lock, wait for it to finish (or send the lock token if you hold it), then send again.", PT: "Se outra operação detém o bloqueio, espere que ela termine (ou envie o token do bloqueio, se ele for seu) e reenvie.", ES: "Si otra operación tiene el bloqueo, espere a que termine (o envíe el token de bloqueo si usted lo tiene) y luego vuelva a enviar."},
			{EN: "If the account or resource is blocked, ask the provider's support why and how to unblock it.", PT: "Se a conta ou o recurso está bloqueado, pergunte ao suporte do provedor o motivo e como desbloquear.", ES: "Si la cuenta o el recurso está bloqueado, pregunte al soporte del proveedor por qué y cómo desbloquearlo."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "Resending unchanged fails until the lock is released or the block lifted; resolve that first, then send again.", PT: "Reenviar sem mudança falha até o bloqueio ser liberado ou retirado; resolva isso antes e reenvie.", ES: "Reenviar sin cambios falla hasta que se libere el bloqueo o se levante la restricción; resuelva eso primero y luego vuelva a enviar."},
		Source:   "RFC 4918, 11.3",
	},
	{
		Status:   424,
		Category: StateCategory,
		Title:    Text{EN: "Failed Dependency", PT: "Dependência falhou", ES: "Falló una dependencia"},
		Meaning: Text{
			EN: "The operation was not performed because another action it depended on failed, such as an earlier part of the same request or a previous step; some APIs also use it when a service they depend on failed.",
			PT: "A operação não foi executada porque outra ação da qual ela dependia falhou, como uma parte anterior da mesma requisição ou uma etapa anterior; algumas APIs também o usam quando um serviço do qual dependem falhou.",
			ES: "La operación no se realizó porque falló otra acción de la que dependía, como una parte anterior de la misma solicitud o un paso previo; algunas API también lo usan cuando falló un servicio del que dependen.",
		},
		Fix: []Text{
			{EN: "Find in the error body which action failed, fix or redo that one first, then send this request again.", PT: "Descubra no corpo do erro qual ação falhou, corrija ou refaça essa primeiro e então reenvie esta requisição.", ES: "Busque en el cuerpo del error qué acción falló, corríjala o repítala primero y luego vuelva a enviar esta solicitud."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "This request fails as long as the action it depends on fails; deal with that action first.", PT: "Esta requisição falha enquanto a ação da qual ela depende falhar; resolva essa ação primeiro.", ES: "Esta solicitud falla mientras falle la acción de la que depende; ocúpese primero de esa acción."},
		Source:   "RFC 4918, 11.4",
	},
	{
		Status:   425,
		Category: Unavailable,
		Title:    Text{EN: "Too Early", PT: "Cedo demais", ES: "Demasiado pronto"},
		Meaning: Text{
			EN: "The server will not process a request sent in TLS early data (0-RTT), because such a request could be replayed; it was not processed.",
			PT: "O servidor não processa uma requisição enviada em early data do TLS (0-RTT), porque ela poderia ser repetida (replay); ela não foi processada.",
			ES: "El servidor no procesará una solicitud enviada en early data de TLS (0-RTT), porque esa solicitud podría ser reproducida; no se procesó.",
		},
		Fix: []Text{
			{EN: "Resend after the TLS handshake completes; most HTTP clients do so on their own. If yours keeps sending early data, disable 0-RTT for this API.", PT: "Reenvie depois que o handshake TLS terminar; a maioria dos clientes HTTP faz isso sozinha. Se o seu continuar mandando early data, desative o 0-RTT para esta API.", ES: "Vuelva a enviar cuando termine el handshake TLS; la mayoría de los clientes HTTP lo hacen por sí solos. Si el suyo sigue enviando early data, desactive 0-RTT para esta API."},
		},
		Retry:    Backoff,
		RetryWhy: Text{EN: "The request was not processed and will be accepted once the handshake is complete; retry shortly with backoff.", PT: "A requisição não foi processada e será aceita depois que o handshake terminar; tente de novo em seguida com backoff.", ES: "La solicitud no se procesó y será aceptada una vez completado el handshake; reintente en breve con backoff."},
		Source:   "RFC 8470, 5.2",
	},
	{
		Status:   428,
		Category: Validation,
		Title:    Text{EN: "Precondition Required", PT: "Pré-condição obrigatória", ES: "Precondición requerida"},
		Meaning: Text{
			EN: "The server requires this update to be conditional, so that you do not overwrite a change you have not seen: the request lacks an If-Match (or similar) header.",
			PT: "O servidor exige que esta alteração seja condicional, para que você não sobrescreva uma mudança que não viu: falta na requisição um cabeçalho If-Match (ou similar).",
			ES: "El servidor exige que esta actualización sea condicional, para que usted no sobrescriba un cambio que no ha visto: a la solicitud le falta un encabezado If-Match (o similar).",
		},
		Fix: []Text{
			{EN: "Fetch the resource, take its ETag and send the update with If-Match: <etag>.", PT: "Busque o recurso, pegue o ETag dele e envie a alteração com If-Match: <etag>.", ES: "Consulte el recurso, tome su ETag y envíe la actualización con If-Match: <etag>."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "Without the precondition header the request is refused every time; add it and send again.", PT: "Sem o cabeçalho de pré-condição a requisição é recusada sempre; adicione-o e reenvie.", ES: "Sin el encabezado de precondición, la solicitud se rechaza siempre; agréguelo y vuelva a enviar."},
		Source:   "RFC 6585, 3",
	},
	{
		Status:   429,
		Category: RateLimit,
		Title:    Text{EN: "Too Many Requests", PT: "Muitas requisições", ES: "Demasiadas solicitudes"},
		Meaning: Text{
			EN: "You sent more requests than the rate limit allows in a given time; the request was refused without being processed.",
			PT: "Você enviou mais requisições do que o limite de requisições permite num intervalo de tempo; a requisição foi recusada sem ser processada.",
			ES: "Envió más solicitudes de las que permite el límite de tasa en un período dado; la solicitud se rechazó sin procesarse.",
		},
		Fix: []Text{
			{EN: "Wait for the delay in Retry-After (seconds or an HTTP date) or, failing that, the rate-limit reset header, then send again.", PT: "Espere o prazo do Retry-After (segundos ou uma data HTTP) ou, na falta dele, o do cabeçalho de reset do limite, e então reenvie.", ES: "Espere el tiempo indicado en Retry-After (segundos o una fecha HTTP) o, si no está, el del encabezado de reinicio del límite de tasa, y luego vuelva a enviar."},
			{EN: "Spread your calls out: queue them, cache repeated reads, and use the remaining-quota headers to slow down before you hit the limit.", PT: "Distribua suas chamadas: use uma fila, guarde em cache leituras repetidas e use os cabeçalhos de cota restante para desacelerar antes de bater no limite.", ES: "Distribuya sus llamadas: póngalas en cola, guarde en caché las lecturas repetidas y use los encabezados de cuota restante para bajar el ritmo antes de alcanzar el límite."},
		},
		Retry:    Backoff,
		RetryWhy: Text{EN: "The request was not processed, so it is safe to resend: after the delay the response states when it states one (Retry-After wins over rate-limit headers), otherwise with exponential backoff.", PT: "A requisição não foi processada, então é seguro reenviá-la: depois do prazo que a resposta informa, quando informa (o Retry-After prevalece sobre os cabeçalhos de limite); senão, com backoff exponencial.", ES: "La solicitud no se procesó, así que es seguro reenviarla: después del tiempo que indica la respuesta, cuando lo indica (Retry-After tiene prioridad sobre los encabezados de límite de tasa); si no, con backoff exponencial."},
		Source:   "RFC 6585, 4",
	},
	{
		Status:   431,
		Category: Validation,
		Title:    Text{EN: "Request Header Fields Too Large", PT: "Cabeçalhos grandes demais", ES: "Encabezados de la solicitud demasiado grandes"},
		Meaning: Text{
			EN: "The request's headers, all together or a single one, are larger than the server accepts; often a huge cookie or token.",
			PT: "Os cabeçalhos da requisição, somados ou um só, são maiores do que o servidor aceita; muitas vezes um cookie ou token enorme.",
			ES: "Los encabezados de la solicitud, en conjunto o uno solo, son más grandes de lo que acepta el servidor; a menudo, una cookie o un token enorme.",
		},
		Fix: []Text{
			{EN: "Remove headers the API does not need (cookies especially) and check no header is being appended over and over.", PT: "Retire cabeçalhos de que a API não precisa (principalmente cookies) e confira se nenhum cabeçalho está sendo acrescentado repetidas vezes.", ES: "Quite los encabezados que la API no necesita (sobre todo las cookies) y verifique que ningún encabezado se esté agregando una y otra vez."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "The same headers are refused again; trim them, then send again.", PT: "Os mesmos cabeçalhos são recusados de novo; enxugue-os e reenvie.", ES: "Los mismos encabezados vuelven a ser rechazados; redúzcalos y luego vuelva a enviar."},
		Source:   "RFC 6585, 5",
	},
	{
		Status:   451,
		Category: Authorization,
		Title:    Text{EN: "Unavailable For Legal Reasons", PT: "Indisponível por motivos legais", ES: "No disponible por motivos legales"},
		Meaning: Text{
			EN: "The server refuses the request because of a legal demand, such as a court order, a sanctions rule or a restriction on the caller's country.",
			PT: "O servidor recusa a requisição por uma exigência legal, como uma ordem judicial, uma regra de sanções ou uma restrição ao país de quem chama.",
			ES: "El servidor rechaza la solicitud por una exigencia legal, como una orden judicial, una norma de sanciones o una restricción sobre el país de quien llama.",
		},
		Fix: []Text{
			{EN: "Read the body (and a Link header with rel=\"blocked-by\", if any) for who imposes the block, and take it up with the provider.", PT: "Leia o corpo (e um cabeçalho Link com rel=\"blocked-by\", se houver) para saber quem impõe o bloqueio, e trate do assunto com o provedor.", ES: "Lea el cuerpo (y un encabezado Link con rel=\"blocked-by\", si lo hay) para saber quién impone el bloqueo, y plantéelo al proveedor."},
		},
		Retry:    None,
		RetryWhy: Text{EN: "A legal block does not lift by resending; the same request will keep failing.", PT: "Um bloqueio legal não cai com reenvios; a mesma requisição vai continuar falhando.", ES: "Un bloqueo legal no se levanta por reenviar; la misma solicitud seguirá fallando."},
		Source:   "RFC 7725, 3",
	},
	{
		Status:   500,
		Category: Internal,
		Title:    Text{EN: "Internal Server Error", PT: "Erro interno do servidor", ES: "Error interno del servidor"},
		Meaning: Text{
			EN: "The server hit an unexpected failure while handling the request; for a write, it may have failed before or after doing the work.",
			PT: "O servidor teve uma falha inesperada ao tratar a requisição; numa escrita, ela pode ter ocorrido antes ou depois de o trabalho ser feito.",
			ES: "El servidor sufrió una falla inesperada al procesar la solicitud; en una operación de escritura, puede haber fallado antes o después de hacer el trabajo.",
		},
		Fix: []Text{
			{EN: "For a write (POST, payment, transfer), look the resource up by your reference or idempotency key before sending it again.", PT: "Numa escrita (POST, pagamento, transferência), consulte o recurso pela sua referência ou chave de idempotência antes de reenviar.", ES: "En una operación de escritura (POST, pago, transferencia), consulte el recurso por su referencia o su clave de idempotencia antes de volver a enviarla."},
			{EN: "If it persists, send the provider's support the request id from the response headers or body, with the time of the call.", PT: "Se persistir, envie ao suporte do provedor o id da requisição que vem nos cabeçalhos ou no corpo da resposta, com o horário da chamada.", ES: "Si persiste, envíe al soporte del proveedor el id de la solicitud que aparece en los encabezados o el cuerpo de la respuesta, junto con la hora de la llamada."},
		},
		Retry:    CheckFirst,
		RetryWhy: Text{EN: "The outcome of a write is unknown, so resending blindly may do it twice; check first, then resend with the same idempotency key (a read may simply be retried with backoff).", PT: "O resultado de uma escrita é desconhecido, então reenviar às cegas pode executá-la duas vezes; consulte antes e reenvie com a mesma chave de idempotência (uma leitura pode simplesmente ser repetida com backoff).", ES: "El resultado de una escritura es desconocido, así que reenviar a ciegas puede ejecutarla dos veces; verifique primero y luego reenvíe con la misma clave de idempotencia (una lectura puede simplemente reintentarse con backoff)."},
		Source:   "RFC 9110, 15.6.1",
	},
	{
		Status:   501,
		Category: Validation,
		Title:    Text{EN: "Not Implemented", PT: "Não implementado", ES: "No implementado"},
		Meaning: Text{
			EN: "The server does not support the functionality the request needs, typically an HTTP method or feature it does not implement at all.",
			PT: "O servidor não oferece a funcionalidade de que a requisição precisa, tipicamente um método HTTP ou recurso que ele não implementa.",
			ES: "El servidor no soporta la funcionalidad que necesita la solicitud, normalmente un método HTTP o una función que no implementa en absoluto.",
		},
		Fix: []Text{
			{EN: "Check the method and endpoint against the documentation and use one the API supports.", PT: "Confira o método e o endpoint com a documentação e use um que a API suporte.", ES: "Compare el método y el endpoint con la documentación y use uno que la API soporte."},
		},
		Retry:    None,
		RetryWhy: Text{EN: "The server lacks the feature; the same request will never succeed, so do something else.", PT: "O servidor não tem a funcionalidade; a mesma requisição nunca vai dar certo, então faça outra coisa.", ES: "Al servidor le falta la función; la misma solicitud nunca tendrá éxito, así que haga otra cosa."},
		Source:   "RFC 9110, 15.6.2",
	},
	{
		Status:   502,
		Category: Upstream,
		Title:    Text{EN: "Bad Gateway", PT: "Resposta inválida do gateway", ES: "Respuesta inválida del gateway"},
		Meaning: Text{
			EN: "A gateway or proxy in front of the API got an invalid response from the server behind it; the request may or may not have been processed there.",
			PT: "Um gateway ou proxy na frente da API recebeu uma resposta inválida do servidor por trás dele; a requisição pode ter sido processada lá ou não.",
			ES: "Un gateway o proxy delante de la API recibió una respuesta inválida del servidor que tiene detrás; la solicitud puede haberse procesado allí o no.",
		},
		Fix: []Text{
			{EN: "For a write, look the resource up before sending it again; for a read, retry with backoff.", PT: "Numa escrita, consulte o recurso antes de reenviar; numa leitura, tente de novo com backoff.", ES: "En una operación de escritura, consulte el recurso antes de volver a enviarla; en una lectura, reintente con backoff."},
			{EN: "If it persists, check the provider's status page and contact support with the request id.", PT: "Se persistir, veja a página de status do provedor e fale com o suporte informando o id da requisição.", ES: "Si persiste, consulte la página de estado del proveedor y comuníquese con soporte indicando el id de la solicitud."},
		},
		Retry:    CheckFirst,
		RetryWhy: Text{EN: "The server behind the gateway may have done the work before its response broke, so check first before resending a write.", PT: "O servidor por trás do gateway pode ter feito o trabalho antes de a resposta falhar, então consulte antes de reenviar uma escrita.", ES: "El servidor detrás del gateway puede haber hecho el trabajo antes de que se rompiera su respuesta, así que verifique antes de reenviar una escritura."},
		Source:   "RFC 9110, 15.6.3",
	},
	{
		Status:   503,
		Category: Unavailable,
		Title:    Text{EN: "Service Unavailable", PT: "Serviço indisponível", ES: "Servicio no disponible"},
		Meaning: Text{
			EN: "The server cannot handle the request right now, because of overload or maintenance, and did not process it; this is expected to be temporary.",
			PT: "O servidor não consegue atender a requisição agora, por sobrecarga ou manutenção, e não a processou; a expectativa é que seja temporário.",
			ES: "El servidor no puede atender la solicitud en este momento, por sobrecarga o mantenimiento, y no la procesó; se espera que sea temporal.",
		},
		Fix: []Text{
			{EN: "Retry with exponential backoff (1 s, 2 s, 4 s, 8 s), or after the Retry-After delay when the response gives one.", PT: "Tente de novo com backoff exponencial (1 s, 2 s, 4 s, 8 s), ou depois do prazo do Retry-After quando a resposta trouxer um.", ES: "Reintente con backoff exponencial (1 s, 2 s, 4 s, 8 s), o después del tiempo de Retry-After cuando la respuesta lo indique."},
			{EN: "Check the provider's status page for maintenance or an incident.", PT: "Veja na página de status do provedor se há manutenção ou incidente.", ES: "Consulte la página de estado del proveedor por mantenimiento o un incidente."},
		},
		Retry:    Backoff,
		RetryWhy: Text{EN: "The outage is temporary: retry with backoff, reusing the idempotency key for writes; when Retry-After is given, wait that long instead (it is downtime, not a rate limit), and the request is known not to have been processed.", PT: "A indisponibilidade é temporária: tente de novo com backoff, reaproveitando a chave de idempotência nas escritas; quando vier Retry-After, espere esse prazo (é indisponibilidade, não limite de requisições), e fica claro que a requisição não foi processada.", ES: "La interrupción es temporal: reintente con backoff, reutilizando la clave de idempotencia en las escrituras; cuando venga Retry-After, espere ese tiempo en su lugar (es una caída del servicio, no un límite de tasa), y se sabe que la solicitud no se procesó."},
		Source:   "RFC 9110, 15.6.4",
	},
	{
		Status:   504,
		Category: Timeout,
		Title:    Text{EN: "Gateway Timeout", PT: "Tempo esgotado no gateway", ES: "Tiempo de espera agotado en el gateway"},
		Meaning: Text{
			EN: "A gateway or proxy in front of the API gave up waiting for the server behind it; that server may still have finished the work afterwards.",
			PT: "Um gateway ou proxy na frente da API desistiu de esperar pelo servidor por trás dele; esse servidor pode ter concluído o trabalho mesmo assim.",
			ES: "Un gateway o proxy delante de la API dejó de esperar al servidor que tiene detrás; ese servidor puede haber terminado el trabajo de todos modos después.",
		},
		Fix: []Text{
			{EN: "For a write, look the resource up (by your reference or idempotency key) before sending it again.", PT: "Numa escrita, consulte o recurso (pela sua referência ou chave de idempotência) antes de reenviar.", ES: "En una operación de escritura, consulte el recurso (por su referencia o su clave de idempotencia) antes de volver a enviarla."},
			{EN: "If it keeps happening, make the request lighter (smaller batches) or prefer the provider's asynchronous flow or webhooks.", PT: "Se continuar acontecendo, deixe a requisição mais leve (lotes menores) ou prefira o fluxo assíncrono ou os webhooks do provedor.", ES: "Si sigue ocurriendo, aligere la solicitud (lotes más pequeños) o prefiera el flujo asíncrono o los webhooks del proveedor."},
		},
		Retry:    CheckFirst,
		RetryWhy: Text{EN: "The outcome is unknown: the work may have been done after the gateway gave up, so check first before resending a write.", PT: "O resultado é desconhecido: o trabalho pode ter sido feito depois que o gateway desistiu, então consulte antes de reenviar uma escrita.", ES: "El resultado es desconocido: el trabajo puede haberse hecho después de que el gateway dejó de esperar, así que verifique antes de reenviar una escritura."},
		Source:   "RFC 9110, 15.6.5",
	},
	{
		Status:   505,
		Category: Validation,
		Title:    Text{EN: "HTTP Version Not Supported", PT: "Versão HTTP não suportada", ES: "Versión de HTTP no soportada"},
		Meaning: Text{
			EN: "The server does not support the major HTTP version the request used.",
			PT: "O servidor não suporta a versão principal do HTTP usada na requisição.",
			ES: "El servidor no soporta la versión mayor de HTTP que usó la solicitud.",
		},
		Fix: []Text{
			{EN: "Configure your HTTP client to use HTTP/1.1 (or the version the API documents) instead of forcing another.", PT: "Configure seu cliente HTTP para usar HTTP/1.1 (ou a versão que a API documenta) em vez de forçar outra.", ES: "Configure su cliente HTTP para que use HTTP/1.1 (o la versión que documenta la API) en lugar de forzar otra."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "The same protocol version is refused every time; change it, then send again.", PT: "A mesma versão do protocolo é recusada sempre; mude-a e reenvie.", ES: "La misma versión del protocolo se rechaza siempre; cámbiela y luego vuelva a enviar."},
		Source:   "RFC 9110, 15.6.6",
	},
	{
		Status:   507,
		Category: Internal,
		Title:    Text{EN: "Insufficient Storage", PT: "Armazenamento insuficiente", ES: "Almacenamiento insuficiente"},
		Meaning: Text{
			EN: "The server could not store what it needed to complete the request, so it did not complete it; the condition is meant to be temporary.",
			PT: "O servidor não conseguiu armazenar o que precisava para concluir a requisição, então não a concluiu; a condição deve ser temporária.",
			ES: "El servidor no pudo almacenar lo que necesitaba para completar la solicitud, así que no la completó; se supone que la condición es temporal.",
		},
		Fix: []Text{
			{EN: "Retry later with backoff; if the message is about your account's storage quota, free space or raise the quota.", PT: "Tente de novo mais tarde com backoff; se a mensagem fala da cota de armazenamento da sua conta, libere espaço ou aumente a cota.", ES: "Reintente más tarde con backoff; si el mensaje se refiere a la cuota de almacenamiento de su cuenta, libere espacio o aumente la cuota."},
			{EN: "If it persists, tell the provider's support, with the request id.", PT: "Se persistir, avise o suporte do provedor, informando o id da requisição.", ES: "Si persiste, avise al soporte del proveedor, indicando el id de la solicitud."},
		},
		Retry:    Backoff,
		RetryWhy: Text{EN: "The request was not completed and the shortage is temporary; retry with backoff, reusing the idempotency key for writes.", PT: "A requisição não foi concluída e a falta de espaço é temporária; tente de novo com backoff, reaproveitando a chave de idempotência nas escritas.", ES: "La solicitud no se completó y la falta de espacio es temporal; reintente con backoff, reutilizando la clave de idempotencia en las escrituras."},
		Source:   "RFC 4918, 11.5",
	},
	{
		Status:   508,
		Category: Internal,
		Title:    Text{EN: "Loop Detected", PT: "Loop detectado", ES: "Bucle detectado"},
		Meaning: Text{
			EN: "The server stopped the operation because it found an infinite loop while processing it, as in a WebDAV request with Depth: infinity over circular bindings or a proxy chain that forwards to itself.",
			PT: "O servidor interrompeu a operação porque encontrou um loop infinito ao processá-la, como numa requisição WebDAV com Depth: infinity sobre vínculos circulares ou numa cadeia de proxies que encaminha para si mesma.",
			ES: "El servidor detuvo la operación porque encontró un bucle infinito al procesarla, como en una solicitud WebDAV con Depth: infinity sobre vínculos circulares o en una cadena de proxies que se reenvía a sí misma.",
		},
		Fix: []Text{
			{EN: "If you sent Depth: infinity, send a finite depth; otherwise report the loop to the provider's support with the request id.", PT: "Se você enviou Depth: infinity, envie uma profundidade finita; senão, informe o loop ao suporte do provedor com o id da requisição.", ES: "Si envió Depth: infinity, envíe una profundidad finita; si no, reporte el bucle al soporte del proveedor con el id de la solicitud."},
		},
		Retry:    None,
		RetryWhy: Text{EN: "The same request runs into the same loop every time; change it or have the provider fix its configuration.", PT: "A mesma requisição cai no mesmo loop sempre; mude-a ou peça ao provedor que corrija a configuração.", ES: "La misma solicitud cae siempre en el mismo bucle; cámbiela o haga que el proveedor corrija su configuración."},
		Source:   "RFC 5842, 7.2",
	},
	{
		Status:   511,
		Category: Authentication,
		Title:    Text{EN: "Network Authentication Required", PT: "Autenticação de rede obrigatória", ES: "Se requiere autenticación de red"},
		Meaning: Text{
			EN: "A network in between, typically a captive portal (hotel or corporate Wi-Fi, an egress proxy), requires you to log in to it; the response did not come from the API.",
			PT: "Uma rede no meio do caminho, tipicamente um portal cativo (Wi-Fi de hotel ou corporativo, um proxy de saída), exige que você se autentique nela; a resposta não veio da API.",
			ES: "Una red intermedia, normalmente un portal cautivo (Wi-Fi de hotel o corporativo, un proxy de salida), exige que inicie sesión en ella; la respuesta no vino de la API.",
		},
		Fix: []Text{
			{EN: "Log in to the network (open any page in a browser) or configure the proxy credentials for your client, then send again.", PT: "Autentique-se na rede (abra qualquer página num navegador) ou configure as credenciais do proxy no seu cliente e reenvie.", ES: "Inicie sesión en la red (abra cualquier página en un navegador) o configure las credenciales del proxy en su cliente, y luego vuelva a enviar."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "The network keeps intercepting requests until you authenticate to it; the API never saw this one.", PT: "A rede continua interceptando as requisições até você se autenticar nela; a API nunca recebeu esta.", ES: "La red sigue interceptando las solicitudes hasta que usted se autentique en ella; la API nunca vio esta solicitud."},
		Source:   "RFC 6585, 6",
	},
	{
		Status:   520,
		Category: Upstream,
		Title:    Text{EN: "Web Server Returns an Unknown Error", PT: "Servidor de origem retornou um erro desconhecido", ES: "El servidor de origen devolvió un error desconocido"},
		Meaning: Text{
			EN: "Cloudflare, in front of the API, got an empty, unknown or unexpected response from the provider's origin server (for example the connection was reset), so the request may have been processed there.",
			PT: "A Cloudflare, na frente da API, recebeu uma resposta vazia, desconhecida ou inesperada do servidor de origem do provedor (por exemplo, a conexão foi redefinida), então a requisição pode ter sido processada lá.",
			ES: "Cloudflare, delante de la API, recibió una respuesta vacía, desconocida o inesperada del servidor de origen del proveedor (por ejemplo, se reinició la conexión), así que la solicitud puede haberse procesado allí.",
		},
		Fix: []Text{
			{EN: "For a write, look the resource up before sending it again; for a read, retry with backoff.", PT: "Numa escrita, consulte o recurso antes de reenviar; numa leitura, tente de novo com backoff.", ES: "En una operación de escritura, consulte el recurso antes de volver a enviarla; en una lectura, reintente con backoff."},
			{EN: "If it persists, send the provider the Cloudflare Ray ID (the cf-ray response header) and the time of the call.", PT: "Se persistir, envie ao provedor o Ray ID da Cloudflare (cabeçalho de resposta cf-ray) e o horário da chamada.", ES: "Si persiste, envíe al proveedor el Ray ID de Cloudflare (el encabezado de respuesta cf-ray) y la hora de la llamada."},
		},
		Retry:    CheckFirst,
		RetryWhy: Text{EN: "The origin received the request and its response broke, so a write may have been done; check first before resending.", PT: "A origem recebeu a requisição e a resposta dela falhou, então uma escrita pode ter sido feita; consulte antes de reenviar.", ES: "El origen recibió la solicitud y su respuesta se rompió, así que una escritura puede haberse ejecutado; verifique antes de reenviar."},
		Source:   cloudflare5xx + " (Error 520)",
	},
	{
		Status:   521,
		Category: Upstream,
		Title:    Text{EN: "Web Server Is Down", PT: "Servidor de origem fora do ar", ES: "El servidor de origen está caído"},
		Meaning: Text{
			EN: "Cloudflare, in front of the API, could not connect to the provider's origin server: it refused the connection or is down, so the request never reached it.",
			PT: "A Cloudflare, na frente da API, não conseguiu se conectar ao servidor de origem do provedor: ele recusou a conexão ou está fora do ar, então a requisição nunca chegou a ele.",
			ES: "Cloudflare, delante de la API, no pudo conectarse al servidor de origen del proveedor: rechazó la conexión o está caído, así que la solicitud nunca llegó a él.",
		},
		Fix: []Text{
			{EN: "Retry with backoff and check the provider's status page; the fix is on the provider's side.", PT: "Tente de novo com backoff e veja a página de status do provedor; a correção é do lado do provedor.", ES: "Reintente con backoff y consulte la página de estado del proveedor; la solución está del lado del proveedor."},
			{EN: "If it persists, tell the provider, with the Cloudflare Ray ID (cf-ray header).", PT: "Se persistir, avise o provedor, informando o Ray ID da Cloudflare (cabeçalho cf-ray).", ES: "Si persiste, avise al proveedor, indicando el Ray ID de Cloudflare (encabezado cf-ray)."},
		},
		Retry:    Backoff,
		RetryWhy: Text{EN: "The request never reached the origin, so resending is safe; retry with backoff until it is back.", PT: "A requisição nunca chegou à origem, então reenviar é seguro; tente de novo com backoff até ela voltar.", ES: "La solicitud nunca llegó al origen, así que reenviar es seguro; reintente con backoff hasta que vuelva a estar disponible."},
		Source:   cloudflare5xx + " (Error 521)",
	},
	{
		Status:   522,
		Category: Upstream,
		Title:    Text{EN: "Connection Timed Out", PT: "Tempo de conexão esgotado", ES: "Tiempo de conexión agotado"},
		Meaning: Text{
			EN: "Cloudflare, in front of the API, timed out trying to connect to the provider's origin server, which is overloaded or unreachable, so the request did not get through.",
			PT: "A Cloudflare, na frente da API, esgotou o tempo tentando se conectar ao servidor de origem do provedor, que está sobrecarregado ou inacessível, então a requisição não foi entregue.",
			ES: "Cloudflare, delante de la API, agotó el tiempo de espera al intentar conectarse al servidor de origen del proveedor, que está sobrecargado o inalcanzable, así que la solicitud no llegó.",
		},
		Fix: []Text{
			{EN: "Retry with backoff and check the provider's status page; the fix is on the provider's side.", PT: "Tente de novo com backoff e veja a página de status do provedor; a correção é do lado do provedor.", ES: "Reintente con backoff y consulte la página de estado del proveedor; la solución está del lado del proveedor."},
			{EN: "If it persists, tell the provider, with the Cloudflare Ray ID (cf-ray header).", PT: "Se persistir, avise o provedor, informando o Ray ID da Cloudflare (cabeçalho cf-ray).", ES: "Si persiste, avise al proveedor, indicando el Ray ID de Cloudflare (encabezado cf-ray)."},
		},
		Retry:    Backoff,
		RetryWhy: Text{EN: "The connection to the origin was never made, so the request was not processed; retry with backoff, reusing the idempotency key for writes.", PT: "A conexão com a origem nunca se estabeleceu, então a requisição não foi processada; tente de novo com backoff, reaproveitando a chave de idempotência nas escritas.", ES: "La conexión con el origen nunca se estableció, así que la solicitud no se procesó; reintente con backoff, reutilizando la clave de idempotencia en las escrituras."},
		Source:   cloudflare5xx + " (Error 522)",
	},
	{
		Status:   523,
		Category: Upstream,
		Title:    Text{EN: "Origin Is Unreachable", PT: "Origem inacessível", ES: "Origen inalcanzable"},
		Meaning: Text{
			EN: "Cloudflare, in front of the API, cannot reach the provider's origin server at all, typically because of a DNS or network routing problem, so the request never reached it.",
			PT: "A Cloudflare, na frente da API, não consegue alcançar o servidor de origem do provedor, tipicamente por um problema de DNS ou de roteamento de rede, então a requisição nunca chegou a ele.",
			ES: "Cloudflare, delante de la API, no logra llegar en absoluto al servidor de origen del proveedor, normalmente por un problema de DNS o de enrutamiento de red, así que la solicitud nunca llegó a él.",
		},
		Fix: []Text{
			{EN: "Retry with backoff and check the provider's status page; the fix is on the provider's side.", PT: "Tente de novo com backoff e veja a página de status do provedor; a correção é do lado do provedor.", ES: "Reintente con backoff y consulte la página de estado del proveedor; la solución está del lado del proveedor."},
			{EN: "If it persists, tell the provider, with the Cloudflare Ray ID (cf-ray header).", PT: "Se persistir, avise o provedor, informando o Ray ID da Cloudflare (cabeçalho cf-ray).", ES: "Si persiste, avise al proveedor, indicando el Ray ID de Cloudflare (encabezado cf-ray)."},
		},
		Retry:    Backoff,
		RetryWhy: Text{EN: "The request never reached the origin, so resending is safe; retry with backoff until the route is restored.", PT: "A requisição nunca chegou à origem, então reenviar é seguro; tente de novo com backoff até a rota ser restabelecida.", ES: "La solicitud nunca llegó al origen, así que reenviar es seguro; reintente con backoff hasta que se restablezca la ruta."},
		Source:   cloudflare5xx + " (Error 523)",
	},
	{
		Status:   524,
		Category: Timeout,
		Title:    Text{EN: "A Timeout Occurred", PT: "Tempo de resposta esgotado", ES: "Tiempo de respuesta agotado"},
		Meaning: Text{
			EN: "Cloudflare connected to the provider's origin and passed on the request, but got no HTTP response in time (100 seconds by default); the origin may still have finished the work.",
			PT: "A Cloudflare se conectou à origem do provedor e repassou a requisição, mas não recebeu resposta HTTP a tempo (100 segundos por padrão); a origem pode ter concluído o trabalho mesmo assim.",
			ES: "Cloudflare se conectó al origen del proveedor y le pasó la solicitud, pero no recibió una respuesta HTTP a tiempo (100 segundos por defecto); el origen puede haber terminado el trabajo de todos modos.",
		},
		Fix: []Text{
			{EN: "For a write, look the resource up (by your reference or idempotency key) before sending it again.", PT: "Numa escrita, consulte o recurso (pela sua referência ou chave de idempotência) antes de reenviar.", ES: "En una operación de escritura, consulte el recurso (por su referencia o su clave de idempotencia) antes de volver a enviarla."},
			{EN: "If it keeps happening, make the request lighter (smaller batches) or use the provider's asynchronous flow or webhooks.", PT: "Se continuar acontecendo, deixe a requisição mais leve (lotes menores) ou use o fluxo assíncrono ou os webhooks do provedor.", ES: "Si sigue ocurriendo, aligere la solicitud (lotes más pequeños) o use el flujo asíncrono o los webhooks del proveedor."},
		},
		Retry:    CheckFirst,
		RetryWhy: Text{EN: "The origin received the request and may have processed it after Cloudflare gave up; the outcome of a write is unknown, so check first.", PT: "A origem recebeu a requisição e pode tê-la processado depois que a Cloudflare desistiu; o resultado de uma escrita é desconhecido, então consulte antes.", ES: "El origen recibió la solicitud y puede haberla procesado después de que Cloudflare dejó de esperar; el resultado de una escritura es desconocido, así que verifique primero."},
		Source:   cloudflare5xx + " (Error 524)",
	},
	{
		Status:   525,
		Category: Upstream,
		Title:    Text{EN: "SSL Handshake Failed", PT: "Falha no handshake SSL", ES: "Falló el handshake SSL"},
		Meaning: Text{
			EN: "Cloudflare, in front of the API, could not complete the TLS handshake with the provider's origin server, so the request was never passed on.",
			PT: "A Cloudflare, na frente da API, não conseguiu concluir o handshake TLS com o servidor de origem do provedor, então a requisição nunca foi repassada.",
			ES: "Cloudflare, delante de la API, no pudo completar el handshake TLS con el servidor de origen del proveedor, así que la solicitud nunca se le pasó.",
		},
		Fix: []Text{
			{EN: "Nothing to change on your side: retry with backoff and tell the provider, with the Cloudflare Ray ID (cf-ray header), if it persists.", PT: "Não há nada a mudar do seu lado: tente de novo com backoff e, se persistir, avise o provedor informando o Ray ID da Cloudflare (cabeçalho cf-ray).", ES: "No hay nada que cambiar de su lado: reintente con backoff y, si persiste, avise al proveedor indicando el Ray ID de Cloudflare (encabezado cf-ray)."},
		},
		Retry:    Backoff,
		RetryWhy: Text{EN: "The request never reached the origin, so resending is safe; it succeeds once the provider fixes its TLS setup.", PT: "A requisição nunca chegou à origem, então reenviar é seguro; ela vai passar quando o provedor corrigir a configuração TLS.", ES: "La solicitud nunca llegó al origen, así que reenviar es seguro; tendrá éxito una vez que el proveedor corrija su configuración de TLS."},
		Source:   cloudflare5xx + " (Error 525)",
	},
	{
		Status:   526,
		Category: Upstream,
		Title:    Text{EN: "Invalid SSL Certificate", PT: "Certificado SSL inválido", ES: "Certificado SSL inválido"},
		Meaning: Text{
			EN: "Cloudflare, in front of the API, could not validate the provider's origin certificate (expired, self-signed or for another host name), so the request was never passed on.",
			PT: "A Cloudflare, na frente da API, não conseguiu validar o certificado da origem do provedor (expirado, autoassinado ou de outro nome de host), então a requisição nunca foi repassada.",
			ES: "Cloudflare, delante de la API, no pudo validar el certificado de origen del proveedor (vencido, autofirmado o de otro nombre de host), así que la solicitud nunca se le pasó.",
		},
		Fix: []Text{
			{EN: "Nothing to change on your side: tell the provider, with the Cloudflare Ray ID (cf-ray header), and retry with backoff.", PT: "Não há nada a mudar do seu lado: avise o provedor, informando o Ray ID da Cloudflare (cabeçalho cf-ray), e tente de novo com backoff.", ES: "No hay nada que cambiar de su lado: avise al proveedor, indicando el Ray ID de Cloudflare (encabezado cf-ray), y reintente con backoff."},
		},
		Retry:    Backoff,
		RetryWhy: Text{EN: "The request never reached the origin, so resending is safe; it succeeds once the provider renews or fixes its certificate.", PT: "A requisição nunca chegou à origem, então reenviar é seguro; ela vai passar quando o provedor renovar ou corrigir o certificado.", ES: "La solicitud nunca llegó al origen, así que reenviar es seguro; tendrá éxito una vez que el proveedor renueve o corrija su certificado."},
		Source:   cloudflare5xx + " (Error 526)",
	},
}

var httpClasses = [...]StatusInfo{
	{
		Status:   400,
		Category: Validation,
		Title:    Text{EN: "Client error", PT: "Erro do cliente", ES: "Error del cliente"},
		Meaning: Text{
			EN: "A 4xx status says the server thinks the request itself is at fault and did not carry it out; this particular code has no standard meaning decifra knows.",
			PT: "Um status 4xx diz que o servidor considera que o problema está na própria requisição e não a executou; este código em particular não tem um significado padrão que o decifra conheça.",
			ES: "Un estado 4xx indica que el servidor considera que la falla está en la propia solicitud y no la ejecutó; este código en particular no tiene un significado estándar que decifra conozca.",
		},
		Fix: []Text{
			{EN: "Read the error body and the provider's documentation for this status.", PT: "Leia o corpo do erro e a documentação do provedor para este status.", ES: "Lea el cuerpo del error y la documentación del proveedor sobre este estado."},
			{EN: "Correct the request (data, credentials, headers) accordingly, then send it again.", PT: "Corrija a requisição (dados, credenciais, cabeçalhos) conforme indicado e reenvie.", ES: "Corrija la solicitud en consecuencia (datos, credenciales, encabezados) y luego vuelva a enviarla."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "A client error repeats until the request changes; fix it before sending again.", PT: "Um erro do cliente se repete até a requisição mudar; corrija-a antes de reenviar.", ES: "Un error del cliente se repite hasta que la solicitud cambie; corríjala antes de volver a enviarla."},
		Source:   "RFC 9110, 15.5",
	},
	{
		Status:   500,
		Category: Internal,
		Title:    Text{EN: "Server error", PT: "Erro do servidor", ES: "Error del servidor"},
		Meaning: Text{
			EN: "A 5xx status says the server, or something behind it, failed while handling a request it may have accepted; this particular code has no standard meaning decifra knows.",
			PT: "Um status 5xx diz que o servidor, ou algo por trás dele, falhou ao tratar uma requisição que pode ter aceitado; este código em particular não tem um significado padrão que o decifra conheça.",
			ES: "Un estado 5xx indica que el servidor, o algo detrás de él, falló al procesar una solicitud que puede haber aceptado; este código en particular no tiene un significado estándar que decifra conozca.",
		},
		Fix: []Text{
			{EN: "For a write, look the resource up (by your reference or idempotency key) before sending it again; a read may be retried with backoff.", PT: "Numa escrita, consulte o recurso (pela sua referência ou chave de idempotência) antes de reenviar; uma leitura pode ser repetida com backoff.", ES: "En una operación de escritura, consulte el recurso (por su referencia o su clave de idempotencia) antes de volver a enviarla; una lectura puede reintentarse con backoff."},
			{EN: "If it persists, check the provider's status page and contact support with the request id.", PT: "Se persistir, veja a página de status do provedor e fale com o suporte informando o id da requisição.", ES: "Si persiste, consulte la página de estado del proveedor y comuníquese con soporte indicando el id de la solicitud."},
		},
		Retry:    CheckFirst,
		RetryWhy: Text{EN: "Whether a write was carried out is unknown, so resending blindly may do it twice; check first.", PT: "Não se sabe se uma escrita foi executada, então reenviar às cegas pode executá-la duas vezes; consulte antes.", ES: "No se sabe si una escritura se ejecutó, así que reenviar a ciegas puede ejecutarla dos veces; verifique primero."},
		Source:   "RFC 9110, 15.6",
	},
}
