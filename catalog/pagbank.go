// PagBank's (PagSeguro's) error catalog, built from PagBank's public developer
// documentation: "Códigos de erro" of the Orders API (codigos-de-erro-order) and
// "Códigos de status", the Connect API codes (codigos-de-erro-cadastro), the Checkout and
// Recurring Payments API codes (codigos-de-erro-checkout, codigos-de-erros-assinaturas),
// the Transfers API codes (codigos-de-erro-transferencias) and "Motivos de compra negada"
// (payment_response codes of declined charges).

package catalog

// PagBank is PagBank's (formerly PagSeguro) payments API (api.pagseguro.com).
//
// Error bodies look like {"error_messages":[{"code":"40002","description":"invalid_parameter",
// "parameter_name":"charges[0].amount.value"}]}: the code is a numeric string (40001, 40002,
// 42001…) or an upper-case word (UNAUTHORIZED) and parameter_name names the field. The
// Checkout, Recurring Payments and Transfers APIs use the same error_messages array but put
// the code in "error" instead of "code" ({"error":"invalid_value","description",
// "parameter_name"}). A declined card is not an error body: the order comes back with
// charges[].status DECLINED and charges[].payment_response {code, message, reference,
// raw_data{authorization_code, nsu, reason_code, merchant_advice_code}}; those codes
// (10000…, 20017) are listed here too.
var pagBank = Provider{
	id:        "pagbank",
	name:      "PagBank (PagSeguro)",
	masculine: true,
	docsURL:   "https://developer.pagbank.com.br/reference/codigos-de-erro-order",
	hosts:     []string{"api.pagseguro.com", "sandbox.api.pagseguro.com"},
	envelope: Text{
		EN: "JSON body {error_messages:[{code, description, parameter_name}]}; code is a numeric string (40001, 40002, 42001) or UNAUTHORIZED, parameter_name (optional) names the field. The Checkout, Recurring Payments and Transfers APIs put the code in error instead of code. Declined charges come in a successful order response as charges[].payment_response {code, message, reference, raw_data}.",
		PT: "Corpo JSON {error_messages:[{code, description, parameter_name}]}; code é uma string numérica (40001, 40002, 42001) ou UNAUTHORIZED, parameter_name (opcional) indica o campo. As APIs de Checkout, Pagamentos Recorrentes e Transferências põem o código em error em vez de code. Cobranças negadas vêm numa resposta de pedido bem-sucedida como charges[].payment_response {code, message, reference, raw_data}.",
		ES: "Cuerpo JSON {error_messages:[{code, description, parameter_name}]}; code es una cadena numérica (40001, 40002, 42001) o UNAUTHORIZED, y parameter_name (opcional) indica el campo. Las API Checkout, Recurring Payments y Transfers ponen el código en error en lugar de code. Los cobros rechazados llegan en una respuesta exitosa de la orden como charges[].payment_response {code, message, reference, raw_data}.",
	},
	rateLimitHeaders:  nil,
	idempotencyHeader: "x-idempotency-key",
	support: Text{
		EN: "Give PagBank support the order id (ORDE_…) or charge id (CHAR_…), your reference_id, the endpoint, the time of the request and the full error_messages array; for declines, payment_response.reference and raw_data.nsu. Never send the token.",
		PT: "Informe ao suporte do PagBank o id do pedido (ORDE_…) ou da cobrança (CHAR_…), o seu reference_id, o endpoint, o horário da requisição e o array error_messages completo; em recusas, payment_response.reference e raw_data.nsu. Nunca envie o token.",
		ES: "Proporcione al soporte de PagBank el id de la orden (ORDE_…) o del cobro (CHAR_…), su reference_id, el endpoint, la hora de la solicitud y el arreglo error_messages completo; para los rechazos, payment_response.reference y raw_data.nsu. Nunca envíe el token.",
	},
	source: "https://developer.pagbank.com.br/reference/codigos-de-erro-order; https://developer.pagbank.com.br/docs/codigos-de-status; https://developer.pagbank.com.br/docs/chaves-publicas-e-de-idempotencia; https://developer.pagbank.com.br/docs/motivos-de-compra-negada",
	cues: []Cue{
		{Text: "PagSeguroServiceException", Kind: SDKClass},
		{Text: "PagSeguroException", Kind: SDKClass},
		{Text: "PagSeguro\\Services\\", Kind: SDKClass},
		{Text: "PagSeguroPaymentService", Kind: SDKClass},
		{Text: "PagSeguroLibrary", Kind: SDKPath},
		{Text: "pagseguro-php-sdk", Kind: SDKPath},
		{Text: "pagseguro/pagseguro", Kind: SDKPath},
		{Text: "laravelpagseguro", Kind: SDKPath},
		{Text: "laravel-pagseguro", Kind: SDKPath},
		{Text: "pagseguro-sdk", Kind: SDKPath},
		{Text: "PagSeguro", Kind: Name},
		{Text: "PagBank", Kind: Name},
	},
	entries: []Entry{
		// Orders API (codigos-de-erro-order, codigos-de-status)
		{
			Code:     "40001",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Required parameter missing", PT: "Parâmetro obrigatório não informado", ES: "Falta un parámetro obligatorio"},
			Meaning: Text{
				EN: "A required parameter of the order or charge was not sent (description required_parameter); parameter_name says which, e.g. payment_method.capture or customer.tax_id.",
				PT: "Um parâmetro obrigatório do pedido ou da cobrança não foi enviado (description required_parameter); parameter_name indica qual, ex.: payment_method.capture ou customer.tax_id.",
				ES: "No se envió un parámetro obligatorio de la orden o del cobro (description required_parameter); parameter_name indica cuál, p. ej., payment_method.capture o customer.tax_id.",
			},
			Fix: []Text{
				{EN: "Add the field named in parameter_name, with the format of the Orders API reference.", PT: "Inclua o campo indicado em parameter_name, no formato da referência da API de Pedidos.", ES: "Agregue el campo indicado en parameter_name, con el formato de la referencia de la API Orders."},
				{EN: "Read every item of error_messages: several fields can be missing at once.", PT: "Leia todos os itens de error_messages: vários campos podem faltar ao mesmo tempo.", ES: "Lea cada elemento de error_messages: pueden faltar varios campos a la vez."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The request is refused before processing until the field is sent.", PT: "A requisição é recusada antes do processamento até o campo ser enviado.", ES: "La solicitud se rechaza antes de procesarse hasta que se envíe el campo."},
			Source:   "https://developer.pagbank.com.br/reference/codigos-de-erro-order (40001 required_parameter, 400)",
		},
		{
			Code:     "40002",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid parameter", PT: "Parâmetro inválido", ES: "Parámetro inválido"},
			Meaning: Text{
				EN: "A parameter has an invalid format or value, or the data breaks a business rule; description says why (e.g. 'must not be empty' for charges[0].soft_descriptor, or the buyer's e-mail equal to the seller's) and parameter_name which field.",
				PT: "Um parâmetro tem formato ou valor inválido, ou os dados violam uma regra de negócio; description diz o motivo (ex.: 'must not be empty' em charges[0].soft_descriptor, ou o e-mail do comprador igual ao do vendedor) e parameter_name qual campo.",
				ES: "Un parámetro tiene un formato o valor inválido, o los datos infringen una regla de negocio; description indica el motivo (p. ej., 'must not be empty' para charges[0].soft_descriptor, o el e-mail del comprador igual al del vendedor) y parameter_name el campo.",
			},
			Fix: []Text{
				{EN: "Correct the field in parameter_name following description (amounts in centavos as integers, tax_id with digits only, etc.).", PT: "Corrija o campo de parameter_name seguindo description (valores em centavos como inteiros, tax_id só com números etc.).", ES: "Corrija el campo indicado en parameter_name según description (montos en centavos como enteros, tax_id solo con dígitos, etc.)."},
				{EN: "Check the field's format and limits in the Orders API reference.", PT: "Confira o formato e os limites do campo na referência da API de Pedidos.", ES: "Revise el formato y los límites del campo en la referencia de la API Orders."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same value is refused every time.", PT: "O mesmo valor é recusado sempre.", ES: "El mismo valor se rechaza siempre."},
			Source:   "https://developer.pagbank.com.br/reference/codigos-de-erro-order (40002 invalid_parameter, 400); https://developer.pagbank.com.br/docs/codigos-de-status (dado inválido, código 40002)",
		},
		{
			Code:     "UNAUTHORIZED",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "Invalid credential", PT: "Credencial inválida", ES: "Credencial inválida"},
			Meaning: Text{
				EN: "PagBank could not identify the caller: the Authorization header is missing or its token is wrong for this environment (description 'Invalid credential. Review AUTHORIZATION header').",
				PT: "O PagBank não conseguiu identificar quem chamou: o cabeçalho Authorization está ausente ou o token está errado para este ambiente (description 'Invalid credential. Review AUTHORIZATION header').",
				ES: "PagBank no pudo identificar a quien llama: falta el encabezado Authorization o su token es incorrecto para este entorno (description 'Invalid credential. Review AUTHORIZATION header').",
			},
			Fix: []Text{
				{EN: "Send Authorization: Bearer <token> on every request.", PT: "Envie Authorization: Bearer <token> em toda requisição.", ES: "Envíe Authorization: Bearer <token> en cada solicitud."},
				{EN: "Use the sandbox token with sandbox.api.pagseguro.com and the production token with api.pagseguro.com.", PT: "Use o token de sandbox com sandbox.api.pagseguro.com e o token de produção com api.pagseguro.com.", ES: "Use el token de sandbox con sandbox.api.pagseguro.com y el token de producción con api.pagseguro.com."},
				{EN: "Remove spaces and line breaks copied into the middle of the token.", PT: "Remova espaços e quebras de linha copiados no meio do token.", ES: "Quite los espacios y saltos de línea que se hayan copiado en medio del token."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Every request fails until a valid token is sent.", PT: "Toda requisição falha até um token válido ser enviado.", ES: "Todas las solicitudes fallan hasta que se envíe un token válido."},
			Source:   "https://developer.pagbank.com.br/docs/codigos-de-status (401 Unauthorized); https://developer.pagbank.com.br/reference/codigos-de-erro-order (HTTP 401); code and description as returned by api.pagseguro.com",
		},
		// Connect API (codigos-de-erro-cadastro)
		{
			Code:     "42001",
			Status:   0,
			Category: Conflict,
			Title:    Text{EN: "Account already exists", PT: "Conta já existe", ES: "La cuenta ya existe"},
			Meaning: Text{
				EN: "Account creation failed because the account already exists at PagBank; to see its data or charge on its owner's behalf you need their permission through the Connect API.",
				PT: "A criação de conta falhou porque a conta já existe no PagBank; para acessar os dados dela ou fazer cobranças em nome do dono, é preciso a permissão dele pela API Connect.",
				ES: "La creación de la cuenta falló porque la cuenta ya existe en PagBank; para ver sus datos o cobrar en nombre de su titular necesita el permiso del titular a través de la API Connect.",
			},
			Fix: []Text{
				{EN: "Do not create the account again; start the Connect authorization flow for the existing account.", PT: "Não crie a conta de novo; inicie o fluxo de autorização Connect para a conta existente.", ES: "No vuelva a crear la cuenta; inicie el flujo de autorización de Connect para la cuenta existente."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "The account exists; repeating the creation will keep failing.", PT: "A conta existe; repetir a criação vai continuar falhando.", ES: "La cuenta existe; repetir la creación seguirá fallando."},
			Source:   "https://developer.pagbank.com.br/reference/codigos-de-erro-cadastro (42001 Falha na criação de conta)",
		},
		{
			Code:     "42002",
			Status:   0,
			Category: StateCategory,
			Title:    Text{EN: "Account creation started elsewhere", PT: "Criação de conta iniciada por outro canal", ES: "Creación de la cuenta iniciada por otro canal"},
			Meaning: Text{
				EN: "The account's creation was started through another channel than the API, and the user must finish it from the e-mail PagBank sent.",
				PT: "A criação da conta foi iniciada por outro canal que não a API, e o usuário precisa finalizá-la pelo e-mail enviado pelo PagBank.",
				ES: "La creación de la cuenta se inició por un canal distinto de la API, y el usuario debe terminarla desde el e-mail que envió PagBank.",
			},
			Fix: []Text{
				{EN: "Ask the user to open PagBank's e-mail and finish creating the account, then connect it via the Connect API.", PT: "Peça ao usuário para abrir o e-mail do PagBank e finalizar a criação da conta, e depois conecte-a pela API Connect.", ES: "Pida al usuario que abra el e-mail de PagBank y termine de crear la cuenta, y luego conéctela mediante la API Connect."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "Only the user can finish this account; calling the API again does not help.", PT: "Só o usuário pode finalizar esta conta; chamar a API de novo não ajuda.", ES: "Solo el usuario puede terminar esta cuenta; volver a llamar a la API no sirve."},
			Source:   "https://developer.pagbank.com.br/reference/codigos-de-erro-cadastro (42002 Falha na criação de conta)",
		},
		// Checkout and Recurring Payments APIs (code in error_messages[].error)
		{
			Code:     "invalid_authorization_header",
			Status:   0,
			Category: Authentication,
			Title:    Text{EN: "Invalid Authorization header", PT: "Cabeçalho Authorization inválido", ES: "Encabezado Authorization inválido"},
			Meaning: Text{
				EN: "The Authorization header does not follow the documentation (Invalid credential. Review AUTHORIZATION header).",
				PT: "O cabeçalho Authorization não segue a especificação da documentação (Invalid credential. Review AUTHORIZATION header).",
				ES: "El encabezado Authorization no sigue la documentación (Invalid credential. Review AUTHORIZATION header).",
			},
			Fix: []Text{
				{EN: "Send Authorization: Bearer <token> with a token of this environment.", PT: "Envie Authorization: Bearer <token> com um token deste ambiente.", ES: "Envíe Authorization: Bearer <token> con un token de este entorno."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The request fails until the header is correct.", PT: "A requisição falha até o cabeçalho estar correto.", ES: "La solicitud falla hasta que el encabezado sea correcto."},
			Source:   "https://developer.pagbank.com.br/reference/codigos-de-erro-checkout; https://developer.pagbank.com.br/reference/codigos-de-erros-assinaturas (invalid_authorization_header)",
		},
		{
			Code:     "allowlist_access_required",
			Status:   0,
			Category: Authorization,
			Title:    Text{EN: "Allowlist access required", PT: "Acesso via allowlist necessário", ES: "Se requiere acceso por allowlist"},
			Meaning: Text{
				EN: "The seller has not been approved (homologado) by PagBank for this API yet.",
				PT: "O vendedor ainda não foi homologado pelo PagBank para esta API.",
				ES: "PagBank todavía no aprobó (homologado) al vendedor para esta API.",
			},
			Fix: []Text{
				{EN: "Contact PagBank to complete the approval for this API; production access is enabled after it.", PT: "Entre em contato com o PagBank para concluir a homologação desta API; o acesso em produção é liberado depois dela.", ES: "Comuníquese con PagBank para completar la aprobación para esta API; después de ella se habilita el acceso a producción."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Access stays closed until PagBank enables it for the account.", PT: "O acesso continua fechado até o PagBank liberá-lo para a conta.", ES: "El acceso sigue cerrado hasta que PagBank lo habilite para la cuenta."},
			Source:   "https://developer.pagbank.com.br/reference/codigos-de-erro-checkout; https://developer.pagbank.com.br/reference/codigos-de-erros-assinaturas (allowlist_access_required); https://developer.pagbank.com.br/docs/codigos-de-status (403)",
		},
		{
			Code:     "access_denied",
			Status:   0,
			Category: Authorization,
			Title:    Text{EN: "Access denied", PT: "Acesso negado", ES: "Acceso denegado"},
			Meaning: Text{
				EN: "PagBank denied access to this resource for these credentials.",
				PT: "O PagBank negou acesso a este recurso para estas credenciais.",
				ES: "PagBank denegó el acceso a este recurso para estas credenciales.",
			},
			Fix: []Text{
				{EN: "Check you are using the right account's token, then contact PagBank with the request details.", PT: "Confira se está usando o token da conta certa e depois contate o PagBank com os detalhes da requisição.", ES: "Verifique que esté usando el token de la cuenta correcta y luego comuníquese con PagBank con los detalles de la solicitud."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Permissions do not change by retrying.", PT: "Permissões não mudam ao tentar de novo.", ES: "Los permisos no cambian por reintentar."},
			Source:   "https://developer.pagbank.com.br/reference/codigos-de-erro-checkout; https://developer.pagbank.com.br/reference/codigos-de-erros-assinaturas (access_denied)",
		},
		{
			Code:     "invalid_request_body",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Malformed request body", PT: "Corpo da requisição malformado", ES: "Cuerpo de la solicitud mal formado"},
			Meaning: Text{
				EN: "The request payload has syntax errors or data in an invalid format, so PagBank could not read it.",
				PT: "O corpo da requisição tem erros de sintaxe ou dados em formato inválido, então o PagBank não conseguiu lê-lo.",
				ES: "El payload de la solicitud tiene errores de sintaxis o datos en un formato inválido, así que PagBank no pudo leerlo.",
			},
			Fix: []Text{
				{EN: "Validate the JSON (quotes, commas, types) and send Content-Type: application/json.", PT: "Valide o JSON (aspas, vírgulas, tipos) e envie Content-Type: application/json.", ES: "Valide el JSON (comillas, comas, tipos) y envíe Content-Type: application/json."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same payload is unreadable every time.", PT: "O mesmo corpo é ilegível sempre.", ES: "El mismo payload es ilegible siempre."},
			Source:   "https://developer.pagbank.com.br/reference/codigos-de-erro-checkout; https://developer.pagbank.com.br/reference/codigos-de-erros-assinaturas (invalid_request_body)",
		},
		{
			Code:     "field_cannot_be_empty",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Field cannot be empty", PT: "Campo não pode ser vazio", ES: "El campo no puede estar vacío"},
			Meaning: Text{
				EN: "A field named in parameter_name was sent empty or not sent.",
				PT: "Um campo indicado em parameter_name foi enviado vazio ou não foi enviado.",
				ES: "Un campo indicado en parameter_name se envió vacío o no se envió.",
			},
			Fix: []Text{
				{EN: "Fill the field named in parameter_name.", PT: "Preencha o campo indicado em parameter_name.", ES: "Complete el campo indicado en parameter_name."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The request is refused until the field has a value.", PT: "A requisição é recusada até o campo ter valor.", ES: "La solicitud se rechaza hasta que el campo tenga un valor."},
			Source:   "https://developer.pagbank.com.br/reference/codigos-de-erro-checkout; https://developer.pagbank.com.br/reference/codigos-de-erros-assinaturas (field_cannot_be_empty)",
		},
		{
			Code:     "invalid_value",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "Invalid field value", PT: "Valor de campo inválido", ES: "Valor de campo inválido"},
			Meaning: Text{
				EN: "A field has an invalid value (Field has an invalid value. Please check the documentation.); parameter_name names it, e.g. customer.tax_id.",
				PT: "Um campo tem valor inválido (Field has an invalid value. Please check the documentation.); parameter_name o indica, ex.: customer.tax_id.",
				ES: "Un campo tiene un valor inválido (Field has an invalid value. Please check the documentation.); parameter_name lo indica, p. ej., customer.tax_id.",
			},
			Fix: []Text{
				{EN: "Correct the field in parameter_name according to the API reference (e.g. a valid CPF/CNPJ with digits only).", PT: "Corrija o campo de parameter_name conforme a referência da API (ex.: CPF/CNPJ válido só com números).", ES: "Corrija el campo indicado en parameter_name según la referencia de la API (p. ej., un CPF/CNPJ válido solo con dígitos)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same value is refused every time.", PT: "O mesmo valor é recusado sempre.", ES: "El mismo valor se rechaza siempre."},
			Source:   "https://developer.pagbank.com.br/reference/codigos-de-erros-assinaturas; https://developer.pagbank.com.br/reference/codigos-de-erro-checkout (example body with error invalid_value, parameter_name customer.tax_id)",
		},
		// Transfers API (codigos-de-erro-transferencias)
		{
			Code:     "account_blocked",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Destination account blocked", PT: "Conta de destino bloqueada", ES: "Cuenta de destino bloqueada"},
			Meaning: Text{
				EN: "The transfer's destination account is blocked and cannot receive it.",
				PT: "A conta de destino da transferência está bloqueada e não pode recebê-la.",
				ES: "La cuenta de destino de la transferencia está bloqueada y no puede recibirla.",
			},
			Fix: []Text{
				{EN: "Ask the recipient for another account; do not resend to this one.", PT: "Peça ao destinatário outra conta; não reenvie para esta.", ES: "Pida al destinatario otra cuenta; no vuelva a enviar a esta."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "The transfer will be refused while the destination stays blocked.", PT: "A transferência será recusada enquanto o destino continuar bloqueado.", ES: "La transferencia se rechazará mientras el destino siga bloqueado."},
			Source:   "https://developer.pagbank.com.br/reference/codigos-de-erro-transferencias (account_blocked)",
		},
		{
			Code:     "account_blocked_origin",
			Status:   0,
			Category: Authorization,
			Title:    Text{EN: "Your account is blocked", PT: "Sua conta está bloqueada", ES: "Su cuenta está bloqueada"},
			Meaning: Text{
				EN: "Your own (origin) PagBank account is blocked, so it cannot send transfers.",
				PT: "A sua própria conta PagBank (origem) está bloqueada, então não pode enviar transferências.",
				ES: "Su propia cuenta de PagBank (la de origen) está bloqueada, así que no puede enviar transferencias.",
			},
			Fix: []Text{
				{EN: "Contact PagBank's Service Center (Central de Atendimento) to unblock the account.", PT: "Entre em contato com a Central de Atendimento do PagBank para desbloquear a conta.", ES: "Comuníquese con el centro de atención de PagBank (Central de Atendimento) para desbloquear la cuenta."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Nothing succeeds until PagBank unblocks the account.", PT: "Nada dá certo até o PagBank desbloquear a conta.", ES: "Nada tendrá éxito hasta que PagBank desbloquee la cuenta."},
			Source:   "https://developer.pagbank.com.br/reference/codigos-de-erro-transferencias (account_blocked_origin)",
		},
		{
			Code:     "account_inactive",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Destination account inactive", PT: "Conta de destino inativa", ES: "Cuenta de destino inactiva"},
			Meaning: Text{
				EN: "The destination account (by instrument.p2p.account_id or email) is inactive.",
				PT: "A conta de destino (por instrument.p2p.account_id ou email) está inativa.",
				ES: "La cuenta de destino (por instrument.p2p.account_id o email) está inactiva.",
			},
			Fix: []Text{
				{EN: "Confirm the destination with the recipient and use an active account.", PT: "Confirme o destino com o destinatário e use uma conta ativa.", ES: "Confirme el destino con el destinatario y use una cuenta activa."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "An inactive account will keep refusing the transfer.", PT: "Uma conta inativa vai continuar recusando a transferência.", ES: "Una cuenta inactiva seguirá rechazando la transferencia."},
			Source:   "https://developer.pagbank.com.br/reference/codigos-de-erro-transferencias (account_inactive)",
		},
		{
			Code:     "account_not_exists",
			Status:   0,
			Category: NotFound,
			Title:    Text{EN: "Destination account does not exist", PT: "Conta de destino não existe", ES: "La cuenta de destino no existe"},
			Meaning: Text{
				EN: "No PagBank account matches the account_id (or email) given as the transfer's destination.",
				PT: "Nenhuma conta PagBank corresponde ao account_id (ou email) informado como destino da transferência.",
				ES: "Ninguna cuenta de PagBank corresponde al account_id (o email) indicado como destino de la transferencia.",
			},
			Fix: []Text{
				{EN: "Check instrument.p2p.account_id / email with the recipient; both must point to the same account.", PT: "Confira instrument.p2p.account_id / email com o destinatário; os dois precisam apontar para a mesma conta.", ES: "Revise instrument.p2p.account_id / email con el destinatario; ambos deben apuntar a la misma cuenta."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The transfer fails until it names an existing account.", PT: "A transferência falha até apontar uma conta existente.", ES: "La transferencia falla hasta que indique una cuenta existente."},
			Source:   "https://developer.pagbank.com.br/reference/codigos-de-erro-transferencias (account_not_exists)",
		},
		// Declined charges: charges[].payment_response.code (motivos-de-compra-negada)
		{
			Code:     "10000",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Not authorized by PagBank", PT: "Não autorizado pelo PagBank", ES: "No autorizado por PagBank"},
			Meaning: Text{
				EN: "The card charge was declined by PagBank or the issuer (NAO AUTORIZADO PELO PAGSEGURO); the charge's status is DECLINED.",
				PT: "A cobrança no cartão foi negada pelo PagBank ou pelo emissor (NAO AUTORIZADO PELO PAGSEGURO); o status da cobrança é DECLINED.",
				ES: "PagBank o el emisor rechazó el cobro con tarjeta (NAO AUTORIZADO PELO PAGSEGURO); el status del cobro es DECLINED.",
			},
			Fix: []Text{
				{EN: "Offer the buyer another card or Pix/boleto.", PT: "Ofereça ao comprador outro cartão ou Pix/boleto.", ES: "Ofrezca al comprador otra tarjeta o Pix/boleto."},
				{EN: "Check raw_data.reason_code and merchant_advice_code for the brand's reason.", PT: "Consulte raw_data.reason_code e merchant_advice_code para o motivo da bandeira.", ES: "Revise raw_data.reason_code y merchant_advice_code para conocer el motivo de la marca."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "The declined charge is final; a new attempt is a new charge, preferably with another card.", PT: "A cobrança negada é definitiva; uma nova tentativa é uma nova cobrança, de preferência com outro cartão.", ES: "El cobro rechazado es definitivo; un nuevo intento es un cobro nuevo, preferentemente con otra tarjeta."},
			Idempotency: Text{EN: "A new attempt is a new order/charge: use a new reference_id and a new x-idempotency-key (the old key returns the declined result).", PT: "Uma nova tentativa é um novo pedido/cobrança: use um novo reference_id e um novo x-idempotency-key (a chave antiga devolve o resultado negado).", ES: "Un nuevo intento es una nueva orden/un nuevo cobro: use un nuevo reference_id y un nuevo x-idempotency-key (la clave anterior devuelve el resultado rechazado)."},
			Source:      "https://developer.pagbank.com.br/docs/motivos-de-compra-negada (payment_response.code); message as shown at https://developer.pagbank.com.br/discuss/6a04bd0c2b31dada3694093f",
		},
		{
			Code:     "10001",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Too many retries", PT: "Excesso de retentativas", ES: "Demasiados reintentos"},
			Meaning: Text{
				EN: "The charge was declined because of the restriction on excessive retries of the same card.",
				PT: "A cobrança foi negada pela restrição de excesso de retentativas do mesmo cartão.",
				ES: "El cobro fue rechazado por la restricción sobre reintentos excesivos con la misma tarjeta.",
			},
			Fix: []Text{
				{EN: "Stop retrying this card; follow the card brands' retry program and ask for another payment method.", PT: "Pare de tentar este cartão; siga o programa de retentativa das bandeiras e peça outro meio de pagamento.", ES: "Deje de reintentar con esta tarjeta; siga el programa de reintentos de las marcas de tarjeta y pida otro medio de pago."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "More retries make it worse; the restriction is about retrying itself.", PT: "Mais retentativas pioram a situação; a restrição é justamente sobre retentar.", ES: "Más reintentos empeoran la situación; la restricción se refiere precisamente a reintentar."},
			Source:   "https://developer.pagbank.com.br/docs/motivos-de-compra-negada (10001: Restrição de excesso de re-tentativas)",
		},
		{
			Code:     "10002",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Unexpected decline reason", PT: "Motivo de recusa inesperado", ES: "Motivo de rechazo inesperado"},
			Meaning: Text{
				EN: "The charge was declined for a reason that is unexpected or outside ABECS normative 21.",
				PT: "A cobrança foi negada por um motivo inesperado ou fora da normativa 21 da ABECS.",
				ES: "El cobro fue rechazado por un motivo inesperado o que no figura en el normativo 21 de ABECS.",
			},
			Fix: []Text{
				{EN: "Offer another card or payment method; check raw_data.reason_code with PagBank if it repeats.", PT: "Ofereça outro cartão ou meio de pagamento; verifique raw_data.reason_code com o PagBank se se repetir.", ES: "Ofrezca otra tarjeta u otro medio de pago; si se repite, consulte raw_data.reason_code con PagBank."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "The declined charge is final.", PT: "A cobrança negada é definitiva.", ES: "El cobro rechazado es definitivo."},
			Source:   "https://developer.pagbank.com.br/docs/motivos-de-compra-negada (10002: Motivo de compra negada inesperado ou fora da normativa 21)",
		},
		{
			Code:     "10003",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Transaction invalid for this processing", PT: "Transação inválida para o processamento", ES: "Transacción inválida para este procesamiento"},
			Meaning: Text{
				EN: "The transaction is not valid for the processing requested (e.g. the payment type, capture mode or installments do not fit this card).",
				PT: "A transação não é válida para o processamento solicitado (ex.: tipo de pagamento, modo de captura ou parcelas incompatíveis com este cartão).",
				ES: "La transacción no es válida para el procesamiento solicitado (p. ej., el tipo de pago, el modo de captura o las cuotas no corresponden a esta tarjeta).",
			},
			Fix: []Text{
				{EN: "Review payment_method (type, installments, capture) for this card, then create a new charge.", PT: "Revise payment_method (type, installments, capture) para este cartão e crie uma nova cobrança.", ES: "Revise payment_method (type, installments, capture) para esta tarjeta y luego cree un nuevo cobro."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same request is declined again; a changed one can go through.", PT: "A mesma requisição é negada de novo; uma alterada pode passar.", ES: "La misma solicitud vuelve a ser rechazada; una modificada puede procesarse."},
			Idempotency: Text{EN: "Send the corrected attempt with a new reference_id and a new x-idempotency-key.", PT: "Envie a tentativa corrigida com um novo reference_id e um novo x-idempotency-key.", ES: "Envíe el intento corregido con un nuevo reference_id y un nuevo x-idempotency-key."},
			Source:      "https://developer.pagbank.com.br/docs/motivos-de-compra-negada (10003: Transação inválida para o processamento solicitado)",
		},
		{
			Code:     "10004",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Transaction pattern restriction", PT: "Restrição ao padrão da transação", ES: "Restricción por patrón de transacción"},
			Meaning: Text{
				EN: "The charge was declined by a restriction on the transaction's pattern (e.g. amount, frequency or profile unusual for this card).",
				PT: "A cobrança foi negada por uma restrição referente ao padrão da transação (ex.: valor, frequência ou perfil incomum para este cartão).",
				ES: "El cobro fue rechazado por una restricción sobre el patrón de la transacción (p. ej., monto, frecuencia o perfil inusuales para esta tarjeta).",
			},
			Fix: []Text{
				{EN: "Offer the buyer another card or Pix/boleto.", PT: "Ofereça ao comprador outro cartão ou Pix/boleto.", ES: "Ofrezca al comprador otra tarjeta o Pix/boleto."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "The same transaction is expected to be declined again.", PT: "A mesma transação deve ser negada de novo.", ES: "Se espera que la misma transacción vuelva a ser rechazada."},
			Source:   "https://developer.pagbank.com.br/docs/motivos-de-compra-negada (10004: Restrição referente ao padrão da transação)",
		},
		{
			Code:     "20017",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Transaction not allowed, do not retry", PT: "Transação não permitida, não tente novamente", ES: "Transacción no permitida, no reintente"},
			Meaning: Text{
				EN: "The issuer declined with TRANSACAO NAO PERMITIDA - NAO TENTE NOVAMENTE: this card may not be used for this transaction.",
				PT: "O emissor negou com TRANSACAO NAO PERMITIDA - NAO TENTE NOVAMENTE: este cartão não pode ser usado nesta transação.",
				ES: "El emisor rechazó con TRANSACAO NAO PERMITIDA - NAO TENTE NOVAMENTE: esta tarjeta no puede usarse para esta transacción.",
			},
			Fix: []Text{
				{EN: "Do not retry this card; ask for another card or payment method.", PT: "Não tente de novo este cartão; peça outro cartão ou meio de pagamento.", ES: "No reintente con esta tarjeta; pida otra tarjeta u otro medio de pago."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "The issuer says explicitly not to retry; card brands penalize retries of such declines.", PT: "O emissor diz explicitamente para não tentar de novo; as bandeiras penalizam retentativas desse tipo de recusa.", ES: "El emisor indica explícitamente que no se reintente; las marcas de tarjeta penalizan los reintentos ante este tipo de rechazos."},
			Source:   "https://developer.pagbank.com.br/docs/motivos-de-compra-negada (example payment_response code 20017, TRANSACAO NAO PERMITIDA - NAO TENTE NOVAMENTE)",
		},
	},
}
