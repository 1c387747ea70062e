//go:build !textpack

// FluxiQ NPC is built from seed 000 (/work/shared/seeds/000_53be791bc6244d16.txt), the
// "Error Codes" reference of the FluxiQ NPC API (boleto registration through Nuclea's
// PCR; its examples call api.pixconnect.com.br). Where the document gives a status range
// for a group ("400/422", "404/409", "500/503") the entry says how its status was chosen.

package catalog

import (
	"slices"
	"strings"
)

// FluxiQ is the FluxiQ NPC API: boleto registration through Nuclea's PCR.
var fluxiq = Provider{
	id:      "fluxiq",
	name:    "FluxiQ NPC",
	docsURL: "",
	hosts:   []string{"api.pixconnect.com.br", "fluxiq.com.br"},
	envelope: Text{
		EN: `Every error is {"success": false, "error": {"code", "message", "details"}, "meta": {"request_id"}}: error.code is the identifier to branch on, error.details is a string with a hint or, for VALIDATION_ERROR, an object mapping each field name to a list of messages, and meta.request_id (snake case, e.g. "req_abc123def456") identifies the request for support.`,
		PT: `Todo erro vem como {"success": false, "error": {"code", "message", "details"}, "meta": {"request_id"}}: error.code é o identificador para usar na lógica, error.details é um texto com uma dica ou, no VALIDATION_ERROR, um objeto que associa cada campo a uma lista de mensagens, e meta.request_id (snake case, p. ex. "req_abc123def456") identifica a requisição para o suporte.`,
		ES: `Todo error llega como {"success": false, "error": {"code", "message", "details"}, "meta": {"request_id"}}: error.code es el identificador para ramificar la lógica, error.details es un texto con una pista o, en VALIDATION_ERROR, un objeto que asocia cada nombre de campo con una lista de mensajes, y meta.request_id (snake case, p. ej., "req_abc123def456") identifica la solicitud ante soporte.`,
	},
	rateLimitHeaders:  []string{"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After"},
	idempotencyHeader: "",
	support: Text{
		EN: "Write to suporte@fluxiq.com.br or use the portal npcadmin-dev.fluxiq.com.br/suporte (answers within 4 business hours in production). Always include the request_id from meta.request_id, the approximate date and time of the error, the endpoint (URL and HTTP method), the request body with sensitive data removed (never the X-API-Key) and the complete error response.",
		PT: "Escreva para suporte@fluxiq.com.br ou use o portal npcadmin-dev.fluxiq.com.br/suporte (resposta em até 4 horas úteis em produção). Sempre informe o request_id de meta.request_id, a data e hora aproximadas do erro, o endpoint (URL e método HTTP), o corpo da requisição sem dados sensíveis (nunca a X-API-Key) e a resposta de erro completa.",
		ES: "Escriba a suporte@fluxiq.com.br o use el portal npcadmin-dev.fluxiq.com.br/suporte (responde en un plazo de 4 horas hábiles en producción). Incluya siempre el request_id de meta.request_id, la fecha y hora aproximadas del error, el endpoint (URL y método HTTP), el cuerpo de la solicitud sin datos sensibles (nunca la X-API-Key) y la respuesta de error completa.",
	},
	source: "seed 000 (FluxiQ NPC error codes)",
	entries: []Entry{
		{
			Code:     "MISSING_API_KEY",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "API key missing", PT: "Chave de API ausente", ES: "Falta la clave de API"},
			Meaning: Text{
				EN: "The request reached FluxiQ without an X-API-Key header, so it could not tell which account is calling and refused it before looking at the boleto.",
				PT: "A requisição chegou à FluxiQ sem o cabeçalho X-API-Key, então ela não conseguiu identificar a conta que está chamando e recusou a requisição antes de olhar o boleto.",
				ES: "La solicitud llegó a FluxiQ sin el encabezado X-API-Key, así que no pudo saber qué cuenta estaba llamando y la rechazó antes de mirar el boleto.",
			},
			Fix: []Text{
				{EN: "Send the header X-API-Key: <your key> on every request (the header name is X-API-Key, not Authorization).", PT: "Envie o cabeçalho X-API-Key: <sua chave> em toda requisição (o nome do cabeçalho é X-API-Key, não Authorization).", ES: "Envíe el encabezado X-API-Key: <su clave> en cada solicitud (el encabezado se llama X-API-Key, no Authorization)."},
				{EN: "Check that the environment variable holding the key (e.g. PIXCONNECT_API_KEY in the document's examples) is set where the code runs, and that no proxy strips the header.", PT: "Confira se a variável de ambiente com a chave (p. ex. PIXCONNECT_API_KEY nos exemplos do documento) está definida onde o código roda e se nenhum proxy remove o cabeçalho.", ES: "Verifique que la variable de entorno que contiene la clave (p. ej., PIXCONNECT_API_KEY en los ejemplos del documento) esté definida donde se ejecuta el código y que ningún proxy elimine el encabezado."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Without the header every attempt is rejected; add it and send the request again.", PT: "Sem o cabeçalho toda tentativa é recusada; adicione-o e reenvie a requisição.", ES: "Sin el encabezado, todos los intentos se rechazan; agréguelo y vuelva a enviar la solicitud."},
			Source:   "seed 000 (FluxiQ NPC error codes), Authentication Errors (401)",
		},
		{
			Code:     "INVALID_API_KEY",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "Invalid or expired API key", PT: "Chave de API inválida ou expirada", ES: "Clave de API inválida o vencida"},
			Meaning: Text{
				EN: "The X-API-Key sent does not match any active FluxiQ key: it is mistyped, belongs to another environment, does not exist or has expired.",
				PT: "A X-API-Key enviada não corresponde a nenhuma chave ativa da FluxiQ: foi digitada errada, é de outro ambiente, não existe ou expirou.",
				ES: "La X-API-Key enviada no coincide con ninguna clave activa de FluxiQ: está mal escrita, pertenece a otro entorno, no existe o venció.",
			},
			Fix: []Text{
				{EN: "Compare the key with the one shown in the FluxiQ portal (no extra spaces or line breaks, and the sandbox key for sandbox, the production key for production).", PT: "Compare a chave com a exibida no portal da FluxiQ (sem espaços ou quebras de linha a mais, e a chave de sandbox para sandbox, a de produção para produção).", ES: "Compare la clave con la que aparece en el portal de FluxiQ (sin espacios ni saltos de línea de más, y la clave de sandbox para sandbox, la de producción para producción)."},
				{EN: "If the key is lost or no longer active, generate a new one in the portal and update your configuration.", PT: "Se a chave se perdeu ou não está mais ativa, gere uma nova no portal e atualize sua configuração.", ES: "Si la clave se perdió o ya no está activa, genere una nueva en el portal y actualice su configuración."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same key will keep being rejected; send the request again only with a valid, active key.", PT: "A mesma chave continuará sendo recusada; reenvie a requisição só com uma chave válida e ativa.", ES: "La misma clave seguirá siendo rechazada; vuelva a enviar la solicitud solo con una clave válida y activa."},
			Source:   "seed 000 (FluxiQ NPC error codes), Authentication Errors (401)",
		},
		{
			Code:     "API_KEY_REVOKED",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "API key revoked", PT: "Chave de API revogada", ES: "Clave de API revocada"},
			Meaning: Text{
				EN: "The X-API-Key was valid once but has been revoked, so FluxiQ will never accept it again.",
				PT: "A X-API-Key já foi válida, mas foi revogada, e a FluxiQ nunca mais vai aceitá-la.",
				ES: "La X-API-Key fue válida en algún momento, pero se revocó, así que FluxiQ no volverá a aceptarla nunca.",
			},
			Fix: []Text{
				{EN: "Open the FluxiQ portal, generate a new API key and replace the revoked one everywhere it is configured.", PT: "Acesse o portal da FluxiQ, gere uma nova chave de API e substitua a revogada em todos os lugares em que está configurada.", ES: "Abra el portal de FluxiQ, genere una nueva clave de API y reemplace la revocada en todos los lugares donde esté configurada."},
				{EN: "If you did not revoke it yourself, contact support (suporte@fluxiq.com.br) with the request_id to find out why.", PT: "Se não foi você quem a revogou, fale com o suporte (suporte@fluxiq.com.br) informando o request_id para saber o motivo.", ES: "Si usted no la revocó, contacte a soporte (suporte@fluxiq.com.br) con el request_id para saber por qué."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "A revoked key never works again; resend only after switching to a new key.", PT: "Uma chave revogada nunca volta a funcionar; reenvie só depois de trocar por uma chave nova.", ES: "Una clave revocada nunca vuelve a funcionar; vuelva a enviar solo después de cambiar a una clave nueva."},
			Source:   "seed 000 (FluxiQ NPC error codes), Authentication Errors (401)",
		},
		{
			Code:     "FORBIDDEN",
			Status:   403,
			Category: Authorization,
			Title:    Text{EN: "Access denied to this resource", PT: "Acesso negado a este recurso", ES: "Acceso denegado a este recurso"},
			Meaning: Text{
				EN: "The API key is valid but lacks the permission for this operation or resource (for example, creating or changing boletos).",
				PT: "A chave de API é válida, mas não tem permissão para esta operação ou recurso (por exemplo, criar ou alterar boletos).",
				ES: "La clave de API es válida, pero no tiene el permiso para esta operación o recurso (por ejemplo, crear o modificar boletos).",
			},
			Fix: []Text{
				{EN: "Check the permissions of this API key in the FluxiQ portal and grant the one the endpoint needs, or use a key that has it.", PT: "Verifique as permissões desta chave de API no portal da FluxiQ e conceda a que o endpoint exige, ou use uma chave que a tenha.", ES: "Revise los permisos de esta clave de API en el portal de FluxiQ y otorgue el que necesita el endpoint, o use una clave que lo tenga."},
				{EN: "If you cannot change the permissions, contact support with the request_id and the endpoint called.", PT: "Se você não puder alterar as permissões, fale com o suporte informando o request_id e o endpoint chamado.", ES: "Si no puede cambiar los permisos, contacte a soporte con el request_id y el endpoint llamado."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The key will keep being refused for this operation until its permissions change.", PT: "A chave continuará sendo recusada para esta operação até que suas permissões mudem.", ES: "La clave seguirá siendo rechazada para esta operación hasta que cambien sus permisos."},
			Source:   "seed 000 (FluxiQ NPC error codes), Authorization Errors (403)",
		},
		{
			Code:     "IP_NOT_ALLOWED",
			Status:   403,
			Category: Authorization,
			Title:    Text{EN: "IP address not allowed", PT: "IP não autorizado", ES: "Dirección IP no permitida"},
			Meaning: Text{
				EN: "The request came from an IP address that is not on the account's allowed IP list; error.details names the refused IP (e.g. \"IP 203.0.113.50 is not in the allowed IP list\").",
				PT: "A requisição partiu de um IP que não está na lista de IPs permitidos da conta; error.details informa o IP recusado (p. ex. \"IP 203.0.113.50 is not in the allowed IP list\").",
				ES: "La solicitud provino de una dirección IP que no está en la lista de IP permitidas de la cuenta; error.details indica la IP rechazada (p. ej., \"IP 203.0.113.50 is not in the allowed IP list\").",
			},
			Fix: []Text{
				{EN: "Add the IP shown in error.details to the allowed IP list in the FluxiQ portal.", PT: "Adicione o IP mostrado em error.details à lista de IPs permitidos no portal da FluxiQ.", ES: "Agregue la IP que aparece en error.details a la lista de IP permitidas en el portal de FluxiQ."},
				{EN: "Make sure your servers leave through fixed egress IPs (NAT, proxy) so the list stays valid after deploys or scaling.", PT: "Garanta que seus servidores saiam por IPs fixos (NAT, proxy) para que a lista continue válida depois de deploys ou de escalar.", ES: "Asegúrese de que sus servidores salgan por IP de salida fijas (NAT, proxy) para que la lista siga siendo válida después de despliegues o cambios de escala."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Requests from that IP keep failing until it is added to the allowed list.", PT: "Requisições desse IP continuarão falhando até que ele seja incluído na lista de permitidos.", ES: "Las solicitudes desde esa IP siguen fallando hasta que se agregue a la lista de permitidas."},
			Source:   "seed 000 (FluxiQ NPC error codes), Authorization Errors (403)",
		},
		{
			Code:     "VALIDATION_ERROR",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Invalid data in request", PT: "Dados inválidos na requisição", ES: "Datos inválidos en la solicitud"},
			Meaning: Text{
				EN: "One or more fields of the boleto request are invalid; error.details is an object mapping each field to its problems (e.g. amount_cents \"must be greater than 0\", due_date \"must be a future date\"). The document files it under 400/422 without saying which of the two.",
				PT: "Um ou mais campos da requisição do boleto são inválidos; error.details é um objeto que associa cada campo aos seus problemas (p. ex. amount_cents \"must be greater than 0\", due_date \"must be a future date\"). O documento o classifica como 400/422 sem dizer qual dos dois.",
				ES: "Uno o más campos de la solicitud del boleto son inválidos; error.details es un objeto que asocia cada campo con sus problemas (p. ej., amount_cents \"must be greater than 0\", due_date \"must be a future date\"). El documento lo clasifica como 400/422 sin decir cuál de los dos.",
			},
			Fix: []Text{
				{EN: "Read error.details: each key is a field name (amount_cents, due_date, payer_document ...) and its array lists what is wrong with it.", PT: "Leia error.details: cada chave é o nome de um campo (amount_cents, due_date, payer_document ...) e o array lista o que está errado nele.", ES: "Lea error.details: cada clave es un nombre de campo (amount_cents, due_date, payer_document ...) y su arreglo indica lo que está mal en él."},
				{EN: "Correct those fields (amount_cents in cents and greater than 0, due_date as YYYY-MM-DD not in the past, payer_document a valid CPF/CNPJ) and send the request again.", PT: "Corrija esses campos (amount_cents em centavos e maior que 0, due_date no formato AAAA-MM-DD sem ser data passada, payer_document um CPF/CNPJ válido) e reenvie a requisição.", ES: "Corrija esos campos (amount_cents en centavos y mayor que 0, due_date como YYYY-MM-DD y no en el pasado, payer_document un CPF/CNPJ válido) y vuelva a enviar la solicitud."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same data will be rejected again; only a corrected request can succeed.", PT: "Os mesmos dados serão recusados de novo; só uma requisição corrigida pode dar certo.", ES: "Los mismos datos serán rechazados otra vez; solo una solicitud corregida puede tener éxito."},
			Source:   "seed 000 (FluxiQ NPC error codes), Validation Errors (400/422): status 400 or 422, not stated per code",
		},
		{
			Code:     "INVALID_DOCUMENT",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Invalid CPF/CNPJ", PT: "CPF/CNPJ inválido", ES: "CPF/CNPJ inválido"},
			Meaning: Text{
				EN: "The payer's CPF or CNPJ failed FluxiQ's check, typically because its check digits do not match (e.g. \"The CPF/CNPJ '12345678900' does not have valid check digits\"). The document gives 400/422 for this group, not one status.",
				PT: "O CPF ou CNPJ do pagador não passou na verificação da FluxiQ, normalmente porque os dígitos verificadores não conferem (p. ex. \"The CPF/CNPJ '12345678900' does not have valid check digits\"). O documento dá 400/422 para este grupo, não um status único.",
				ES: "El CPF o CNPJ del pagador no pasó la verificación de FluxiQ, normalmente porque sus dígitos verificadores no coinciden (p. ej., \"The CPF/CNPJ '12345678900' does not have valid check digits\"). El documento indica 400/422 para este grupo, no un único estado.",
			},
			Fix: []Text{
				{EN: "Check the CPF (11 digits) or CNPJ (14 digits) with the payer, including the check digits, and validate them in your form before calling the API.", PT: "Confirme com o pagador o CPF (11 dígitos) ou CNPJ (14 dígitos), incluindo os dígitos verificadores, e valide-os no seu formulário antes de chamar a API.", ES: "Confirme el CPF (11 dígitos) o el CNPJ (14 dígitos) con el pagador, incluidos los dígitos verificadores, y valídelos en su formulario antes de llamar a la API."},
				{EN: "Make sure leading zeros were not lost when the document was stored as a number.", PT: "Garanta que zeros à esquerda não se perderam ao guardar o documento como número.", ES: "Asegúrese de que no se hayan perdido ceros a la izquierda al guardar el documento como número."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same document number will always fail the check-digit test; resend only with a valid one.", PT: "O mesmo número de documento sempre vai falhar na verificação dos dígitos; reenvie só com um documento válido.", ES: "El mismo número de documento siempre fallará la prueba de dígitos verificadores; vuelva a enviar solo con uno válido."},
			Source:   "seed 000 (FluxiQ NPC error codes), Validation Errors (400/422): status 400 or 422, not stated per code",
		},
		{
			Code:     "INVALID_DUE_DATE",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Invalid due date", PT: "Data de vencimento inválida", ES: "Fecha de vencimiento inválida"},
			Meaning: Text{
				EN: "The boleto's due date is malformed or in the past; FluxiQ requires a due date equal to or later than the current date. The document gives 400/422 for this group, not one status.",
				PT: "A data de vencimento do boleto está mal formatada ou no passado; a FluxiQ exige vencimento igual ou posterior à data atual. O documento dá 400/422 para este grupo, não um status único.",
				ES: "La fecha de vencimiento del boleto está mal formada o en el pasado; FluxiQ exige una fecha de vencimiento igual o posterior a la fecha actual. El documento indica 400/422 para este grupo, no un único estado.",
			},
			Fix: []Text{
				{EN: "Send due_date in YYYY-MM-DD format (e.g. 2025-03-31), with no time part.", PT: "Envie due_date no formato AAAA-MM-DD (p. ex. 2025-03-31), sem horário.", ES: "Envíe due_date en formato YYYY-MM-DD (p. ej., 2025-03-31), sin parte de hora."},
				{EN: "Use today or a later date, computed in Brazilian time (America/Sao_Paulo) so a UTC server does not send yesterday's date near midnight.", PT: "Use a data de hoje ou posterior, calculada no horário de Brasília (America/Sao_Paulo), para que um servidor em UTC não envie a data de ontem perto da meia-noite.", ES: "Use la fecha de hoy o una posterior, calculada en hora de Brasil (America/Sao_Paulo), para que un servidor en UTC no envíe la fecha de ayer cerca de la medianoche."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same date will be rejected again; resend with a valid, non-past due date.", PT: "A mesma data será recusada de novo; reenvie com um vencimento válido e não passado.", ES: "La misma fecha será rechazada otra vez; vuelva a enviar con una fecha de vencimiento válida que no esté en el pasado."},
			Source:   "seed 000 (FluxiQ NPC error codes), Validation Errors (400/422): status 400 or 422, not stated per code",
		},
		{
			Code:     "AMOUNT_TOO_LOW",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Boleto amount below minimum", PT: "Valor do boleto abaixo do mínimo", ES: "Monto del boleto por debajo del mínimo"},
			Meaning: Text{
				EN: "The boleto amount is below FluxiQ's minimum of R$ 1.00 (100 cents). The document gives 400/422 for this group, not one status.",
				PT: "O valor do boleto está abaixo do mínimo da FluxiQ, R$ 1,00 (100 centavos). O documento dá 400/422 para este grupo, não um status único.",
				ES: "El monto del boleto está por debajo del mínimo de FluxiQ, R$ 1.00 (100 centavos). El documento indica 400/422 para este grupo, no un único estado.",
			},
			Fix: []Text{
				{EN: "Send an amount of at least 100 cents (R$ 1.00); amount_cents is in cents, so R$ 1.00 is 100, not 1.", PT: "Envie um valor de pelo menos 100 centavos (R$ 1,00); amount_cents é em centavos, então R$ 1,00 é 100, não 1.", ES: "Envíe un monto de al menos 100 centavos (R$ 1.00); amount_cents está en centavos, así que R$ 1.00 es 100, no 1."},
				{EN: "For smaller charges use another payment method or group them into one boleto.", PT: "Para cobranças menores, use outro meio de pagamento ou agrupe-as em um único boleto.", ES: "Para cobros más pequeños, use otro medio de pago o agrúpelos en un solo boleto."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same amount will always be below the minimum; resend only with at least 100 cents.", PT: "O mesmo valor sempre ficará abaixo do mínimo; reenvie só com pelo menos 100 centavos.", ES: "El mismo monto siempre quedará por debajo del mínimo; vuelva a enviar solo con al menos 100 centavos."},
			Source:   "seed 000 (FluxiQ NPC error codes), Validation Errors (400/422): status 400 or 422, not stated per code",
		},
		{
			Code:     "NOT_FOUND",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Resource not found", PT: "Recurso não encontrado", ES: "Recurso no encontrado"},
			Meaning: Text{
				EN: "The resource in the URL does not exist or has been removed, or the path itself is wrong.",
				PT: "O recurso da URL não existe ou foi removido, ou o próprio caminho está errado.",
				ES: "El recurso de la URL no existe o fue eliminado, o la ruta misma es incorrecta.",
			},
			Fix: []Text{
				{EN: "Check the URL and HTTP method against the API reference (e.g. POST https://api.pixconnect.com.br/api/v1/central/boletos) and the environment (sandbox or production).", PT: "Confira a URL e o método HTTP na referência da API (p. ex. POST https://api.pixconnect.com.br/api/v1/central/boletos) e o ambiente (sandbox ou produção).", ES: "Verifique la URL y el método HTTP con la referencia de la API (p. ej., POST https://api.pixconnect.com.br/api/v1/central/boletos) y el entorno (sandbox o producción)."},
				{EN: "Check the identifier in the path; the resource may have been removed.", PT: "Confira o identificador no caminho; o recurso pode ter sido removido.", ES: "Verifique el identificador en la ruta; es posible que el recurso se haya eliminado."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same URL keeps returning 404; correct the path or identifier first.", PT: "A mesma URL continuará retornando 404; corrija antes o caminho ou o identificador.", ES: "La misma URL sigue devolviendo 404; primero corrija la ruta o el identificador."},
			Source:   "seed 000 (FluxiQ NPC error codes), Resource Errors (404/409): 404 for the not-found codes",
		},
		{
			Code:     "BOLETO_NOT_FOUND",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Boleto not found", PT: "Boleto não encontrado", ES: "Boleto no encontrado"},
			Meaning: Text{
				EN: "No boleto exists with the nosso_numero given (e.g. \"No boleto found with nosso_numero '12345678901'\"), for this account and environment.",
				PT: "Não existe boleto com o nosso_numero informado (p. ex. \"No boleto found with nosso_numero '12345678901'\"), para esta conta e ambiente.",
				ES: "No existe ningún boleto con el nosso_numero indicado (p. ej., \"No boleto found with nosso_numero '12345678901'\") para esta cuenta y este entorno.",
			},
			Fix: []Text{
				{EN: "Check the nosso_numero (all digits, leading zeros kept) against the one returned when the boleto was created.", PT: "Confira o nosso_numero (todos os dígitos, mantendo zeros à esquerda) com o retornado na criação do boleto.", ES: "Compare el nosso_numero (todos los dígitos, conservando los ceros a la izquierda) con el que se devolvió al crear el boleto."},
				{EN: "Make sure you query the same environment (sandbox or production) and API key the boleto was created with.", PT: "Garanta que está consultando o mesmo ambiente (sandbox ou produção) e a mesma chave de API com que o boleto foi criado.", ES: "Asegúrese de consultar en el mismo entorno (sandbox o producción) y con la misma clave de API con los que se creó el boleto."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Looking up the same nosso_numero again will not find it; correct the number first.", PT: "Consultar o mesmo nosso_numero de novo não vai encontrá-lo; corrija o número antes.", ES: "Volver a consultar el mismo nosso_numero no lo encontrará; primero corrija el número."},
			Idempotency: Text{
				EN: "If you were looking the boleto up after a timeout or INTERNAL_ERROR on its creation, this answer means it was not created: send the creation again with the same nosso_numero.",
				PT: "Se você consultava o boleto depois de um timeout ou INTERNAL_ERROR na criação, esta resposta indica que ele não foi criado: reenvie a criação com o mesmo nosso_numero.",
				ES: "Si estaba consultando el boleto después de un timeout o un INTERNAL_ERROR al crearlo, esta respuesta significa que no se creó: vuelva a enviar la creación con el mismo nosso_numero.",
			},
			Source: "seed 000 (FluxiQ NPC error codes), Resource Errors (404/409): 404 for the not-found codes",
		},
		{
			Code:     "DUPLICATE_BOLETO",
			Status:   409,
			Category: Conflict,
			Title:    Text{EN: "Duplicate boleto", PT: "Boleto duplicado", ES: "Boleto duplicado"},
			Meaning: Text{
				EN: "A boleto with the same nosso_numero already exists; nosso_numero is the boleto's unique key, so FluxiQ refuses to register it twice.",
				PT: "Já existe um boleto com o mesmo nosso_numero; o nosso_numero é a chave única do boleto, então a FluxiQ se recusa a registrá-lo duas vezes.",
				ES: "Ya existe un boleto con el mismo nosso_numero; el nosso_numero es la clave única del boleto, así que FluxiQ se niega a registrarlo dos veces.",
			},
			Fix: []Text{
				{EN: "If this was a resend of the same boleto (after a timeout or a 500), fetch the existing boleto by its nosso_numero and use it: the first attempt succeeded.", PT: "Se foi um reenvio do mesmo boleto (depois de um timeout ou de um 500), consulte o boleto existente pelo nosso_numero e use-o: a primeira tentativa deu certo.", ES: "Si fue un reenvío del mismo boleto (después de un timeout o un 500), obtenga el boleto existente por su nosso_numero y úselo: el primer intento tuvo éxito."},
				{EN: "If it is a new boleto, give it a nosso_numero that was never used (e.g. from a database sequence) and send it.", PT: "Se é um boleto novo, atribua um nosso_numero nunca usado (p. ex. de uma sequência no banco de dados) e envie-o.", ES: "Si es un boleto nuevo, asígnele un nosso_numero que nunca se haya usado (p. ej., de una secuencia de la base de datos) y envíelo."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "The nosso_numero is already taken, so the same request can never succeed.", PT: "O nosso_numero já está em uso, então a mesma requisição nunca vai dar certo.", ES: "El nosso_numero ya está en uso, así que la misma solicitud nunca podrá tener éxito."},
			Idempotency: Text{
				EN: "FluxiQ names no idempotency header; the unique nosso_numero plays that role. Reusing it when resending the same boleto is safe, since a second copy is refused with this code instead of being created.",
				PT: "A FluxiQ não tem cabeçalho de idempotência; o nosso_numero único cumpre esse papel. Reusá-lo ao reenviar o mesmo boleto é seguro, pois uma segunda cópia é recusada com este código em vez de ser criada.",
				ES: "FluxiQ no indica ningún encabezado de idempotencia; el nosso_numero único cumple ese papel. Reutilizarlo al reenviar el mismo boleto es seguro, ya que una segunda copia se rechaza con este código en lugar de crearse.",
			},
			Source: "seed 000 (FluxiQ NPC error codes), Resource Errors (404/409): 409 for the conflict codes",
		},
		{
			Code:     "INVALID_STATUS_TRANSITION",
			Status:   409,
			Category: StateCategory,
			Title:    Text{EN: "Invalid boleto status transition", PT: "Transição de status do boleto inválida", ES: "Transición de estado del boleto inválida"},
			Meaning: Text{
				EN: "The boleto's current status does not allow the change requested (e.g. \"Cannot change status from 'paid' to 'cancelled'\"). Allowed: draft to registered; registered to paid or cancelled; paid to settled; settled and cancelled are final.",
				PT: "O status atual do boleto não permite a mudança pedida (p. ex. \"Cannot change status from 'paid' to 'cancelled'\"). Permitidas: draft para registered; registered para paid ou cancelled; paid para settled; settled e cancelled são finais.",
				ES: "El estado actual del boleto no permite el cambio solicitado (p. ej., \"Cannot change status from 'paid' to 'cancelled'\"). Permitidas: de draft a registered; de registered a paid o cancelled; de paid a settled; settled y cancelled son finales.",
			},
			Fix: []Text{
				{EN: "Fetch the boleto and read its current status before changing it.", PT: "Consulte o boleto e leia o status atual antes de alterá-lo.", ES: "Obtenga el boleto y lea su estado actual antes de cambiarlo."},
				{EN: "Request only a transition the table allows; a paid boleto can no longer be cancelled (handle it as a refund outside the boleto), and settled or cancelled boletos cannot change at all.", PT: "Peça só uma transição permitida pela tabela; um boleto pago não pode mais ser cancelado (trate como devolução fora do boleto), e boletos settled ou cancelled não mudam mais.", ES: "Solicite solo una transición que la tabla permita; un boleto pagado ya no puede cancelarse (trátelo como un reembolso por fuera del boleto), y los boletos settled o cancelled no pueden cambiar en absoluto."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "From its current status the boleto can never make this transition, so the same request will always fail.", PT: "A partir do status atual o boleto nunca fará esta transição, então a mesma requisição sempre vai falhar.", ES: "Desde su estado actual, el boleto nunca podrá hacer esta transición, así que la misma solicitud siempre fallará."},
			Idempotency: Text{
				EN: "If this follows a resend of a status change (e.g. cancel after a timeout), the first attempt may have applied it: check whether the boleto is already in the target status.",
				PT: "Se isso veio de um reenvio de mudança de status (p. ex. cancelar depois de um timeout), a primeira tentativa pode já tê-la aplicado: verifique se o boleto já está no status desejado.",
				ES: "Si esto ocurre tras reenviar un cambio de estado (p. ej., una cancelación después de un timeout), es posible que el primer intento ya lo haya aplicado: verifique si el boleto ya está en el estado de destino.",
			},
			Source: "seed 000 (FluxiQ NPC error codes), Resource Errors (404/409): 409 for the conflict codes; Status Transition Diagram",
		},
		{
			Code:     "RATE_LIMITED",
			Status:   429,
			Category: RateLimit,
			Title:    Text{EN: "Request limit exceeded", PT: "Limite de requisições excedido", ES: "Límite de solicitudes excedido"},
			Meaning: Text{
				EN: "The account sent more requests than its limit allows in the current window (e.g. X-RateLimit-Limit: 100 with X-RateLimit-Remaining: 0); error.details says how long to wait (e.g. \"Wait 45 seconds\").",
				PT: "A conta enviou mais requisições do que o limite permite na janela atual (p. ex. X-RateLimit-Limit: 100 com X-RateLimit-Remaining: 0); error.details diz quanto esperar (p. ex. \"Wait 45 seconds\").",
				ES: "La cuenta envió más solicitudes de las que permite su límite en la ventana actual (p. ej., X-RateLimit-Limit: 100 con X-RateLimit-Remaining: 0); error.details indica cuánto esperar (p. ej., \"Wait 45 seconds\").",
			},
			Fix: []Text{
				{EN: "Wait the number of seconds in the Retry-After header (or until the Unix timestamp in X-RateLimit-Reset) before sending again.", PT: "Espere os segundos indicados no cabeçalho Retry-After (ou até o timestamp Unix de X-RateLimit-Reset) antes de reenviar.", ES: "Espere la cantidad de segundos del encabezado Retry-After (o hasta el timestamp Unix de X-RateLimit-Reset) antes de volver a enviar."},
				{EN: "Watch X-RateLimit-Remaining and slow down or queue requests before it reaches 0; see the document's Rate Limits page for per-endpoint limits.", PT: "Acompanhe o X-RateLimit-Remaining e reduza o ritmo ou enfileire as requisições antes de chegar a 0; veja a página Rate Limits da documentação para os limites por endpoint.", ES: "Vigile X-RateLimit-Remaining y reduzca el ritmo o encole las solicitudes antes de que llegue a 0; consulte la página Rate Limits del documento para ver los límites por endpoint."},
			},
			Retry:    Wait,
			RetryWhy: Text{EN: "The request was refused before processing and the response states the delay in Retry-After.", PT: "A requisição foi recusada antes de ser processada e a resposta informa a espera em Retry-After.", ES: "La solicitud se rechazó antes de procesarse y la respuesta indica la espera en Retry-After."},
			Idempotency: Text{
				EN: "A 429 means nothing was processed, so resending the same request (same nosso_numero) after the wait is safe.",
				PT: "Um 429 significa que nada foi processado, então reenviar a mesma requisição (mesmo nosso_numero) depois da espera é seguro.",
				ES: "Un 429 significa que no se procesó nada, así que volver a enviar la misma solicitud (mismo nosso_numero) después de la espera es seguro.",
			},
			Source: "seed 000 (FluxiQ NPC error codes), Rate Limit Errors (429)",
		},
		{
			Code:     "INTERNAL_ERROR",
			Status:   500,
			Category: Internal,
			Title:    Text{EN: "Internal server error", PT: "Erro interno do servidor", ES: "Error interno del servidor"},
			Meaning: Text{
				EN: "An unexpected failure happened inside FluxiQ (its team is notified); for a write such as creating a boleto you cannot tell whether it was applied.",
				PT: "Ocorreu uma falha inesperada dentro da FluxiQ (a equipe é notificada); numa escrita como a criação de um boleto não dá para saber se ela foi aplicada.",
				ES: "Ocurrió una falla inesperada dentro de FluxiQ (su equipo recibe una notificación); en una escritura, como la creación de un boleto, no se puede saber si se aplicó.",
			},
			Fix: []Text{
				{EN: "For a boleto creation, look the boleto up by its nosso_numero before sending again; resend only if you get BOLETO_NOT_FOUND.", PT: "Numa criação de boleto, consulte o boleto pelo nosso_numero antes de reenviar; reenvie só se receber BOLETO_NOT_FOUND.", ES: "En la creación de un boleto, consulte el boleto por su nosso_numero antes de volver a enviar; reenvíe solo si recibe BOLETO_NOT_FOUND."},
				{EN: "Try again in a few minutes, with increasing intervals.", PT: "Tente de novo em alguns minutos, com intervalos crescentes.", ES: "Vuelva a intentarlo en unos minutos, con intervalos crecientes."},
				{EN: "If it persists, contact support (suporte@fluxiq.com.br) with the request_id, time, endpoint and payload without secrets.", PT: "Se persistir, fale com o suporte (suporte@fluxiq.com.br) informando o request_id, o horário, o endpoint e o payload sem dados sensíveis.", ES: "Si persiste, contacte a soporte (suporte@fluxiq.com.br) con el request_id, la hora, el endpoint y el payload sin secretos."},
			},
			Retry:    CheckFirst,
			RetryWhy: Text{EN: "On a write the outcome is unknown, so check whether the boleto exists before resending it.", PT: "Numa escrita o resultado é incerto, então verifique se o boleto existe antes de reenviá-lo.", ES: "En una escritura el resultado se desconoce, así que verifique si el boleto existe antes de volver a enviarlo."},
			Idempotency: Text{
				EN: "FluxiQ names no idempotency header. Use a unique nosso_numero per boleto, look it up after a 500, and resend with the same nosso_numero only if it is not found; a duplicate is then refused with DUPLICATE_BOLETO.",
				PT: "A FluxiQ não tem cabeçalho de idempotência. Use um nosso_numero único por boleto, consulte-o depois de um 500 e reenvie com o mesmo nosso_numero só se não for encontrado; uma duplicata é então recusada com DUPLICATE_BOLETO.",
				ES: "FluxiQ no indica ningún encabezado de idempotencia. Use un nosso_numero único por boleto, consúltelo después de un 500 y reenvíe con el mismo nosso_numero solo si no se encuentra; así, un duplicado se rechaza con DUPLICATE_BOLETO.",
			},
			Source: "seed 000 (FluxiQ NPC error codes), Server Errors (500/503): 500 for the internal error",
		},
		{
			Code:     "PCR_UNAVAILABLE",
			Status:   503,
			Category: Upstream,
			Title:    Text{EN: "Nuclea PCR unavailable", PT: "PCR da Nuclea indisponível", ES: "PCR de Nuclea no disponible"},
			Meaning: Text{
				EN: "Nuclea's PCR, the service FluxiQ uses to register boletos, is temporarily unavailable, possibly under maintenance, so the boleto could not be registered now.",
				PT: "A PCR da Nuclea, serviço que a FluxiQ usa para registrar boletos, está temporariamente indisponível, possivelmente em manutenção, então o boleto não pôde ser registrado agora.",
				ES: "El PCR de Nuclea, el servicio que FluxiQ usa para registrar boletos, no está disponible temporalmente, posiblemente por mantenimiento, así que el boleto no pudo registrarse ahora.",
			},
			Fix: []Text{
				{EN: "Try again in a few minutes with exponential backoff (1 s, 2 s, 4 s, 8 s, then longer); schedule the registration instead of failing the sale.", PT: "Tente de novo em alguns minutos com backoff exponencial (1 s, 2 s, 4 s, 8 s e depois mais espaçado); agende o registro em vez de falhar a venda.", ES: "Vuelva a intentarlo en unos minutos con backoff exponencial (1 s, 2 s, 4 s, 8 s y luego más); programe el registro en lugar de hacer fallar la venta."},
				{EN: "Resend the same boleto with the same nosso_numero; if the answer is DUPLICATE_BOLETO, fetch the existing one.", PT: "Reenvie o mesmo boleto com o mesmo nosso_numero; se a resposta for DUPLICATE_BOLETO, consulte o existente.", ES: "Vuelva a enviar el mismo boleto con el mismo nosso_numero; si la respuesta es DUPLICATE_BOLETO, obtenga el existente."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "The partner outage is temporary; the same request should succeed once the PCR is back.", PT: "A indisponibilidade do parceiro é temporária; a mesma requisição deve dar certo quando a PCR voltar.", ES: "La caída del socio es temporal; la misma solicitud debería tener éxito cuando el PCR vuelva a estar disponible."},
			Idempotency: Text{
				EN: "FluxiQ names no idempotency header; keep the same nosso_numero on every retry so the boleto can never be registered twice (a second copy gets DUPLICATE_BOLETO).",
				PT: "A FluxiQ não tem cabeçalho de idempotência; mantenha o mesmo nosso_numero em todas as tentativas para que o boleto nunca seja registrado duas vezes (uma segunda cópia recebe DUPLICATE_BOLETO).",
				ES: "FluxiQ no indica ningún encabezado de idempotencia; mantenga el mismo nosso_numero en cada reintento para que el boleto nunca pueda registrarse dos veces (una segunda copia recibe DUPLICATE_BOLETO).",
			},
			Source: "seed 000 (FluxiQ NPC error codes), Server Errors (500/503): 503 for the unavailability codes",
		},
		{
			Code:     "FTP_UNAVAILABLE",
			Status:   503,
			Category: Upstream,
			Title:    Text{EN: "Nuclea FTP unavailable", PT: "FTP da Nuclea indisponível", ES: "FTP de Nuclea no disponible"},
			Meaning: Text{
				EN: "Nuclea's file service (FTP), which carries the settlement files, is temporarily unavailable; FluxiQ processes those files automatically once it is back.",
				PT: "O serviço de arquivos (FTP) da Nuclea, por onde chegam os arquivos de liquidação, está temporariamente indisponível; a FluxiQ processa esses arquivos automaticamente quando ele voltar.",
				ES: "El servicio de archivos (FTP) de Nuclea, por donde llegan los archivos de liquidación, no está disponible temporalmente; FluxiQ procesa esos archivos automáticamente cuando vuelve a estar disponible.",
			},
			Fix: []Text{
				{EN: "No action is needed for settlement: the files are processed automatically when the service normalizes, and boletos then move from paid to settled.", PT: "Não é preciso agir quanto à liquidação: os arquivos são processados automaticamente quando o serviço normalizar, e os boletos passam então de paid para settled.", ES: "No es necesario hacer nada respecto de la liquidación: los archivos se procesan automáticamente cuando el servicio se normaliza, y los boletos pasan entonces de paid a settled."},
				{EN: "If you were querying file or settlement data, try again later with exponential backoff.", PT: "Se você consultava arquivos ou dados de liquidação, tente de novo mais tarde com backoff exponencial.", ES: "Si estaba consultando archivos o datos de liquidación, vuelva a intentarlo más tarde con backoff exponencial."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "The partner outage is temporary and the pending files are processed automatically when it ends.", PT: "A indisponibilidade do parceiro é temporária e os arquivos pendentes são processados automaticamente quando ela acabar.", ES: "La caída del socio es temporal y los archivos pendientes se procesan automáticamente cuando termina."},
			Source:   "seed 000 (FluxiQ NPC error codes), Server Errors (500/503): 503 for the unavailability codes",
		},
	},
}

// BoletoTransition is one row of FluxiQ's boleto status table: from a status, the statuses it may move to.
type BoletoTransition struct {
	From string
	To   []string
}

// boletoTransitions is FluxiQ's boleto lifecycle (seed 000, "Status Transition Diagram"). Final states have no To.
//
// The ASCII diagram also draws "cancel" arrows between paid and registered, but the
// "Allowed transitions" table below it is authoritative and is followed here: paid may
// only move to settled (the INVALID_STATUS_TRANSITION example, "Cannot change status from
// 'paid' to 'cancelled'", agrees with the table).
var boletoTransitions = []BoletoTransition{
	{"draft", []string{"registered"}},
	{"registered", []string{"paid", "cancelled"}},
	{"paid", []string{"settled"}},
	{"settled", nil},
	{"cancelled", nil},
}

// AllowedTransitions returns the statuses a boleto in status from may move to, and whether
// from is a known status. from is matched case-insensitively, ignoring surrounding spaces.
// A final status (settled, cancelled) is known and has no transitions. The slice returned
// is the caller's own.
func AllowedTransitions(from string) (to []string, known bool) {
	from = strings.TrimSpace(from)
	for _, t := range boletoTransitions {
		if strings.EqualFold(t.From, from) {
			return slices.Clone(t.To), true
		}
	}
	return nil, false
}
