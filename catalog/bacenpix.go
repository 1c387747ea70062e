//go:build !textpack

// The API Pix error catalog, built from the Brazilian Central Bank's API Pix OpenAPI
// specification, release 2.9.0 (https://github.com/bacen/pix-api, Apache-2.0; local copy
// /work/shared/references/bacen-pix-api-openapi.yaml). Its info.description section
// "Tratamento de erros" lists every error type: seven general ones ("Gerais") and, per
// tag (CobPayload, RecPayload, Rec, SolicRec, CobR, Cob, CobV, LoteCobV, PayloadLocation,
// PayloadLocationRec, Pix, Webhook, WebhookRec, WebhookCobR), the <X>NaoEncontrado,
// <X>OperacaoInvalida and <X>ConsultaInvalida types with their meaning, HTTP status,
// endpoints and violations. The entries follow that order and spelling (note the feminine
// RecNaoEncontrada, SolicRecNaoEncontrada, CobVNaoEncontrada, PixDevolucaoNaoEncontrada,
// and PixDevolucaoInvalida without "Operacao"). The problem body comes from
// components.schemas.Problema and Violacao, examples from components.examples, the OAuth2
// scopes from components.securitySchemes.
//
// The API Pix is a standard, not a host: every PSP (bank, payment institution, Efí...)
// serves its own implementation under its own host, so Hosts is nil and the problem's type
// URI identifies the provider.

package catalog

// bacenPixErrors is the start of every entry's Source.
const bacenPixErrors = "https://github.com/bacen/pix-api (API Pix 2.9.0 openapi.yaml), info.description \"Tratamento de erros\""

