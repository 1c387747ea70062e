// OnnixPay's error catalog, built from seed 001 (/work/shared/seeds/001_5095927f2f759272.txt):
// OnnixPay "Códigos de Erro", a Portuguese document listing the API's error codes by
// category, with their causes ("Causa") and solutions ("Solução").

package catalog

// OnnixPay is the Brazilian Pix and boleto API of seed 001.
var OnnixPay = Provider{
	ID:      "onnixpay",
	Name:    "OnnixPay",
	DocsURL: "",
	Hosts:   nil,
	Envelope: Text{
		EN: "JSON body {success:false, error:{code, message, details, field (optional), plus code-specific members such as requiredScopes, retryAfter, provider}, meta:{requestId, timestamp, version}}; messages are in Portuguese.",
		PT: "Corpo JSON {success:false, error:{code, message, details, field (opcional), mais membros próprios de cada código, como requiredScopes, retryAfter, provider}, meta:{requestId, timestamp, version}}; as mensagens vêm em português.",
	},
	RateLimitHeaders:  nil,
	IdempotencyHeader: "X-Idempotency-Key",
	Support: Text{
		EN: "Keep the meta.requestId of the failed response (INTERNAL_ERROR also carries error.requestId) and send it to OnnixPay support with the error code, the endpoint and the time of the request.",
		PT: "Guarde o meta.requestId da resposta com erro (o INTERNAL_ERROR também traz error.requestId) e envie-o ao suporte da OnnixPay junto com o código do erro, o endpoint e o horário da requisição.",
	},
	Source: "seed 001 (OnnixPay Códigos de Erro): Estrutura de Erro, HTTP Status Codes, Códigos de Erro por Categoria, Logs e Debugging",
	Entries: []Entry{
		// Autenticação (4xx)
		{
			Code:     "UNAUTHORIZED",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "API key missing or invalid", PT: "API Key inválida ou ausente"},
			Meaning: Text{
				EN: "OnnixPay could not identify the caller: the X-API-Key header was not sent or its value is not a valid API key.",
				PT: "A OnnixPay não conseguiu identificar quem chamou: o cabeçalho X-API-Key não foi enviado ou o valor dele não é uma chave de API válida.",
			},
			Fix: []Text{
				{EN: "Make sure every request sends the X-API-Key header.", PT: "Verifique se toda requisição envia o cabeçalho X-API-Key."},
				{EN: "Confirm the key is the right one for this account and environment.", PT: "Confirme que a chave está correta para esta conta e este ambiente."},
				{EN: "Check that the key has no extra spaces or line breaks around it.", PT: "Verifique se não há espaços extras ou quebras de linha na chave."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same request will fail again until a valid key is sent in X-API-Key.", PT: "A mesma requisição vai falhar de novo até que uma chave válida seja enviada no X-API-Key."},
			Source:   "seed 001 (OnnixPay Códigos de Erro), Autenticação (4xx); status 401 from the HTTP Status Codes table (API Key ausente ou inválida)",
		},
		{
			Code:     "INSUFFICIENT_PERMISSIONS",
			Status:   403,
			Category: Authorization,
			Title:    Text{EN: "API key lacks the required scopes", PT: "API Key sem as permissões necessárias"},
			Meaning: Text{
				EN: "The API key is valid but does not have the scopes this operation needs; the response lists them in requiredScopes (e.g. pix.write) next to the key's currentScopes (e.g. pix.read).",
				PT: "A chave de API é válida, mas não tem os scopes que esta operação exige; a resposta lista os necessários em requiredScopes (ex.: pix.write) ao lado dos atuais da chave em currentScopes (ex.: pix.read).",
			},
			Fix: []Text{
				{EN: "Compare requiredScopes with currentScopes in the response to see which scope is missing.", PT: "Compare requiredScopes com currentScopes na resposta para ver qual scope falta."},
				{EN: "Create a new API key in the dashboard with the required scopes.", PT: "Crie no painel uma nova chave de API com os scopes necessários."},
				{EN: "Or use another existing key that already has the right permissions.", PT: "Ou use outra chave já existente que tenha as permissões adequadas."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The key's scopes do not change by retrying; send the request with a key that has the required scopes.", PT: "Os scopes da chave não mudam ao tentar de novo; reenvie a requisição com uma chave que tenha os scopes necessários."},
			Source:   "seed 001 (OnnixPay Códigos de Erro), Autenticação (4xx); status 403 from the HTTP Status Codes table (API Key válida mas sem permissão)",
		},
		{
			Code:     "API_KEY_EXPIRED",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "API key expired", PT: "API Key expirada"},
			Meaning: Text{
				EN: "The API key is past its validity date; the expiredAt member says when it expired.",
				PT: "A chave de API passou da data de validade; o membro expiredAt informa quando ela expirou.",
			},
			Fix: []Text{
				{EN: "Generate a new API key in the OnnixPay dashboard.", PT: "Gere uma nova chave de API no painel da OnnixPay."},
				{EN: "Update the credentials your integration uses (X-API-Key) and keep track of the new key's expiry date.", PT: "Atualize as credenciais usadas pela integração (X-API-Key) e acompanhe a data de validade da nova chave."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "An expired key never becomes valid again; retry only with a new key.", PT: "Uma chave expirada nunca volta a valer; tente de novo só com uma chave nova."},
			Source:   "seed 001 (OnnixPay Códigos de Erro), Autenticação (4xx); the section gives no exact status, 401 chosen from the HTTP Status Codes table row 'API Key ausente ou inválida' as the closest",
		},
		{
			Code:     "API_KEY_REVOKED",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "API key revoked", PT: "API Key revogada"},
			Meaning: Text{
				EN: "The API key was revoked manually and can no longer be used; the revokedAt member says when.",
				PT: "A chave de API foi revogada manualmente e não pode mais ser usada; o membro revokedAt informa quando.",
			},
			Fix: []Text{
				{EN: "Generate a new API key and update your integration's credentials.", PT: "Gere uma nova chave de API e atualize as credenciais da integração."},
				{EN: "If nobody on your side revoked it, contact OnnixPay support with the revokedAt time and the meta.requestId.", PT: "Se ninguém do seu lado a revogou, entre em contato com o suporte da OnnixPay informando o revokedAt e o meta.requestId."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "A revoked key stays revoked; retry only with a new key.", PT: "Uma chave revogada continua revogada; tente de novo só com uma chave nova."},
			Source:   "seed 001 (OnnixPay Códigos de Erro), Autenticação (4xx); the section gives no exact status, 401 chosen from the HTTP Status Codes table row 'API Key ausente ou inválida' as the closest",
		},
		// Validação de Dados (400)
		{
			Code:     "INVALID_REQUEST",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid request data", PT: "Dados inválidos na requisição"},
			Meaning: Text{
				EN: "A required field is missing or a field has the wrong format or type; details says what is wrong and field names the field (e.g. 'amount' is required).",
				PT: "Um campo obrigatório está ausente ou algum campo tem formato ou tipo incorreto; details diz o que está errado e field indica o campo (ex.: 'amount' é obrigatório).",
			},
			Fix: []Text{
				{EN: "Read details and field in the response and correct that parameter.", PT: "Leia details e field na resposta e corrija esse parâmetro."},
				{EN: "Check the endpoint's documentation for required fields and their data types.", PT: "Consulte a documentação do endpoint para ver os campos obrigatórios e os tipos de dados."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The request is rejected on its content; only a corrected request can succeed.", PT: "A requisição é rejeitada pelo conteúdo; só uma requisição corrigida pode dar certo."},
			Source:   "seed 001 (OnnixPay Códigos de Erro), Validação de Dados (400)",
		},
		{
			Code:     "INVALID_AMOUNT",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid amount", PT: "Valor inválido"},
			Meaning: Text{
				EN: "The amount is outside the allowed range of R$ 0.01 to R$ 50,000.00 (members min and max) or badly formatted.",
				PT: "O valor está fora dos limites permitidos, de R$ 0,01 a R$ 50.000,00 (membros min e max), ou em formato incorreto.",
			},
			Fix: []Text{
				{EN: "Send an amount between R$ 0.01 and R$ 50,000.00.", PT: "Envie um valor entre R$ 0,01 e R$ 50.000,00."},
				{EN: "Use decimal format in reais, e.g. 100.50.", PT: "Use formato decimal em reais, ex.: 100.50."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same amount will be rejected again; correct it first.", PT: "O mesmo valor será rejeitado de novo; corrija-o antes."},
			Source:   "seed 001 (OnnixPay Códigos de Erro), Validação de Dados (400)",
		},
		{
			Code:     "INVALID_DOCUMENT",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid CPF or CNPJ", PT: "CPF ou CNPJ inválido"},
			Meaning: Text{
				EN: "The CPF or CNPJ in the document field has a wrong format or wrong check digits.",
				PT: "O CPF ou CNPJ no campo document tem formato ou dígitos verificadores inválidos.",
			},
			Fix: []Text{
				{EN: "Validate the CPF/CNPJ check digits before sending.", PT: "Valide os dígitos verificadores do CPF/CNPJ antes de enviar."},
				{EN: "Send digits only, without dots, dashes or slashes: CPF with 11 digits (e.g. 12345678909), CNPJ with 14 (e.g. 12345678000199).", PT: "Envie apenas números, sem pontos, traços ou barras: CPF com 11 dígitos (ex.: 12345678909), CNPJ com 14 (ex.: 12345678000199)."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The document number is rejected as invalid; only a corrected number can succeed.", PT: "O número do documento é rejeitado como inválido; só um número corrigido pode dar certo."},
			Source:   "seed 001 (OnnixPay Códigos de Erro), Validação de Dados (400)",
		},
		{
			Code:     "INVALID_PIX_KEY",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid Pix key", PT: "Chave PIX inválida"},
			Meaning: Text{
				EN: "The Pix key in pixKey does not match the format of any Pix key type (CPF, CNPJ, e-mail, phone or random key).",
				PT: "A chave PIX em pixKey não corresponde ao formato de nenhum tipo de chave válido (CPF, CNPJ, e-mail, telefone ou chave aleatória).",
			},
			Fix: []Text{
				{EN: "Use one of the valid formats: CPF 12345678909, CNPJ 12345678000199, e-mail usuario@exemplo.com, phone +5511999999999, random key 123e4567-e89b-12d3-a456-426614174000.", PT: "Use um dos formatos válidos: CPF 12345678909, CNPJ 12345678000199, e-mail usuario@exemplo.com, telefone +5511999999999, chave aleatória 123e4567-e89b-12d3-a456-426614174000."},
				{EN: "Send phone keys with the +55 country code and area code, and CPF/CNPJ keys as digits only.", PT: "Envie chaves de telefone com +55 e DDD, e chaves CPF/CNPJ apenas com números."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "A malformed Pix key is rejected every time; correct it or ask the user for a valid one.", PT: "Uma chave PIX mal formatada é rejeitada sempre; corrija-a ou peça ao usuário uma chave válida."},
			Source:   "seed 001 (OnnixPay Códigos de Erro), Validação de Dados (400)",
		},
		{
			Code:     "INVALID_DATE",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid date", PT: "Data inválida"},
			Meaning: Text{
				EN: "A date (typically dueDate) has the wrong format or an invalid value, e.g. a due date that is not in the future.",
				PT: "Uma data (normalmente dueDate) tem formato incorreto ou valor inválido, por exemplo uma data de vencimento que não está no futuro.",
			},
			Fix: []Text{
				{EN: "Use ISO 8601 format, e.g. 2025-12-31T23:59:59Z.", PT: "Use o formato ISO 8601, ex.: 2025-12-31T23:59:59Z."},
				{EN: "Send due dates in the future.", PT: "Envie datas de vencimento futuras."},
				{EN: "For boletos, pick a due date on a business day.", PT: "Para boletos, respeite os dias úteis na data de vencimento."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same date will be rejected again; correct it first.", PT: "A mesma data será rejeitada de novo; corrija-a antes."},
			Source:   "seed 001 (OnnixPay Códigos de Erro), Validação de Dados (400)",
		},
		// Recursos (404)
		{
			Code:     "RESOURCE_NOT_FOUND",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Resource not found", PT: "Recurso não encontrado"},
			Meaning: Text{
				EN: "The ID given (e.g. a Pix charge pix_abc123) does not exist or does not belong to your account; resourceType and resourceId say which resource was looked up.",
				PT: "O ID informado (ex.: uma cobrança PIX pix_abc123) não existe ou não pertence à sua conta; resourceType e resourceId indicam qual recurso foi buscado.",
			},
			Fix: []Text{
				{EN: "Check that the ID in resourceId is correct.", PT: "Verifique se o ID em resourceId está correto."},
				{EN: "Confirm the resource belongs to the account whose API key you are using.", PT: "Confirme que o recurso pertence à conta da chave de API que você está usando."},
				{EN: "Check that it was not deleted.", PT: "Verifique se ele não foi deletado."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The lookup will keep failing until it names an existing resource of your account.", PT: "A consulta vai continuar falhando até apontar um recurso existente da sua conta."},
			Source:   "seed 001 (OnnixPay Códigos de Erro), Recursos (404)",
		},
		{
			Code:     "TRANSACTION_NOT_FOUND",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Transaction not found", PT: "Transação não encontrada"},
			Meaning: Text{
				EN: "No transaction exists with the transactionId given (e.g. txn_xyz789) for this account.",
				PT: "Não existe transação com o transactionId informado (ex.: txn_xyz789) nesta conta.",
			},
			Fix: []Text{
				{EN: "Confirm the transaction ID.", PT: "Confirme o ID da transação."},
				{EN: "Check that you are using the account (API key) that created the transaction.", PT: "Verifique se está usando a conta (chave de API) que criou a transação."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The same ID will not be found again; correct the ID or the account.", PT: "O mesmo ID não será encontrado de novo; corrija o ID ou a conta."},
			Source:   "seed 001 (OnnixPay Códigos de Erro), Recursos (404)",
		},
		// Conflitos (409)
		{
			Code:     "DUPLICATE_TRANSACTION",
			Status:   409,
			Category: Conflict,
			Title:    Text{EN: "Duplicate transaction", PT: "Transação duplicada"},
			Meaning: Text{
				EN: "A transaction with this externalId already exists; existingTransactionId gives the ID of the one already created.",
				PT: "Já existe uma transação com este externalId; existingTransactionId traz o ID da transação já criada.",
			},
			Fix: []Text{
				{EN: "Look up the existing transaction (existingTransactionId) and use it instead of creating another.", PT: "Consulte a transação existente (existingTransactionId) e use-a em vez de criar outra."},
				{EN: "Give every new transaction a unique externalId.", PT: "Use um externalId único para cada nova transação."},
				{EN: "Send an X-Idempotency-Key header on writes so that resends are recognised.", PT: "Envie o cabeçalho X-Idempotency-Key nas escritas para que reenvios sejam reconhecidos."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "The transaction already exists; sending it again can only conflict again.", PT: "A transação já existe; reenviá-la só vai gerar o mesmo conflito."},
			Idempotency: Text{EN: "This is OnnixPay's duplicate protection working: the externalId is already used. Resend a write only with the same X-Idempotency-Key and externalId, and use a new externalId only for a genuinely new transaction.", PT: "É a proteção contra duplicidade da OnnixPay funcionando: o externalId já foi usado. Reenvie uma escrita só com o mesmo X-Idempotency-Key e externalId, e use um externalId novo apenas para uma transação realmente nova."},
			Source:      "seed 001 (OnnixPay Códigos de Erro), Conflitos (409)",
		},
		{
			Code:     "DUPLICATE_CUSTOMER",
			Status:   409,
			Category: Conflict,
			Title:    Text{EN: "Customer already exists", PT: "Cliente já existe"},
			Meaning: Text{
				EN: "A customer with this CPF/CNPJ (document) is already registered; existingCustomerId gives its ID.",
				PT: "Já existe um cliente cadastrado com este CPF/CNPJ (document); existingCustomerId traz o ID dele.",
			},
			Fix: []Text{
				{EN: "Look up the existing customer by existingCustomerId.", PT: "Consulte o cliente existente pelo existingCustomerId."},
				{EN: "Update that customer instead of creating a new one.", PT: "Atualize esse cliente em vez de criar um novo."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "The customer already exists; creating it again will always conflict.", PT: "O cliente já existe; criá-lo de novo sempre vai gerar conflito."},
			Idempotency: Text{EN: "Customers are unique by document: before creating one, search by CPF/CNPJ and reuse existingCustomerId.", PT: "Clientes são únicos por documento: antes de criar, busque pelo CPF/CNPJ e reaproveite o existingCustomerId."},
			Source:      "seed 001 (OnnixPay Códigos de Erro), Conflitos (409)",
		},
		// Limites e Restrições (422, 429)
		{
			Code:     "INSUFFICIENT_BALANCE",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Insufficient balance", PT: "Saldo insuficiente"},
			Meaning: Text{
				EN: "The account balance does not cover the payment; availableBalance and requestedAmount (in BRL) show the gap.",
				PT: "O saldo da conta não cobre o pagamento; availableBalance e requestedAmount (em BRL) mostram a diferença.",
			},
			Fix: []Text{
				{EN: "Add balance to the OnnixPay account.", PT: "Adicione saldo à conta OnnixPay."},
				{EN: "Or reduce the transaction amount to at most availableBalance.", PT: "Ou reduza o valor da transação para no máximo o availableBalance."},
				{EN: "Account for the operation's fee when comparing balance and amount.", PT: "Considere a taxa da operação ao comparar saldo e valor."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "It will fail again until the balance covers the amount plus fees.", PT: "Vai falhar de novo até que o saldo cubra o valor mais as taxas."},
			Idempotency: Text{EN: "The payment was refused, not made: after adding balance, resend it with the same externalId and X-Idempotency-Key.", PT: "O pagamento foi recusado, não realizado: depois de adicionar saldo, reenvie com o mesmo externalId e X-Idempotency-Key."},
			Source:      "seed 001 (OnnixPay Códigos de Erro), Limites e Restrições (422, 429); 422 per the HTTP Status Codes table (dados válidos mas não processáveis)",
		},
		{
			Code:     "RATE_LIMIT_EXCEEDED",
			Status:   429,
			Category: RateLimit,
			Title:    Text{EN: "Request limit exceeded", PT: "Limite de requisições excedido"},
			Meaning: Text{
				EN: "Too many requests in a short period: the limit is 100 requests per minute (limit, window 1m), and retryAfter says how many seconds to wait.",
				PT: "Muitas requisições em pouco tempo: o limite é de 100 requisições por minuto (limit, window 1m), e retryAfter informa quantos segundos aguardar.",
			},
			Fix: []Text{
				{EN: "Wait the number of seconds in retryAfter before sending again.", PT: "Aguarde os segundos indicados em retryAfter antes de reenviar."},
				{EN: "Throttle your client to under 100 requests per minute, with exponential backoff.", PT: "Limite seu cliente a menos de 100 requisições por minuto, com exponential backoff."},
				{EN: "Cache responses you query often.", PT: "Faça cache das respostas consultadas com frequência."},
				{EN: "Contact OnnixPay if you need a higher limit.", PT: "Entre em contato com a OnnixPay se precisar de um limite maior."},
			},
			Retry:       Wait,
			RetryWhy:    Text{EN: "The response states the delay in its retryAfter member (seconds); after it the same request can succeed.", PT: "A resposta informa o tempo de espera no membro retryAfter (segundos); depois dele a mesma requisição pode dar certo."},
			Idempotency: Text{EN: "A rate-limited request was not processed, so it is safe to resend after retryAfter; keep the same X-Idempotency-Key and externalId anyway.", PT: "Uma requisição barrada pelo limite não foi processada, então é seguro reenviá-la após o retryAfter; mantenha mesmo assim o mesmo X-Idempotency-Key e externalId."},
			Source:      "seed 001 (OnnixPay Códigos de Erro), Limites e Restrições (422, 429)",
		},
		{
			Code:     "AMOUNT_LIMIT_EXCEEDED",
			Status:   422,
			Category: Business,
			Title:    Text{EN: "Amount limit exceeded", PT: "Limite de valor excedido"},
			Meaning: Text{
				EN: "The transaction amount (requestedAmount) is above the per-transaction limit in maxAmount, R$ 50,000.00 in the document.",
				PT: "O valor da transação (requestedAmount) está acima do limite por transação em maxAmount, R$ 50.000,00 no documento.",
			},
			Fix: []Text{
				{EN: "Split the amount into several transactions, each at most maxAmount.", PT: "Divida o valor em múltiplas transações, cada uma de no máximo maxAmount."},
				{EN: "Contact OnnixPay to raise the limit.", PT: "Entre em contato com a OnnixPay para aumentar o limite."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The same amount exceeds the limit every time; split it or get the limit raised.", PT: "O mesmo valor excede o limite sempre; divida-o ou peça aumento do limite."},
			Idempotency: Text{EN: "When splitting, give each new transaction its own unique externalId and X-Idempotency-Key.", PT: "Ao dividir, dê a cada nova transação seu próprio externalId e X-Idempotency-Key únicos."},
			Source:      "seed 001 (OnnixPay Códigos de Erro), Limites e Restrições (422, 429); 422 per the HTTP Status Codes table (dados válidos mas não processáveis)",
		},
		// PIX Específicos
		{
			Code:     "PIX_EXPIRED",
			Status:   0,
			Category: StateCategory,
			Title:    Text{EN: "Pix charge expired", PT: "Cobrança PIX expirada"},
			Meaning: Text{
				EN: "Someone tried to pay a Pix charge after its expiry; pixId and expiredAt identify the charge and when it expired.",
				PT: "Houve tentativa de pagar uma cobrança PIX depois da expiração; pixId e expiredAt identificam a cobrança e quando ela expirou.",
			},
			Fix: []Text{
				{EN: "Generate a new Pix charge (new QR code) for the payer.", PT: "Gere uma nova cobrança PIX (novo QR code) para o pagador."},
				{EN: "Set an expiry long enough for your payment flow.", PT: "Configure um prazo de expiração adequado ao seu fluxo de pagamento."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "An expired Pix charge stays expired; only a new charge can be paid.", PT: "Uma cobrança PIX expirada continua expirada; só uma nova cobrança pode ser paga."},
			Source:   "seed 001 (OnnixPay Códigos de Erro), PIX Específicos (the section gives no HTTP status)",
		},
		{
			Code:     "PIX_ALREADY_PAID",
			Status:   0,
			Category: StateCategory,
			Title:    Text{EN: "Pix charge already paid", PT: "PIX já foi pago"},
			Meaning: Text{
				EN: "The Pix charge in pixId was already settled; paidAt says when it was paid.",
				PT: "A cobrança PIX em pixId já foi quitada; paidAt informa quando foi paga.",
			},
			Fix: []Text{
				{EN: "Treat the charge as paid: query its status and continue your flow (release the order) instead of paying again.", PT: "Trate a cobrança como paga: consulte o status e siga o fluxo (libere o pedido) em vez de pagar de novo."},
				{EN: "Query the status before processing a payment, and make your payment handling idempotent.", PT: "Consulte o status antes de processar um pagamento e implemente idempotência no processamento."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "The charge is already paid, a final state; paying it again cannot succeed.", PT: "A cobrança já está paga, um estado final; pagá-la de novo não pode dar certo."},
			Idempotency: Text{EN: "Often a resend of a payment that already went through: check the charge's status first and reuse the same X-Idempotency-Key on resends.", PT: "Muitas vezes é o reenvio de um pagamento que já foi feito: consulte o status da cobrança antes e reutilize o mesmo X-Idempotency-Key nos reenvios."},
			Source:      "seed 001 (OnnixPay Códigos de Erro), PIX Específicos (the section gives no HTTP status)",
		},
		{
			Code:     "PIX_KEY_NOT_FOUND",
			Status:   0,
			Category: NotFound,
			Title:    Text{EN: "Pix key not found", PT: "Chave PIX não encontrada"},
			Meaning: Text{
				EN: "The Pix key in pixKey is well formed but is not registered with the Central Bank (BACEN) directory, so no account receives it.",
				PT: "A chave PIX em pixKey está bem formatada, mas não está registrada no diretório do Banco Central (BACEN), então nenhuma conta a recebe.",
			},
			Fix: []Text{
				{EN: "Check that the key was typed correctly.", PT: "Verifique se a chave foi digitada corretamente."},
				{EN: "Confirm the key with the recipient.", PT: "Confirme a chave com o destinatário."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The key is not registered; retrying with the same key will fail again.", PT: "A chave não está registrada; tentar de novo com a mesma chave vai falhar outra vez."},
			Source:   "seed 001 (OnnixPay Códigos de Erro), PIX Específicos (the section gives no HTTP status)",
		},
		// Boleto Específicos
		{
			Code:     "BOLETO_EXPIRED",
			Status:   0,
			Category: StateCategory,
			Title:    Text{EN: "Boleto overdue", PT: "Boleto vencido"},
			Meaning: Text{
				EN: "Someone tried to pay a boleto after its due date; boletoId and dueDate identify it.",
				PT: "Houve tentativa de pagar um boleto depois do vencimento; boletoId e dueDate o identificam.",
			},
			Fix: []Text{
				{EN: "Generate a new boleto with a future due date.", PT: "Gere um novo boleto com vencimento futuro."},
				{EN: "Configure late fee and interest (multa/juros) on boletos that should remain payable after the due date.", PT: "Configure multa/juros nos boletos que devem continuar pagáveis após o vencimento."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "This boleto is past due and cannot be paid as is; a new boleto is needed.", PT: "Este boleto está vencido e não pode ser pago assim; é preciso um novo boleto."},
			Source:   "seed 001 (OnnixPay Códigos de Erro), Boleto Específicos (the section gives no HTTP status)",
		},
		{
			Code:     "BOLETO_ALREADY_PAID",
			Status:   0,
			Category: StateCategory,
			Title:    Text{EN: "Boleto already paid", PT: "Boleto já foi pago"},
			Meaning: Text{
				EN: "The boleto in boletoId was already settled; paidAt says when it was paid.",
				PT: "O boleto em boletoId já foi quitado; paidAt informa quando foi pago.",
			},
			Fix: []Text{
				{EN: "Treat the boleto as paid and query its status before processing it again.", PT: "Trate o boleto como pago e consulte o status antes de processá-lo de novo."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "The boleto is already paid, a final state; paying it again cannot succeed.", PT: "O boleto já está pago, um estado final; pagá-lo de novo não pode dar certo."},
			Idempotency: Text{EN: "Often a resend of a payment that already went through: check the boleto's status first and reuse the same X-Idempotency-Key on resends.", PT: "Muitas vezes é o reenvio de um pagamento que já foi feito: consulte o status do boleto antes e reutilize o mesmo X-Idempotency-Key nos reenvios."},
			Source:      "seed 001 (OnnixPay Códigos de Erro), Boleto Específicos (the section gives no HTTP status)",
		},
		{
			Code:     "BOLETO_CANCELED",
			Status:   0,
			Category: StateCategory,
			Title:    Text{EN: "Boleto canceled", PT: "Boleto cancelado"},
			Meaning: Text{
				EN: "The boleto in boletoId was canceled (canceledAt says when) and can no longer be used.",
				PT: "O boleto em boletoId foi cancelado (canceledAt informa quando) e não pode mais ser usado.",
			},
			Fix: []Text{
				{EN: "Generate a new boleto if the charge is still due.", PT: "Gere um novo boleto se a cobrança ainda for devida."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "A canceled boleto is in a final state; only a new boleto can be paid.", PT: "Um boleto cancelado está em estado final; só um novo boleto pode ser pago."},
			Source:   "seed 001 (OnnixPay Códigos de Erro), Boleto Específicos (the section gives no HTTP status)",
		},
		// Erros de Provedor (502, 503)
		{
			Code:     "PROVIDER_ERROR",
			Status:   502,
			Category: Upstream,
			Title:    Text{EN: "Payment provider error", PT: "Erro no provedor de pagamento"},
			Meaning: Text{
				EN: "The banking provider behind OnnixPay (provider, e.g. Celcoin or Shipay) returned a temporary error; providerCode carries its own code.",
				PT: "O provedor bancário por trás da OnnixPay (provider, ex.: Celcoin ou Shipay) retornou um erro temporário; providerCode traz o código dele.",
			},
			Fix: []Text{
				{EN: "Try again in a few seconds, with exponential backoff.", PT: "Tente novamente em alguns segundos, com exponential backoff."},
				{EN: "If it persists, contact OnnixPay support with provider, providerCode and meta.requestId.", PT: "Se persistir, entre em contato com o suporte da OnnixPay informando provider, providerCode e meta.requestId."},
			},
			Retry:       Backoff,
			RetryWhy:    Text{EN: "The document calls it a temporary provider error and says to try again in a few seconds.", PT: "O documento o descreve como erro temporário do provedor e orienta tentar de novo em alguns segundos."},
			Idempotency: Text{EN: "Resend writes with the same X-Idempotency-Key and externalId so that a transaction the provider did register is not created twice.", PT: "Reenvie escritas com o mesmo X-Idempotency-Key e externalId para que uma transação que o provedor tenha registrado não seja criada duas vezes."},
			Source:      "seed 001 (OnnixPay Códigos de Erro), Erros de Provedor (502, 503); 502 per the HTTP Status Codes table (erro de comunicação com provedor)",
		},
		{
			Code:     "PROVIDER_TIMEOUT",
			Status:   0,
			Category: Timeout,
			Title:    Text{EN: "Timeout talking to the provider", PT: "Timeout ao comunicar com provedor"},
			Meaning: Text{
				EN: "The banking provider (provider, e.g. Celcoin) took longer than OnnixPay waits (timeout, in milliseconds, e.g. 30000), so the outcome of the operation is unknown.",
				PT: "O provedor bancário (provider, ex.: Celcoin) demorou mais que o tempo de espera da OnnixPay (timeout, em milissegundos, ex.: 30000), então o resultado da operação é incerto.",
			},
			Fix: []Text{
				{EN: "Query the transaction's status first: it may have gone through.", PT: "Consulte primeiro o status da transação: ela pode ter sido concluída."},
				{EN: "If it does not exist, resend with exponential backoff and the same X-Idempotency-Key and externalId.", PT: "Se ela não existir, reenvie com exponential backoff e o mesmo X-Idempotency-Key e externalId."},
			},
			Retry:       CheckFirst,
			RetryWhy:    Text{EN: "The provider may have processed the operation before the timeout; look it up before resending or it may happen twice.", PT: "O provedor pode ter processado a operação antes do timeout; consulte-a antes de reenviar, ou ela pode acontecer duas vezes."},
			Idempotency: Text{EN: "Look the transaction up by its externalId first; resend only if it is absent, with the same X-Idempotency-Key and externalId, so OnnixPay can recognise the resend (DUPLICATE_TRANSACTION means it already exists).", PT: "Consulte primeiro a transação pelo externalId; reenvie só se ela não existir, com o mesmo X-Idempotency-Key e externalId, para que a OnnixPay reconheça o reenvio (DUPLICATE_TRANSACTION significa que ela já existe)."},
			Source:      "seed 001 (OnnixPay Códigos de Erro), Erros de Provedor (502, 503); the section says 502/503 without saying which applies to this code, so the status is left undocumented (0)",
		},
		{
			Code:     "PROVIDER_UNAVAILABLE",
			Status:   503,
			Category: Unavailable,
			Title:    Text{EN: "Provider temporarily unavailable", PT: "Provedor temporariamente indisponível"},
			Meaning: Text{
				EN: "The banking provider (provider, e.g. Celcoin) is in maintenance or unstable; estimatedRecovery says when it is expected back.",
				PT: "O provedor bancário (provider, ex.: Celcoin) está em manutenção ou instável; estimatedRecovery informa a previsão de retorno.",
			},
			Fix: []Text{
				{EN: "Wait until the time in estimatedRecovery before retrying.", PT: "Aguarde até o horário em estimatedRecovery antes de tentar de novo."},
				{EN: "Use an alternative provider if one is available to you.", PT: "Tente com um provedor alternativo, se disponível."},
			},
			Retry:       Wait,
			RetryWhy:    Text{EN: "The response states when the provider should recover (estimatedRecovery); retry after that time.", PT: "A resposta informa quando o provedor deve se recuperar (estimatedRecovery); tente de novo após esse horário."},
			Idempotency: Text{EN: "Resend writes with the same X-Idempotency-Key and externalId so a resend cannot create a second transaction.", PT: "Reenvie escritas com o mesmo X-Idempotency-Key e externalId para que o reenvio não crie uma segunda transação."},
			Source:      "seed 001 (OnnixPay Códigos de Erro), Erros de Provedor (502, 503); 503 per the HTTP Status Codes table (serviço temporariamente indisponível)",
		},
		// Erros Internos (500)
		{
			Code:     "INTERNAL_ERROR",
			Status:   500,
			Category: Internal,
			Title:    Text{EN: "Internal server error", PT: "Erro interno do servidor"},
			Meaning: Text{
				EN: "An unexpected error happened inside OnnixPay and its team was notified; the response carries a requestId for reference.",
				PT: "Ocorreu um erro inesperado dentro da OnnixPay e a equipe foi notificada; a resposta traz um requestId para referência.",
			},
			Fix: []Text{
				{EN: "Write down the requestId (error.requestId or meta.requestId).", PT: "Anote o requestId (error.requestId ou meta.requestId)."},
				{EN: "If it was a write, query the resource (e.g. by externalId) before resending it.", PT: "Se era uma escrita, consulte o recurso (ex.: pelo externalId) antes de reenviá-la."},
				{EN: "Try again after a few minutes; if it persists, contact support with the requestId.", PT: "Tente novamente após alguns minutos; se persistir, entre em contato com o suporte informando o requestId."},
			},
			Retry:       CheckFirst,
			RetryWhy:    Text{EN: "An unexpected error on a write leaves its outcome unknown; check whether it took effect before sending it again.", PT: "Um erro inesperado numa escrita deixa o resultado incerto; verifique se ela teve efeito antes de reenviar."},
			Idempotency: Text{EN: "Look the resource up first; resend only if it is absent, with the same X-Idempotency-Key and externalId.", PT: "Consulte o recurso primeiro; reenvie só se ele não existir, com o mesmo X-Idempotency-Key e externalId."},
			Source:      "seed 001 (OnnixPay Códigos de Erro), Erros Internos (500)",
		},
	},
}
