// Flux is built from seed 002 (/work/shared/seeds/002_67c3a1bd71cd3555.txt), Flux's
// "Error codes" page for QR payments. The page gives HTTP statuses only as ranges (4xx for
// the codes listed first, 5xx for "Server errors"); an entry carries a status only where
// the page names it ("Bad Request", "Unauthorized", "Forbidden", "Not Found",
// "Internal Server Error"), and 0 otherwise.

package catalog

// Flux is Flux's QR payment API.
var Flux = Provider{
	ID:      "flux",
	Name:    "Flux",
	DocsURL: "",
	Hosts:   nil,
	Envelope: Text{
		EN: "Errors carry a short code string with the ERR_ prefix (e.g. ERR_QR_EXPIRED) in a code member, under error (error.code) or at the top level, next to a human-readable message; the document shows no complete body.",
		PT: "Os erros trazem um código curto com o prefixo ERR_ (p. ex. ERR_QR_EXPIRED) num membro code, dentro de error (error.code) ou no nível de cima, junto de uma mensagem legível; o documento não mostra um corpo completo.",
	},
	RateLimitHeaders:  nil,
	IdempotencyHeader: "",
	Support: Text{
		EN: "The document names no support channel and no request id. When you contact Flux, give the error code, the payment's reference, the date and time, the endpoint and the request body without the access token.",
		PT: "O documento não indica canal de suporte nem id de requisição. Ao falar com a Flux, informe o código do erro, a reference do pagamento, a data e hora, o endpoint e o corpo da requisição sem o token de acesso.",
	},
	Source: "seed 002 (Flux error codes)",
	Entries: []Entry{
		{
			Code:     "ERR_QR_UNKNOWN",
			Status:   0,
			Category: NotFound,
			Title:    Text{EN: "QR code not recognized", PT: "QR code não reconhecido"},
			Meaning: Text{
				EN: "Flux does not recognize the QR code sent with the payment: it was not issued through a network or wallet Flux knows, or its content was altered on the way.",
				PT: "A Flux não reconhece o QR code enviado no pagamento: ele não foi emitido por uma rede ou carteira que a Flux conhece, ou o conteúdo foi alterado no caminho.",
			},
			Fix: []Text{
				{EN: "Send the QR payload exactly as scanned, without trimming, re-encoding or adding characters.", PT: "Envie o conteúdo do QR exatamente como lido, sem cortar, recodificar ou acrescentar caracteres."},
				{EN: "Check that the customer is showing a QR from a wallet Flux supports; otherwise ask for another payment method.", PT: "Verifique se o cliente está apresentando um QR de uma carteira aceita pela Flux; se não, peça outro meio de pagamento."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same QR will keep being unrecognized; resend only with a QR Flux knows.", PT: "O mesmo QR continuará não reconhecido; reenvie só com um QR que a Flux conheça."},
			Source:   "seed 002 (Flux error codes), error code list (4xx range; exact status not documented)",
		},
		{
			Code:     "ERR_QR_DISABLED",
			Status:   0,
			Category: StateCategory,
			Title:    Text{EN: "QR code disabled", PT: "QR code desativado"},
			Meaning: Text{
				EN: "The QR code is known to Flux but is currently disabled, so no payment can be made with it while it stays that way.",
				PT: "O QR code é conhecido pela Flux, mas está desativado no momento, então nenhum pagamento pode ser feito com ele enquanto estiver assim.",
			},
			Fix: []Text{
				{EN: "Ask the customer to show an active QR (generate a new one in their wallet) and pay with it.", PT: "Peça ao cliente que apresente um QR ativo (gerando um novo na carteira dele) e pague com ele."},
				{EN: "If the QR should be active, the customer has to re-enable it with their wallet before trying again.", PT: "Se o QR deveria estar ativo, o cliente precisa reativá-lo junto à carteira antes de tentar de novo."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same QR fails while it is disabled; send the payment again with an active QR.", PT: "O mesmo QR falha enquanto estiver desativado; reenvie o pagamento com um QR ativo."},
			Source:   "seed 002 (Flux error codes), error code list (4xx range; exact status not documented)",
		},
		{
			Code:     "ERR_QR_EXPIRED",
			Status:   0,
			Category: StateCategory,
			Title:    Text{EN: "QR code expired", PT: "QR code expirado"},
			Meaning: Text{
				EN: "The QR code's validity has ended, so Flux will no longer accept payments with it.",
				PT: "A validade do QR code terminou, então a Flux não aceita mais pagamentos com ele.",
			},
			Fix: []Text{
				{EN: "Ask the customer to generate a new QR and try the payment again with it.", PT: "Peça ao cliente que gere um novo QR e tente o pagamento de novo com ele."},
				{EN: "Send the payment soon after the QR is scanned so it does not expire in between.", PT: "Envie o pagamento logo depois de ler o QR para que ele não expire no meio do caminho."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "An expired QR never becomes valid again; a new QR is needed, which is a new request.", PT: "Um QR expirado nunca volta a ser válido; é preciso um novo QR, o que é uma nova requisição."},
			Source:   "seed 002 (Flux error codes), error code list (4xx range; exact status not documented)",
		},
		{
			Code:     "ERR_QR_MALFORMED",
			Status:   0,
			Category: Validation,
			Title:    Text{EN: "QR code malformed", PT: "QR code malformado"},
			Meaning: Text{
				EN: "The QR content Flux received is not well formed (truncated, corrupted or wrongly encoded), so it cannot be read as a payment QR.",
				PT: "O conteúdo do QR recebido pela Flux não está bem formado (truncado, corrompido ou codificado errado), então não pode ser lido como um QR de pagamento.",
			},
			Fix: []Text{
				{EN: "Check that your scanner and code pass the full QR payload unchanged (no cut at a length limit, no escaping or whitespace changes).", PT: "Verifique se o seu leitor e o seu código repassam o conteúdo completo do QR sem alterações (sem corte por limite de tamanho, sem escapes ou mudança de espaços)."},
				{EN: "Ask the customer to generate a new QR and try again.", PT: "Peça ao cliente que gere um novo QR e tente de novo."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same malformed content will be rejected again; resend with a correctly read or new QR.", PT: "O mesmo conteúdo malformado será recusado de novo; reenvie com um QR lido corretamente ou com um novo."},
			Source:   "seed 002 (Flux error codes), error code list (4xx range; exact status not documented)",
		},
		{
			Code:     "ERR_INSUFFICIENT_BALANCE",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Insufficient balance", PT: "Saldo insuficiente"},
			Meaning: Text{
				EN: "The customer's payment method (the wallet or account behind the QR) does not have enough balance to cover the payment amount.",
				PT: "O meio de pagamento do cliente (a carteira ou conta por trás do QR) não tem saldo suficiente para cobrir o valor do pagamento.",
			},
			Fix: []Text{
				{EN: "Tell the customer the balance is insufficient and ask them to top up or pay with another method.", PT: "Informe ao cliente que o saldo é insuficiente e peça que recarregue ou pague com outro meio."},
				{EN: "After the balance changes, send the payment again (a new QR may be needed).", PT: "Depois que o saldo mudar, reenvie o pagamento (pode ser preciso um novo QR)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Retrying immediately fails the same way; the balance must change first.", PT: "Tentar de novo na hora falha do mesmo jeito; o saldo precisa mudar antes."},
			Source:   "seed 002 (Flux error codes), error code list (4xx range; exact status not documented)",
		},
		{
			Code:     "ERR_BANK_REFUSAL",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Rejected by the bank", PT: "Recusada pelo banco"},
			Meaning: Text{
				EN: "The customer's bank declined the transaction; the document gives no reason, which stays between the customer and their bank.",
				PT: "O banco do cliente recusou a transação; o documento não dá o motivo, que fica entre o cliente e o banco dele.",
			},
			Fix: []Text{
				{EN: "Ask the customer to pay with another method or wallet.", PT: "Peça ao cliente que pague com outro meio ou carteira."},
				{EN: "If the customer wants to use the same account, they must contact their bank to find out why it was refused.", PT: "Se o cliente quiser usar a mesma conta, ele precisa falar com o banco para saber o motivo da recusa."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "The bank made a decision on this transaction; sending it again unchanged is expected to be refused again.", PT: "O banco tomou uma decisão sobre esta transação; reenviada sem mudanças, ela deve ser recusada de novo."},
			Source:   "seed 002 (Flux error codes), error code list (4xx range; exact status not documented)",
		},
		{
			Code:     "ERR_ISSUER_ACCOUNT_VIOLATION",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Problem with the customer's account at the issuer", PT: "Problema na conta do cliente no emissor"},
			Meaning: Text{
				EN: "The issuer of the customer's payment method reports a problem with the customer's account (e.g. blocked or restricted), so the payment cannot go through.",
				PT: "O emissor do meio de pagamento do cliente informa um problema na conta do cliente (p. ex. bloqueada ou restrita), então o pagamento não pode ser feito.",
			},
			Fix: []Text{
				{EN: "Ask the customer to pay with another method or wallet.", PT: "Peça ao cliente que pague com outro meio ou carteira."},
				{EN: "The customer must resolve the account problem with the issuer before using that account again.", PT: "O cliente precisa resolver o problema da conta com o emissor antes de usar essa conta de novo."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "Only the customer and the issuer can clear the account problem; resending will keep failing until then.", PT: "Só o cliente e o emissor podem resolver o problema da conta; reenviar continuará falhando até lá."},
			Source:   "seed 002 (Flux error codes), error code list (4xx range; exact status not documented)",
		},
		{
			Code:     "ERR_FORBIDDEN_COMMERCE",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Payment method not accepted by this merchant", PT: "Meio de pagamento não aceito por este comércio"},
			Meaning: Text{
				EN: "The customer's payment method is not valid for this merchant (commerce): the merchant is not enabled to receive payments from it.",
				PT: "O meio de pagamento do cliente não é válido para este comércio: o estabelecimento não está habilitado a receber pagamentos dele.",
			},
			Fix: []Text{
				{EN: "Ask the customer to pay with a payment method your merchant accepts.", PT: "Peça ao cliente que pague com um meio de pagamento aceito pelo seu comércio."},
				{EN: "If you should accept this method, ask Flux to enable it for your merchant account.", PT: "Se você deveria aceitar esse meio, peça à Flux que o habilite na sua conta de comércio."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same payment method stays refused for this merchant until another method is used or it is enabled.", PT: "O mesmo meio de pagamento continua recusado para este comércio até ser usado outro meio ou ele ser habilitado."},
			Source:   "seed 002 (Flux error codes), error code list (4xx range; exact status not documented)",
		},
		{
			Code:     "ERR_MAX_AMOUNT_EXCEEDED",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Amount above the maximum", PT: "Valor acima do máximo"},
			Meaning: Text{
				EN: "The payment amount is above the maximum Flux allows; the document does not state the limit.",
				PT: "O valor do pagamento está acima do máximo permitido pela Flux; o documento não informa o limite.",
			},
			Fix: []Text{
				{EN: "Lower the amount, or split the purchase into several payments if your business allows it.", PT: "Reduza o valor ou divida a compra em vários pagamentos, se o seu negócio permitir."},
				{EN: "Ask Flux for the maximum that applies to your merchant and payment method, and validate it before sending.", PT: "Pergunte à Flux o máximo que vale para o seu comércio e meio de pagamento e valide antes de enviar."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same amount will be refused again; resend with an amount within the limit.", PT: "O mesmo valor será recusado de novo; reenvie com um valor dentro do limite."},
			Source:   "seed 002 (Flux error codes), error code list (4xx range; exact status not documented)",
		},
		{
			Code:     "ERR_MIN_AMOUNT_SUBCEED",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Amount below the minimum", PT: "Valor abaixo do mínimo"},
			Meaning: Text{
				EN: "The payment amount is below the minimum Flux allows; the document does not state the limit.",
				PT: "O valor do pagamento está abaixo do mínimo permitido pela Flux; o documento não informa o limite.",
			},
			Fix: []Text{
				{EN: "Check the amount's unit (e.g. cents versus whole units) and that it is not zero or rounded down.", PT: "Confira a unidade do valor (p. ex. centavos ou unidades inteiras) e se ele não está zerado ou arredondado para baixo."},
				{EN: "Ask Flux for the minimum that applies to your merchant and payment method, and validate it before sending.", PT: "Pergunte à Flux o mínimo que vale para o seu comércio e meio de pagamento e valide antes de enviar."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same amount will be refused again; resend with an amount at or above the minimum.", PT: "O mesmo valor será recusado de novo; reenvie com um valor igual ou acima do mínimo."},
			Source:   "seed 002 (Flux error codes), error code list (4xx range; exact status not documented)",
		},
		{
			Code:     "ERR_REFERENCE_ALREADY_EXISTS",
			Status:   0,
			Category: Conflict,
			Title:    Text{EN: "Payment reference already used", PT: "Reference do pagamento já usada"},
			Meaning: Text{
				EN: "A payment request with this reference was already sent to Flux; the reference identifies one payment and cannot be reused.",
				PT: "Uma solicitação de pagamento com esta reference já foi enviada à Flux; a reference identifica um único pagamento e não pode ser reutilizada.",
			},
			Fix: []Text{
				{EN: "If this was a resend of the same payment (after a timeout or server error), look up the payment by its reference and use its result: the first attempt reached Flux.", PT: "Se foi um reenvio do mesmo pagamento (depois de um timeout ou erro de servidor), consulte o pagamento pela reference e use o resultado dele: a primeira tentativa chegou à Flux."},
				{EN: "If it is a new payment, generate a fresh unique reference (e.g. a UUID or your order id plus attempt number) and send it.", PT: "Se é um pagamento novo, gere uma reference única nova (p. ex. um UUID ou o id do pedido mais o número da tentativa) e envie-o."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "The reference is taken, so the same request can never succeed; the earlier payment is the one to look at.", PT: "A reference já está em uso, então a mesma requisição nunca vai dar certo; o pagamento anterior é o que deve ser consultado."},
			Idempotency: Text{
				EN: "Flux names no idempotency header; the unique reference plays that role. Reuse the same reference when resending a payment whose outcome is unknown: a second copy is refused with this code instead of charging twice.",
				PT: "A Flux não tem cabeçalho de idempotência; a reference única cumpre esse papel. Reuse a mesma reference ao reenviar um pagamento de resultado incerto: uma segunda cópia é recusada com este código em vez de cobrar duas vezes.",
			},
			Source: "seed 002 (Flux error codes), error code list (4xx range; exact status not documented)",
		},
		{
			Code:     "ERR_BAD_REQUEST",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Bad request", PT: "Requisição inválida"},
			Meaning: Text{
				EN: "Some parameter of the request is missing or incorrect, so Flux could not process it.",
				PT: "Algum parâmetro da requisição está ausente ou incorreto, então a Flux não conseguiu processá-la.",
			},
			Fix: []Text{
				{EN: "Compare the request body and query parameters with the endpoint's reference: required fields present, correct types and formats.", PT: "Compare o corpo e os parâmetros da requisição com a referência do endpoint: campos obrigatórios presentes, tipos e formatos corretos."},
				{EN: "Read the error message for the parameter at fault, correct it and send again.", PT: "Leia a mensagem de erro para achar o parâmetro com problema, corrija-o e reenvie."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same request will be rejected again; only a corrected one can succeed.", PT: "A mesma requisição será recusada de novo; só uma corrigida pode dar certo."},
			Source:   "seed 002 (Flux error codes), error code list (\"Bad Request\")",
		},
		{
			Code:     "ERR_UNAUTHORIZED",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "Access token missing or expired", PT: "Token de acesso ausente ou expirado"},
			Meaning: Text{
				EN: "The request carried no access token, or the token has expired, so Flux could not authenticate the caller.",
				PT: "A requisição não trouxe token de acesso, ou o token expirou, então a Flux não conseguiu autenticar quem chamou.",
			},
			Fix: []Text{
				{EN: "Authenticate again to obtain a new access token and send it with the request.", PT: "Autentique-se de novo para obter um novo token de acesso e envie-o com a requisição."},
				{EN: "Renew the token before it expires instead of waiting for this error.", PT: "Renove o token antes de ele expirar, em vez de esperar por este erro."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "Without a valid token every attempt fails; authenticate again, then resend.", PT: "Sem um token válido toda tentativa falha; autentique-se de novo e depois reenvie."},
			Source:   "seed 002 (Flux error codes), error code list (\"Unauthorized\")",
		},
		{
			Code:     "ERR_FORBIDDEN",
			Status:   403,
			Category: Authorization,
			Title:    Text{EN: "Not allowed to perform this action", PT: "Sem permissão para esta ação"},
			Meaning: Text{
				EN: "The authenticated user does not have the privileges this action requires.",
				PT: "O usuário autenticado não tem os privilégios que esta ação exige.",
			},
			Fix: []Text{
				{EN: "Check which user or credentials the access token belongs to and use one with the needed privileges.", PT: "Verifique a qual usuário ou credencial o token de acesso pertence e use um com os privilégios necessários."},
				{EN: "Ask Flux or your account administrator to grant the privilege for this action.", PT: "Peça à Flux ou ao administrador da sua conta que conceda o privilégio para esta ação."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same user stays forbidden until its privileges change.", PT: "O mesmo usuário continua sem permissão até seus privilégios mudarem."},
			Source:   "seed 002 (Flux error codes), error code list (\"Forbidden\")",
		},
		{
			Code:     "ERR_NOT_FOUND",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Resource not found", PT: "Recurso não encontrado"},
			Meaning: Text{
				EN: "The resource requested (e.g. a payment looked up by its reference or id) was not found by Flux.",
				PT: "O recurso solicitado (p. ex. um pagamento consultado pela reference ou pelo id) não foi encontrado pela Flux.",
			},
			Fix: []Text{
				{EN: "Check the URL and the identifier or reference in it.", PT: "Confira a URL e o identificador ou a reference que ela contém."},
				{EN: "Make sure you query with the same credentials and environment the resource was created with.", PT: "Garanta que a consulta usa as mesmas credenciais e o mesmo ambiente com que o recurso foi criado."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same lookup will not find it; correct the identifier first.", PT: "A mesma consulta não vai encontrá-lo; corrija o identificador antes."},
			Idempotency: Text{
				EN: "If you were looking up a payment after ERR_NETWORK_TIMEOUT or ERR_SERVER, this answer suggests it was not created: send it again with the same reference.",
				PT: "Se você consultava um pagamento depois de ERR_NETWORK_TIMEOUT ou ERR_SERVER, esta resposta sugere que ele não foi criado: reenvie-o com a mesma reference.",
			},
			Source: "seed 002 (Flux error codes), error code list (\"Not Found\")",
		},
		{
			Code:     "ERR_NETWORK_TIMEOUT",
			Status:   0,
			Category: Timeout,
			Title:    Text{EN: "Network timeout", PT: "Timeout de rede"},
			Meaning: Text{
				EN: "A timeout occurred inside Flux or between Flux and the wallet or bank services, so the outcome of the payment is unknown: it may or may not have been completed.",
				PT: "Ocorreu um timeout dentro da Flux ou entre a Flux e os serviços da carteira ou do banco, então o resultado do pagamento é incerto: ele pode ou não ter sido concluído.",
			},
			Fix: []Text{
				{EN: "Look up the payment by its reference before doing anything else.", PT: "Consulte o pagamento pela reference antes de qualquer outra coisa."},
				{EN: "If it does not exist, send it again with the same reference; if it exists, use its status.", PT: "Se ele não existir, reenvie com a mesma reference; se existir, use o status dele."},
			},
			Retry:    CheckFirst,
			RetryWhy: Text{EN: "The payment may have gone through, so resending blindly could charge the customer twice.", PT: "O pagamento pode ter sido feito, então reenviar às cegas pode cobrar o cliente duas vezes."},
			Idempotency: Text{
				EN: "Flux names no idempotency header; resend only with the same reference, so that if the first attempt did complete the copy is refused with ERR_REFERENCE_ALREADY_EXISTS instead of charging twice.",
				PT: "A Flux não tem cabeçalho de idempotência; reenvie só com a mesma reference, para que, se a primeira tentativa tiver sido concluída, a cópia seja recusada com ERR_REFERENCE_ALREADY_EXISTS em vez de cobrar duas vezes.",
			},
			Source: "seed 002 (Flux error codes), Server errors (5xx range; exact status not documented)",
		},
		{
			Code:     "ERR_SERVER",
			Status:   500,
			Category: Internal,
			Title:    Text{EN: "Internal server error", PT: "Erro interno do servidor"},
			Meaning: Text{
				EN: "Flux's server or its wallet services failed unexpectedly; for a payment it is not known whether it was processed.",
				PT: "O servidor da Flux ou os serviços de carteira dela falharam de forma inesperada; num pagamento não se sabe se ele foi processado.",
			},
			Fix: []Text{
				{EN: "For a payment, look it up by its reference before sending again; resend with the same reference only if it is not found.", PT: "Num pagamento, consulte-o pela reference antes de reenviar; reenvie com a mesma reference só se ele não for encontrado."},
				{EN: "For reads, try again with exponential backoff; if it persists, contact Flux with the code, reference and time.", PT: "Em consultas, tente de novo com backoff exponencial; se persistir, fale com a Flux informando o código, a reference e o horário."},
			},
			Retry:    CheckFirst,
			RetryWhy: Text{EN: "On a payment the outcome is unknown, so check whether it exists before resending.", PT: "Num pagamento o resultado é incerto, então verifique se ele existe antes de reenviar."},
			Idempotency: Text{
				EN: "Flux names no idempotency header; keep the same reference when resending so a payment that did go through is refused with ERR_REFERENCE_ALREADY_EXISTS rather than made twice.",
				PT: "A Flux não tem cabeçalho de idempotência; mantenha a mesma reference ao reenviar, para que um pagamento já feito seja recusado com ERR_REFERENCE_ALREADY_EXISTS em vez de ser feito duas vezes.",
			},
			Source: "seed 002 (Flux error codes), Server errors (\"Internal Server Error\", 5xx)",
		},
	},
}