// BacenPix is the Central Bank's API Pix as served by each receiving PSP. Its errors are
// RFC 7807 problems (application/problem+json):
//
//	{"type": "https://pix.bcb.gov.br/api/v2/error/CobOperacaoInvalida",
//	 "title": "Cobrança inválida.", "status": 400,
//	 "detail": "A requisição que busca alterar ou criar uma cobrança ...",
//	 "correlationId": "...",
//	 "violacoes": [{"razao": "...", "propriedade": "cob.valor.original", "valor": "..."}]}
//
// The code is the last path segment of type, after https://pix.bcb.gov.br/api/v2/error/;
// type, title and status are required, detail, correlationId and violacoes optional.
// violacoes (razao, propriedade, valor) and correlationId are the members unique to it.
var bacenPix = Provider{
	id:      "bacen-pix",
	name:    "API Pix (Banco Central do Brasil)",
	docsURL: "https://bacen.github.io/pix-api/",
	hosts:   nil,
	envelope: Text{
		EN: "RFC 7807 problem (application/problem+json): {type, title, status, detail, correlationId, violacoes: [{razao, propriedade, valor}]}. type is https://pix.bcb.gov.br/api/v2/error/{Type} and its last segment is the code (e.g. CobOperacaoInvalida); title is short Portuguese (\"Cobrança inválida.\"), detail the full explanation, violacoes lists each broken rule with the field (propriedade, e.g. cob.valor.original) and the value sent. There is no fixed host: every PSP serves its own API Pix (Efí at pix.api.efipay.com.br, banks on their own domains), and many return exactly these problems.",
		PT: "Problema RFC 7807 (application/problem+json): {type, title, status, detail, correlationId, violacoes: [{razao, propriedade, valor}]}. O type é https://pix.bcb.gov.br/api/v2/error/{Tipo} e o último segmento é o código (ex.: CobOperacaoInvalida); o title é um texto curto em português (\"Cobrança inválida.\"), o detail traz a explicação completa e violacoes lista cada regra violada com o campo (propriedade, ex.: cob.valor.original) e o valor enviado. Não há host fixo: cada PSP serve a sua própria API Pix (a Efí em pix.api.efipay.com.br, os bancos em seus próprios domínios), e muitos devolvem exatamente estes problemas.",
		ES: "Problema RFC 7807 (application/problem+json): {type, title, status, detail, correlationId, violacoes: [{razao, propriedade, valor}]}. type es https://pix.bcb.gov.br/api/v2/error/{Type} y su último segmento es el código (p. ej., CobOperacaoInvalida); title es un texto corto en portugués (\"Cobrança inválida.\"), detail la explicación completa, y violacoes lista cada regla infringida con el campo (propriedade, p. ej., cob.valor.original) y el valor enviado. No hay un host fijo: cada PSP sirve su propia API Pix (Efí en pix.api.efipay.com.br, los bancos en sus propios dominios), y muchos devuelven exactamente estos problemas.",
	},
	rateLimitHeaders: nil,
	// The API Pix names no idempotency header: writes are made idempotent by ids the client
	// chooses in the path (PUT /cob/{txid}, PUT /cobv/{txid}, PUT /cobr/{txid},
	// PUT /lotecobv/{id}, PUT /pix/{e2eid}/devolucao/{id}, PUT /webhook/{chave}).
	idempotencyHeader: "",
	support: Text{
		EN: "Send your PSP (not the Central Bank: each PSP operates its own API Pix) the correlationId of the problem, which the spec defines for support, together with the type, the endpoint, the txid, e2eid, idRec or devolução id involved, and the time of the request; never send the OAuth2 client secret, the access token or the private key of your mTLS certificate.",
		PT: "Envie ao seu PSP (não ao Banco Central: cada PSP opera a própria API Pix) o correlationId do problema, que a especificação define para fins de suporte, junto com o type, o endpoint, o txid, e2eid, idRec ou id da devolução envolvido e o horário da requisição; nunca envie o client secret OAuth2, o access token nem a chave privada do seu certificado mTLS.",
		ES: "Envíe a su PSP (no al Banco Central: cada PSP opera su propia API Pix) el correlationId del problema, que la especificación define para soporte, junto con el type, el endpoint, el txid, e2eid, idRec o id de devolução involucrado, y la hora de la solicitud; nunca envíe el client secret de OAuth2, el token de acceso ni la clave privada de su certificado mTLS.",
	},
	source: "https://github.com/bacen/pix-api (API Pix 2.9.0, Apache-2.0) openapi.yaml: info.description \"Tratamento de erros\" (error types by tag), components.schemas.Problema and Violacao, components.responses, components.examples, components.securitySchemes.OAuth2",
	entries: []Entry{
		// Gerais: errors any endpoint may return.
		{
			Code:     "RequisicaoInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid request", PT: "Requisição inválida", ES: "Solicitud inválida"},
			Meaning: Text{
				EN: "The PSP's API Pix rejected the request as invalid: the JSON body, a path parameter (txid, e2eid, id) or a query parameter does not follow the API Pix schema. It is the general 400; most endpoints answer with a more specific type such as CobOperacaoInvalida.",
				PT: "A API Pix do PSP recusou a requisição por ser inválida: o corpo JSON, um parâmetro de caminho (txid, e2eid, id) ou um parâmetro de consulta não segue o schema da API Pix. É o 400 geral; a maioria dos endpoints responde com um tipo mais específico, como CobOperacaoInvalida.",
				ES: "La API Pix del PSP rechazó la solicitud por inválida: el cuerpo JSON, un parámetro de ruta (txid, e2eid, id) o un parámetro de consulta no sigue el esquema de la API Pix. Es el 400 general; la mayoría de los endpoints responden con un type más específico, como CobOperacaoInvalida.",
			},
			Fix: []Text{
				{EN: "Read violacoes: each item gives razao (the rule broken), propriedade (the field, e.g. cob.valor.original) and, when present, valor (what you sent).", PT: "Leia violacoes: cada item traz razao (a regra violada), propriedade (o campo, ex.: cob.valor.original) e, quando presente, valor (o que você enviou).", ES: "Lea violacoes: cada elemento da razao (la regla infringida), propriedade (el campo, p. ej., cob.valor.original) y, cuando está presente, valor (lo que usted envió)."},
				{EN: "Check the formats the spec fixes: txid 26 to 35 letters and digits ([a-zA-Z0-9]{26,35}), e2eid exactly 32 letters and digits, devolução id 1 to 35 letters and digits, amounts as strings with a dot and two decimals (\"37.00\"), timestamps in RFC 3339.", PT: "Confira os formatos que a especificação fixa: txid de 26 a 35 letras e dígitos ([a-zA-Z0-9]{26,35}), e2eid com exatamente 32 letras e dígitos, id da devolução de 1 a 35 letras e dígitos, valores como string com ponto e duas casas decimais (\"37.00\"), datas e horas em RFC 3339.", ES: "Verifique los formatos que fija la especificación: txid de 26 a 35 letras y dígitos ([a-zA-Z0-9]{26,35}), e2eid de exactamente 32 letras y dígitos, id de devolução de 1 a 35 letras y dígitos, montos como strings con punto y dos decimales (\"37.00\"), marcas de tiempo en RFC 3339."},
				{EN: "Send valid JSON with Content-Type: application/json, correct the request and send it again.", PT: "Envie JSON válido com Content-Type: application/json, corrija a requisição e reenvie.", ES: "Envíe JSON válido con Content-Type: application/json, corrija la solicitud y vuelva a enviarla."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same request is rejected again; only a corrected one can pass.", PT: "A mesma requisição é recusada de novo; só uma requisição corrigida pode passar.", ES: "La misma solicitud se rechaza otra vez; solo una corregida puede pasar."},
			Idempotency: Text{
				EN: "Nothing was created: send the corrected request with the same txid or devolução id you chose, which cannot produce a duplicate.",
				PT: "Nada foi criado: envie a requisição corrigida com o mesmo txid ou id de devolução que você escolheu, o que não gera duplicidade.",
				ES: "No se creó nada: envíe la solicitud corregida con el mismo txid o id de devolução que eligió, lo que no puede generar un duplicado.",
			},
			Source: bacenPixErrors + ", Gerais: RequisicaoInvalida (400 Bad Request); components.responses.RequisicaoInvalida",
		},
		{
			Code:     "AcessoNegado",
			Status:   403,
			Category: Authorization,
			Title:    Text{EN: "Access denied", PT: "Acesso negado", ES: "Acceso denegado"},
			Meaning: Text{
				EN: "You are authenticated with the PSP, but the request breaks an authorisation rule: typically the OAuth2 access token lacks the endpoint's scope (cob.write, pix.write...), or your contract with the PSP does not include this product, which the spec says yields AcessoNegado.",
				PT: "Você está autenticado no PSP, mas a requisição viola alguma regra de autorização: em geral o access token OAuth2 não tem o escopo do endpoint (cob.write, pix.write...), ou o seu contrato com o PSP não inclui este produto, caso em que a especificação manda devolver AcessoNegado.",
				ES: "Usted está autenticado ante el PSP, pero la solicitud infringe una regla de autorización: normalmente el token de acceso OAuth2 no tiene el scope del endpoint (cob.write, pix.write...), o su contrato con el PSP no incluye este producto, lo que según la especificación produce AcessoNegado.",
			},
			Fix: []Text{
				{EN: "Check the scopes of the token from the OAuth2 client-credentials flow: each endpoint needs its own (cob.read/cob.write, cobv.*, lotecobv.*, cobr.*, rec.*, solicrec.*, pix.read/pix.write, webhook.*, webhookrec.*, webhookcobr.*, payloadlocation.*, payloadlocationrec.*); request a token that includes the missing one.", PT: "Confira os escopos do token obtido no fluxo OAuth2 client credentials: cada endpoint exige o seu (cob.read/cob.write, cobv.*, lotecobv.*, cobr.*, rec.*, solicrec.*, pix.read/pix.write, webhook.*, webhookrec.*, webhookcobr.*, payloadlocation.*, payloadlocationrec.*); solicite um token que inclua o que falta.", ES: "Revise los alcances del token del flujo client-credentials de OAuth2: cada endpoint necesita el suyo (cob.read/cob.write, cobv.*, lotecobv.*, cobr.*, rec.*, solicrec.*, pix.read/pix.write, webhook.*, webhookrec.*, webhookcobr.*, payloadlocation.*, payloadlocationrec.*); solicite un token que incluya el que falta."},
				{EN: "Ask the PSP whether the product (e.g. cobranças com vencimento, lotes, Pix Automático recurrences) is enabled in your contract and for this application's credentials.", PT: "Pergunte ao PSP se o produto (ex.: cobranças com vencimento, lotes, recorrências do Pix Automático) está habilitado no seu contrato e para as credenciais desta aplicação.", ES: "Pregunte al PSP si el producto (p. ej., cobranças com vencimento, lotes, recurrencias de Pix Automático) está habilitado en su contrato y para las credenciales de esta aplicación."},
				{EN: "Check that the credentials and mTLS certificate belong to the account that owns the chave, txid or e2eid, in the same environment (homologação or produção).", PT: "Verifique se as credenciais e o certificado mTLS pertencem à conta dona da chave, do txid ou do e2eid, no mesmo ambiente (homologação ou produção).", ES: "Verifique que las credenciales y el certificado mTLS pertenezcan a la cuenta dueña de la chave, el txid o el e2eid, en el mismo entorno (homologação o produção)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Scopes and contract do not change by retrying; get a token with the right scope or have the product enabled first.", PT: "Escopos e contrato não mudam ao tentar de novo; obtenha um token com o escopo certo ou peça a habilitação do produto antes.", ES: "Los alcances y el contrato no cambian por reintentar; primero obtenga un token con el scope correcto o haga habilitar el producto."},
			Source:   bacenPixErrors + ", Gerais: AcessoNegado (403 Forbidden); components.responses.AcessoNegado, components.examples.AcessoNegadoExample1, components.securitySchemes.OAuth2",
		},
		{
			Code:     "NaoEncontrado",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Entity not found", PT: "Entidade não encontrada", ES: "Entidad no encontrada"},
			Meaning: Text{
				EN: "The entity named in the path (a charge by txid, a Pix by e2eid, a refund, a location, a webhook) does not exist for this receiving user. It is the general 404 the endpoints declare in components.responses.NaoEncontrado; PSPs send it where the spec gives no more specific type.",
				PT: "A entidade indicada no caminho (uma cobrança pelo txid, um Pix pelo e2eid, uma devolução, uma location, um webhook) não existe para este usuário recebedor. É o 404 geral que os endpoints declaram em components.responses.NaoEncontrado; os PSPs o enviam onde a especificação não dá um tipo mais específico.",
				ES: "La entidad indicada en la ruta (un cobro por txid, un Pix por e2eid, una devolución, una location, un webhook) no existe para este usuario receptor. Es el 404 general que los endpoints declaran en components.responses.NaoEncontrado; los PSP lo envían donde la especificación no da un type más específico.",
			},
			Fix: []Text{
				{EN: "Check the identifier in the path: txid (26 to 35 letters and digits, case-sensitive), e2eid (32 characters), location id, devolução id.", PT: "Confira o identificador no caminho: txid (26 a 35 letras e dígitos, diferenciando maiúsculas de minúsculas), e2eid (32 caracteres), id da location, id da devolução.", ES: "Verifique el identificador en la ruta: txid (26 a 35 letras y dígitos, distingue mayúsculas y minúsculas), e2eid (32 caracteres), id de location, id de devolução."},
				{EN: "Check the base URL and environment: each PSP hosts its own API Pix, and a charge created in homologação does not exist in produção or under another account's credentials.", PT: "Confira a URL base e o ambiente: cada PSP hospeda a sua API Pix, e uma cobrança criada em homologação não existe em produção nem com as credenciais de outra conta.", ES: "Verifique la URL base y el entorno: cada PSP aloja su propia API Pix, y un cobro creado en homologação no existe en produção ni con las credenciales de otra cuenta."},
				{EN: "If the charge was created with POST /cob (txid chosen by the PSP), use the txid from the creation response.", PT: "Se a cobrança foi criada com POST /cob (txid definido pelo PSP), use o txid devolvido na resposta da criação.", ES: "Si el cobro se creó con POST /cob (txid elegido por el PSP), use el txid de la respuesta de creación."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The entity stays missing; correct the identifier, URL or credentials before sending again.", PT: "A entidade continua inexistente; corrija o identificador, a URL ou as credenciais antes de reenviar.", ES: "La entidad sigue sin existir; corrija el identificador, la URL o las credenciales antes de volver a enviar."},
			Idempotency: Text{
				EN: "After a timeout on PUT /cob/{txid}, PUT /cobv/{txid} or PUT /pix/{e2eid}/devolucao/{id}, a 404 on the GET of the same id means the write was not applied: resend the same PUT with the same txid or devolução id, which cannot create a duplicate.",
				PT: "Depois de um timeout em PUT /cob/{txid}, PUT /cobv/{txid} ou PUT /pix/{e2eid}/devolucao/{id}, um 404 no GET do mesmo id significa que a escrita não foi aplicada: reenvie o mesmo PUT com o mesmo txid ou id de devolução, o que não gera duplicidade.",
				ES: "Después de un timeout en PUT /cob/{txid}, PUT /cobv/{txid} o PUT /pix/{e2eid}/devolucao/{id}, un 404 en el GET del mismo id significa que la escritura no se aplicó: vuelva a enviar el mismo PUT con el mismo txid o id de devolução, lo que no puede crear un duplicado.",
			},
			Source: bacenPixErrors + ", Gerais: NaoEncontrado (404 Not Found); components.responses.NaoEncontrado, components.examples.NaoEncontradoExample1",
		},
		{
			Code:     "PermanentementeRemovido",
			Status:   410,
			Category: StateCategory,
			Title:    Text{EN: "Permanently removed", PT: "Permanentemente removido", ES: "Eliminada de forma permanente"},
			Meaning: Text{
				EN: "The entity existed but the PSP has removed it for good, so it can no longer be read or changed, for example a charge or location that is no longer served.",
				PT: "A entidade existia, mas o PSP a removeu de forma permanente, então ela não pode mais ser consultada nem alterada, por exemplo, uma cobrança ou location que não é mais servida.",
				ES: "La entidad existía, pero el PSP la eliminó definitivamente, así que ya no puede leerse ni modificarse, por ejemplo un cobro o una location que ya no se sirve.",
			},
			Fix: []Text{
				{EN: "Stop using this identifier and mark the entity as removed in your system.", PT: "Pare de usar este identificador e marque a entidade como removida no seu sistema.", ES: "Deje de usar este identificador y marque la entidad como eliminada en su sistema."},
				{EN: "If you still need to collect the payment, create a new charge with a new txid and show the payer the new QR code.", PT: "Se ainda precisar receber o pagamento, crie uma nova cobrança com um novo txid e mostre ao pagador o novo QR Code.", ES: "Si todavía necesita cobrar el pago, cree un cobro nuevo con un txid nuevo y muestre al pagador el nuevo código QR."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "410 is final: the entity will not come back, so the same request can never succeed.", PT: "O 410 é definitivo: a entidade não volta, então a mesma requisição nunca vai dar certo.", ES: "El 410 es definitivo: la entidad no volverá, así que la misma solicitud nunca podrá tener éxito."},
			Source:   bacenPixErrors + ", Gerais: PermanentementeRemovido (410 Gone)",
		},
		{
			Code:     "ErroInternoDoServidor",
			Status:   500,
			Category: Internal,
			Title:    Text{EN: "Internal server error", PT: "Erro interno do servidor", ES: "Error interno del servidor"},
			Meaning: Text{
				EN: "The PSP's API Pix met an unexpected condition while processing the request; on a write you do not know whether the charge, refund or webhook was saved.",
				PT: "A API Pix do PSP encontrou uma condição inesperada ao processar a requisição; numa escrita, não se sabe se a cobrança, a devolução ou o webhook foi gravado.",
				ES: "La API Pix del PSP encontró una condición inesperada al procesar la solicitud; en una escritura, no se sabe si se guardó el cobro, la devolución o el webhook.",
			},
			Fix: []Text{
				{EN: "For a read (GET), try again after a short pause.", PT: "Numa consulta (GET), tente de novo após uma pequena pausa.", ES: "En una lectura (GET), vuelva a intentarlo después de una breve pausa."},
				{EN: "For a write, look the resource up first (GET /cob/{txid}, GET /cobv/{txid}, GET /pix/{e2eid}/devolucao/{id}, GET /webhook/{chave}) and resend only if it is missing or not as you sent it.", PT: "Numa escrita, consulte o recurso antes (GET /cob/{txid}, GET /cobv/{txid}, GET /pix/{e2eid}/devolucao/{id}, GET /webhook/{chave}) e reenvie só se ele não existir ou não estiver como você enviou.", ES: "En una escritura, consulte primero el recurso (GET /cob/{txid}, GET /cobv/{txid}, GET /pix/{e2eid}/devolucao/{id}, GET /webhook/{chave}) y reenvíe solo si falta o no está como lo envió."},
				{EN: "For POST /cob, POST /cobr, POST /rec or POST /loc (id chosen by the PSP), list by time window (e.g. GET /cob?inicio=...&fim=...) to find what was created before sending again; prefer the PUT variants with your own txid.", PT: "Em POST /cob, POST /cobr, POST /rec ou POST /loc (id definido pelo PSP), liste pela janela de tempo (ex.: GET /cob?inicio=...&fim=...) para achar o que foi criado antes de reenviar; prefira as variantes PUT com o seu próprio txid.", ES: "En POST /cob, POST /cobr, POST /rec o POST /loc (id elegido por el PSP), liste por ventana de tiempo (p. ej., GET /cob?inicio=...&fim=...) para encontrar lo que se creó antes de volver a enviar; prefiera las variantes PUT con su propio txid."},
				{EN: "If it persists, send the PSP the correlationId from the problem body.", PT: "Se persistir, envie ao PSP o correlationId do corpo do problema.", ES: "Si persiste, envíe al PSP el correlationId del cuerpo del problema."},
			},
			Retry:    CheckFirst,
			RetryWhy: Text{EN: "A 500 on a write leaves the outcome unknown; checking first avoids acting on a charge or refund twice.", PT: "Um 500 numa escrita deixa o resultado incerto; consultar antes evita agir duas vezes sobre uma cobrança ou devolução.", ES: "Un 500 en una escritura deja el resultado desconocido; verificar primero evita actuar dos veces sobre un cobro o una devolución."},
			Idempotency: Text{
				EN: "Resend with the SAME txid (PUT /cob/{txid}, PUT /cobv/{txid}), the same devolução id (PUT /pix/{e2eid}/devolucao/{id}) or the same chave (PUT /webhook/{chave}): the txid is unique per receiver CPF/CNPJ and the devolução id per e2eid, so the resend cannot create a second charge or refund. Never switch to a new id for a retry; POST endpoints have no client id, so list before resending.",
				PT: "Reenvie com o MESMO txid (PUT /cob/{txid}, PUT /cobv/{txid}), o mesmo id de devolução (PUT /pix/{e2eid}/devolucao/{id}) ou a mesma chave (PUT /webhook/{chave}): o txid é único por CPF/CNPJ do recebedor e o id da devolução por e2eid, então o reenvio não cria uma segunda cobrança ou devolução. Nunca troque o id numa nova tentativa; os endpoints POST não têm id do cliente, então liste antes de reenviar.",
				ES: "Reenvíe con el MISMO txid (PUT /cob/{txid}, PUT /cobv/{txid}), el mismo id de devolução (PUT /pix/{e2eid}/devolucao/{id}) o la misma chave (PUT /webhook/{chave}): el txid es único por CPF/CNPJ del receptor y el id de devolução por e2eid, así que el reenvío no puede crear un segundo cobro ni una segunda devolución. Nunca cambie a un id nuevo para un reintento; los endpoints POST no tienen id del cliente, así que liste antes de reenviar.",
			},
			Source: bacenPixErrors + ", Gerais: ErroInternoDoServidor (500 Internal Server Error)",
		},
		{
			Code:     "ServicoIndisponivel",
			Status:   503,
			Category: Unavailable,
			Title:    Text{EN: "Service unavailable", PT: "Serviço indisponível", ES: "Servicio no disponible"},
			Meaning: Text{
				EN: "The PSP's API Pix is not available at the moment: it may be in maintenance or outside its operating window. The request was normally not processed.",
				PT: "A API Pix do PSP não está disponível no momento: pode estar em manutenção ou fora da janela de funcionamento. Normalmente a requisição não foi processada.",
				ES: "La API Pix del PSP no está disponible en este momento: puede estar en mantenimiento o fuera de su horario de operación. Normalmente la solicitud no se procesó.",
			},
			Fix: []Text{
				{EN: "Retry with exponential backoff (1 s, 2 s, 4 s, 8 s); if the PSP sends a Retry-After header, wait that long (the spec itself names none).", PT: "Tente de novo com backoff exponencial (1 s, 2 s, 4 s, 8 s); se o PSP enviar o cabeçalho Retry-After, espere esse tempo (a especificação em si não define nenhum).", ES: "Reintente con backoff exponencial (1 s, 2 s, 4 s, 8 s); si el PSP envía un encabezado Retry-After, espere ese tiempo (la especificación en sí no define ninguno)."},
				{EN: "Check the PSP's status page or maintenance schedule and its operating window for the service.", PT: "Consulte a página de status do PSP ou o calendário de manutenção e a janela de funcionamento do serviço.", ES: "Revise la página de estado o el calendario de mantenimiento del PSP y su horario de operación para el servicio."},
				{EN: "If it lasts, contact the PSP with the correlationId of the problem.", PT: "Se persistir, fale com o PSP informando o correlationId do problema.", ES: "Si se prolonga, contacte al PSP con el correlationId del problema."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "Maintenance and closed windows are temporary, and the request was refused before processing.", PT: "Manutenção e janela fechada são temporárias, e a requisição foi recusada antes de ser processada.", ES: "El mantenimiento y los horarios cerrados son temporales, y la solicitud se rechazó antes de procesarse."},
			Idempotency: Text{
				EN: "Resending PUT /cob/{txid}, PUT /cobv/{txid}, PUT /pix/{e2eid}/devolucao/{id} or PUT /webhook/{chave} with the same id is safe: the id is yours and cannot yield a duplicate. For POST /cob (txid chosen by the PSP), if you are not sure an earlier attempt failed, list GET /cob by inicio/fim first.",
				PT: "Reenviar PUT /cob/{txid}, PUT /cobv/{txid}, PUT /pix/{e2eid}/devolucao/{id} ou PUT /webhook/{chave} com o mesmo id é seguro: o id é seu e não gera duplicidade. Em POST /cob (txid definido pelo PSP), se não tiver certeza de que uma tentativa anterior falhou, liste GET /cob por inicio/fim antes.",
				ES: "Reenviar PUT /cob/{txid}, PUT /cobv/{txid}, PUT /pix/{e2eid}/devolucao/{id} o PUT /webhook/{chave} con el mismo id es seguro: el id es suyo y no puede generar un duplicado. En POST /cob (txid elegido por el PSP), si no está seguro de que un intento anterior falló, primero liste GET /cob por inicio/fim.",
			},
			Source: bacenPixErrors + ", Gerais: ServicoIndisponivel (503 Service Unavailable); components.responses.ServicoIndisponivel, components.examples.ServicoIndisponivelExample1",
		},
		{
			Code:     "IndisponibilidadePorTempoEsgotado",
			Status:   504,
			Category: Timeout,
			Title:    Text{EN: "Timed out", PT: "Indisponibilidade por tempo esgotado", ES: "Tiempo de espera agotado"},
			Meaning: Text{
				EN: "The service took longer than expected to answer (a gateway timeout inside the PSP), so the request may or may not have been carried out.",
				PT: "O serviço demorou além do esperado para responder (um gateway timeout dentro do PSP), então a requisição pode ter sido executada ou não.",
				ES: "El servicio tardó más de lo esperado en responder (un timeout de gateway dentro del PSP), así que es posible que la solicitud se haya ejecutado o no.",
			},
			Fix: []Text{
				{EN: "Look the resource up with the id you chose: GET /cob/{txid}, GET /cobv/{txid}, GET /pix/{e2eid}/devolucao/{id}, GET /webhook/{chave}.", PT: "Consulte o recurso pelo id que você escolheu: GET /cob/{txid}, GET /cobv/{txid}, GET /pix/{e2eid}/devolucao/{id}, GET /webhook/{chave}.", ES: "Consulte el recurso con el id que eligió: GET /cob/{txid}, GET /cobv/{txid}, GET /pix/{e2eid}/devolucao/{id}, GET /webhook/{chave}."},
				{EN: "If it is there as you sent it, the write succeeded: do not send it again. If the GET says not found, resend the same PUT with the same id.", PT: "Se ele estiver lá como você enviou, a escrita deu certo: não reenvie. Se o GET disser que não existe, reenvie o mesmo PUT com o mesmo id.", ES: "Si está tal como lo envió, la escritura tuvo éxito: no la vuelva a enviar. Si el GET indica que no se encontró, reenvíe el mismo PUT con el mismo id."},
				{EN: "If the lookup also times out, wait with exponential backoff and check again; give the PSP the correlationId if it keeps happening.", PT: "Se a consulta também der timeout, espere com backoff exponencial e consulte de novo; informe o correlationId ao PSP se continuar acontecendo.", ES: "Si la consulta también agota el tiempo de espera, espere con backoff exponencial y vuelva a verificar; dé al PSP el correlationId si sigue ocurriendo."},
			},
			Retry:    CheckFirst,
			RetryWhy: Text{EN: "The outcome is unknown; looking the resource up first avoids applying a write twice.", PT: "O resultado é incerto; consultar o recurso antes evita aplicar uma escrita duas vezes.", ES: "El resultado se desconoce; consultar primero el recurso evita aplicar una escritura dos veces."},
			Idempotency: Text{
				EN: "Resend only with the SAME txid or devolução id: the id is unique per receiver (txid) or per e2eid (devolução), so the resend cannot create a duplicate charge or refund. After a timeout on a POST without a client id (POST /cob, /cobr, /rec, /solicrec, /loc), list by inicio/fim before creating again.",
				PT: "Reenvie só com o MESMO txid ou id de devolução: o id é único por recebedor (txid) ou por e2eid (devolução), então o reenvio não cria cobrança ou devolução duplicada. Depois de um timeout num POST sem id do cliente (POST /cob, /cobr, /rec, /solicrec, /loc), liste por inicio/fim antes de criar de novo.",
				ES: "Reenvíe solo con el MISMO txid o id de devolução: el id es único por receptor (txid) o por e2eid (devolução), así que el reenvío no puede crear un cobro ni una devolución duplicados. Después de un timeout en un POST sin id del cliente (POST /cob, /cobr, /rec, /solicrec, /loc), liste por inicio/fim antes de volver a crear.",
			},
			Source: bacenPixErrors + ", Gerais: IndisponibilidadePorTempoEsgotado (504 Gateway Timeout)",
		},

		// Tag CobPayload: the payer's PSP fetching a charge's payload through its location.
		{
			Code:     "CobPayloadNaoEncontrado",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "No charge at this location", PT: "Cobrança não encontrada para a location", ES: "No hay cobro en esta location"},
			Meaning: Text{
				EN: "The location read from a dynamic QR code (GET /{pixUrlAccessToken} or GET /cobv/{pixUrlAccessToken}) has no charge to serve: none is linked, or the charge is expired, overdue, completed or removed and the PSP chose not to serve it. The spec allows 404 (the location shows no charge) or 410 (it showed one and never will again).",
				PT: "A location lida de um QR Code dinâmico (GET /{pixUrlAccessToken} ou GET /cobv/{pixUrlAccessToken}) não tem cobrança para servir: nenhuma está vinculada, ou a cobrança está expirada, vencida, concluída ou removida e o PSP optou por não servi-la. A especificação admite 404 (a location não exibe cobrança) ou 410 (exibia e não exibirá mais).",
				ES: "La location leída de un código QR dinámico (GET /{pixUrlAccessToken} o GET /cobv/{pixUrlAccessToken}) no tiene ningún cobro que servir: no hay ninguno vinculado, o el cobro expiró, está vencido, se completó o se eliminó y el PSP optó por no servirlo. La especificación permite 404 (la location no muestra ningún cobro) o 410 (mostró uno y nunca volverá a hacerlo).",
			},
			Fix: []Text{
				{EN: "As the receiver, check the charge with GET /cob/{txid} or GET /cobv/{txid}: if it is ATIVA, check that its loc.id is this location.", PT: "Como recebedor, consulte a cobrança com GET /cob/{txid} ou GET /cobv/{txid}: se estiver ATIVA, confira se o loc.id dela é esta location.", ES: "Como receptor, verifique el cobro con GET /cob/{txid} o GET /cobv/{txid}: si está ATIVA, verifique que su loc.id sea esta location."},
				{EN: "If the charge expired (calendario.expiracao, default 86400 seconds), was paid (CONCLUIDA) or removed, create a new charge and show the new QR code.", PT: "Se a cobrança expirou (calendario.expiracao, padrão 86400 segundos), foi paga (CONCLUIDA) ou removida, crie uma nova cobrança e mostre o novo QR Code.", ES: "Si el cobro expiró (calendario.expiracao, 86400 segundos por defecto), se pagó (CONCLUIDA) o se eliminó, cree un cobro nuevo y muestre el nuevo código QR."},
				{EN: "As the payer's app, tell the user this QR code is no longer valid and ask the receiver for a new one.", PT: "Como app do pagador, avise o usuário que este QR Code não é mais válido e peça um novo ao recebedor.", ES: "Como app del pagador, informe al usuario que este código QR ya no es válido y pídale que solicite uno nuevo al receptor."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Fetching the same location gives the same answer until the receiver links an active charge to it; with 410 it never will, so use a new QR code.", PT: "Buscar a mesma location dá a mesma resposta até o recebedor vincular uma cobrança ativa a ela; com 410 isso nunca acontece, então use um novo QR Code.", ES: "Consultar la misma location da la misma respuesta hasta que el receptor le vincule un cobro activo; con 410 eso nunca ocurrirá, así que use un código QR nuevo."},
			Source:   bacenPixErrors + ", Tag CobPayload: CobPayloadNaoEncontrado (404 or 410); components.examples.RequisicaoInvalidaCobPayloadExample1",
		},
		{
			Code:     "CobPayloadOperacaoInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid payload request for a charge with due date", PT: "Requisição de payload inválida para cobrança com vencimento", ES: "Solicitud de payload inválida para un cobro con vencimiento"},
			Meaning: Text{
				EN: "The charge with due date exists, but the payload request GET /cobv/{pixUrlAccessToken} carried invalid query parameters: codMun (the payer's IBGE municipality code) or DPP (the intended payment date).",
				PT: "A cobrança com vencimento existe, mas a requisição do payload GET /cobv/{pixUrlAccessToken} trouxe parâmetros de consulta inválidos: codMun (código IBGE do município do pagador) ou DPP (data de pagamento pretendida).",
				ES: "El cobro con vencimiento existe, pero la solicitud de payload GET /cobv/{pixUrlAccessToken} trajo parámetros de consulta inválidos: codMun (el código de municipio IBGE del pagador) o DPP (la fecha prevista de pago).",
			},
			Fix: []Text{
				{EN: "Send codMun as exactly 7 digits from the IBGE municipality table (the first two are the state code).", PT: "Envie codMun com exatamente 7 dígitos da tabela de municípios do IBGE (os dois primeiros são o código da UF).", ES: "Envíe codMun como exactamente 7 dígitos de la tabla de municipios del IBGE (los dos primeros son el código del estado)."},
				{EN: "Send DPP as YYYY-MM-DD (ISO 8601), not before today and not after the last payable day, calendario.dataDeVencimento plus calendario.validadeAposVencimento days (due 2020-12-25 with 10 days: DPP 2021-01-05 is invalid).", PT: "Envie DPP como AAAA-MM-DD (ISO 8601), não anterior a hoje e não posterior ao último dia pagável, calendario.dataDeVencimento mais calendario.validadeAposVencimento dias (vencimento 2020-12-25 com 10 dias: DPP 2021-01-05 é inválida).", ES: "Envíe DPP como YYYY-MM-DD (ISO 8601), no anterior a hoy ni posterior al último día en que puede pagarse, calendario.dataDeVencimento más calendario.validadeAposVencimento días (vencimiento 2020-12-25 con 10 días: DPP 2021-01-05 es inválido)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Only corrected codMun and DPP values make the location serve the payload.", PT: "Só valores corrigidos de codMun e DPP fazem a location servir o payload.", ES: "Solo con valores corregidos de codMun y DPP la location sirve el payload."},
			Source:   bacenPixErrors + ", Tag CobPayload: CobPayloadOperacaoInvalida (400); paths./cobv/{pixUrlAccessToken} parameters codMun, DPP",
		},

		// Tag RecPayload: the payer's PSP fetching a recurrence's payload.
		{
			Code:     "RecPayloadNaoEncontrado",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "No recurrence at this location", PT: "Recorrência não encontrada para a location", ES: "No hay recurrencia en esta location"},
			Meaning: Text{
				EN: "The recurrence location (GET /rec/{recUrlAccessToken}, read by the payer's PSP to show a Pix Automático recurrence) has no recurrence to serve: none is linked, or it is expired, cancelled or rejected and the PSP chose not to serve it. The spec allows 404, or 410 when the location showed one and never will again.",
				PT: "A location de recorrência (GET /rec/{recUrlAccessToken}, lida pelo PSP do pagador para exibir uma recorrência do Pix Automático) não tem recorrência para servir: nenhuma está vinculada, ou ela está expirada, cancelada ou rejeitada e o PSP optou por não servi-la. A especificação admite 404, ou 410 quando a location exibia uma e não exibirá mais.",
				ES: "La location de recurrencia (GET /rec/{recUrlAccessToken}, que lee el PSP del pagador para mostrar una recurrencia de Pix Automático) no tiene ninguna recurrencia que servir: no hay ninguna vinculada, o venció, se canceló o se rechazó y el PSP optó por no servirla. La especificación permite 404, o 410 cuando la location mostró una y nunca volverá a hacerlo.",
			},
			Fix: []Text{
				{EN: "As the receiver, check the recurrence with GET /rec/{idRec}: its status and that its loc is this location.", PT: "Como recebedor, consulte a recorrência com GET /rec/{idRec}: o status e se a loc dela é esta location.", ES: "Como receptor, verifique la recurrencia con GET /rec/{idRec}: su status y que su loc sea esta location."},
				{EN: "If it is expired, cancelled or rejected, create a new recurrence (POST /rec) with a new location (POST /locrec) and send the payer the new link or QR code.", PT: "Se estiver expirada, cancelada ou rejeitada, crie uma nova recorrência (POST /rec) com uma nova location (POST /locrec) e envie ao pagador o novo link ou QR Code.", ES: "Si venció, se canceló o se rechazó, cree una recurrencia nueva (POST /rec) con una location nueva (POST /locrec) y envíe al pagador el nuevo link o código QR."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same location keeps answering this until the receiver links a valid recurrence to it; with 410 it never will.", PT: "A mesma location continua respondendo isso até o recebedor vincular uma recorrência válida a ela; com 410, isso nunca vai acontecer.", ES: "La misma location sigue respondiendo esto hasta que el receptor le vincule una recurrencia válida; con 410 eso nunca ocurrirá."},
			Source:   bacenPixErrors + ", Tag RecPayload: RecPayloadNaoEncontrado (404 or 410)",
		},
		{
			Code:     "RecPayloadOperacaoInvalida",
			Status:   400,
			Category: StateCategory,
			Title:    Text{EN: "Recurrence expired, rejected or cancelled", PT: "Recorrência expirada, rejeitada ou cancelada", ES: "Recurrencia vencida, rechazada o cancelada"},
			Meaning: Text{
				EN: "The recurrence behind GET /rec/{recUrlAccessToken} is expired, rejected or cancelled, so its payload can no longer be used to authorise it (the spec's example titles it \"Recorrência não encontrada.\" although the status is 400).",
				PT: "A recorrência por trás de GET /rec/{recUrlAccessToken} está expirada, rejeitada ou cancelada, então o payload dela não pode mais ser usado para autorizá-la (o exemplo da especificação usa o title \"Recorrência não encontrada.\" embora o status seja 400).",
				ES: "La recurrencia detrás de GET /rec/{recUrlAccessToken} está vencida, rechazada o cancelada, así que su payload ya no puede usarse para autorizarla (el ejemplo de la especificación la titula \"Recorrência não encontrada.\" aunque el estado es 400).",
			},
			Fix: []Text{
				{EN: "Stop offering this link or QR code to the payer.", PT: "Pare de oferecer este link ou QR Code ao pagador.", ES: "Deje de ofrecer este link o código QR al pagador."},
				{EN: "Create a new recurrence (POST /rec) with a new location and send the payer the new one to authorise.", PT: "Crie uma nova recorrência (POST /rec) com uma nova location e envie a nova ao pagador para autorização.", ES: "Cree una recurrencia nueva (POST /rec) con una location nueva y envíe al pagador la nueva para que la autorice."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "Expired, rejected and cancelled are final states of the recurrence; this location will never serve it again.", PT: "Expirada, rejeitada e cancelada são estados finais da recorrência; esta location nunca mais vai servi-la.", ES: "Vencida, rechazada y cancelada son estados finales de la recurrencia; esta location nunca volverá a servirla."},
			Source:   bacenPixErrors + ", Tag RecPayload: RecPayloadOperacaoInvalida (400); components.examples.RequisicaoInvalidaRecPayloadExample1",
		},

		// Tag Rec: recurrences (Pix Automático).
		{
			Code:     "RecNaoEncontrada",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Recurrence not found", PT: "Recorrência não encontrada", ES: "Recurrencia no encontrada"},
			Meaning: Text{
				EN: "No recurrence exists for the idRec given to GET or PATCH /rec/{idRec}.",
				PT: "Não existe recorrência para o idRec informado em GET ou PATCH /rec/{idRec}.",
				ES: "No existe ninguna recurrencia para el idRec indicado en GET o PATCH /rec/{idRec}.",
			},
			Fix: []Text{
				{EN: "Use the idRec returned by POST /rec (or found with GET /rec), spelled exactly.", PT: "Use o idRec devolvido por POST /rec (ou encontrado com GET /rec), escrito exatamente igual.", ES: "Use el idRec que devolvió POST /rec (o que encontró con GET /rec), escrito exactamente igual."},
				{EN: "Check that you call the same PSP, environment and account that created the recurrence.", PT: "Verifique se você chama o mesmo PSP, ambiente e conta que criaram a recorrência.", ES: "Verifique que esté llamando al mismo PSP, entorno y cuenta que crearon la recurrencia."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "An unknown idRec stays unknown; correct it before sending again.", PT: "Um idRec desconhecido continua desconhecido; corrija-o antes de reenviar.", ES: "Un idRec desconocido sigue siendo desconocido; corríjalo antes de volver a enviar."},
			Idempotency: Text{
				EN: "POST /rec gets its idRec from the PSP, so it has no client id: after a timeout, list GET /rec by inicio/fim to see whether the recurrence was created before posting it again.",
				PT: "O POST /rec recebe o idRec do PSP, então não tem id do cliente: depois de um timeout, liste GET /rec por inicio/fim para ver se a recorrência foi criada antes de enviá-la de novo.",
				ES: "POST /rec recibe su idRec del PSP, así que no tiene id del cliente: después de un timeout, liste GET /rec por inicio/fim para ver si la recurrencia se creó antes de volver a enviar el POST.",
			},
			Source: bacenPixErrors + ", Tag Rec: RecNaoEncontrada (404)",
		},
		{
			Code:     "RecOperacaoInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid operation on a recurrence", PT: "Operação inválida na recorrência", ES: "Operación inválida sobre una recurrencia"},
			Meaning: Text{
				EN: "The POST /rec or PATCH /rec/{idRec} request breaks the schema or makes no sense: e.g. rec.calendario.dataInicial before the creation date, dataFinal before dataInicial, both rec.valor.valorRec and valorMinimoRecebedor filled, rec.loc missing or used by another recurrence, convenio not accepted; on PATCH, the recurrence is expired, cancelled or rejected, or loc/dataInicial changed outside status CRIADA.",
				PT: "A requisição POST /rec ou PATCH /rec/{idRec} não respeita o schema ou está semanticamente errada: ex.: rec.calendario.dataInicial anterior à criação, dataFinal anterior a dataInicial, rec.valor.valorRec e valorMinimoRecebedor ambos preenchidos, rec.loc inexistente ou usada por outra recorrência, convênio não aceito; no PATCH, a recorrência está expirada, cancelada ou rejeitada, ou loc/dataInicial alterados fora do status CRIADA.",
				ES: "La solicitud POST /rec o PATCH /rec/{idRec} infringe el esquema o no tiene sentido: p. ej., rec.calendario.dataInicial anterior a la fecha de creación, dataFinal anterior a dataInicial, rec.valor.valorRec y valorMinimoRecebedor completados a la vez, rec.loc ausente o usada por otra recurrencia, convenio no aceptado; en PATCH, la recurrencia está vencida, cancelada o rechazada, o se cambió loc/dataInicial fuera del status CRIADA.",
			},
			Fix: []Text{
				{EN: "Read violacoes (razao, propriedade) to see which rule failed.", PT: "Leia violacoes (razao, propriedade) para ver qual regra falhou.", ES: "Lea violacoes (razao, propriedade) para ver qué regla falló."},
				{EN: "Keep dataInicial on or after the creation date and dataFinal on or after dataInicial; fill only one of rec.valor.valorRec and rec.valor.valorMinimoRecebedor.", PT: "Mantenha dataInicial igual ou posterior à data de criação e dataFinal igual ou posterior a dataInicial; preencha só um entre rec.valor.valorRec e rec.valor.valorMinimoRecebedor.", ES: "Mantenga dataInicial en la fecha de creación o después, y dataFinal en dataInicial o después; complete solo uno de rec.valor.valorRec y rec.valor.valorMinimoRecebedor."},
				{EN: "For rec.loc, create a location with POST /locrec and use it in one recurrence only.", PT: "Para rec.loc, crie uma location com POST /locrec e use-a em uma única recorrência.", ES: "Para rec.loc, cree una location con POST /locrec y úsela en una sola recurrencia."},
				{EN: "On PATCH, change rec.loc and rec.calendario.dataInicial only while the status is CRIADA; an expired, cancelled or rejected recurrence cannot be changed, so create a new one.", PT: "No PATCH, altere rec.loc e rec.calendario.dataInicial só enquanto o status for CRIADA; uma recorrência expirada, cancelada ou rejeitada não pode ser alterada, então crie outra.", ES: "En PATCH, cambie rec.loc y rec.calendario.dataInicial solo mientras el status sea CRIADA; una recurrencia vencida, cancelada o rechazada no puede modificarse, así que cree una nueva."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "A corrected body passes; but when violacoes says the recurrence is expired, cancelled or rejected, no change will ever be accepted.", PT: "Um corpo corrigido passa; mas quando violacoes diz que a recorrência está expirada, cancelada ou rejeitada, nenhuma alteração será aceita.", ES: "Un cuerpo corregido pasa; pero cuando violacoes indica que la recurrencia está vencida, cancelada o rechazada, ningún cambio será aceptado jamás."},
			Idempotency: Text{
				EN: "POST /rec has no client-chosen id: a refused request created nothing, but after a timeout list GET /rec before posting again, or you may create a second recurrence.",
				PT: "O POST /rec não tem id escolhido pelo cliente: uma requisição recusada não criou nada, mas depois de um timeout liste GET /rec antes de reenviar, ou você pode criar uma segunda recorrência.",
				ES: "POST /rec no tiene id elegido por el cliente: una solicitud rechazada no creó nada, pero después de un timeout liste GET /rec antes de volver a enviar el POST, o podría crear una segunda recurrencia.",
			},
			Source: bacenPixErrors + ", Tag Rec: RecOperacaoInvalida (400), violations for POST /rec and PATCH /rec/{idRec}; components.examples.OperacaoInvalidaRecExample1",
		},
		{
			Code:     "RecConsultaInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid recurrence query", PT: "Consulta de recorrências inválida", ES: "Consulta de recurrencias inválida"},
			Meaning: Text{
				EN: "The query parameters of GET /rec or GET /rec/{idRec} break the schema or make no sense: fim before inicio, both cpf and cnpj, negative paging, or a txid that does not match the recurrence's ativacao.tipoJornada (e.g. a CobV txid with JORNADA_3) or differs from ativacao.dadosJornada.txid.",
				PT: "Os parâmetros de consulta de GET /rec ou GET /rec/{idRec} não respeitam o schema ou não fazem sentido: fim anterior a inicio, cpf e cnpj juntos, paginação negativa, ou um txid incompatível com ativacao.tipoJornada da recorrência (ex.: txid de CobV com JORNADA_3) ou diferente de ativacao.dadosJornada.txid.",
				ES: "Los parámetros de consulta de GET /rec o GET /rec/{idRec} infringen el esquema o no tienen sentido: fim anterior a inicio, cpf y cnpj a la vez, paginación negativa, o un txid que no corresponde al ativacao.tipoJornada de la recurrencia (p. ej., un txid de CobV con JORNADA_3) o que difiere de ativacao.dadosJornada.txid.",
			},
			Fix: []Text{
				{EN: "Send inicio and fim as RFC 3339 timestamps with fim not before inicio, and at most one of cpf (11 digits) or cnpj (14 characters).", PT: "Envie inicio e fim como data-hora RFC 3339, com fim não anterior a inicio, e no máximo um entre cpf (11 dígitos) e cnpj (14 caracteres).", ES: "Envíe inicio y fim como marcas de tiempo RFC 3339, con fim no anterior a inicio, y como máximo uno de cpf (11 dígitos) o cnpj (14 caracteres)."},
				{EN: "Keep paginacao.paginaAtual at 0 or more and paginacao.itensPorPagina between 1 and 1000 (default 100).", PT: "Mantenha paginacao.paginaAtual em 0 ou mais e paginacao.itensPorPagina entre 1 e 1000 (padrão 100).", ES: "Mantenga paginacao.paginaAtual en 0 o más y paginacao.itensPorPagina entre 1 y 1000 (100 por defecto)."},
				{EN: "On GET /rec/{idRec}, pass a txid of the charge type the journey expects (immediate charge for JORNADA_3, the one in ativacao.dadosJornada.txid).", PT: "Em GET /rec/{idRec}, passe um txid do tipo de cobrança que a jornada espera (cobrança imediata na JORNADA_3, a mesma de ativacao.dadosJornada.txid).", ES: "En GET /rec/{idRec}, pase un txid del tipo de cobro que espera la jornada (cobro inmediato para JORNADA_3, el de ativacao.dadosJornada.txid)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same query is rejected again; correct the parameters.", PT: "A mesma consulta é recusada de novo; corrija os parâmetros.", ES: "La misma consulta se rechaza otra vez; corrija los parámetros."},
			Source:   bacenPixErrors + ", Tag Rec: RecConsultaInvalida (400), violations for GET /rec and GET /rec/{idRec}",
		},

		// Tag SolicRec: requests for the payer to confirm a recurrence.
		{
			Code:     "SolicRecNaoEncontrada",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Recurrence request not found", PT: "Solicitação de recorrência não encontrada", ES: "Solicitud de recurrencia no encontrada"},
			Meaning: Text{
				EN: "No request to confirm a recurrence exists for the idSolicRec given to GET /solicrec/{idSolicRec}.",
				PT: "Não existe solicitação de confirmação de recorrência para o idSolicRec informado em GET /solicrec/{idSolicRec}.",
				ES: "No existe ninguna solicitud de confirmación de recurrencia para el idSolicRec indicado en GET /solicrec/{idSolicRec}.",
			},
			Fix: []Text{
				{EN: "Use the idSolicRec returned by POST /solicrec, spelled exactly.", PT: "Use o idSolicRec devolvido por POST /solicrec, escrito exatamente igual.", ES: "Use el idSolicRec que devolvió POST /solicrec, escrito exactamente igual."},
				{EN: "Check the PSP, environment and account you are calling.", PT: "Confira o PSP, o ambiente e a conta que você está chamando.", ES: "Verifique el PSP, el entorno y la cuenta a los que está llamando."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "An unknown idSolicRec stays unknown; correct it first.", PT: "Um idSolicRec desconhecido continua desconhecido; corrija-o antes.", ES: "Un idSolicRec desconocido sigue siendo desconocido; primero corríjalo."},
			Source:   bacenPixErrors + ", Tag SolicRec: SolicRecNaoEncontrada (404)",
		},
		{
			Code:     "SolicRecOperacaoInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid recurrence request operation", PT: "Operação inválida na solicitação de recorrência", ES: "Operación inválida sobre una solicitud de recurrencia"},
			Meaning: Text{
				EN: "Creating (POST /solicrec) or changing (PATCH /solicrec/{idSolicRec}) a request to confirm a recurrence breaks the schema or makes no sense: calendario or destinatario malformed, dataExpiracaoSolicitacao before the creation date, an active request already exists for the same idRec, or cancelling a request whose status is not CRIADA, ENVIADA or RECEBIDA.",
				PT: "Criar (POST /solicrec) ou alterar (PATCH /solicrec/{idSolicRec}) uma solicitação de confirmação de recorrência não respeita o schema ou está semanticamente errado: calendario ou destinatario malformados, dataExpiracaoSolicitacao anterior à criação, já existe uma solicitação ativa para o mesmo idRec, ou cancelar uma solicitação cujo status não é CRIADA, ENVIADA ou RECEBIDA.",
				ES: "Crear (POST /solicrec) o modificar (PATCH /solicrec/{idSolicRec}) una solicitud de confirmación de recurrencia infringe el esquema o no tiene sentido: calendario o destinatario mal formados, dataExpiracaoSolicitacao anterior a la fecha de creación, ya existe una solicitud activa para el mismo idRec, o se intenta cancelar una solicitud cuyo status no es CRIADA, ENVIADA ni RECEBIDA.",
			},
			Fix: []Text{
				{EN: "Read violacoes; fix solicrec.calendario and solicrec.destinatario, with dataExpiracaoSolicitacao after the creation date.", PT: "Leia violacoes; corrija solicrec.calendario e solicrec.destinatario, com dataExpiracaoSolicitacao posterior à data de criação.", ES: "Lea violacoes; corrija solicrec.calendario y solicrec.destinatario, con dataExpiracaoSolicitacao posterior a la fecha de creación."},
				{EN: "If a request is already active for this idRec, use it (or cancel it while it is CRIADA, ENVIADA or RECEBIDA) instead of creating another.", PT: "Se já houver uma solicitação ativa para este idRec, use-a (ou cancele-a enquanto estiver CRIADA, ENVIADA ou RECEBIDA) em vez de criar outra.", ES: "Si ya hay una solicitud activa para este idRec, úsela (o cancélela mientras esté CRIADA, ENVIADA o RECEBIDA) en lugar de crear otra."},
				{EN: "A request already accepted, rejected, expired or cancelled cannot be cancelled: nothing to do.", PT: "Uma solicitação já aceita, rejeitada, expirada ou cancelada não pode ser cancelada: não há o que fazer.", ES: "Una solicitud ya aceptada, rechazada, vencida o cancelada no puede cancelarse: no hay nada que hacer."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "A corrected body passes; cancelling a request past RECEBIDA never will.", PT: "Um corpo corrigido passa; cancelar uma solicitação depois de RECEBIDA nunca vai passar.", ES: "Un cuerpo corregido pasa; cancelar una solicitud que ya pasó de RECEBIDA nunca lo hará."},
			Idempotency: Text{
				EN: "POST /solicrec has no client id: if a resend after a timeout gets \"active request for the same idRec\", the first attempt was created, so use it rather than creating another.",
				PT: "O POST /solicrec não tem id do cliente: se um reenvio depois de timeout receber \"solicitação ativa para o mesmo idRec\", a primeira tentativa foi criada, então use-a em vez de criar outra.",
				ES: "POST /solicrec no tiene id del cliente: si un reenvío después de un timeout recibe \"solicitud activa para el mismo idRec\", el primer intento se creó, así que úselo en lugar de crear otra.",
			},
			Source: bacenPixErrors + ", Tag SolicRec: SolicRecOperacaoInvalida (400), violations for POST /solicrec and PATCH /solicrec/{idSolicRec}; components.examples.OperacaoInvalidaSolicRecExample1, OperacaoInvalidaSolicRecExample2",
		},

		// Tag CobR: charges of a recurrence.
		{
			Code:     "CobRNaoEncontrado",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Recurring charge not found", PT: "Cobrança recorrente não encontrada", ES: "Cobro recurrente no encontrado"},
			Meaning: Text{
				EN: "No recurring charge exists for the txid given to GET or PATCH /cobr/{txid} or POST /cobr/{txid}/retentativa/{data}.",
				PT: "Não existe cobrança recorrente para o txid informado em GET ou PATCH /cobr/{txid} ou POST /cobr/{txid}/retentativa/{data}.",
				ES: "No existe ningún cobro recurrente para el txid indicado en GET o PATCH /cobr/{txid} o en POST /cobr/{txid}/retentativa/{data}.",
			},
			Fix: []Text{
				{EN: "Check the txid (26 to 35 letters and digits); if the charge came from POST /cobr, use the txid the PSP returned.", PT: "Confira o txid (26 a 35 letras e dígitos); se a cobrança veio de POST /cobr, use o txid devolvido pelo PSP.", ES: "Verifique el txid (26 a 35 letras y dígitos); si el cobro provino de POST /cobr, use el txid que devolvió el PSP."},
				{EN: "Check the PSP, environment and account.", PT: "Confira o PSP, o ambiente e a conta.", ES: "Verifique el PSP, el entorno y la cuenta."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "An unknown txid stays unknown; correct it first.", PT: "Um txid desconhecido continua desconhecido; corrija-o antes.", ES: "Un txid desconocido sigue siendo desconocido; primero corríjalo."},
			Idempotency: Text{
				EN: "After a timeout on PUT /cobr/{txid}, this 404 on GET /cobr/{txid} means the charge was not created: resend the same PUT with the same txid.",
				PT: "Depois de um timeout em PUT /cobr/{txid}, este 404 em GET /cobr/{txid} significa que a cobrança não foi criada: reenvie o mesmo PUT com o mesmo txid.",
				ES: "Después de un timeout en PUT /cobr/{txid}, este 404 en GET /cobr/{txid} significa que el cobro no se creó: vuelva a enviar el mismo PUT con el mismo txid.",
			},
			Source: bacenPixErrors + ", Tag CobR: CobRNaoEncontrado (404)",
		},
		{
			Code:     "CobROperacaoInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid recurring charge operation", PT: "Operação inválida na cobrança recorrente", ES: "Operación inválida sobre un cobro recurrente"},
			Meaning: Text{
				EN: "Creating, changing or retrying a recurring charge ([POST|PUT|PATCH] /cobr/{txid}, POST /cobr/{txid}/retentativa/{data}) breaks the schema or makes no sense: dataDeVencimento before creation, account not the receiver's, txid in use, another live CobR of the same idRec in the cycle; cancelling on or after the first settlement attempt date; or a retry that is pending, active, not in the future, or not allowed by the recurrence's policy.",
				PT: "Criar, alterar ou pedir retentativa de uma cobrança recorrente ([POST|PUT|PATCH] /cobr/{txid}, POST /cobr/{txid}/retentativa/{data}) não respeita o schema ou está semanticamente errado: dataDeVencimento anterior à criação, conta que não é do recebedor, txid em uso, outra CobR vigente do mesmo idRec no ciclo; cancelar na data prevista da primeira tentativa de liquidação ou depois; ou uma retentativa pendente, ativa, não futura ou não permitida pela política da recorrência.",
				ES: "Crear, modificar o reintentar un cobro recurrente ([POST|PUT|PATCH] /cobr/{txid}, POST /cobr/{txid}/retentativa/{data}) infringe el esquema o no tiene sentido: dataDeVencimento anterior a la creación, cuenta que no es del receptor, txid en uso, otra CobR vigente del mismo idRec en el ciclo; cancelar en la fecha del primer intento de liquidación o después; o un reintento que está pendiente, activo, no es en el futuro o no lo permite la política de la recurrencia.",
			},
			Fix: []Text{
				{EN: "Read violacoes (razao, propriedade); fix cobr.calendario, cobr.valor, cobr.recebedor (agencia and conta must be yours) and cobr.devedor.", PT: "Leia violacoes (razao, propriedade); corrija cobr.calendario, cobr.valor, cobr.recebedor (agencia e conta devem ser suas) e cobr.devedor.", ES: "Lea violacoes (razao, propriedade); corrija cobr.calendario, cobr.valor, cobr.recebedor (agencia y conta deben ser suyas) y cobr.devedor."},
				{EN: "Use a txid not yet used, and only one CobR that is not REJEITADA or CANCELADA per idRec and cycle.", PT: "Use um txid ainda não usado, e só uma CobR que não esteja REJEITADA ou CANCELADA por idRec e ciclo.", ES: "Use un txid que aún no se haya usado, y solo una CobR que no esté REJEITADA ni CANCELADA por idRec y ciclo."},
				{EN: "Cancel (PATCH) before the date of the first settlement attempt; after it, the charge can no longer be cancelled.", PT: "Cancele (PATCH) antes da data prevista da primeira tentativa de liquidação; depois dela, a cobrança não pode mais ser cancelada.", ES: "Cancele (PATCH) antes de la fecha del primer intento de liquidación; después de ella, el cobro ya no puede cancelarse."},
				{EN: "Request a retry only for a future date, with no attempt SOLICITADA, AGENDADA or in progress, and only when politicaRetentativa is PERMITE_3R_7D.", PT: "Peça retentativa só para data futura, sem tentativa SOLICITADA, AGENDADA ou em andamento, e só quando politicaRetentativa for PERMITE_3R_7D.", ES: "Solicite un reintento solo para una fecha futura, sin ningún intento SOLICITADA, AGENDADA o en curso, y solo cuando politicaRetentativa sea PERMITE_3R_7D."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Schema errors can be corrected; a late cancellation or a retry under NAO_PERMITE will never be accepted.", PT: "Erros de schema podem ser corrigidos; um cancelamento tardio ou uma retentativa com NAO_PERMITE nunca será aceito.", ES: "Los errores de esquema pueden corregirse; una cancelación tardía o un reintento bajo NAO_PERMITE nunca serán aceptados."},
			Idempotency: Text{
				EN: "PUT /cobr/{txid} uses your txid: if a resend after a timeout answers \"cobr.txid encontra-se em uso\", the first attempt created the charge; GET /cobr/{txid} instead of sending again. Likewise an existing attempt for the data means an earlier retentativa request went through.",
				PT: "O PUT /cobr/{txid} usa o seu txid: se um reenvio depois de timeout responder \"cobr.txid encontra-se em uso\", a primeira tentativa criou a cobrança; consulte GET /cobr/{txid} em vez de reenviar. Do mesmo modo, uma tentativa já existente para a data indica que uma solicitação de retentativa anterior passou.",
				ES: "PUT /cobr/{txid} usa su txid: si un reenvío después de un timeout responde \"cobr.txid encontra-se em uso\", el primer intento creó el cobro; haga GET /cobr/{txid} en lugar de volver a enviar. Del mismo modo, un intento existente para la data significa que una solicitud de retentativa anterior sí se procesó.",
			},
			Source: bacenPixErrors + ", Tag CobR: CobROperacaoInvalida (400), violations for POST|PUT /cobr/{txid}, PATCH /cobr/{txid}, POST /cobr/{txid}/retentativa/{data}; components.examples.OperacaoInvalidaCobRExample1, OperacaoInvalidaCobRExample2, RequisicaoInvalidaCobRTentativaExample1",
		},
		{
			Code:     "CobRConsultaInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid recurring charge query", PT: "Consulta de cobranças recorrentes inválida", ES: "Consulta de cobros recurrentes inválida"},
			Meaning: Text{
				EN: "The query parameters of GET /cobr or GET /cobr/{txid} break the schema or make no sense: fim before inicio, both cpf and cnpj, or negative paging.",
				PT: "Os parâmetros de consulta de GET /cobr ou GET /cobr/{txid} não respeitam o schema ou não fazem sentido: fim anterior a inicio, cpf e cnpj juntos, ou paginação negativa.",
				ES: "Los parámetros de consulta de GET /cobr o GET /cobr/{txid} infringen el esquema o no tienen sentido: fim anterior a inicio, cpf y cnpj a la vez, o paginación negativa.",
			},
			Fix: []Text{
				{EN: "Send inicio and fim as RFC 3339 timestamps with fim not before inicio, and at most one of cpf or cnpj.", PT: "Envie inicio e fim como data-hora RFC 3339, com fim não anterior a inicio, e no máximo um entre cpf e cnpj.", ES: "Envíe inicio y fim como marcas de tiempo RFC 3339, con fim no anterior a inicio, y como máximo uno de cpf o cnpj."},
				{EN: "Keep paginacao.paginaAtual at 0 or more and paginacao.itensPorPagina between 1 and 1000.", PT: "Mantenha paginacao.paginaAtual em 0 ou mais e paginacao.itensPorPagina entre 1 e 1000.", ES: "Mantenga paginacao.paginaAtual en 0 o más y paginacao.itensPorPagina entre 1 y 1000."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same query is rejected again; correct the parameters.", PT: "A mesma consulta é recusada de novo; corrija os parâmetros.", ES: "La misma consulta se rechaza otra vez; corrija los parámetros."},
			Source:   bacenPixErrors + ", Tag CobR: CobRConsultaInvalida (400), violations for GET /cobr",
		},

		// Tag Cob: immediate charges.
		{
			Code:     "CobNaoEncontrado",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Immediate charge not found", PT: "Cobrança imediata não encontrada", ES: "Cobro inmediato no encontrado"},
			Meaning: Text{
				EN: "No immediate charge (cob) exists for the txid given to GET or PATCH /cob/{txid}.",
				PT: "Não existe cobrança imediata (cob) para o txid informado em GET ou PATCH /cob/{txid}.",
				ES: "No existe ningún cobro inmediato (cob) para el txid indicado en GET o PATCH /cob/{txid}.",
			},
			Fix: []Text{
				{EN: "Check the txid: 26 to 35 letters and digits, case-sensitive; if the charge came from POST /cob, use the txid the PSP returned.", PT: "Confira o txid: 26 a 35 letras e dígitos, diferenciando maiúsculas de minúsculas; se a cobrança veio de POST /cob, use o txid devolvido pelo PSP.", ES: "Verifique el txid: de 26 a 35 letras y dígitos, distingue mayúsculas y minúsculas; si el cobro provino de POST /cob, use el txid que devolvió el PSP."},
				{EN: "Check that it is not a charge with due date (use GET /cobv/{txid}) and that you call the same PSP, environment and account.", PT: "Verifique se não é uma cobrança com vencimento (use GET /cobv/{txid}) e se você chama o mesmo PSP, ambiente e conta.", ES: "Verifique que no sea un cobro con vencimiento (use GET /cobv/{txid}) y que esté llamando al mismo PSP, entorno y cuenta."},
				{EN: "To create it, use PUT /cob/{txid}; PATCH only revises an existing charge.", PT: "Para criá-la, use PUT /cob/{txid}; o PATCH só revisa uma cobrança existente.", ES: "Para crearlo, use PUT /cob/{txid}; PATCH solo revisa un cobro existente."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "An unknown txid stays unknown; correct it or create the charge first.", PT: "Um txid desconhecido continua desconhecido; corrija-o ou crie a cobrança antes.", ES: "Un txid desconocido sigue siendo desconocido; corríjalo o cree primero el cobro."},
			Idempotency: Text{
				EN: "After a timeout on PUT /cob/{txid}, this 404 on GET /cob/{txid} means the charge was not created: resend the same PUT with the same txid, which is unique per receiver and cannot create a duplicate.",
				PT: "Depois de um timeout em PUT /cob/{txid}, este 404 em GET /cob/{txid} significa que a cobrança não foi criada: reenvie o mesmo PUT com o mesmo txid, que é único por recebedor e não gera duplicidade.",
				ES: "Después de un timeout en PUT /cob/{txid}, este 404 en GET /cob/{txid} significa que el cobro no se creó: vuelva a enviar el mismo PUT con el mismo txid, que es único por receptor y no puede crear un duplicado.",
			},
			Source: bacenPixErrors + ", Tag Cob: CobNaoEncontrado (404)",
		},
		{
			Code:     "CobOperacaoInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid immediate charge operation", PT: "Operação inválida na cobrança imediata", ES: "Operación inválida sobre un cobro inmediato"},
			Meaning: Text{
				EN: "Creating or changing an immediate charge ([POST|PUT|PATCH] /cob/{txid}) breaks the schema or makes no sense: calendario.expiracao zero or less, valor.original zero or malformed, chave not the receiver's, loc.id missing, in use or of type cobv; or the charge already exists and is no longer ATIVA (paid or removed), or a PATCH removes it while changing other fields.",
				PT: "Criar ou alterar uma cobrança imediata ([POST|PUT|PATCH] /cob/{txid}) não respeita o schema ou está semanticamente errado: calendario.expiracao igual ou menor que zero, valor.original zero ou malformado, chave que não é do recebedor, loc.id inexistente, em uso ou do tipo cobv; ou a cobrança já existe e não está mais ATIVA (paga ou removida), ou um PATCH a remove enquanto altera outros campos.",
				ES: "Crear o modificar un cobro inmediato ([POST|PUT|PATCH] /cob/{txid}) infringe el esquema o no tiene sentido: calendario.expiracao de cero o menos, valor.original en cero o mal formado, chave que no es del receptor, loc.id ausente, en uso o de tipo cobv; o el cobro ya existe y ya no está ATIVA (pagado o eliminado), o un PATCH lo elimina mientras cambia otros campos.",
			},
			Fix: []Text{
				{EN: "Read violacoes (razao, propriedade, e.g. cob.valor.original) to see which rule failed.", PT: "Leia violacoes (razao, propriedade, ex.: cob.valor.original) para ver qual regra falhou.", ES: "Lea violacoes (razao, propriedade, p. ej., cob.valor.original) para ver qué regla falló."},
				{EN: "Send valor.original as a string above zero with two decimals (\"37.00\"), calendario.expiracao as positive seconds (default 86400), and a chave registered in DICT to your account at this PSP.", PT: "Envie valor.original como string maior que zero com duas casas decimais (\"37.00\"), calendario.expiracao em segundos positivos (padrão 86400) e uma chave registrada no DICT para a sua conta neste PSP.", ES: "Envíe valor.original como string mayor que cero con dos decimales (\"37.00\"), calendario.expiracao como segundos positivos (86400 por defecto) y una chave registrada en el DICT a nombre de su cuenta en este PSP."},
				{EN: "For loc.id, create a location with POST /loc and tipoCob \"cob\", and use it in one charge only.", PT: "Para loc.id, crie uma location com POST /loc e tipoCob \"cob\", e use-a em uma única cobrança.", ES: "Para loc.id, cree una location con POST /loc y tipoCob \"cob\", y úsela en un solo cobro."},
				{EN: "If the charge is no longer ATIVA (CONCLUIDA, REMOVIDA_PELO_USUARIO_RECEBEDOR, REMOVIDA_PELO_PSP), it cannot be changed: create a new charge with a new txid. To remove an ATIVA one, PATCH only status REMOVIDA_PELO_USUARIO_RECEBEDOR.", PT: "Se a cobrança não estiver mais ATIVA (CONCLUIDA, REMOVIDA_PELO_USUARIO_RECEBEDOR, REMOVIDA_PELO_PSP), ela não pode ser alterada: crie uma nova cobrança com novo txid. Para remover uma ATIVA, envie no PATCH só o status REMOVIDA_PELO_USUARIO_RECEBEDOR.", ES: "Si el cobro ya no está ATIVA (CONCLUIDA, REMOVIDA_PELO_USUARIO_RECEBEDOR, REMOVIDA_PELO_PSP), no puede modificarse: cree un cobro nuevo con un txid nuevo. Para eliminar uno ATIVA, haga PATCH solo del status REMOVIDA_PELO_USUARIO_RECEBEDOR."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "A corrected body passes; but when violacoes says the charge is no longer ATIVA, no resend will ever change it.", PT: "Um corpo corrigido passa; mas quando violacoes diz que a cobrança não está mais ATIVA, nenhum reenvio vai alterá-la.", ES: "Un cuerpo corregido pasa; pero cuando violacoes indica que el cobro ya no está ATIVA, ningún reenvío lo cambiará jamás."},
			Idempotency: Text{
				EN: "Keep the same txid when resending a corrected PUT /cob/{txid}: an ATIVA charge with that txid is revised, never duplicated. If a resend after a timeout answers that the charge exists and is not ATIVA, your first attempt created it and it has since been paid or removed: GET /cob/{txid} instead of sending again.",
				PT: "Mantenha o mesmo txid ao reenviar um PUT /cob/{txid} corrigido: uma cobrança ATIVA com esse txid é revisada, nunca duplicada. Se um reenvio depois de timeout responder que a cobrança existe e não está ATIVA, a sua primeira tentativa a criou e ela já foi paga ou removida: consulte GET /cob/{txid} em vez de reenviar.",
				ES: "Mantenga el mismo txid al reenviar un PUT /cob/{txid} corregido: un cobro ATIVA con ese txid se revisa, nunca se duplica. Si un reenvío después de un timeout responde que el cobro existe y no está ATIVA, su primer intento lo creó y desde entonces se pagó o se eliminó: haga GET /cob/{txid} en lugar de volver a enviar.",
			},
			Source: bacenPixErrors + ", Tag Cob: CobOperacaoInvalida (400), violations for PUT|PATCH /cob/{txid}; components.examples.RequisicaoInvalidaCobExample1, OperacaoInvalidaCobExample1",
		},
		{
			Code:     "CobConsultaInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid immediate charge query", PT: "Consulta de cobranças imediatas inválida", ES: "Consulta de cobros inmediatos inválida"},
			Meaning: Text{
				EN: "The query parameters of GET /cob or GET /cob/{txid} break the schema or make no sense: fim before inicio, both cpf and cnpj, negative paging, or a revisao the charge does not have.",
				PT: "Os parâmetros de consulta de GET /cob ou GET /cob/{txid} não respeitam o schema ou não fazem sentido: fim anterior a inicio, cpf e cnpj juntos, paginação negativa, ou uma revisao que a cobrança não tem.",
				ES: "Los parámetros de consulta de GET /cob o GET /cob/{txid} infringen el esquema o no tienen sentido: fim anterior a inicio, cpf y cnpj a la vez, paginación negativa, o una revisao que el cobro no tiene.",
			},
			Fix: []Text{
				{EN: "On GET /cob, send the required inicio and fim as RFC 3339 timestamps with fim not before inicio, and at most one of cpf (11 digits) or cnpj (14 characters).", PT: "Em GET /cob, envie inicio e fim (obrigatórios) como data-hora RFC 3339, com fim não anterior a inicio, e no máximo um entre cpf (11 dígitos) e cnpj (14 caracteres).", ES: "En GET /cob, envíe los obligatorios inicio y fim como marcas de tiempo RFC 3339, con fim no anterior a inicio, y como máximo uno de cpf (11 dígitos) o cnpj (14 caracteres)."},
				{EN: "Keep paginacao.paginaAtual at 0 or more and paginacao.itensPorPagina between 1 and 1000 (default 100).", PT: "Mantenha paginacao.paginaAtual em 0 ou mais e paginacao.itensPorPagina entre 1 e 1000 (padrão 100).", ES: "Mantenga paginacao.paginaAtual en 0 o más y paginacao.itensPorPagina entre 1 y 1000 (100 por defecto)."},
				{EN: "On GET /cob/{txid}, ask for a revisao between 0 and the charge's current revisao, or omit it.", PT: "Em GET /cob/{txid}, peça uma revisao entre 0 e a revisao atual da cobrança, ou omita o parâmetro.", ES: "En GET /cob/{txid}, pida una revisao entre 0 y la revisao actual del cobro, u omítala."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same query is rejected again; correct the parameters.", PT: "A mesma consulta é recusada de novo; corrija os parâmetros.", ES: "La misma consulta se rechaza otra vez; corrija los parámetros."},
			Source:   bacenPixErrors + ", Tag Cob: CobConsultaInvalida (400), violations for GET /cob and GET /cob/{txid}",
		},

		// Tag CobV: charges with due date.
		{
			Code:     "CobVNaoEncontrada",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Charge with due date not found", PT: "Cobrança com vencimento não encontrada", ES: "Cobro con vencimiento no encontrado"},
			Meaning: Text{
				EN: "No charge with due date (cobv) exists for the txid given to GET or PATCH /cobv/{txid}; a charge whose creation in a batch is EM_PROCESSAMENTO or NEGADA does not exist yet either.",
				PT: "Não existe cobrança com vencimento (cobv) para o txid informado em GET ou PATCH /cobv/{txid}; uma cobrança cuja criação em lote está EM_PROCESSAMENTO ou NEGADA também ainda não existe.",
				ES: "No existe ningún cobro con vencimiento (cobv) para el txid indicado en GET o PATCH /cobv/{txid}; un cobro cuya creación en un lote está EM_PROCESSAMENTO o NEGADA tampoco existe todavía.",
			},
			Fix: []Text{
				{EN: "Check the txid (26 to 35 letters and digits) and that it is not an immediate charge (use GET /cob/{txid}).", PT: "Confira o txid (26 a 35 letras e dígitos) e se não é uma cobrança imediata (use GET /cob/{txid}).", ES: "Verifique el txid (26 a 35 letras y dígitos) y que no sea un cobro inmediato (use GET /cob/{txid})."},
				{EN: "If it was created in a batch, check its status in GET /lotecobv/{id}: NEGADA entries carry a problema explaining why.", PT: "Se ela foi criada em lote, confira o status em GET /lotecobv/{id}: itens NEGADA trazem um problema explicando o motivo.", ES: "Si se creó en un lote, verifique su status en GET /lotecobv/{id}: las entradas NEGADA traen un problema que explica por qué."},
				{EN: "To create it, use PUT /cobv/{txid}; PATCH only revises an existing charge.", PT: "Para criá-la, use PUT /cobv/{txid}; o PATCH só revisa uma cobrança existente.", ES: "Para crearlo, use PUT /cobv/{txid}; PATCH solo revisa un cobro existente."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "An unknown txid stays unknown; correct it or create the charge first.", PT: "Um txid desconhecido continua desconhecido; corrija-o ou crie a cobrança antes.", ES: "Un txid desconocido sigue siendo desconocido; corríjalo o cree primero el cobro."},
			Idempotency: Text{
				EN: "After a timeout on PUT /cobv/{txid}, this 404 on GET /cobv/{txid} means the charge was not created: resend the same PUT with the same txid, which cannot create a duplicate.",
				PT: "Depois de um timeout em PUT /cobv/{txid}, este 404 em GET /cobv/{txid} significa que a cobrança não foi criada: reenvie o mesmo PUT com o mesmo txid, o que não gera duplicidade.",
				ES: "Después de un timeout en PUT /cobv/{txid}, este 404 en GET /cobv/{txid} significa que el cobro no se creó: vuelva a enviar el mismo PUT con el mismo txid, lo que no puede crear un duplicado.",
			},
			Source: bacenPixErrors + ", Tag CobV: CobVNaoEncontrada (404); paths./lotecobv/{id} put description",
		},
		{
			Code:     "CobVOperacaoInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid charge with due date operation", PT: "Operação inválida na cobrança com vencimento", ES: "Operación inválida sobre un cobro con vencimiento"},
			Meaning: Text{
				EN: "Creating or changing a charge with due date ([PUT|PATCH] /cobv/{txid}) breaks the schema or makes no sense: dataDeVencimento before creation, negative validadeAposVencimento, chave not the receiver's, loc.id missing, in use or of type cob, valor.original zero, multa/juros/abatimento/desconto malformed or at or above the original amount; the txid's batch entry is EM_PROCESSAMENTO or NEGADA; or the charge is no longer ATIVA. It is also the problema of NEGADA batch entries.",
				PT: "Criar ou alterar uma cobrança com vencimento ([PUT|PATCH] /cobv/{txid}) não respeita o schema ou está semanticamente errado: dataDeVencimento anterior à criação, validadeAposVencimento negativa, chave que não é do recebedor, loc.id inexistente, em uso ou do tipo cob, valor.original zero, multa/juros/abatimento/desconto malformados ou iguais ou maiores que o valor original; o item do lote deste txid está EM_PROCESSAMENTO ou NEGADA; ou a cobrança não está mais ATIVA. É também o problema dos itens NEGADA de um lote.",
				ES: "Crear o modificar un cobro con vencimiento ([PUT|PATCH] /cobv/{txid}) infringe el esquema o no tiene sentido: dataDeVencimento anterior a la creación, validadeAposVencimento negativo, chave que no es del receptor, loc.id ausente, en uso o de tipo cob, valor.original en cero, multa/juros/abatimento/desconto mal formados o iguales o superiores al monto original; la entrada del txid en el lote está EM_PROCESSAMENTO o NEGADA; o el cobro ya no está ATIVA. También es el problema de las entradas NEGADA de un lote.",
			},
			Fix: []Text{
				{EN: "Read violacoes (razao, propriedade, e.g. cobv.devedor) to see which rule failed.", PT: "Leia violacoes (razao, propriedade, ex.: cobv.devedor) para ver qual regra falhou.", ES: "Lea violacoes (razao, propriedade, p. ej., cobv.devedor) para ver qué regla falló."},
				{EN: "Keep calendario.dataDeVencimento on or after today and validadeAposVencimento at 0 or more; valor.original above zero; abatimento and each desconto below the original amount and below 100%, with desconto dates not after the due date.", PT: "Mantenha calendario.dataDeVencimento a partir de hoje e validadeAposVencimento em 0 ou mais; valor.original maior que zero; abatimento e cada desconto abaixo do valor original e de 100%, com datas de desconto não posteriores ao vencimento.", ES: "Mantenga calendario.dataDeVencimento en la fecha de hoy o después y validadeAposVencimento en 0 o más; valor.original mayor que cero; abatimento y cada desconto por debajo del monto original y por debajo del 100 %, con fechas de desconto no posteriores al vencimiento."},
				{EN: "Desconto modalidade 1 or 2 needs descontoDataFixa and no valorPerc; modalidade 3 to 6 needs valorPerc and no descontoDataFixa.", PT: "Desconto modalidade 1 ou 2 exige descontoDataFixa e não aceita valorPerc; modalidade 3 a 6 exige valorPerc e não aceita descontoDataFixa.", ES: "Un desconto de modalidade 1 o 2 necesita descontoDataFixa y ningún valorPerc; las modalidade 3 a 6 necesitan valorPerc y ningún descontoDataFixa."},
				{EN: "Use a location of type \"cobv\" not used by another charge; a charge no longer ATIVA cannot be changed, so create a new one with a new txid.", PT: "Use uma location do tipo \"cobv\" não usada por outra cobrança; uma cobrança que não está mais ATIVA não pode ser alterada, então crie outra com novo txid.", ES: "Use una location de tipo \"cobv\" que no use otro cobro; un cobro que ya no está ATIVA no puede modificarse, así que cree uno nuevo con un txid nuevo."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "A corrected body passes; but when violacoes says the charge is no longer ATIVA, no resend will ever change it.", PT: "Um corpo corrigido passa; mas quando violacoes diz que a cobrança não está mais ATIVA, nenhum reenvio vai alterá-la.", ES: "Un cuerpo corregido pasa; pero cuando violacoes indica que el cobro ya no está ATIVA, ningún reenvío lo cambiará jamás."},
			Idempotency: Text{
				EN: "Keep the same txid when resending a corrected PUT /cobv/{txid}: the txid is unique per receiver, so it cannot yield a second charge. If a resend after a timeout answers that the charge exists and is not ATIVA, your first attempt created it: GET /cobv/{txid} instead of sending again.",
				PT: "Mantenha o mesmo txid ao reenviar um PUT /cobv/{txid} corrigido: o txid é único por recebedor, então não gera uma segunda cobrança. Se um reenvio depois de timeout responder que a cobrança existe e não está ATIVA, a sua primeira tentativa a criou: consulte GET /cobv/{txid} em vez de reenviar.",
				ES: "Mantenga el mismo txid al reenviar un PUT /cobv/{txid} corregido: el txid es único por receptor, así que no puede generar un segundo cobro. Si un reenvío después de un timeout responde que el cobro existe y no está ATIVA, su primer intento lo creó: haga GET /cobv/{txid} en lugar de volver a enviar.",
			},
			Source: bacenPixErrors + ", Tag CobV: CobVOperacaoInvalida (400), violations for PUT|PATCH /cobv/{txid}; components.examples.RequisicaoInvalidaCobVExample1, OperacaoInvalidaCobVExample1, loteCobVResponse1",
		},
		{
			Code:     "CobVConsultaInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid charge with due date query", PT: "Consulta de cobranças com vencimento inválida", ES: "Consulta de cobros con vencimiento inválida"},
			Meaning: Text{
				EN: "The query parameters of GET /cobv or GET /cobv/{txid} break the schema or make no sense: fim before inicio, both cpf and cnpj, negative paging, or a revisao the charge does not have.",
				PT: "Os parâmetros de consulta de GET /cobv ou GET /cobv/{txid} não respeitam o schema ou não fazem sentido: fim anterior a inicio, cpf e cnpj juntos, paginação negativa, ou uma revisao que a cobrança não tem.",
				ES: "Los parámetros de consulta de GET /cobv o GET /cobv/{txid} infringen el esquema o no tienen sentido: fim anterior a inicio, cpf y cnpj a la vez, paginación negativa, o una revisao que el cobro no tiene.",
			},
			Fix: []Text{
				{EN: "On GET /cobv, send inicio and fim as RFC 3339 timestamps with fim not before inicio, and at most one of cpf or cnpj.", PT: "Em GET /cobv, envie inicio e fim como data-hora RFC 3339, com fim não anterior a inicio, e no máximo um entre cpf e cnpj.", ES: "En GET /cobv, envíe inicio y fim como marcas de tiempo RFC 3339, con fim no anterior a inicio, y como máximo uno de cpf o cnpj."},
				{EN: "Keep paginacao.paginaAtual at 0 or more and paginacao.itensPorPagina between 1 and 1000.", PT: "Mantenha paginacao.paginaAtual em 0 ou mais e paginacao.itensPorPagina entre 1 e 1000.", ES: "Mantenga paginacao.paginaAtual en 0 o más y paginacao.itensPorPagina entre 1 y 1000."},
				{EN: "On GET /cobv/{txid}, ask for an existing revisao or omit it.", PT: "Em GET /cobv/{txid}, peça uma revisao existente ou omita o parâmetro.", ES: "En GET /cobv/{txid}, pida una revisao existente u omítala."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same query is rejected again; correct the parameters.", PT: "A mesma consulta é recusada de novo; corrija os parâmetros.", ES: "La misma consulta se rechaza otra vez; corrija los parámetros."},
			Source:   bacenPixErrors + ", Tag CobV: CobVConsultaInvalida (400), violations for GET /cobv and GET /cobv/{txid}",
		},

		// Tag LoteCobV: batches of charges with due date.
		{
			Code:     "LoteCobVNaoEncontrado",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Charge batch not found", PT: "Lote de cobranças não encontrado", ES: "Lote de cobros no encontrado"},
			Meaning: Text{
				EN: "No batch of charges with due date exists for the id given to GET or PATCH /lotecobv/{id}.",
				PT: "Não existe lote de cobranças com vencimento para o id informado em GET ou PATCH /lotecobv/{id}.",
				ES: "No existe ningún lote de cobros con vencimiento para el id indicado en GET o PATCH /lotecobv/{id}.",
			},
			Fix: []Text{
				{EN: "Check the batch id you chose in PUT /lotecobv/{id}; list batches with GET /lotecobv by inicio/fim.", PT: "Confira o id de lote que você escolheu em PUT /lotecobv/{id}; liste os lotes com GET /lotecobv por inicio/fim.", ES: "Verifique el id de lote que eligió en PUT /lotecobv/{id}; liste los lotes con GET /lotecobv por inicio/fim."},
				{EN: "To create the batch, use PUT /lotecobv/{id}; PATCH only changes an existing one.", PT: "Para criar o lote, use PUT /lotecobv/{id}; o PATCH só altera um existente.", ES: "Para crear el lote, use PUT /lotecobv/{id}; PATCH solo modifica uno existente."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "An unknown batch id stays unknown; correct it or create the batch first.", PT: "Um id de lote desconhecido continua desconhecido; corrija-o ou crie o lote antes.", ES: "Un id de lote desconocido sigue siendo desconocido; corríjalo o cree primero el lote."},
			Idempotency: Text{
				EN: "After a timeout on PUT /lotecobv/{id}, this 404 on GET /lotecobv/{id} means the batch was not registered: resend the same PUT with the same id and the same array of charges.",
				PT: "Depois de um timeout em PUT /lotecobv/{id}, este 404 em GET /lotecobv/{id} significa que o lote não foi registrado: reenvie o mesmo PUT com o mesmo id e o mesmo array de cobranças.",
				ES: "Después de un timeout en PUT /lotecobv/{id}, este 404 en GET /lotecobv/{id} significa que el lote no se registró: vuelva a enviar el mismo PUT con el mismo id y el mismo arreglo de cobros.",
			},
			Source: bacenPixErrors + ", Tag LoteCobV: LoteCobVNaoEncontrado (404)",
		},
		{
			Code:     "LoteCobVOperacaoInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid charge batch operation", PT: "Operação inválida no lote de cobranças", ES: "Operación inválida sobre un lote de cobros"},
			Meaning: Text{
				EN: "Creating or changing a batch ([PUT|PATCH] /lotecobv/{id}) breaks the schema (descricao, cobsV) or the batch rules: a PUT creating charges of which at least one already exists, a PUT changing a batch with a different set of charges than the original, or a PATCH naming a charge not in the original batch. Once created, a batch's set of charges is fixed.",
				PT: "Criar ou alterar um lote ([PUT|PATCH] /lotecobv/{id}) não respeita o schema (descricao, cobsV) ou as regras do lote: um PUT criando cobranças das quais pelo menos uma já existe, um PUT alterando um lote com um conjunto de cobranças diferente do original, ou um PATCH citando uma cobrança que não está no lote original. Depois de criado, o conjunto de cobranças do lote é fixo.",
				ES: "Crear o modificar un lote ([PUT|PATCH] /lotecobv/{id}) infringe el esquema (descricao, cobsV) o las reglas del lote: un PUT que crea cobros de los cuales al menos uno ya existe, un PUT que modifica un lote con un conjunto de cobros distinto del original, o un PATCH que nombra un cobro que no está en el lote original. Una vez creado, el conjunto de cobros de un lote es fijo.",
			},
			Fix: []Text{
				{EN: "Read violacoes (e.g. loteCobV.cobsV, loteCobV.descricao) and fix the body.", PT: "Leia violacoes (ex.: loteCobV.cobsV, loteCobV.descricao) e corrija o corpo.", ES: "Lea violacoes (p. ej., loteCobV.cobsV, loteCobV.descricao) y corrija el cuerpo."},
				{EN: "Create a batch only with txids not yet used; a charge created with PUT /cobv/{txid} or in another batch cannot join a batch.", PT: "Crie um lote só com txids ainda não usados; uma cobrança criada com PUT /cobv/{txid} ou em outro lote não pode entrar em um lote.", ES: "Cree un lote solo con txids que aún no se hayan usado; un cobro creado con PUT /cobv/{txid} o en otro lote no puede sumarse a un lote."},
				{EN: "To change a batch, send exactly the same charges as the original request (no additions, no removals); for other charges, create a new batch.", PT: "Para alterar um lote, envie exatamente as mesmas cobranças da requisição original (sem incluir nem remover); para outras cobranças, crie um novo lote.", ES: "Para modificar un lote, envíe exactamente los mismos cobros que en la solicitud original (sin agregar ni quitar); para otros cobros, cree un lote nuevo."},
				{EN: "The batch answers 202; afterwards check GET /lotecobv/{id}: each NEGADA entry carries a problema (CobVOperacaoInvalida) with its violacoes.", PT: "O lote responde 202; depois consulte GET /lotecobv/{id}: cada item NEGADA traz um problema (CobVOperacaoInvalida) com as violacoes dele.", ES: "El lote responde 202; después verifique GET /lotecobv/{id}: cada entrada NEGADA trae un problema (CobVOperacaoInvalida) con sus violacoes."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same batch is rejected again; fix the body or the set of charges.", PT: "O mesmo lote é recusado de novo; corrija o corpo ou o conjunto de cobranças.", ES: "El mismo lote se rechaza otra vez; corrija el cuerpo o el conjunto de cobros."},
			Idempotency: Text{
				EN: "After a timeout on PUT /lotecobv/{id}, GET /lotecobv/{id} first: if the batch exists, a resend with the same id and exactly the same charges is only an alteration, never a duplicate; never resend the charges under a new batch id, which fails because they already exist.",
				PT: "Depois de um timeout em PUT /lotecobv/{id}, consulte GET /lotecobv/{id} antes: se o lote existir, um reenvio com o mesmo id e exatamente as mesmas cobranças é só uma alteração, nunca uma duplicidade; nunca reenvie as cobranças em um novo id de lote, o que falha porque elas já existem.",
				ES: "Después de un timeout en PUT /lotecobv/{id}, haga primero GET /lotecobv/{id}: si el lote existe, un reenvío con el mismo id y exactamente los mismos cobros es solo una modificación, nunca un duplicado; nunca reenvíe los cobros bajo un id de lote nuevo, lo que falla porque ya existen.",
			},
			Source: bacenPixErrors + ", Tag LoteCobV: LoteCobVOperacaoInvalida (400), violations for PUT|PATCH /lotecobv/{id}; paths./lotecobv/{id} put description; components.examples.RequisicaoInvalidaLoteCobVExample1",
		},
		{
			Code:     "LoteCobVConsultaInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid charge batch query", PT: "Consulta de lotes de cobranças inválida", ES: "Consulta de lotes de cobros inválida"},
			Meaning: Text{
				EN: "The query parameters of GET /lotecobv or GET /lotecobv/{id} break the schema or make no sense: fim before inicio or negative paging.",
				PT: "Os parâmetros de consulta de GET /lotecobv ou GET /lotecobv/{id} não respeitam o schema ou não fazem sentido: fim anterior a inicio ou paginação negativa.",
				ES: "Los parámetros de consulta de GET /lotecobv o GET /lotecobv/{id} infringen el esquema o no tienen sentido: fim anterior a inicio o paginación negativa.",
			},
			Fix: []Text{
				{EN: "Send inicio and fim as RFC 3339 timestamps with fim not before inicio.", PT: "Envie inicio e fim como data-hora RFC 3339, com fim não anterior a inicio.", ES: "Envíe inicio y fim como marcas de tiempo RFC 3339, con fim no anterior a inicio."},
				{EN: "Keep paginacao.paginaAtual at 0 or more and paginacao.itensPorPagina between 1 and 1000.", PT: "Mantenha paginacao.paginaAtual em 0 ou mais e paginacao.itensPorPagina entre 1 e 1000.", ES: "Mantenga paginacao.paginaAtual en 0 o más y paginacao.itensPorPagina entre 1 y 1000."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same query is rejected again; correct the parameters.", PT: "A mesma consulta é recusada de novo; corrija os parâmetros.", ES: "La misma consulta se rechaza otra vez; corrija los parámetros."},
			Source:   bacenPixErrors + ", Tag LoteCobV: LoteCobVConsultaInvalida (400), violations for GET /lotecobv",
		},

		// Tag PayloadLocation: locations of charges.
		{
			Code:     "PayloadLocationNaoEncontrado",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Location not found", PT: "Location não encontrada", ES: "Location no encontrada"},
			Meaning: Text{
				EN: "No payload location exists for the id given to GET or PATCH /loc/{id} or DELETE /loc/{id}/txid.",
				PT: "Não existe location de payload para o id informado em GET ou PATCH /loc/{id} ou DELETE /loc/{id}/txid.",
				ES: "No existe ninguna location de payload para el id indicado en GET o PATCH /loc/{id} o en DELETE /loc/{id}/txid.",
			},
			Fix: []Text{
				{EN: "Use the numeric id returned by POST /loc (or the loc.id of the charge), not the location URL.", PT: "Use o id numérico devolvido por POST /loc (ou o loc.id da cobrança), não a URL da location.", ES: "Use el id numérico que devolvió POST /loc (o el loc.id del cobro), no la URL de la location."},
				{EN: "List your locations with GET /loc by inicio/fim, and check the PSP, environment and account.", PT: "Liste as suas locations com GET /loc por inicio/fim e confira o PSP, o ambiente e a conta.", ES: "Liste sus locations con GET /loc por inicio/fim, y verifique el PSP, el entorno y la cuenta."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "An unknown location id stays unknown; correct it first.", PT: "Um id de location desconhecido continua desconhecido; corrija-o antes.", ES: "Un id de location desconocido sigue siendo desconocido; primero corríjalo."},
			Source:   bacenPixErrors + ", Tag PayloadLocation: PayloadLocationNaoEncontrado (404)",
		},
		{
			Code:     "PayloadLocationOperacaoInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid location creation", PT: "Criação de location inválida", ES: "Creación de location inválida"},
			Meaning: Text{
				EN: "POST /loc tried to create a location without following the schema: tipoCob is missing or not one of the accepted values.",
				PT: "O POST /loc tentou criar uma location sem respeitar o schema: tipoCob ausente ou fora dos valores aceitos.",
				ES: "POST /loc intentó crear una location sin respetar el esquema: falta tipoCob o no es uno de los valores aceptados.",
			},
			Fix: []Text{
				{EN: "Send {\"tipoCob\": \"cob\"} for an immediate charge or {\"tipoCob\": \"cobv\"} for a charge with due date.", PT: "Envie {\"tipoCob\": \"cob\"} para cobrança imediata ou {\"tipoCob\": \"cobv\"} para cobrança com vencimento.", ES: "Envíe {\"tipoCob\": \"cob\"} para un cobro inmediato o {\"tipoCob\": \"cobv\"} para un cobro con vencimiento."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same body is rejected again; only a valid tipoCob passes.", PT: "O mesmo corpo é recusado de novo; só um tipoCob válido passa.", ES: "El mismo cuerpo se rechaza otra vez; solo un tipoCob válido pasa."},
			Idempotency: Text{
				EN: "POST /loc has no client id: a refused request created nothing, but after a timeout list GET /loc by inicio/fim before creating another location.",
				PT: "O POST /loc não tem id do cliente: uma requisição recusada não criou nada, mas depois de um timeout liste GET /loc por inicio/fim antes de criar outra location.",
				ES: "POST /loc no tiene id del cliente: una solicitud rechazada no creó nada, pero después de un timeout liste GET /loc por inicio/fim antes de crear otra location.",
			},
			Source: bacenPixErrors + ", Tag PayloadLocation: PayloadLocationOperacaoInvalida (400), violations for POST /loc; components.examples.RequisicaoInvalidaLocationExample1",
		},
		{
			Code:     "PayloadLocationConsultaInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid location query", PT: "Consulta de locations inválida", ES: "Consulta de locations inválida"},
			Meaning: Text{
				EN: "The query parameters of GET /loc or GET /loc/{id} break the schema or make no sense: fim before inicio or negative paging.",
				PT: "Os parâmetros de consulta de GET /loc ou GET /loc/{id} não respeitam o schema ou não fazem sentido: fim anterior a inicio ou paginação negativa.",
				ES: "Los parámetros de consulta de GET /loc o GET /loc/{id} infringen el esquema o no tienen sentido: fim anterior a inicio o paginación negativa.",
			},
			Fix: []Text{
				{EN: "Send inicio and fim as RFC 3339 timestamps with fim not before inicio.", PT: "Envie inicio e fim como data-hora RFC 3339, com fim não anterior a inicio.", ES: "Envíe inicio y fim como marcas de tiempo RFC 3339, con fim no anterior a inicio."},
				{EN: "Keep paginacao.paginaAtual at 0 or more and paginacao.itensPorPagina between 1 and 1000.", PT: "Mantenha paginacao.paginaAtual em 0 ou mais e paginacao.itensPorPagina entre 1 e 1000.", ES: "Mantenga paginacao.paginaAtual en 0 o más y paginacao.itensPorPagina entre 1 y 1000."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same query is rejected again; correct the parameters.", PT: "A mesma consulta é recusada de novo; corrija os parâmetros.", ES: "La misma consulta se rechaza otra vez; corrija los parámetros."},
			Source:   bacenPixErrors + ", Tag PayloadLocation: PayloadLocationConsultaInvalida (400), violations for GET /loc",
		},

		// Tag PayloadLocationRec: locations of recurrences.
		{
			Code:     "PayloadLocationRecNaoEncontrado",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Recurrence location not found", PT: "Location de recorrência não encontrada", ES: "Location de recurrencia no encontrada"},
			Meaning: Text{
				EN: "No recurrence location exists for the id given to GET /locrec/{id} or DELETE /locrec/{id}/idRec.",
				PT: "Não existe location de recorrência para o id informado em GET /locrec/{id} ou DELETE /locrec/{id}/idRec.",
				ES: "No existe ninguna location de recurrencia para el id indicado en GET /locrec/{id} o en DELETE /locrec/{id}/idRec.",
			},
			Fix: []Text{
				{EN: "Use the id returned by POST /locrec (or the loc of the recurrence); list them with GET /locrec by inicio/fim.", PT: "Use o id devolvido por POST /locrec (ou a loc da recorrência); liste-as com GET /locrec por inicio/fim.", ES: "Use el id que devolvió POST /locrec (o el loc de la recurrencia); lístelas con GET /locrec por inicio/fim."},
				{EN: "Check the PSP, environment and account.", PT: "Confira o PSP, o ambiente e a conta.", ES: "Verifique el PSP, el entorno y la cuenta."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "An unknown location id stays unknown; correct it first.", PT: "Um id de location desconhecido continua desconhecido; corrija-o antes.", ES: "Un id de location desconocido sigue siendo desconocido; primero corríjalo."},
			Source:   bacenPixErrors + ", Tag PayloadLocationRec: PayloadLocationRecNaoEncontrado (404)",
		},
		{
			Code:     "PayloadLocationRecConsultaInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid recurrence location query", PT: "Consulta de locations de recorrência inválida", ES: "Consulta de locations de recurrencia inválida"},
			Meaning: Text{
				EN: "The query parameters of GET /locrec or GET /locrec/{id} break the schema or make no sense: fim before inicio or negative paging.",
				PT: "Os parâmetros de consulta de GET /locrec ou GET /locrec/{id} não respeitam o schema ou não fazem sentido: fim anterior a inicio ou paginação negativa.",
				ES: "Los parámetros de consulta de GET /locrec o GET /locrec/{id} infringen el esquema o no tienen sentido: fim anterior a inicio o paginación negativa.",
			},
			Fix: []Text{
				{EN: "Send inicio and fim as RFC 3339 timestamps with fim not before inicio.", PT: "Envie inicio e fim como data-hora RFC 3339, com fim não anterior a inicio.", ES: "Envíe inicio y fim como marcas de tiempo RFC 3339, con fim no anterior a inicio."},
				{EN: "Keep paginacao.paginaAtual at 0 or more and paginacao.itensPorPagina between 1 and 1000.", PT: "Mantenha paginacao.paginaAtual em 0 ou mais e paginacao.itensPorPagina entre 1 e 1000.", ES: "Mantenga paginacao.paginaAtual en 0 o más y paginacao.itensPorPagina entre 1 y 1000."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same query is rejected again; correct the parameters.", PT: "A mesma consulta é recusada de novo; corrija os parâmetros.", ES: "La misma consulta se rechaza otra vez; corrija los parámetros."},
			Source:   bacenPixErrors + ", Tag PayloadLocationRec: PayloadLocationRecConsultaInvalida (400), violations for GET /locrec",
		},

		// Tag Pix: received Pix and refunds.
		{
			Code:     "PixNaoEncontrado",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Pix not found", PT: "Pix não encontrado", ES: "Pix no encontrado"},
			Meaning: Text{
				EN: "No Pix received by this user exists for the e2eid given to GET /pix/{e2eid}.",
				PT: "Não existe Pix recebido por este usuário para o e2eid informado em GET /pix/{e2eid}.",
				ES: "No existe ningún Pix recibido por este usuario para el e2eid indicado en GET /pix/{e2eid}.",
			},
			Fix: []Text{
				{EN: "Check the e2eid: exactly 32 letters and digits (e.g. E12345678202009091221kkkkkkkkkkk), as sent in the webhook or in the charge's pix list.", PT: "Confira o e2eid: exatamente 32 letras e dígitos (ex.: E12345678202009091221kkkkkkkkkkk), como veio no webhook ou na lista pix da cobrança.", ES: "Verifique el e2eid: exactamente 32 letras y dígitos (p. ej., E12345678202009091221kkkkkkkkkkk), tal como se envió en el webhook o en la lista pix del cobro."},
				{EN: "The API Pix lists only Pix received in your accounts at this PSP: a Pix you sent, or one received at another PSP, is not there.", PT: "A API Pix lista só Pix recebidos nas suas contas neste PSP: um Pix que você enviou, ou recebido em outro PSP, não aparece.", ES: "La API Pix lista solo los Pix recibidos en sus cuentas en este PSP: un Pix que usted envió, o uno recibido en otro PSP, no aparece."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "An unknown e2eid stays unknown; correct it before asking again.", PT: "Um e2eid desconhecido continua desconhecido; corrija-o antes de consultar de novo.", ES: "Un e2eid desconocido sigue siendo desconocido; corríjalo antes de volver a consultar."},
			Source:   bacenPixErrors + ", Tag Pix: PixNaoEncontrado (404); components.schemas.EndToEndId",
		},
		{
			Code:     "PixDevolucaoNaoEncontrada",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Refund not found", PT: "Devolução não encontrada", ES: "Devolución no encontrada"},
			Meaning: Text{
				EN: "No refund with the given id exists for the Pix e2eid in GET /pix/{e2eid}/devolucao/{id}.",
				PT: "Não existe devolução com o id informado para o e2eid do Pix em GET /pix/{e2eid}/devolucao/{id}.",
				ES: "No existe ninguna devolución con el id indicado para el e2eid del Pix en GET /pix/{e2eid}/devolucao/{id}.",
			},
			Fix: []Text{
				{EN: "Check both ids: the e2eid of the original Pix (32 characters) and the devolução id you chose (1 to 35 letters and digits).", PT: "Confira os dois ids: o e2eid do Pix original (32 caracteres) e o id da devolução que você escolheu (1 a 35 letras e dígitos).", ES: "Verifique ambos ids: el e2eid del Pix original (32 caracteres) y el id de devolução que eligió (1 a 35 letras y dígitos)."},
				{EN: "To ask for the refund, use PUT /pix/{e2eid}/devolucao/{id}.", PT: "Para solicitar a devolução, use PUT /pix/{e2eid}/devolucao/{id}.", ES: "Para solicitar la devolución, use PUT /pix/{e2eid}/devolucao/{id}."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The refund stays missing until it is requested with PUT; correct the ids or request it.", PT: "A devolução continua inexistente até ser solicitada com PUT; corrija os ids ou solicite-a.", ES: "La devolución sigue sin existir hasta que se solicite con PUT; corrija los ids o solicítela."},
			Idempotency: Text{
				EN: "After a timeout on PUT /pix/{e2eid}/devolucao/{id}, this 404 means the refund was not registered: resend the same PUT with the same id, which is unique per e2eid and cannot create a second refund.",
				PT: "Depois de um timeout em PUT /pix/{e2eid}/devolucao/{id}, este 404 significa que a devolução não foi registrada: reenvie o mesmo PUT com o mesmo id, que é único por e2eid e não cria uma segunda devolução.",
				ES: "Después de un timeout en PUT /pix/{e2eid}/devolucao/{id}, este 404 significa que la devolución no se registró: vuelva a enviar el mismo PUT con el mismo id, que es único por e2eid y no puede crear una segunda devolución.",
			},
			Source: bacenPixErrors + ", Tag Pix: PixDevolucaoNaoEncontrada (404); components.schemas.DevolucaoId",
		},
		{
			Code:     "PixConsultaInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid received Pix query", PT: "Consulta de Pix recebidos inválida", ES: "Consulta de Pix recibidos inválida"},
			Meaning: Text{
				EN: "The query parameters of GET /pix break the schema or make no sense: fim before inicio, both cpf and cnpj, or negative paging.",
				PT: "Os parâmetros de consulta de GET /pix não respeitam o schema ou não fazem sentido: fim anterior a inicio, cpf e cnpj juntos, ou paginação negativa.",
				ES: "Los parámetros de consulta de GET /pix infringen el esquema o no tienen sentido: fim anterior a inicio, cpf y cnpj a la vez, o paginación negativa.",
			},
			Fix: []Text{
				{EN: "Send inicio and fim as RFC 3339 timestamps with fim not before inicio, and at most one of cpf (11 digits) or cnpj (14 characters).", PT: "Envie inicio e fim como data-hora RFC 3339, com fim não anterior a inicio, e no máximo um entre cpf (11 dígitos) e cnpj (14 caracteres).", ES: "Envíe inicio y fim como marcas de tiempo RFC 3339, con fim no anterior a inicio, y como máximo uno de cpf (11 dígitos) o cnpj (14 caracteres)."},
				{EN: "Keep paginacao.paginaAtual at 0 or more and paginacao.itensPorPagina between 1 and 1000 (default 100).", PT: "Mantenha paginacao.paginaAtual em 0 ou mais e paginacao.itensPorPagina entre 1 e 1000 (padrão 100).", ES: "Mantenga paginacao.paginaAtual en 0 o más y paginacao.itensPorPagina entre 1 y 1000 (100 por defecto)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same query is rejected again; correct the parameters.", PT: "A mesma consulta é recusada de novo; corrija os parâmetros.", ES: "La misma consulta se rechaza otra vez; corrija los parámetros."},
			Source:   bacenPixErrors + ", Tag Pix: PixConsultaInvalida (400), violations for GET /pix",
		},
		{
			Code:     "PixDevolucaoInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid refund request", PT: "Devolução inválida", ES: "Solicitud de devolución inválida"},
			Meaning: Text{
				EN: "The refund request PUT /pix/{e2eid}/devolucao/{id} breaks the schema or makes no sense: devolucao.valor malformed, the refund together with earlier ones would exceed the original Pix amount, the id is already used by another refund of this e2eid, or the 90-day refund window from the original settlement has passed.",
				PT: "A solicitação de devolução PUT /pix/{e2eid}/devolucao/{id} não respeita o schema ou não faz sentido: devolucao.valor malformado, a devolução somada às anteriores excederia o valor do Pix original, o id já foi usado por outra devolução deste e2eid, ou a janela de 90 dias desde a liquidação original já passou.",
				ES: "La solicitud de devolución PUT /pix/{e2eid}/devolucao/{id} infringe el esquema o no tiene sentido: devolucao.valor mal formado, la devolución sumada a las anteriores superaría el monto del Pix original, el id ya lo usa otra devolución de este e2eid, o ya pasó el plazo de 90 días para devoluciones desde la liquidación original.",
			},
			Fix: []Text{
				{EN: "Send devolucao.valor as a string with two decimals (\"10.00\"), no more than the Pix amount minus the refunds already made (check GET /pix/{e2eid}).", PT: "Envie devolucao.valor como string com duas casas decimais (\"10.00\"), no máximo o valor do Pix menos as devoluções já feitas (confira GET /pix/{e2eid}).", ES: "Envíe devolucao.valor como string con dos decimales (\"10.00\"), sin superar el monto del Pix menos las devoluciones ya realizadas (verifique GET /pix/{e2eid})."},
				{EN: "If the id is already used, GET /pix/{e2eid}/devolucao/{id}: if it is your earlier attempt, the refund exists; for a genuinely new partial refund, choose a new id.", PT: "Se o id já estiver em uso, consulte GET /pix/{e2eid}/devolucao/{id}: se for a sua tentativa anterior, a devolução existe; para uma nova devolução parcial de verdade, escolha um novo id.", ES: "Si el id ya está en uso, haga GET /pix/{e2eid}/devolucao/{id}: si es su intento anterior, la devolución existe; para una devolución parcial realmente nueva, elija un id nuevo."},
				{EN: "Past 90 days from the original settlement, the API Pix no longer accepts a refund: return the money by another Pix payment instead.", PT: "Passados 90 dias da liquidação original, a API Pix não aceita mais devolução: devolva o dinheiro com outro pagamento Pix.", ES: "Pasados 90 días desde la liquidación original, la API Pix ya no acepta una devolución: devuelva el dinero mediante otro pago Pix."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "A malformed valor can be corrected; but a refund beyond the remaining amount or after 90 days will never be accepted.", PT: "Um valor malformado pode ser corrigido; mas uma devolução acima do saldo restante ou depois de 90 dias nunca será aceita.", ES: "Un valor mal formado puede corregirse; pero una devolución que supere el monto restante o posterior a los 90 días nunca será aceptada."},
			Idempotency: Text{
				EN: "The devolução id is yours and unique per e2eid, so resending PUT /pix/{e2eid}/devolucao/{id} with the SAME id cannot refund twice; if a resend after a timeout gets \"id already used\", GET the refund: your first attempt went through.",
				PT: "O id da devolução é seu e único por e2eid, então reenviar PUT /pix/{e2eid}/devolucao/{id} com o MESMO id não devolve duas vezes; se um reenvio depois de timeout receber \"id já utilizado\", consulte a devolução: a sua primeira tentativa passou.",
				ES: "El id de devolução es suyo y único por e2eid, así que reenviar PUT /pix/{e2eid}/devolucao/{id} con el MISMO id no puede devolver dos veces; si un reenvío después de un timeout recibe \"id ya utilizado\", haga GET de la devolución: su primer intento se procesó.",
			},
			Source: bacenPixErrors + ", Tag Pix: PixDevolucaoInvalida (400), violations for PUT /pix/{e2eid}/devolucao/{id}; components.examples.RequisicaoInvalidaDevolucaoExample1",
		},

		// Tag Webhook: notifications of received Pix.
		{
			Code:     "WebhookOperacaoInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid webhook configuration", PT: "Configuração de webhook inválida", ES: "Configuración de webhook inválida"},
			Meaning: Text{
				EN: "PUT /webhook/{chave} tried to set up the Pix webhook without following the schema or with invalid semantics: the chave is not a valid DICT key, or not a key of this receiving user, or webhookUrl is malformed.",
				PT: "O PUT /webhook/{chave} tentou configurar o webhook Pix sem respeitar o schema ou com semântica inválida: a chave não é uma chave DICT válida, ou não pertence a este usuário recebedor, ou o webhookUrl está malformado.",
				ES: "PUT /webhook/{chave} intentó configurar el webhook de Pix sin respetar el esquema o con una semántica inválida: la chave no es una clave válida del DICT, o no es una clave de este usuario receptor, o webhookUrl está mal formada.",
			},
			Fix: []Text{
				{EN: "Put in the path a Pix key (up to 77 characters) registered in DICT to your account at this PSP: CPF/CNPJ, e-mail, phone (+55...) or random key (EVP).", PT: "Coloque no caminho uma chave Pix (até 77 caracteres) registrada no DICT para a sua conta neste PSP: CPF/CNPJ, e-mail, celular (+55...) ou chave aleatória (EVP).", ES: "Ponga en la ruta una clave Pix (de hasta 77 caracteres) registrada en el DICT a nombre de su cuenta en este PSP: CPF/CNPJ, correo electrónico, teléfono (+55...) o clave aleatoria (EVP)."},
				{EN: "Send {\"webhookUrl\": \"https://...\"} with an absolute HTTPS URI; the PSP calls it under mTLS (see the Manual de Padrões para Iniciação do Pix), so the server must accept the PSP's certificate.", PT: "Envie {\"webhookUrl\": \"https://...\"} com um URI HTTPS absoluto; o PSP o chama com mTLS (veja o Manual de Padrões para Iniciação do Pix), então o servidor precisa aceitar o certificado do PSP.", ES: "Envíe {\"webhookUrl\": \"https://...\"} con una URI HTTPS absoluta; el PSP la llama bajo mTLS (vea el Manual de Padrões para Iniciação do Pix), así que el servidor debe aceptar el certificado del PSP."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same key and URL are rejected again; correct them.", PT: "A mesma chave e URL são recusadas de novo; corrija-as.", ES: "La misma clave y la misma URL se rechazan otra vez; corríjalas."},
			Idempotency: Text{
				EN: "PUT /webhook/{chave} sets the one webhook of that key, so resending it is harmless: it cannot create a second webhook.",
				PT: "O PUT /webhook/{chave} define o único webhook daquela chave, então reenviá-lo é inofensivo: não cria um segundo webhook.",
				ES: "PUT /webhook/{chave} define el único webhook de esa clave, así que reenviarlo es inofensivo: no puede crear un segundo webhook.",
			},
			Source: bacenPixErrors + ", Tag Webhook: WebhookOperacaoInvalida (400), violations for PUT /webhook/{chave}; components.examples.RequisicaoInvalidaWebhookExample1",
		},
		{
			Code:     "WebhookNaoEncontrado",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Webhook not found", PT: "Webhook não encontrado", ES: "Webhook no encontrado"},
			Meaning: Text{
				EN: "No webhook is set up for the chave given to GET or DELETE /webhook/{chave}.",
				PT: "Não há webhook configurado para a chave informada em GET ou DELETE /webhook/{chave}.",
				ES: "No hay ningún webhook configurado para la chave indicada en GET o DELETE /webhook/{chave}.",
			},
			Fix: []Text{
				{EN: "Check the key (spelled exactly as registered, e.g. phone with +55) and list configured webhooks with GET /webhook.", PT: "Confira a chave (escrita exatamente como registrada, ex.: celular com +55) e liste os webhooks configurados com GET /webhook.", ES: "Verifique la clave (escrita exactamente como se registró, p. ej., el teléfono con +55) y liste los webhooks configurados con GET /webhook."},
				{EN: "To receive notifications, set it up with PUT /webhook/{chave}.", PT: "Para receber notificações, configure-o com PUT /webhook/{chave}.", ES: "Para recibir notificaciones, configúrelo con PUT /webhook/{chave}."},
				{EN: "On a DELETE resent after a timeout, this means the first DELETE already removed it: nothing to do.", PT: "Num DELETE reenviado depois de timeout, isto significa que o primeiro DELETE já o removeu: não há o que fazer.", ES: "En un DELETE reenviado después de un timeout, esto significa que el primer DELETE ya lo eliminó: no hay nada que hacer."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "There is no webhook for this key until one is configured; correct the key or create it.", PT: "Não há webhook para esta chave até que um seja configurado; corrija a chave ou crie-o.", ES: "No hay webhook para esta clave hasta que se configure uno; corrija la clave o créelo."},
			Source:   bacenPixErrors + ", Tag Webhook: WebhookNaoEncontrado (404)",
		},
		{
			Code:     "WebhookConsultaInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid webhook query", PT: "Consulta de webhooks inválida", ES: "Consulta de webhooks inválida"},
			Meaning: Text{
				EN: "The query parameters of GET /webhook break the schema or make no sense: fim before inicio or negative paging.",
				PT: "Os parâmetros de consulta de GET /webhook não respeitam o schema ou não fazem sentido: fim anterior a inicio ou paginação negativa.",
				ES: "Los parámetros de consulta de GET /webhook infringen el esquema o no tienen sentido: fim anterior a inicio o paginación negativa.",
			},
			Fix: []Text{
				{EN: "Send inicio and fim as RFC 3339 timestamps with fim not before inicio.", PT: "Envie inicio e fim como data-hora RFC 3339, com fim não anterior a inicio.", ES: "Envíe inicio y fim como marcas de tiempo RFC 3339, con fim no anterior a inicio."},
				{EN: "Keep paginacao.paginaAtual at 0 or more and paginacao.itensPorPagina between 1 and 1000.", PT: "Mantenha paginacao.paginaAtual em 0 ou mais e paginacao.itensPorPagina entre 1 e 1000.", ES: "Mantenga paginacao.paginaAtual en 0 o más y paginacao.itensPorPagina entre 1 y 1000."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same query is rejected again; correct the parameters.", PT: "A mesma consulta é recusada de novo; corrija os parâmetros.", ES: "La misma consulta se rechaza otra vez; corrija los parámetros."},
			Source:   bacenPixErrors + ", Tag Webhook: WebhookConsultaInvalida (400), violations for GET /webhook",
		},

		// Tag WebhookRec: notifications of recurrences.
		{
			Code:     "WebhookRecOperacaoInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid recurrence webhook configuration", PT: "Configuração de webhook de recorrência inválida", ES: "Configuración de webhook de recurrencias inválida"},
			Meaning: Text{
				EN: "PUT /webhookrec tried to set up the recurrence webhook without following the schema or with invalid semantics: webhookUrl is malformed.",
				PT: "O PUT /webhookrec tentou configurar o webhook de recorrências sem respeitar o schema ou com semântica inválida: o webhookUrl está malformado.",
				ES: "PUT /webhookrec intentó configurar el webhook de recurrencias sin respetar el esquema o con una semántica inválida: webhookUrl está mal formada.",
			},
			Fix: []Text{
				{EN: "Send {\"webhookUrl\": \"https://...\"} with an absolute HTTPS URI (e.g. https://usuario.recebedor.com/api/webhookrec/).", PT: "Envie {\"webhookUrl\": \"https://...\"} com um URI HTTPS absoluto (ex.: https://usuario.recebedor.com/api/webhookrec/).", ES: "Envíe {\"webhookUrl\": \"https://...\"} con una URI HTTPS absoluta (p. ej., https://usuario.recebedor.com/api/webhookrec/)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same URL is rejected again; correct it.", PT: "A mesma URL é recusada de novo; corrija-a.", ES: "La misma URL se rechaza otra vez; corríjala."},
			Idempotency: Text{
				EN: "PUT /webhookrec sets the single recurrence webhook, so resending it cannot create a second one.",
				PT: "O PUT /webhookrec define o único webhook de recorrências, então reenviá-lo não cria um segundo.",
				ES: "PUT /webhookrec define el único webhook de recurrencias, así que reenviarlo no puede crear un segundo.",
			},
			Source: bacenPixErrors + ", Tag WebhookRec: WebhookRecOperacaoInvalida (400), violations for PUT /webhookrec",
		},
		{
			Code:     "WebhookRecConsultaInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid recurrence webhook query", PT: "Consulta de webhooks de recorrência inválida", ES: "Consulta de webhooks de recurrencias inválida"},
			Meaning: Text{
				EN: "The query parameters of GET /webhookrec break the schema or make no sense: fim before inicio or negative paging.",
				PT: "Os parâmetros de consulta de GET /webhookrec não respeitam o schema ou não fazem sentido: fim anterior a inicio ou paginação negativa.",
				ES: "Los parámetros de consulta de GET /webhookrec infringen el esquema o no tienen sentido: fim anterior a inicio o paginación negativa.",
			},
			Fix: []Text{
				{EN: "Send inicio and fim as RFC 3339 timestamps with fim not before inicio.", PT: "Envie inicio e fim como data-hora RFC 3339, com fim não anterior a inicio.", ES: "Envíe inicio y fim como marcas de tiempo RFC 3339, con fim no anterior a inicio."},
				{EN: "Keep paginacao.paginaAtual at 0 or more and paginacao.itensPorPagina between 1 and 1000.", PT: "Mantenha paginacao.paginaAtual em 0 ou mais e paginacao.itensPorPagina entre 1 e 1000.", ES: "Mantenga paginacao.paginaAtual en 0 o más y paginacao.itensPorPagina entre 1 y 1000."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same query is rejected again; correct the parameters.", PT: "A mesma consulta é recusada de novo; corrija os parâmetros.", ES: "La misma consulta se rechaza otra vez; corrija los parámetros."},
			Source:   bacenPixErrors + ", Tag WebhookRec: WebhookRecConsultaInvalida (400), violations for GET /webhookrec",
		},

		// Tag WebhookCobR: notifications of recurring charges.
		{
			Code:     "WebhookCobROperacaoInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid recurring charge webhook configuration", PT: "Configuração de webhook de cobrança recorrente inválida", ES: "Configuración de webhook de cobros recurrentes inválida"},
			Meaning: Text{
				EN: "PUT /webhookcobr tried to set up the recurring charge webhook without following the schema or with invalid semantics: webhookUrl is malformed.",
				PT: "O PUT /webhookcobr tentou configurar o webhook de cobranças recorrentes sem respeitar o schema ou com semântica inválida: o webhookUrl está malformado.",
				ES: "PUT /webhookcobr intentó configurar el webhook de cobros recurrentes sin respetar el esquema o con una semántica inválida: webhookUrl está mal formada.",
			},
			Fix: []Text{
				{EN: "Send {\"webhookUrl\": \"https://...\"} with an absolute HTTPS URI (e.g. https://usuario.recebedor.com/api/webhookcobr/).", PT: "Envie {\"webhookUrl\": \"https://...\"} com um URI HTTPS absoluto (ex.: https://usuario.recebedor.com/api/webhookcobr/).", ES: "Envíe {\"webhookUrl\": \"https://...\"} con una URI HTTPS absoluta (p. ej., https://usuario.recebedor.com/api/webhookcobr/)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same URL is rejected again; correct it.", PT: "A mesma URL é recusada de novo; corrija-a.", ES: "La misma URL se rechaza otra vez; corríjala."},
			Idempotency: Text{
				EN: "PUT /webhookcobr sets the single recurring charge webhook, so resending it cannot create a second one.",
				PT: "O PUT /webhookcobr define o único webhook de cobranças recorrentes, então reenviá-lo não cria um segundo.",
				ES: "PUT /webhookcobr define el único webhook de cobros recurrentes, así que reenviarlo no puede crear un segundo.",
			},
			Source: bacenPixErrors + ", Tag WebhookCobR: WebhookCobROperacaoInvalida (400), violations for PUT /webhookcobr",
		},
		{
			Code:     "WebhookCobRConsultaInvalida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid recurring charge webhook query", PT: "Consulta de webhooks de cobrança recorrente inválida", ES: "Consulta de webhooks de cobros recurrentes inválida"},
			Meaning: Text{
				EN: "The query parameters of GET /webhookcobr break the schema or make no sense: fim before inicio or negative paging.",
				PT: "Os parâmetros de consulta de GET /webhookcobr não respeitam o schema ou não fazem sentido: fim anterior a inicio ou paginação negativa.",
				ES: "Los parámetros de consulta de GET /webhookcobr infringen el esquema o no tienen sentido: fim anterior a inicio o paginación negativa.",
			},
			Fix: []Text{
				{EN: "Send inicio and fim as RFC 3339 timestamps with fim not before inicio.", PT: "Envie inicio e fim como data-hora RFC 3339, com fim não anterior a inicio.", ES: "Envíe inicio y fim como marcas de tiempo RFC 3339, con fim no anterior a inicio."},
				{EN: "Keep paginacao.paginaAtual at 0 or more and paginacao.itensPorPagina between 1 and 1000.", PT: "Mantenha paginacao.paginaAtual em 0 ou mais e paginacao.itensPorPagina entre 1 e 1000.", ES: "Mantenga paginacao.paginaAtual en 0 o más y paginacao.itensPorPagina entre 1 y 1000."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same query is rejected again; correct the parameters.", PT: "A mesma consulta é recusada de novo; corrija os parâmetros.", ES: "La misma consulta se rechaza otra vez; corrija los parámetros."},
			Source:   bacenPixErrors + ", Tag WebhookCobR: WebhookCobRConsultaInvalida (400), violations for GET /webhookcobr",
		},
	},
}
