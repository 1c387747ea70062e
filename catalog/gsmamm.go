//go:build !textpack

// The GSMA-style mobile-money provider is built from seed 004
// (/work/shared/seeds/004_e172049cde368a36.txt), the "Handling Errors" page of a
// mobile-money transaction API in the GSMA Mobile Money API style, and from the GSMA Mobile
// Money API specification v1.1.2 (/work/shared/references/gsma-mobile-money-api-v1.1.2.yaml,
// gsmainclusivetechlab/mobilemoneyapi-devportal): components.schemas.errorObject gives the
// six error categories and the 38 harmonised error codes. The category → HTTP status
// mapping, the client correlation id rules (X-CorrelationID) and the missing-response
// recovery (GET /responses/{clientCorrelationId}) come from the v1.2 "Get Started" page of
// the same repository (docs/api-versions-1.2/get-started.md). Ten harmonised codes are
// listed in the specification by name only; their entries say so and infer the category.

package catalog

// gsmaMMSource is the Source of every harmonised GSMA error code.
const gsmaMMSource = "GSMA Mobile Money API v1.1.2 errorObject; status from the category mapping of the v1.2 docs; https://github.com/gsmainclusivetechlab/mobilemoneyapi-devportal components.schemas.errorObject.properties.errorCode"

// gsmaMMNameOnly is the Source of the harmonised codes the GSMA documents give by name only.
const gsmaMMNameOnly = gsmaMMSource + " (listed by name only: category inferred from the name, meaning not described by GSMA)"

// GSMAMobileMoney is a mobile-money transaction API that follows the GSMA Mobile Money API:
// the seed provider's own codes (SV_…) plus the harmonised GSMA codes.
var gsmaMobileMoney = Provider{
	id:        "gsma-mm",
	name:      "Mobile-money transaction API (GSMA style)",
	localName: Text{PT: "API de transações de mobile money (estilo GSMA)", ES: "API de transacciones de mobile money (estilo GSMA)"},
	docsURL:   "https://developer.mobilemoneyapi.io",
	hosts:     []string{"sandbox.mobilemoneyapi.io"},
	envelope: Text{
		EN: `An error object {"errorCategory", "errorCode", "errorDescription", "errorDateTime", "errorParameters": [{"key", "value"}]}: bare as the body of a refused request (HTTP 400, 401, 404, 500 or 503), or nested under "error" of a transaction record whose transactionStatus is "error". errorCategory is one of businessRule, validation, authorisation, identification, internal, serviceUnavailable; errorParameters carries the provider's own codes (e.g. svOriginalErrorCode).`,
		PT: `Um objeto de erro {"errorCategory", "errorCode", "errorDescription", "errorDateTime", "errorParameters": [{"key", "value"}]}: solto como corpo de uma requisição recusada (HTTP 400, 401, 404, 500 ou 503) ou aninhado em "error" de um registro de transação cujo transactionStatus é "error". errorCategory é um de businessRule, validation, authorisation, identification, internal, serviceUnavailable; errorParameters traz os códigos próprios do provedor (p. ex. svOriginalErrorCode).`,
		ES: `Un objeto de error {"errorCategory", "errorCode", "errorDescription", "errorDateTime", "errorParameters": [{"key", "value"}]}: suelto como cuerpo de una solicitud rechazada (HTTP 400, 401, 404, 500 o 503), o anidado en "error" de un registro de transacción cuyo transactionStatus es "error". errorCategory es uno de businessRule, validation, authorisation, identification, internal, serviceUnavailable; errorParameters trae los códigos propios del proveedor (p. ej., svOriginalErrorCode).`,
	},
	rateLimitHeaders:  nil,
	idempotencyHeader: "X-CorrelationID",
	support: Text{
		EN: "Give the provider the X-CorrelationID (UUID) you sent, the transactionReference or your requestingOrganisationTransactionReference, the serverCorrelationId of an asynchronous request, the errorDateTime, and the complete errorParameters (e.g. svOriginalErrorCode), which hold the provider's own error code.",
		PT: "Informe ao provedor o X-CorrelationID (UUID) que você enviou, o transactionReference ou o seu requestingOrganisationTransactionReference, o serverCorrelationId de uma requisição assíncrona, o errorDateTime e o errorParameters completo (p. ex. svOriginalErrorCode), que traz o código de erro próprio do provedor.",
		ES: "Indique al proveedor el X-CorrelationID (UUID) que envió, el transactionReference o su requestingOrganisationTransactionReference, el serverCorrelationId de una solicitud asíncrona, el errorDateTime y el errorParameters completo (p. ej., svOriginalErrorCode), que contiene el código de error propio del proveedor.",
	},
	source: "seed 004 (mobile-money transaction API, Handling Errors); GSMA Mobile Money API v1.1.2 (https://github.com/gsmainclusivetechlab/mobilemoneyapi-devportal), components.schemas.errorObject; category mapping, X-CorrelationID and /responses from docs/api-versions-1.2/get-started.md",
	entries: []Entry{
		// Seed 004's own codes.
		{
			Code:     "SV_INSUFFICIENT_FUNDS",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Insufficient funds in the debit account", PT: "Saldo insuficiente na conta de débito", ES: "Fondos insuficientes en la cuenta de débito"},
			Meaning: Text{
				EN: "The transaction was created but failed while being processed: the debit party's e-money account (debitParty ACCOUNT_ID, e.g. an emoneyout-brl account funding a Pix payout) did not hold enough balance for the amount. The transaction record comes back with transactionStatus 'error', and errorParameters gives the underlying system's code (svOriginalErrorCode TRANSACTION_NOT_ENOUGH_FUNDS).",
				PT: "A transação foi criada, mas falhou no processamento: a conta de moeda eletrônica do pagador (ACCOUNT_ID em debitParty, p. ex. uma conta emoneyout-brl que financia um Pix de saída) não tinha saldo suficiente para o valor. O registro da transação volta com transactionStatus 'error', e errorParameters traz o código do sistema de origem (svOriginalErrorCode TRANSACTION_NOT_ENOUGH_FUNDS).",
				ES: "La transacción se creó, pero falló durante el procesamiento: la cuenta de dinero electrónico de la parte de débito (debitParty ACCOUNT_ID, p. ej., una cuenta emoneyout-brl que financia un payout Pix) no tenía saldo suficiente para el monto. El registro de la transacción vuelve con transactionStatus 'error', y errorParameters da el código del sistema subyacente (svOriginalErrorCode TRANSACTION_NOT_ENOUGH_FUNDS).",
			},
			Fix: []Text{
				{EN: "Check the available balance of the debit account (debitParty.data.ACCOUNT_ID) against the amount plus any fees.", PT: "Confira o saldo disponível da conta de débito (debitParty.data.ACCOUNT_ID) em relação ao valor mais eventuais tarifas.", ES: "Compare el saldo disponible de la cuenta de débito (debitParty.data.ACCOUNT_ID) con el monto más las comisiones que correspondan."},
				{EN: "Fund that account, or lower the amount, before trying again.", PT: "Adicione saldo a essa conta ou reduza o valor antes de tentar de novo.", ES: "Agregue fondos a esa cuenta, o reduzca el monto, antes de volver a intentarlo."},
				{EN: "Create a new transaction: the failed one (its transactionReference) stays in status 'error' and is not resumed.", PT: "Crie uma nova transação: a que falhou (identificada pelo transactionReference dela) continua no status 'error' e não é retomada.", ES: "Cree una transacción nueva: la fallida (su transactionReference) queda en estado 'error' y no se reanuda."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The refusal depends on the balance: once the account holds enough funds, a new transaction can succeed.", PT: "A recusa depende do saldo: assim que a conta tiver saldo suficiente, uma nova transação pode dar certo.", ES: "El rechazo depende del saldo: una vez que la cuenta tenga fondos suficientes, una transacción nueva puede tener éxito."},
			Idempotency: Text{
				EN: "The failed transaction is final, so the next attempt is a new request: send it with a new X-CorrelationID (UUID), because the provider rejects a POST whose correlation id it has already received.",
				PT: "A transação que falhou é definitiva, então a próxima tentativa é uma nova requisição: envie-a com um novo X-CorrelationID (UUID), porque o provedor rejeita um POST cujo correlation id ele já recebeu.",
				ES: "La transacción fallida es definitiva, así que el siguiente intento es una solicitud nueva: envíela con un nuevo X-CorrelationID (UUID), porque el proveedor rechaza un POST cuyo id de correlación ya recibió.",
			},
			Source: "seed 004 (mobile-money transaction API, Handling Errors), Transaction processing error example; HTTP status not stated (the error arrives inside a transaction record)",
		},
		{
			Code:     "PAYMENT_METHOD_NOT_FOUND",
			Status:   0,
			Category: NotFound,
			Title:    Text{EN: "Payment method not found", PT: "Meio de pagamento não encontrado", ES: "Medio de pago no encontrado"},
			Meaning: Text{
				EN: "The provider refused to create the transaction because a payment method it names does not exist for your account: typically the debitParty paymentMethodReference, or a party's type/typeClass/typeCountry combination (such as emoneyout-brl or pixout-br) that the provider does not know. No transaction was created.",
				PT: "O provedor se recusou a criar a transação porque um meio de pagamento citado nela não existe para a sua conta: em geral o paymentMethodReference de debitParty, ou a combinação type/typeClass/typeCountry de uma das partes (como emoneyout-brl ou pixout-br) que o provedor não conhece. Nenhuma transação foi criada.",
				ES: "El proveedor se negó a crear la transacción porque un medio de pago que se indica no existe para su cuenta: normalmente el paymentMethodReference de debitParty, o una combinación de type/typeClass/typeCountry de una parte (como emoneyout-brl o pixout-br) que el proveedor no conoce. No se creó ninguna transacción.",
			},
			Fix: []Text{
				{EN: "Check debitParty.paymentMethodReference (and creditParty's, if it carries one) against the payment methods registered for your account.", PT: "Confira o debitParty.paymentMethodReference (e o de creditParty, se houver) com os meios de pagamento cadastrados para a sua conta.", ES: "Compare debitParty.paymentMethodReference (y el de creditParty, si lo trae) con los medios de pago registrados para su cuenta."},
				{EN: "Check each party's type, typeClass and typeCountry (e.g. type emoneyout-brl, typeClass emoneyout, typeCountry BR) for spelling and for whether they are enabled for you.", PT: "Confira type, typeClass e typeCountry de cada parte (p. ex. type emoneyout-brl, typeClass emoneyout, typeCountry BR): a grafia e se estão habilitados para você.", ES: "Revise el type, typeClass y typeCountry de cada parte (p. ej., type emoneyout-brl, typeClass emoneyout, typeCountry BR): que estén bien escritos y habilitados para usted."},
				{EN: "If the payment method should exist, ask the provider to enable it, quoting the errorDateTime.", PT: "Se o meio de pagamento deveria existir, peça ao provedor que o habilite, informando o errorDateTime.", ES: "Si el medio de pago debería existir, pida al proveedor que lo habilite, indicando el errorDateTime."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The request names a payment method the provider cannot find; it succeeds only once the reference or type is corrected or the method is enabled.", PT: "A requisição cita um meio de pagamento que o provedor não encontra; ela só dá certo depois de corrigir a referência ou o tipo, ou de habilitar o meio.", ES: "La solicitud indica un medio de pago que el proveedor no encuentra; solo tendrá éxito cuando se corrija la referencia o el tipo, o se habilite el medio."},
			Idempotency: Text{
				EN: "Nothing was created; send the corrected request with a new X-CorrelationID (UUID), since the provider rejects a POST whose correlation id it has already received.",
				PT: "Nada foi criado; envie a requisição corrigida com um novo X-CorrelationID (UUID), já que o provedor rejeita um POST cujo correlation id ele já recebeu.",
				ES: "No se creó nada; envíe la solicitud corregida con un nuevo X-CorrelationID (UUID), ya que el proveedor rechaza un POST cuyo id de correlación ya recibió.",
			},
			Source: "seed 004 (mobile-money transaction API, Handling Errors), Transaction creation error example (errorCategory businessRule); HTTP status not stated for this code: the seed's POST list gives 404 for 'no resource matching the requested ID or reference' but does not tie this code to it",
		},
		// The GSMA harmonised codes, in the order of the errorCode enum.
		{
			Code:     "genericError",
			Status:   0,
			Category: Business,
			Title:    Text{EN: "Generic error (see errorCategory)", PT: "Erro genérico (veja errorCategory)", ES: "Error genérico (vea errorCategory)"},
			Meaning: Text{
				EN: "A catch-all code that GSMA allows in every category: the provider either has no harmonised code for its error or chooses not to disclose the reason (for example a breached monthly limit). errorCategory says what kind of failure it is, and errorParameters may carry the provider's own code.",
				PT: "Um código genérico que a GSMA permite em todas as categorias: ou o provedor não tem um código harmonizado para o erro, ou prefere não revelar o motivo (por exemplo, um limite mensal estourado). errorCategory diz que tipo de falha é, e errorParameters pode trazer o código próprio do provedor.",
				ES: "Un código comodín que GSMA permite en todas las categorías: o el proveedor no tiene un código armonizado para su error, o prefiere no revelar el motivo (por ejemplo, un límite mensual superado). errorCategory indica qué tipo de falla es, y errorParameters puede traer el código propio del proveedor.",
			},
			Fix: []Text{
				{EN: "Read errorCategory and follow that category's advice: businessRule or validation, change the request; authorisation, check credentials; identification, check identifiers; internal or serviceUnavailable, a provider-side failure.", PT: "Leia errorCategory e siga a orientação dessa categoria: businessRule ou validation, altere a requisição; authorisation, confira as credenciais; identification, confira os identificadores; internal ou serviceUnavailable, falha do lado do provedor.", ES: "Lea errorCategory y siga la recomendación de esa categoría: businessRule o validation, cambie la solicitud; authorisation, revise las credenciales; identification, revise los identificadores; internal o serviceUnavailable, una falla del lado del proveedor."},
				{EN: "Read errorDescription and errorParameters for the provider-specific code and reason.", PT: "Leia errorDescription e errorParameters para ver o código e o motivo específicos do provedor.", ES: "Lea errorDescription y errorParameters para obtener el código y el motivo específicos del proveedor."},
				{EN: "If the category is internal or missing and the request was a POST, call GET /responses/{clientCorrelationId} with the X-CorrelationID you sent before resending.", PT: "Se a categoria for internal ou estiver ausente e a requisição tiver sido um POST, chame GET /responses/{clientCorrelationId} com o X-CorrelationID que você enviou antes de reenviar.", ES: "Si la categoría es internal o falta, y la solicitud fue un POST, llame a GET /responses/{clientCorrelationId} con el X-CorrelationID que envió antes de reenviarla."},
				{EN: "If the reason stays hidden, ask the provider's support, quoting the X-CorrelationID and errorDateTime.", PT: "Se o motivo continuar oculto, acione o suporte do provedor informando o X-CorrelationID e o errorDateTime.", ES: "Si el motivo sigue oculto, consulte al soporte del proveedor, indicando el X-CorrelationID y el errorDateTime."},
			},
			Retry:    CheckFirst,
			RetryWhy: Text{EN: "The same code covers refusals and server failures; until errorCategory shows it was a refusal, treat the outcome of a write as unknown and look it up before resending.", PT: "O mesmo código cobre recusas e falhas do servidor; até errorCategory mostrar que foi uma recusa, trate o resultado de uma escrita como desconhecido e consulte antes de reenviar.", ES: "El mismo código cubre rechazos y fallas del servidor; hasta que errorCategory muestre que fue un rechazo, considere desconocido el resultado de una escritura y consúltelo antes de reenviar."},
			Idempotency: Text{
				EN: "Look the request up with GET /responses/{clientCorrelationId} (the X-CorrelationID you sent): a link means it was carried out; a 404 means no resource was created, and only then send it again, with a new X-CorrelationID. Resending with the same X-CorrelationID is rejected as a duplicate, which also guards against paying twice.",
				PT: "Consulte a requisição com GET /responses/{clientCorrelationId} (o X-CorrelationID que você enviou): um link significa que ela foi executada; um 404 significa que nenhum recurso foi criado, e só então reenvie, com um novo X-CorrelationID. Um reenvio com o mesmo X-CorrelationID é rejeitado como duplicado, o que também evita pagar duas vezes.",
				ES: "Consulte la solicitud con GET /responses/{clientCorrelationId} (el X-CorrelationID que envió): un link significa que se ejecutó; un 404 significa que no se creó ningún recurso, y solo entonces vuelva a enviarla, con un nuevo X-CorrelationID. Un reenvío con el mismo X-CorrelationID se rechaza como duplicado, lo que también evita pagar dos veces.",
			},
			Source: gsmaMMSource + "; status 0: genericError occurs in the businessRule, validation, internal and serviceUnavailable categories",
		},
		{
			Code:     "dailyVolumeLimitExceeded",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Daily transaction count limit exceeded", PT: "Limite diário de quantidade de transações excedido", ES: "Límite diario de cantidad de transacciones excedido"},
			Meaning: Text{
				EN: "The party has already made as many transactions today as its limit allows; the limit may apply to the whole service or be set for this party.",
				PT: "A parte já fez hoje tantas transações quanto o limite permite; o limite pode valer para todo o serviço ou ser específico dessa parte.",
				ES: "La parte ya hizo hoy tantas transacciones como permite su límite; el límite puede aplicarse a todo el servicio o estar definido para esta parte.",
			},
			Fix: []Text{
				{EN: "Do not resend today: the count is renewed only in the next daily period.", PT: "Não reenvie hoje: a contagem só é renovada no próximo período diário.", ES: "No reenvíe hoy: el conteo se renueva solo en el siguiente período diario."},
				{EN: "Check errorParameters for which party (debit or credit) hit the limit.", PT: "Veja em errorParameters qual parte (débito ou crédito) atingiu o limite.", ES: "Revise errorParameters para ver qué parte (de débito o de crédito) alcanzó el límite."},
				{EN: "If the party needs more transactions per day, ask the provider to raise its limit.", PT: "Se a parte precisa de mais transações por dia, peça ao provedor que aumente o limite.", ES: "Si la parte necesita más transacciones por día, pida al proveedor que aumente su límite."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "No change to the request helps while the day's count is used up, and the docs state no reset time, so automatic retries only fail again.", PT: "Nenhuma mudança na requisição resolve enquanto a cota do dia estiver esgotada, e a documentação não informa quando ela é renovada, então novas tentativas automáticas só falham de novo.", ES: "Ningún cambio en la solicitud sirve mientras el conteo del día esté agotado, y la documentación no indica una hora de reinicio, así que los reintentos automáticos solo vuelven a fallar."},
			Idempotency: Text{EN: "A later attempt is a new request: send it with a new X-CorrelationID.", PT: "Uma tentativa posterior é uma nova requisição: envie-a com um novo X-CorrelationID.", ES: "Un intento posterior es una solicitud nueva: envíela con un nuevo X-CorrelationID."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "dailyValueLimitExceeded",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Daily value limit exceeded", PT: "Limite diário de valor excedido", ES: "Límite diario de monto excedido"},
			Meaning: Text{
				EN: "This transaction would take the party past the total amount it may transact per day; the limit may apply to the whole service or be set for this party.",
				PT: "Esta transação levaria a parte além do valor total que ela pode movimentar por dia; o limite pode valer para todo o serviço ou ser específico dessa parte.",
				ES: "Esta transacción haría que la parte superara el monto total que puede transaccionar por día; el límite puede aplicarse a todo el servicio o estar definido para esta parte.",
			},
			Fix: []Text{
				{EN: "Lower the amount to what is left of today's allowance, or send the rest in the next daily period.", PT: "Reduza o valor ao que resta da cota de hoje ou envie o restante no próximo período diário.", ES: "Reduzca el monto a lo que queda del cupo de hoy, o envíe el resto en el siguiente período diario."},
				{EN: "Check errorParameters for which party (debit or credit) hit the limit.", PT: "Veja em errorParameters qual parte (débito ou crédito) atingiu o limite.", ES: "Revise errorParameters para ver qué parte (de débito o de crédito) alcanzó el límite."},
				{EN: "If the limit is too low for the use case, ask the provider to raise it.", PT: "Se o limite for baixo demais para o caso de uso, peça ao provedor que o aumente.", ES: "Si el límite es demasiado bajo para el caso de uso, pida al proveedor que lo aumente."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "A smaller amount that fits the remaining allowance can succeed now; the same amount only after the daily period is renewed.", PT: "Um valor menor, que caiba na cota restante, pode dar certo agora; o mesmo valor, só depois da renovação do período diário.", ES: "Un monto menor que quepa en el cupo restante puede tener éxito ahora; el mismo monto, solo después de que se renueve el período diario."},
			Idempotency: Text{EN: "Send the adjusted request with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a requisição ajustada com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe la solicitud ajustada con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "weeklyVolumeLimitExceeded",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Weekly transaction count limit exceeded", PT: "Limite semanal de quantidade de transações excedido", ES: "Límite semanal de cantidad de transacciones excedido"},
			Meaning: Text{
				EN: "The party has already made as many transactions this week as its limit allows; the limit may apply to the whole service or be set for this party.",
				PT: "A parte já fez nesta semana tantas transações quanto o limite permite; o limite pode valer para todo o serviço ou ser específico dessa parte.",
				ES: "La parte ya hizo esta semana tantas transacciones como permite su límite; el límite puede aplicarse a todo el servicio o estar definido para esta parte.",
			},
			Fix: []Text{
				{EN: "Do not resend this week: the count is renewed only in the next weekly period.", PT: "Não reenvie nesta semana: a contagem só é renovada no próximo período semanal.", ES: "No reenvíe esta semana: el conteo se renueva solo en el siguiente período semanal."},
				{EN: "Check errorParameters for which party (debit or credit) hit the limit.", PT: "Veja em errorParameters qual parte (débito ou crédito) atingiu o limite.", ES: "Revise errorParameters para ver qué parte (de débito o de crédito) alcanzó el límite."},
				{EN: "If the party needs more transactions per week, ask the provider to raise its limit.", PT: "Se a parte precisa de mais transações por semana, peça ao provedor que aumente o limite.", ES: "Si la parte necesita más transacciones por semana, pida al proveedor que aumente su límite."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "No change to the request helps while the week's count is used up, and the docs state no reset time, so automatic retries only fail again.", PT: "Nenhuma mudança na requisição resolve enquanto a cota da semana estiver esgotada, e a documentação não informa quando ela é renovada, então novas tentativas automáticas só falham de novo.", ES: "Ningún cambio en la solicitud sirve mientras el conteo de la semana esté agotado, y la documentación no indica una hora de reinicio, así que los reintentos automáticos solo vuelven a fallar."},
			Idempotency: Text{EN: "A later attempt is a new request: send it with a new X-CorrelationID.", PT: "Uma tentativa posterior é uma nova requisição: envie-a com um novo X-CorrelationID.", ES: "Un intento posterior es una solicitud nueva: envíela con un nuevo X-CorrelationID."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "weeklyValueLimitExceeded",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Weekly value limit exceeded", PT: "Limite semanal de valor excedido", ES: "Límite semanal de monto excedido"},
			Meaning: Text{
				EN: "This transaction would take the party past the total amount it may transact per week; the limit may apply to the whole service or be set for this party.",
				PT: "Esta transação levaria a parte além do valor total que ela pode movimentar por semana; o limite pode valer para todo o serviço ou ser específico dessa parte.",
				ES: "Esta transacción haría que la parte superara el monto total que puede transaccionar por semana; el límite puede aplicarse a todo el servicio o estar definido para esta parte.",
			},
			Fix: []Text{
				{EN: "Lower the amount to what is left of this week's allowance, or send the rest in the next weekly period.", PT: "Reduza o valor ao que resta da cota desta semana ou envie o restante no próximo período semanal.", ES: "Reduzca el monto a lo que queda del cupo de esta semana, o envíe el resto en el siguiente período semanal."},
				{EN: "Check errorParameters for which party (debit or credit) hit the limit.", PT: "Veja em errorParameters qual parte (débito ou crédito) atingiu o limite.", ES: "Revise errorParameters para ver qué parte (de débito o de crédito) alcanzó el límite."},
				{EN: "If the limit is too low for the use case, ask the provider to raise it.", PT: "Se o limite for baixo demais para o caso de uso, peça ao provedor que o aumente.", ES: "Si el límite es demasiado bajo para el caso de uso, pida al proveedor que lo aumente."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "A smaller amount that fits the remaining allowance can succeed now; the same amount only after the weekly period is renewed.", PT: "Um valor menor, que caiba na cota restante, pode dar certo agora; o mesmo valor, só depois da renovação do período semanal.", ES: "Un monto menor que quepa en el cupo restante puede tener éxito ahora; el mismo monto, solo después de que se renueve el período semanal."},
			Idempotency: Text{EN: "Send the adjusted request with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a requisição ajustada com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe la solicitud ajustada con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "monthlyVolumeLimitExceeded",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Monthly transaction count limit exceeded", PT: "Limite mensal de quantidade de transações excedido", ES: "Límite mensual de cantidad de transacciones excedido"},
			Meaning: Text{
				EN: "The party has already made as many transactions this month as its limit allows; the limit may apply to the whole service or be set for this party.",
				PT: "A parte já fez neste mês tantas transações quanto o limite permite; o limite pode valer para todo o serviço ou ser específico dessa parte.",
				ES: "La parte ya hizo este mes tantas transacciones como permite su límite; el límite puede aplicarse a todo el servicio o estar definido para esta parte.",
			},
			Fix: []Text{
				{EN: "Do not resend this month: the count is renewed only in the next monthly period.", PT: "Não reenvie neste mês: a contagem só é renovada no próximo período mensal.", ES: "No reenvíe este mes: el conteo se renueva solo en el siguiente período mensual."},
				{EN: "Check errorParameters for which party (debit or credit) hit the limit.", PT: "Veja em errorParameters qual parte (débito ou crédito) atingiu o limite.", ES: "Revise errorParameters para ver qué parte (de débito o de crédito) alcanzó el límite."},
				{EN: "If the party needs more transactions per month, ask the provider to raise its limit.", PT: "Se a parte precisa de mais transações por mês, peça ao provedor que aumente o limite.", ES: "Si la parte necesita más transacciones por mes, pida al proveedor que aumente su límite."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "No change to the request helps while the month's count is used up, and the docs state no reset time, so automatic retries only fail again.", PT: "Nenhuma mudança na requisição resolve enquanto a cota do mês estiver esgotada, e a documentação não informa quando ela é renovada, então novas tentativas automáticas só falham de novo.", ES: "Ningún cambio en la solicitud sirve mientras el conteo del mes esté agotado, y la documentación no indica una hora de reinicio, así que los reintentos automáticos solo vuelven a fallar."},
			Idempotency: Text{EN: "A later attempt is a new request: send it with a new X-CorrelationID.", PT: "Uma tentativa posterior é uma nova requisição: envie-a com um novo X-CorrelationID.", ES: "Un intento posterior es una solicitud nueva: envíela con un nuevo X-CorrelationID."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "monthlyValueLimitExceeded",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Monthly value limit exceeded", PT: "Limite mensal de valor excedido", ES: "Límite mensual de monto excedido"},
			Meaning: Text{
				EN: "This transaction would take the party past the total amount it may transact per month; the limit may apply to the whole service or be set for this party.",
				PT: "Esta transação levaria a parte além do valor total que ela pode movimentar por mês; o limite pode valer para todo o serviço ou ser específico dessa parte.",
				ES: "Esta transacción haría que la parte superara el monto total que puede transaccionar por mes; el límite puede aplicarse a todo el servicio o estar definido para esta parte.",
			},
			Fix: []Text{
				{EN: "Lower the amount to what is left of this month's allowance, or send the rest in the next monthly period.", PT: "Reduza o valor ao que resta da cota deste mês ou envie o restante no próximo período mensal.", ES: "Reduzca el monto a lo que queda del cupo de este mes, o envíe el resto en el siguiente período mensual."},
				{EN: "Check errorParameters for which party (debit or credit) hit the limit.", PT: "Veja em errorParameters qual parte (débito ou crédito) atingiu o limite.", ES: "Revise errorParameters para ver qué parte (de débito o de crédito) alcanzó el límite."},
				{EN: "If the limit is too low for the use case, ask the provider to raise it.", PT: "Se o limite for baixo demais para o caso de uso, peça ao provedor que o aumente.", ES: "Si el límite es demasiado bajo para el caso de uso, pida al proveedor que lo aumente."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "A smaller amount that fits the remaining allowance can succeed now; the same amount only after the monthly period is renewed.", PT: "Um valor menor, que caiba na cota restante, pode dar certo agora; o mesmo valor, só depois da renovação do período mensal.", ES: "Un monto menor que quepa en el cupo restante puede tener éxito ahora; el mismo monto, solo después de que se renueve el período mensual."},
			Idempotency: Text{EN: "Send the adjusted request with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a requisição ajustada com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe la solicitud ajustada con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "accountMaxTotalVolumeExceeded",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Account's cumulative transaction count limit exceeded", PT: "Limite acumulado de quantidade de transações da conta excedido", ES: "Límite acumulado de cantidad de transacciones de la cuenta excedido"},
			Meaning: Text{
				EN: "The party has reached the cumulative number of transactions defined for its account; unlike the daily, weekly and monthly limits, this one is not tied to a calendar period.",
				PT: "A parte atingiu o número acumulado de transações definido para a conta; ao contrário dos limites diário, semanal e mensal, este não está ligado a um período do calendário.",
				ES: "La parte alcanzó la cantidad acumulada de transacciones definida para su cuenta; a diferencia de los límites diario, semanal y mensual, este no está ligado a un período del calendario.",
			},
			Fix: []Text{
				{EN: "Stop sending transactions for this account: waiting does not renew the count.", PT: "Pare de enviar transações para essa conta: esperar não renova a contagem.", ES: "Deje de enviar transacciones para esta cuenta: esperar no renueva el conteo."},
				{EN: "Ask the provider (or have the account holder ask) to raise the account's limit or change the account to one without it.", PT: "Peça ao provedor (ou oriente o titular a pedir) que aumente o limite da conta ou a troque por uma conta sem esse limite.", ES: "Pida al proveedor (o haga que el titular de la cuenta lo pida) que aumente el límite de la cuenta o que la cambie por una que no lo tenga."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "The same request keeps failing until the provider changes the account's limit, which nothing in the request can do.", PT: "A mesma requisição continua falhando até o provedor mudar o limite da conta, algo que nada na requisição consegue fazer.", ES: "La misma solicitud sigue fallando hasta que el proveedor cambie el límite de la cuenta, algo que nada en la solicitud puede hacer."},
			Idempotency: Text{EN: "A later attempt is a new request: send it with a new X-CorrelationID.", PT: "Uma tentativa posterior é uma nova requisição: envie-a com um novo X-CorrelationID.", ES: "Un intento posterior es una solicitud nueva: envíela con un nuevo X-CorrelationID."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "accountMaxTotalValueExceeded",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Account's cumulative value limit exceeded", PT: "Limite acumulado de valor da conta excedido", ES: "Límite acumulado de monto de la cuenta excedido"},
			Meaning: Text{
				EN: "This transaction would take the party past the cumulative amount defined for its account; the limit is not tied to a daily, weekly or monthly period.",
				PT: "Esta transação levaria a parte além do valor acumulado definido para a conta; o limite não está ligado a um período diário, semanal ou mensal.",
				ES: "Esta transacción haría que la parte superara el monto acumulado definido para su cuenta; el límite no está ligado a un período diario, semanal ni mensual.",
			},
			Fix: []Text{
				{EN: "Lower the amount to what is left of the account's cumulative allowance, if anything is left.", PT: "Reduza o valor ao que resta da cota acumulada da conta, se ainda restar algo.", ES: "Reduzca el monto a lo que queda del cupo acumulado de la cuenta, si queda algo."},
				{EN: "Ask the provider (or have the account holder ask) to raise the account's limit.", PT: "Peça ao provedor (ou oriente o titular a pedir) que aumente o limite da conta.", ES: "Pida al proveedor (o haga que el titular de la cuenta lo pida) que aumente el límite de la cuenta."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "A smaller amount within the remaining allowance can succeed; the same amount only after the provider raises the limit.", PT: "Um valor menor, dentro da cota restante, pode dar certo; o mesmo valor, só depois de o provedor aumentar o limite.", ES: "Un monto menor dentro del cupo restante puede tener éxito; el mismo monto, solo después de que el proveedor aumente el límite."},
			Idempotency: Text{EN: "Send the adjusted request with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a requisição ajustada com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe la solicitud ajustada con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "lessThanTransactionMinValue",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Amount below the service minimum", PT: "Valor abaixo do mínimo do serviço", ES: "Monto por debajo del mínimo del servicio"},
			Meaning: Text{
				EN: "The transaction amount is less than the minimum the provider defines for this service (for this transaction type).",
				PT: "O valor da transação é menor que o mínimo que o provedor define para esse serviço (para esse tipo de transação).",
				ES: "El monto de la transacción es menor que el mínimo que el proveedor define para este servicio (para este tipo de transacción).",
			},
			Fix: []Text{
				{EN: "Raise amount to at least the service minimum; the provider's own documentation or errorParameters may state it.", PT: "Aumente o amount até pelo menos o mínimo do serviço; a documentação do provedor ou errorParameters podem informá-lo.", ES: "Suba amount al menos hasta el mínimo del servicio; la documentación propia del proveedor o errorParameters pueden indicarlo."},
				{EN: "If the payment is inherently smaller, use another service or payment method.", PT: "Se o pagamento é naturalmente menor, use outro serviço ou meio de pagamento.", ES: "Si el pago es por naturaleza menor, use otro servicio o medio de pago."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The amount is out of range; an amount within the service limits can succeed.", PT: "O valor está fora da faixa; um valor dentro dos limites do serviço pode dar certo.", ES: "El monto está fuera de rango; un monto dentro de los límites del servicio puede tener éxito."},
			Idempotency: Text{EN: "Send the corrected request with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a requisição corrigida com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe la solicitud corregida con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "greaterThanTransactionMaxValue",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Amount above the service maximum", PT: "Valor acima do máximo do serviço", ES: "Monto por encima del máximo del servicio"},
			Meaning: Text{
				EN: "The transaction amount is greater than the maximum the provider defines for this service (for this transaction type).",
				PT: "O valor da transação é maior que o máximo que o provedor define para esse serviço (para esse tipo de transação).",
				ES: "El monto de la transacción es mayor que el máximo que el proveedor define para este servicio (para este tipo de transacción).",
			},
			Fix: []Text{
				{EN: "Lower amount to the service maximum; the provider's own documentation or errorParameters may state it.", PT: "Reduza o amount até o máximo do serviço; a documentação do provedor ou errorParameters podem informá-lo.", ES: "Baje amount al máximo del servicio; la documentación propia del proveedor o errorParameters pueden indicarlo."},
				{EN: "If the use case allows it, split the payment into several transactions under the maximum (each with its own X-CorrelationID), keeping period limits in mind.", PT: "Se o caso de uso permitir, divida o pagamento em várias transações abaixo do máximo (cada uma com seu próprio X-CorrelationID), sem esquecer os limites por período.", ES: "Si el caso de uso lo permite, divida el pago en varias transacciones por debajo del máximo (cada una con su propio X-CorrelationID), teniendo en cuenta los límites por período."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The amount is out of range; an amount within the service limits can succeed.", PT: "O valor está fora da faixa; um valor dentro dos limites do serviço pode dar certo.", ES: "El monto está fuera de rango; un monto dentro de los límites del servicio puede tener éxito."},
			Idempotency: Text{EN: "Send the corrected request with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a requisição corrigida com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe la solicitud corregida con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "maxBalanceExceeded",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Recipient's maximum balance would be exceeded", PT: "O saldo máximo do recebedor seria ultrapassado", ES: "Se superaría el saldo máximo del destinatario"},
			Meaning: Text{
				EN: "Crediting this amount would push the credit party's account balance above the maximum allowed for that account, so the provider refused the transaction.",
				PT: "Creditar esse valor levaria o saldo da conta do recebedor (credit party) acima do máximo permitido para a conta, então o provedor recusou a transação.",
				ES: "Acreditar este monto llevaría el saldo de la cuenta de la parte de crédito por encima del máximo permitido para esa cuenta, así que el proveedor rechazó la transacción.",
			},
			Fix: []Text{
				{EN: "Send a smaller amount that keeps the recipient under its balance limit.", PT: "Envie um valor menor, que mantenha o recebedor abaixo do limite de saldo.", ES: "Envíe un monto menor que mantenga al destinatario por debajo de su límite de saldo."},
				{EN: "Otherwise the recipient must first lower its balance (spend or withdraw) or have its provider raise the limit.", PT: "Caso contrário, o recebedor precisa antes reduzir o saldo (gastar ou sacar) ou pedir ao provedor dele que aumente o limite.", ES: "De lo contrario, el destinatario primero debe reducir su saldo (gastando o retirando) o hacer que su proveedor aumente el límite."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "A smaller amount, or the same amount after the recipient's balance drops, can succeed.", PT: "Um valor menor, ou o mesmo valor depois que o saldo do recebedor cair, pode dar certo.", ES: "Un monto menor, o el mismo monto después de que baje el saldo del destinatario, puede tener éxito."},
			Idempotency: Text{EN: "Send the adjusted request with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a requisição ajustada com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe la solicitud ajustada con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "samePartiesError",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Debit and credit party are the same", PT: "Pagador e recebedor são a mesma parte", ES: "La parte de débito y la de crédito son la misma"},
			Meaning: Text{
				EN: "The debit party and the credit party identify the same account, and a transaction from an account to itself is not allowed.",
				PT: "O debitParty e o creditParty identificam a mesma conta, e uma transação de uma conta para ela mesma não é permitida.",
				ES: "La parte de débito y la parte de crédito identifican la misma cuenta, y no se permite una transacción de una cuenta a sí misma.",
			},
			Fix: []Text{
				{EN: "Compare the key/value identifiers of debitParty and creditParty (e.g. msisdn, accountid, walletid): they must point to different accounts.", PT: "Compare os identificadores chave/valor de debitParty e creditParty (p. ex. msisdn, accountid, walletid): eles precisam apontar para contas diferentes.", ES: "Compare los identificadores key/value de debitParty y creditParty (p. ej., msisdn, accountid, walletid): deben apuntar a cuentas diferentes."},
				{EN: "Check your mapping did not copy the payer's identifier into the recipient's.", PT: "Confira se o seu mapeamento não copiou o identificador do pagador para o do recebedor.", ES: "Verifique que su mapeo no haya copiado el identificador del pagador en el del destinatario."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The parties are wrong in the request; with distinct debit and credit accounts it can succeed.", PT: "As partes estão erradas na requisição; com contas de débito e crédito distintas ela pode dar certo.", ES: "Las partes están mal en la solicitud; con cuentas de débito y de crédito distintas puede tener éxito."},
			Idempotency: Text{EN: "Send the corrected request with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a requisição corrigida com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe la solicitud corregida con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "duplicateRequest",
			Status:   400,
			Category: Conflict,
			Title:    Text{EN: "Duplicate request", PT: "Requisição duplicada", ES: "Solicitud duplicada"},
			Meaning: Text{
				EN: "The provider has already received a request with this X-CorrelationID (client correlation id) and refuses to process it again, so no second transaction was made; the original was processed or is still being processed.",
				PT: "O provedor já recebeu uma requisição com esse X-CorrelationID (client correlation id) e se recusa a processá-la de novo, então nenhuma segunda transação foi feita; a original foi processada ou ainda está em processamento.",
				ES: "El proveedor ya recibió una solicitud con este X-CorrelationID (id de correlación del cliente) y se niega a procesarla de nuevo, así que no se hizo una segunda transacción; la original se procesó o todavía se está procesando.",
			},
			Fix: []Text{
				{EN: "Do not resend: fetch the original's outcome with GET /responses/{clientCorrelationId}, using the X-CorrelationID you sent; it returns a link to the resource created.", PT: "Não reenvie: busque o resultado da original com GET /responses/{clientCorrelationId}, usando o X-CorrelationID que você enviou; a resposta traz um link para o recurso criado.", ES: "No reenvíe: obtenga el resultado de la original con GET /responses/{clientCorrelationId}, usando el X-CorrelationID que envió; devuelve un link al recurso creado."},
				{EN: "Follow the link (e.g. GET /transactions/{transactionReference}) to read the original's transactionStatus.", PT: "Siga o link (p. ex. GET /transactions/{transactionReference}) para ler o transactionStatus da original.", ES: "Siga el link (p. ej., GET /transactions/{transactionReference}) para leer el transactionStatus de la original."},
				{EN: "If /responses answers 404, the original is still in progress: wait for the callback or poll GET /requeststates/{serverCorrelationId}.", PT: "Se /responses responder 404, a original ainda está em andamento: aguarde o callback ou consulte GET /requeststates/{serverCorrelationId}.", ES: "Si /responses responde 404, la original todavía está en curso: espere el callback o consulte periódicamente GET /requeststates/{serverCorrelationId}."},
				{EN: "Only if you really mean a second, separate transaction, send it with a new X-CorrelationID.", PT: "Só se você realmente quiser uma segunda transação, separada, envie-a com um novo X-CorrelationID.", ES: "Solo si realmente quiere una segunda transacción, independiente, envíela con un nuevo X-CorrelationID."},
			},
			Retry:    None,
			RetryWhy: Text{EN: "The original request was processed or is being processed; resending the same id is refused again, and a new id would pay twice.", PT: "A requisição original foi processada ou está em processamento; um reenvio com o mesmo id é recusado de novo, e um id novo pagaria duas vezes.", ES: "La solicitud original se procesó o se está procesando; reenviar el mismo id vuelve a rechazarse, y un id nuevo pagaría dos veces."},
			Idempotency: Text{
				EN: "X-CorrelationID is this API's idempotency mechanism: a POST with an id already supplied is rejected instead of processed twice. Recover the original with GET /responses/{clientCorrelationId}.",
				PT: "O X-CorrelationID é o mecanismo de idempotência desta API: um POST com um id já informado é rejeitado em vez de processado duas vezes. Recupere a original com GET /responses/{clientCorrelationId}.",
				ES: "X-CorrelationID es el mecanismo de idempotencia de esta API: un POST con un id ya usado se rechaza en lugar de procesarse dos veces. Recupere la original con GET /responses/{clientCorrelationId}.",
			},
			Source: gsmaMMSource,
		},
		{
			Code:     "insufficientFunds",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Insufficient funds", PT: "Saldo insuficiente", ES: "Fondos insuficientes"},
			Meaning: Text{
				EN: "The funds available to the debit party are not enough to debit it for this transaction (amount plus any fees).",
				PT: "O saldo disponível do pagador (debit party) não basta para debitá-lo nesta transação (valor mais eventuais tarifas).",
				ES: "Los fondos disponibles de la parte de débito no alcanzan para debitarle esta transacción (monto más las comisiones que correspondan).",
			},
			Fix: []Text{
				{EN: "Check the debit party's balance with GET /accounts/{accountId}/balance (or /accounts/{identifierType}/{identifier}/balance).", PT: "Confira o saldo do pagador com GET /accounts/{accountId}/balance (ou /accounts/{identifierType}/{identifier}/balance).", ES: "Verifique el saldo de la parte de débito con GET /accounts/{accountId}/balance (o /accounts/{identifierType}/{identifier}/balance)."},
				{EN: "Have the payer top up the wallet or account, or lower the amount.", PT: "Peça ao pagador que adicione saldo à carteira ou conta, ou reduza o valor.", ES: "Haga que el pagador recargue la billetera o la cuenta, o reduzca el monto."},
				{EN: "Then send the transaction again as a new request.", PT: "Depois envie a transação de novo como uma nova requisição.", ES: "Luego vuelva a enviar la transacción como una solicitud nueva."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The refusal depends on the balance: once enough funds are available, the transaction can succeed.", PT: "A recusa depende do saldo: quando houver saldo suficiente, a transação pode dar certo.", ES: "El rechazo depende del saldo: una vez que haya fondos suficientes, la transacción puede tener éxito."},
			Idempotency: Text{EN: "Send the new attempt with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a nova tentativa com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe el nuevo intento con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "incorrectState",
			Status:   400,
			Category: StateCategory,
			Title:    Text{EN: "Account state does not allow the service", PT: "O estado da conta não permite o serviço", ES: "El estado de la cuenta no permite el servicio"},
			Meaning: Text{
				EN: "An account involved is in a state that does not permit the requested service, for example unavailable, unregistered or blocked by the provider.",
				PT: "Uma conta envolvida está em um estado que não permite o serviço pedido, por exemplo indisponível (unavailable), não registrada (unregistered) ou bloqueada pelo provedor.",
				ES: "Una de las cuentas involucradas está en un estado que no permite el servicio solicitado, por ejemplo no disponible, no registrada o bloqueada por el proveedor.",
			},
			Fix: []Text{
				{EN: "Check the account with GET /accounts/{accountId}/status (or /accounts/{identifierType}/{identifier}/status): accountStatus and the provider-specific subStatus.", PT: "Consulte a conta com GET /accounts/{accountId}/status (ou /accounts/{identifierType}/{identifier}/status): accountStatus e o subStatus específico do provedor.", ES: "Verifique la cuenta con GET /accounts/{accountId}/status (o /accounts/{identifierType}/{identifier}/status): accountStatus y el subStatus propio del proveedor."},
				{EN: "Have the account holder resolve the account's state with the provider (e.g. reactivate or complete registration) before any new request.", PT: "Oriente o titular a regularizar o estado da conta com o provedor (p. ex. reativar ou concluir o cadastro) antes de qualquer nova requisição.", ES: "Haga que el titular de la cuenta resuelva el estado de la cuenta con el proveedor (p. ej., reactivándola o completando el registro) antes de cualquier solicitud nueva."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "The same request keeps failing while the account stays in that state, and nothing in the request can change it.", PT: "A mesma requisição continua falhando enquanto a conta estiver nesse estado, e nada na requisição consegue mudar isso.", ES: "La misma solicitud sigue fallando mientras la cuenta siga en ese estado, y nada en la solicitud puede cambiarlo."},
			Idempotency: Text{EN: "A later attempt is a new request: send it with a new X-CorrelationID.", PT: "Uma tentativa posterior é uma nova requisição: envie-a com um novo X-CorrelationID.", ES: "Un intento posterior es una solicitud nueva: envíela con un nuevo X-CorrelationID."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "underPaymentNotAllowed",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Underpayment not allowed", PT: "Pagamento a menor não permitido", ES: "Pago insuficiente no permitido"},
			Meaning: Text{
				EN: "The amount is less than the amount that must be paid for this transaction, for example a bill payment below the bill's amountDue when partial payment is not accepted.",
				PT: "O valor é menor que o valor que precisa ser pago nesta transação, por exemplo o pagamento de uma conta abaixo do amountDue quando pagamento parcial não é aceito.",
				ES: "El monto es menor que el que debe pagarse en esta transacción, por ejemplo el pago de una factura por debajo de su amountDue cuando no se aceptan pagos parciales.",
			},
			Fix: []Text{
				{EN: "Read the amount due; for bills, GET /accounts/{accountId}/bills returns amountDue (and minimumAmountDue where the provider allows less).", PT: "Leia o valor devido; para contas (bills), GET /accounts/{accountId}/bills retorna amountDue (e minimumAmountDue quando o provedor aceita menos).", ES: "Obtenga el monto adeudado; para facturas, GET /accounts/{accountId}/bills devuelve amountDue (y minimumAmountDue cuando el proveedor permite pagar menos)."},
				{EN: "Send the payment with that exact amount.", PT: "Envie o pagamento com exatamente esse valor.", ES: "Envíe el pago con ese monto exacto."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The amount is wrong for this payment; with the amount due it can succeed.", PT: "O valor está errado para este pagamento; com o valor devido ele pode dar certo.", ES: "El monto es incorrecto para este pago; con el monto adeudado puede tener éxito."},
			Idempotency: Text{EN: "Send the corrected request with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a requisição corrigida com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe la solicitud corregida con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "overPaymentNotAllowed",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Overpayment not allowed", PT: "Pagamento a maior não permitido", ES: "Pago en exceso no permitido"},
			Meaning: Text{
				EN: "The amount is greater than the amount that must be paid for this transaction, for example a bill payment above the bill's amountDue.",
				PT: "O valor é maior que o valor que precisa ser pago nesta transação, por exemplo o pagamento de uma conta acima do amountDue.",
				ES: "El monto es mayor que el que debe pagarse en esta transacción, por ejemplo el pago de una factura por encima de su amountDue.",
			},
			Fix: []Text{
				{EN: "Read the amount due; for bills, GET /accounts/{accountId}/bills returns amountDue.", PT: "Leia o valor devido; para contas (bills), GET /accounts/{accountId}/bills retorna amountDue.", ES: "Obtenga el monto adeudado; para facturas, GET /accounts/{accountId}/bills devuelve amountDue."},
				{EN: "Send the payment with that amount, not more.", PT: "Envie o pagamento com esse valor, e não mais.", ES: "Envíe el pago con ese monto, no más."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The amount is wrong for this payment; with the amount due it can succeed.", PT: "O valor está errado para este pagamento; com o valor devido ele pode dar certo.", ES: "El monto es incorrecto para este pago; con el monto adeudado puede tener éxito."},
			Idempotency: Text{EN: "Send the corrected request with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a requisição corrigida com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe la solicitud corregida con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "rateLimitError",
			Status:   400,
			Category: RateLimit,
			Title:    Text{EN: "Too many requests", PT: "Muitas requisições", ES: "Demasiadas solicitudes"},
			Meaning: Text{
				EN: "The client sent too many requests within a period of time. GSMA classes this as a businessRule error, so it arrives as HTTP 400, not 429, and the GSMA documents define no Retry-After or rate-limit header.",
				PT: "O cliente enviou muitas requisições em um intervalo de tempo. A GSMA classifica isso como erro businessRule, então ele chega como HTTP 400, e não 429, e os documentos da GSMA não definem cabeçalho Retry-After nem de limite de requisições.",
				ES: "El cliente envió demasiadas solicitudes en un período de tiempo. GSMA clasifica esto como un error businessRule, así que llega como HTTP 400, no 429, y los documentos de GSMA no definen ningún encabezado Retry-After ni de límite de tasa.",
			},
			Fix: []Text{
				{EN: "Slow down and retry with exponential backoff (1 s, 2 s, 4 s, 8 s), adding some random jitter.", PT: "Diminua o ritmo e tente de novo com backoff exponencial (1 s, 2 s, 4 s, 8 s), com uma variação aleatória.", ES: "Reduzca el ritmo y reintente con backoff exponencial (1 s, 2 s, 4 s, 8 s), agregando algo de jitter aleatorio."},
				{EN: "Spread bulk work over time, or send bulk disbursements as one batch with POST /batchtransactions.", PT: "Distribua o trabalho em lote ao longo do tempo ou envie desembolsos em massa como um único lote com POST /batchtransactions.", ES: "Distribuya el trabajo masivo en el tiempo, o envíe los desembolsos masivos como un solo lote con POST /batchtransactions."},
				{EN: "Ask the provider for its actual limits; the harmonised API does not publish them.", PT: "Pergunte ao provedor quais são os limites reais; a API harmonizada não os publica.", ES: "Pida al proveedor sus límites reales; la API armonizada no los publica."},
			},
			Retry:    Backoff,
			RetryWhy: Text{EN: "Wait applies only when a delay is stated and the GSMA documents state none, so back off exponentially; the request was refused, not processed.", PT: "A estratégia wait só se aplica quando um prazo é informado, e os documentos da GSMA não informam nenhum, então use backoff exponencial; a requisição foi recusada, não processada.", ES: "Esperar (wait) solo aplica cuando se indica una demora, y los documentos de GSMA no indican ninguna, así que use backoff exponencial; la solicitud fue rechazada, no procesada."},
			Idempotency: Text{
				EN: "Resend with the same X-CorrelationID, so a request that did get through cannot be processed twice. If the provider then answers duplicateRequest, check GET /responses/{clientCorrelationId}: a link means it was done; a 404 means it was not, and you may send it with a new X-CorrelationID.",
				PT: "Reenvie com o mesmo X-CorrelationID, para que uma requisição que tenha passado não seja processada duas vezes. Se o provedor responder duplicateRequest, consulte GET /responses/{clientCorrelationId}: um link significa que foi feita; um 404 significa que não foi, e você pode enviá-la com um novo X-CorrelationID.",
				ES: "Reenvíe con el mismo X-CorrelationID, para que una solicitud que sí llegó no pueda procesarse dos veces. Si el proveedor responde entonces duplicateRequest, consulte GET /responses/{clientCorrelationId}: un link significa que se ejecutó; un 404 significa que no, y puede enviarla con un nuevo X-CorrelationID.",
			},
			Source: gsmaMMSource,
		},
		{
			Code:     "transactionTypeError",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Transaction type not allowed", PT: "Tipo de transação não permitido", ES: "Tipo de transacción no permitido"},
			Meaning: Text{
				EN: "The transaction type (the type property, or the {transactionType} of POST /transactions/type/{transactionType}) is not valid or not allowed for this request or these parties.",
				PT: "O tipo de transação (a propriedade type, ou o {transactionType} de POST /transactions/type/{transactionType}) não é válido ou não é permitido para esta requisição ou para essas partes.",
				ES: "El tipo de transacción (la propiedad type, o el {transactionType} de POST /transactions/type/{transactionType}) no es válido o no está permitido para esta solicitud o estas partes.",
			},
			Fix: []Text{
				{EN: "Use one of the types the API defines: billpay, deposit, disbursement, transfer, merchantpay, inttransfer, adjustment, reversal, withdrawal.", PT: "Use um dos tipos que a API define: billpay, deposit, disbursement, transfer, merchantpay, inttransfer, adjustment, reversal, withdrawal.", ES: "Use uno de los tipos que define la API: billpay, deposit, disbursement, transfer, merchantpay, inttransfer, adjustment, reversal, withdrawal."},
				{EN: "Ask the provider which types are enabled for your account and for the parties' account types.", PT: "Pergunte ao provedor quais tipos estão habilitados para a sua conta e para os tipos de conta das partes.", ES: "Pregunte al proveedor qué tipos están habilitados para su cuenta y para los tipos de cuenta de las partes."},
				{EN: "For a reversal, use POST /transactions/{transactionReference}/reversals rather than a new transaction.", PT: "Para um estorno, use POST /transactions/{transactionReference}/reversals em vez de uma nova transação.", ES: "Para una reversión, use POST /transactions/{transactionReference}/reversals en lugar de una transacción nueva."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The type is wrong for this request; with a type the provider allows it can succeed.", PT: "O tipo está errado para esta requisição; com um tipo que o provedor permite ela pode dar certo.", ES: "El tipo es incorrecto para esta solicitud; con un tipo que el proveedor permita puede tener éxito."},
			Idempotency: Text{EN: "Send the corrected request with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a requisição corrigida com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe la solicitud corregida con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMNameOnly + "; category businessRule",
		},
		{
			Code:     "noMandateAuthority",
			Status:   400,
			Category: Authorization,
			Title:    Text{EN: "No debit mandate authority", PT: "Sem autorização de débito (mandato)", ES: "Sin autorización de mandato de débito"},
			Meaning: Text{
				EN: "The debit needs the payer's prior approval through a debit mandate, and no valid mandate covers it: none exists, it is not active or outside its start and end dates, or the amount or number of payments goes beyond what it allows.",
				PT: "O débito precisa da aprovação prévia do pagador por meio de um mandato de débito (debit mandate), e nenhum mandato válido o cobre: não existe, não está ativo ou está fora das datas de início e fim, ou o valor ou o número de pagamentos passa do que ele permite.",
				ES: "El débito necesita la aprobación previa del pagador mediante un mandato de débito, y ningún mandato válido lo cubre: no existe, no está activo o está fuera de sus fechas de inicio y fin, o el monto o la cantidad de pagos supera lo que permite.",
			},
			Fix: []Text{
				{EN: "Check the mandate with GET /accounts/{accountId}/debitmandates/{debitMandateReference}: mandateStatus, startDate, endDate, amountLimit and numberOfPayments.", PT: "Consulte o mandato com GET /accounts/{accountId}/debitmandates/{debitMandateReference}: mandateStatus, startDate, endDate, amountLimit e numberOfPayments.", ES: "Verifique el mandato con GET /accounts/{accountId}/debitmandates/{debitMandateReference}: mandateStatus, startDate, endDate, amountLimit y numberOfPayments."},
				{EN: "If there is none, create one with POST /accounts/{accountId}/debitmandates and have the account holder approve it.", PT: "Se não houver, crie um com POST /accounts/{accountId}/debitmandates e peça ao titular da conta que o aprove.", ES: "Si no hay ninguno, cree uno con POST /accounts/{accountId}/debitmandates y haga que el titular de la cuenta lo apruebe."},
				{EN: "Make the debit refer to that mandate (e.g. the mandatereference account identifier) and keep the amount within amountLimit.", PT: "Faça o débito referenciar esse mandato (p. ex. o identificador de conta mandatereference) e mantenha o valor dentro de amountLimit.", ES: "Haga que el débito se refiera a ese mandato (p. ej., el identificador de cuenta mandatereference) y mantenga el monto dentro de amountLimit."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "Once a valid, approved mandate covers the debit, the same debit can succeed.", PT: "Quando um mandato válido e aprovado cobrir o débito, o mesmo débito pode dar certo.", ES: "Una vez que un mandato válido y aprobado cubra el débito, el mismo débito puede tener éxito."},
			Idempotency: Text{EN: "Send the new attempt with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a nova tentativa com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe el nuevo intento con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMNameOnly + "; category businessRule",
		},
		{
			Code:     "linkViolation",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Account link does not allow this request", PT: "O vínculo de contas não permite esta requisição", ES: "El vínculo de cuenta no permite esta solicitud"},
			Meaning: Text{
				EN: "The request breaks the terms of the account link it relies on: for example a debit (pull) through a link created for push only, a credit through a pull-only link, or a link that is no longer active.",
				PT: "A requisição desrespeita os termos do vínculo de contas (link) em que se apoia: por exemplo, um débito (pull) por um vínculo criado só para push, um crédito por um vínculo só de pull, ou um vínculo que não está mais ativo.",
				ES: "La solicitud infringe los términos del vínculo de cuenta en el que se apoya: por ejemplo, un débito (pull) a través de un vínculo creado solo para push, un crédito a través de un vínculo solo pull, o un vínculo que ya no está activo.",
			},
			Fix: []Text{
				{EN: "Check the link with GET /accounts/{accountId}/links/{linkReference}: status must be active and mode must allow this direction (push, pull or both).", PT: "Consulte o vínculo com GET /accounts/{accountId}/links/{linkReference}: status precisa ser active e mode precisa permitir essa direção (push, pull ou both).", ES: "Verifique el vínculo con GET /accounts/{accountId}/links/{linkReference}: status debe ser active y mode debe permitir esta dirección (push, pull o ambas)."},
				{EN: "Check that the linkref identifier in the request belongs to this account.", PT: "Confira se o identificador linkref da requisição pertence a essa conta.", ES: "Verifique que el identificador linkref de la solicitud pertenezca a esta cuenta."},
				{EN: "If needed, create a link with the right mode with POST /accounts/{accountId}/links.", PT: "Se preciso, crie um vínculo com o mode correto com POST /accounts/{accountId}/links.", ES: "Si es necesario, cree un vínculo con el modo correcto con POST /accounts/{accountId}/links."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "Through a link that is active and allows this direction, the request can succeed.", PT: "Por um vínculo ativo e que permita essa direção, a requisição pode dar certo.", ES: "A través de un vínculo activo que permita esta dirección, la solicitud puede tener éxito."},
			Idempotency: Text{EN: "Send the corrected request with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a requisição corrigida com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe la solicitud corregida con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMNameOnly + "; category businessRule",
		},
		{
			Code:     "countryofOriginNotPermitted",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Country of origin not permitted", PT: "País de origem não permitido", ES: "País de origen no permitido"},
			Meaning: Text{
				EN: "The provider does not accept transactions from the country where this one was initiated (internationalTransferInformation.originCountry), typically because that corridor is outside what it may serve.",
				PT: "O provedor não aceita transações do país onde esta foi iniciada (internationalTransferInformation.originCountry), em geral porque esse corredor está fora do que ele pode atender.",
				ES: "El proveedor no acepta transacciones del país donde se inició esta (internationalTransferInformation.originCountry), normalmente porque ese corredor está fuera de lo que puede atender.",
			},
			Fix: []Text{
				{EN: "Check that originCountry holds the right ISO 3166 country code; a wrong value alone triggers this.", PT: "Confira se originCountry traz o código de país ISO 3166 correto; um valor errado já provoca este erro.", ES: "Verifique que originCountry contenga el código de país ISO 3166 correcto; un valor erróneo por sí solo provoca este error."},
				{EN: "If it is right, this provider cannot take the transfer: route it through another provider or corridor.", PT: "Se estiver correto, este provedor não aceita a transferência: encaminhe-a por outro provedor ou corredor.", ES: "Si es correcto, este proveedor no puede aceptar la transferencia: envíela por otro proveedor o corredor."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "A compliance rule refuses the corridor itself; resending the same transfer keeps failing.", PT: "Uma regra de compliance recusa o próprio corredor; reenviar a mesma transferência continua falhando.", ES: "Una regla de cumplimiento rechaza el corredor en sí; reenviar la misma transferencia sigue fallando."},
			Idempotency: Text{EN: "If you correct a wrong originCountry, send it as a new request with a new X-CorrelationID.", PT: "Se você corrigir um originCountry errado, envie como nova requisição com um novo X-CorrelationID.", ES: "Si corrige un originCountry erróneo, envíela como una solicitud nueva con un nuevo X-CorrelationID."},
			Source:      gsmaMMNameOnly + "; category businessRule",
		},
		{
			Code:     "nationalityNotPermitted",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Nationality not permitted", PT: "Nacionalidade não permitida", ES: "Nacionalidad no permitida"},
			Meaning: Text{
				EN: "The provider does not accept the transaction because of the nationality of the sender or recipient given in the KYC data (senderKyc or recipientKyc nationality).",
				PT: "O provedor não aceita a transação por causa da nacionalidade do remetente ou do destinatário informada nos dados de KYC (nationality em senderKyc ou recipientKyc).",
				ES: "El proveedor no acepta la transacción por la nacionalidad del remitente o del destinatario indicada en los datos KYC (nationality de senderKyc o recipientKyc).",
			},
			Fix: []Text{
				{EN: "Check that nationality holds the right ISO 3166 country code for the person; a wrong value alone triggers this.", PT: "Confira se nationality traz o código de país ISO 3166 correto da pessoa; um valor errado já provoca este erro.", ES: "Verifique que nationality contenga el código de país ISO 3166 correcto de la persona; un valor erróneo por sí solo provoca este error."},
				{EN: "If it is right, this provider cannot serve this person for this service: do not resend, offer another route.", PT: "Se estiver correto, este provedor não atende essa pessoa neste serviço: não reenvie, ofereça outro caminho.", ES: "Si es correcto, este proveedor no puede atender a esta persona en este servicio: no reenvíe, ofrezca otra vía."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "A compliance rule refuses the person; resending the same data keeps failing.", PT: "Uma regra de compliance recusa a pessoa; reenviar os mesmos dados continua falhando.", ES: "Una regla de cumplimiento rechaza a la persona; reenviar los mismos datos sigue fallando."},
			Idempotency: Text{EN: "If you correct wrong KYC data, send it as a new request with a new X-CorrelationID.", PT: "Se você corrigir dados de KYC errados, envie como nova requisição com um novo X-CorrelationID.", ES: "Si corrige datos KYC erróneos, envíelos como una solicitud nueva con un nuevo X-CorrelationID."},
			Source:      gsmaMMNameOnly + "; category businessRule",
		},
		{
			Code:     "idDocumentNotSupported",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "ID document type not supported", PT: "Tipo de documento de identificação não aceito", ES: "Tipo de documento de identidad no admitido"},
			Meaning: Text{
				EN: "The identification document in the KYC data (idDocument idType, e.g. passport, nationalidcard, drivinglicence, otherId) is of a type the provider does not accept for this service.",
				PT: "O documento de identificação nos dados de KYC (idType de idDocument, p. ex. passport, nationalidcard, drivinglicence, otherId) é de um tipo que o provedor não aceita para este serviço.",
				ES: "El documento de identificación de los datos KYC (idType de idDocument, p. ej., passport, nationalidcard, drivinglicence, otherId) es de un tipo que el proveedor no acepta para este servicio.",
			},
			Fix: []Text{
				{EN: "Ask the provider which idType values it accepts, and send the person's document of one of those types.", PT: "Pergunte ao provedor quais valores de idType ele aceita e envie um documento da pessoa de um desses tipos.", ES: "Pregunte al proveedor qué valores de idType acepta, y envíe el documento de la persona de uno de esos tipos."},
				{EN: "Fill in idNumber, and issuerCountry and expiryDate where known, for that document.", PT: "Preencha idNumber e, quando souber, issuerCountry e expiryDate desse documento.", ES: "Complete idNumber, y también issuerCountry y expiryDate cuando se conozcan, para ese documento."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "With an accepted document type the same transaction can succeed.", PT: "Com um tipo de documento aceito a mesma transação pode dar certo.", ES: "Con un tipo de documento aceptado, la misma transacción puede tener éxito."},
			Idempotency: Text{EN: "Send the corrected request with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a requisição corrigida com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe la solicitud corregida con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMNameOnly + "; category businessRule",
		},
		{
			Code:     "issuingCountryNotSupported",
			Status:   400,
			Category: Business,
			Title:    Text{EN: "Document's issuing country not supported", PT: "País emissor do documento não aceito", ES: "País emisor del documento no admitido"},
			Meaning: Text{
				EN: "The identification document in the KYC data was issued by a country (idDocument issuerCountry) whose documents the provider does not accept.",
				PT: "O documento de identificação nos dados de KYC foi emitido por um país (issuerCountry de idDocument) cujos documentos o provedor não aceita.",
				ES: "El documento de identificación de los datos KYC fue emitido por un país (issuerCountry de idDocument) cuyos documentos el proveedor no acepta.",
			},
			Fix: []Text{
				{EN: "Check that issuerCountry holds the right ISO 3166 country code for the document.", PT: "Confira se issuerCountry traz o código de país ISO 3166 correto do documento.", ES: "Verifique que issuerCountry contenga el código de país ISO 3166 correcto del documento."},
				{EN: "If it is right, send another document of the person issued by a country the provider accepts.", PT: "Se estiver correto, envie outro documento da pessoa emitido por um país que o provedor aceite.", ES: "Si es correcto, envíe otro documento de la persona emitido por un país que el proveedor acepte."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "With a document from an accepted issuing country the same transaction can succeed.", PT: "Com um documento de um país emissor aceito a mesma transação pode dar certo.", ES: "Con un documento de un país emisor aceptado, la misma transacción puede tener éxito."},
			Idempotency: Text{EN: "Send the corrected request with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a requisição corrigida com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe la solicitud corregida con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMNameOnly + "; category businessRule",
		},
		{
			Code:     "quoteHasExpired",
			Status:   400,
			Category: StateCategory,
			Title:    Text{EN: "Quote has expired", PT: "Cotação expirada", ES: "La cotización venció"},
			Meaning: Text{
				EN: "The transaction refers to a quote (quoteId / quotationReference from POST /quotations) whose quoteExpiryTime has passed, so its fees and exchange rate no longer hold.",
				PT: "A transação referencia uma cotação (quoteId / quotationReference de POST /quotations) cujo quoteExpiryTime já passou, então as tarifas e o câmbio dela não valem mais.",
				ES: "La transacción hace referencia a una cotización (quoteId / quotationReference de POST /quotations) cuyo quoteExpiryTime ya pasó, así que sus comisiones y su tipo de cambio ya no son válidos.",
			},
			Fix: []Text{
				{EN: "Request a new quotation with POST /quotations and show the new fees and rate to the sender.", PT: "Peça uma nova cotação com POST /quotations e mostre as novas tarifas e o novo câmbio ao remetente.", ES: "Solicite una nueva cotización con POST /quotations y muestre al remitente las nuevas comisiones y el nuevo tipo de cambio."},
				{EN: "Create the transaction with the new quoteId and quotationReference before the new quoteExpiryTime.", PT: "Crie a transação com o novo quoteId e quotationReference antes do novo quoteExpiryTime.", ES: "Cree la transacción con el nuevo quoteId y quotationReference antes del nuevo quoteExpiryTime."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "An expired quote cannot be revived: the same request always fails, so obtain a new quote and send a new transaction.", PT: "Uma cotação expirada não pode ser reativada: a mesma requisição sempre falha, então obtenha uma nova cotação e envie uma nova transação.", ES: "Una cotización vencida no puede reactivarse: la misma solicitud siempre falla, así que obtenga una cotización nueva y envíe una transacción nueva."},
			Idempotency: Text{EN: "The transaction with the new quote is a new request: send it with a new X-CorrelationID.", PT: "A transação com a nova cotação é uma nova requisição: envie-a com um novo X-CorrelationID.", ES: "La transacción con la nueva cotización es una solicitud nueva: envíela con un nuevo X-CorrelationID."},
			Source:      gsmaMMNameOnly + "; category businessRule",
		},
		{
			Code:     "identifierError",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Resource or party not found", PT: "Recurso ou parte não encontrados", ES: "Recurso o parte no encontrado"},
			Meaning: Text{
				EN: "The provider could not match the resource with the identifiers supplied: an account in debitParty or creditParty (msisdn, accountid, walletid...), or a reference in the path such as a transactionReference.",
				PT: "O provedor não conseguiu localizar o recurso com os identificadores informados: uma conta em debitParty ou creditParty (msisdn, accountid, walletid...) ou uma referência no caminho, como um transactionReference.",
				ES: "El proveedor no pudo asociar el recurso con los identificadores proporcionados: una cuenta en debitParty o creditParty (msisdn, accountid, walletid...), o una referencia en la ruta, como un transactionReference.",
			},
			Fix: []Text{
				{EN: "Check each identifier's key and value, e.g. msisdn with the country code (+447911123456), and that the account exists at this provider.", PT: "Confira a chave e o valor de cada identificador, p. ex. msisdn com o código do país (+447911123456), e se a conta existe neste provedor.", ES: "Verifique la key y el value de cada identificador, p. ej., msisdn con el código de país (+447911123456), y que la cuenta exista en este proveedor."},
				{EN: "In the path, use /accounts/{identifierType}/{identifier} for one identifier, or up to three as key@value joined by $ (e.g. accountid@2000$msisdn@+447911123456).", PT: "No caminho, use /accounts/{identifierType}/{identifier} para um identificador, ou até três no formato chave@valor unidos por $ (p. ex. accountid@2000$msisdn@+447911123456).", ES: "En la ruta, use /accounts/{identifierType}/{identifier} para un identificador, o hasta tres como key@value unidos por $ (p. ej., accountid@2000$msisdn@+447911123456)."},
				{EN: "For a GET right after an asynchronous POST, the resource may not exist yet: wait for the callback or poll GET /requeststates/{serverCorrelationId}.", PT: "Num GET logo após um POST assíncrono, o recurso pode ainda não existir: aguarde o callback ou consulte GET /requeststates/{serverCorrelationId}.", ES: "En un GET justo después de un POST asíncrono, es posible que el recurso aún no exista: espere el callback o consulte periódicamente GET /requeststates/{serverCorrelationId}."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The identifiers point to nothing; with identifiers of an existing resource the request can succeed.", PT: "Os identificadores não apontam para nada; com identificadores de um recurso existente a requisição pode dar certo.", ES: "Los identificadores no apuntan a nada; con identificadores de un recurso existente, la solicitud puede tener éxito."},
			Idempotency: Text{EN: "If it was a POST, send the corrected request with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Se era um POST, envie a requisição corrigida com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Si fue un POST, envíe la solicitud corregida con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "lengthError",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Property too long or too short", PT: "Propriedade longa ou curta demais", ES: "Propiedad demasiado larga o demasiado corta"},
			Meaning: Text{
				EN: "A property's content is longer than the maximum or shorter than the minimum length the specification allows.",
				PT: "O conteúdo de uma propriedade é mais longo que o máximo ou mais curto que o mínimo que a especificação permite.",
				ES: "El contenido de una propiedad es más largo que el máximo o más corto que la longitud mínima que permite la especificación.",
			},
			Fix: []Text{
				{EN: "Find the property in errorParameters or errorDescription.", PT: "Encontre a propriedade em errorParameters ou errorDescription.", ES: "Busque la propiedad en errorParameters o errorDescription."},
				{EN: "Keep within the documented lengths: most text properties 0 to 256 characters, identifiers in the path 1 to 256, amount at most 23 characters, metadata lists at most 20 key/value pairs.", PT: "Respeite os tamanhos documentados: a maioria das propriedades de texto de 0 a 256 caracteres, identificadores no caminho de 1 a 256, amount no máximo 23 caracteres, listas de metadata no máximo 20 pares chave/valor.", ES: "Respete las longitudes documentadas: la mayoría de las propiedades de texto, de 0 a 256 caracteres; los identificadores en la ruta, de 1 a 256; amount, como máximo 23 caracteres; las listas de metadata, como máximo 20 pares key/value."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The request is malformed; with the property within its length limits it can succeed.", PT: "A requisição está malformada; com a propriedade dentro dos limites de tamanho ela pode dar certo.", ES: "La solicitud está mal formada; con la propiedad dentro de sus límites de longitud puede tener éxito."},
			Idempotency: Text{EN: "Send the corrected request with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a requisição corrigida com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe la solicitud corregida con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "formatError",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Property in the wrong format", PT: "Propriedade em formato inválido", ES: "Propiedad con formato incorrecto"},
			Meaning: Text{
				EN: "A property's content does not follow the format required for it, such as the amount pattern, a date-time, a UUID or an enumeration value.",
				PT: "O conteúdo de uma propriedade não segue o formato exigido para ela, como o padrão de amount, uma data-hora, um UUID ou um valor de enumeração.",
				ES: "El contenido de una propiedad no sigue el formato que se le exige, como el patrón de amount, un date-time, un UUID o un valor de enumeración.",
			},
			Fix: []Text{
				{EN: "Find the property in errorParameters or errorDescription.", PT: "Encontre a propriedade em errorParameters ou errorDescription.", ES: "Busque la propiedad en errorParameters o errorDescription."},
				{EN: "Send amounts as strings with up to 4 decimals, no leading zeros except a single 0 before the point, no sign, at most 999999999999999999.9999: '5.00' or '0.5', not '5.', '.5' or '00.5'.", PT: "Envie valores como string com até 4 casas decimais, sem zeros à esquerda além de um único 0 antes do ponto, sem sinal, até 999999999999999999.9999: '5.00' ou '0.5', e não '5.', '.5' ou '00.5'.", ES: "Envíe los montos como strings con hasta 4 decimales, sin ceros a la izquierda salvo un único 0 antes del punto, sin signo y como máximo 999999999999999999.9999: '5.00' o '0.5', no '5.', '.5' ni '00.5'."},
				{EN: "Send dates as ISO 8601 date-time (e.g. 2017-07-21T17:32:28Z) and X-CorrelationID as a UUID (8-4-4-4-12 hex digits).", PT: "Envie datas como date-time ISO 8601 (p. ex. 2017-07-21T17:32:28Z) e o X-CorrelationID como UUID (8-4-4-4-12 dígitos hexadecimais).", ES: "Envíe las fechas como date-time ISO 8601 (p. ej., 2017-07-21T17:32:28Z) y el X-CorrelationID como UUID (8-4-4-4-12 dígitos hexadecimales)."},
				{EN: "Use enumeration values in lower case as defined (e.g. type merchantpay, currency as the ISO 4217 code).", PT: "Use os valores de enumeração em minúsculas, como definidos (p. ex. type merchantpay; currency como o código ISO 4217).", ES: "Use los valores de enumeración en minúsculas tal como están definidos (p. ej., type merchantpay, currency como el código ISO 4217)."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The request is malformed; with the property in the required format it can succeed.", PT: "A requisição está malformada; com a propriedade no formato exigido ela pode dar certo.", ES: "La solicitud está mal formada; con la propiedad en el formato requerido puede tener éxito."},
			Idempotency: Text{EN: "Send the corrected request with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a requisição corrigida com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe la solicitud corregida con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "negativeValue",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Negative amount", PT: "Valor negativo", ES: "Monto negativo"},
			Meaning: Text{
				EN: "An amount is negative, which the service does not allow: every amount in this API is a positive decimal string.",
				PT: "Um valor é negativo, o que o serviço não permite: todo valor nesta API é uma string decimal positiva.",
				ES: "Un monto es negativo, lo que el servicio no permite: todos los montos de esta API son strings decimales positivos.",
			},
			Fix: []Text{
				{EN: "Send the amount without a sign (e.g. '10.50', not '-10.50').", PT: "Envie o valor sem sinal (p. ex. '10.50', e não '-10.50').", ES: "Envíe el monto sin signo (p. ej., '10.50', no '-10.50')."},
				{EN: "To give money back, reverse the original with POST /transactions/{transactionReference}/reversals instead of sending a negative amount.", PT: "Para devolver dinheiro, estorne a original com POST /transactions/{transactionReference}/reversals em vez de enviar um valor negativo.", ES: "Para devolver dinero, revierta la original con POST /transactions/{transactionReference}/reversals en lugar de enviar un monto negativo."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The request is malformed; with a positive amount it can succeed.", PT: "A requisição está malformada; com um valor positivo ela pode dar certo.", ES: "La solicitud está mal formada; con un monto positivo puede tener éxito."},
			Idempotency: Text{EN: "Send the corrected request with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a requisição corrigida com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe la solicitud corregida con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "currencyNotSupported",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Currency not supported", PT: "Moeda não aceita", ES: "Moneda no admitida"},
			Meaning: Text{
				EN: "The currency sent is not supported by this provider, even if it is a valid ISO 4217 code.",
				PT: "A moeda enviada não é aceita por este provedor, mesmo que seja um código ISO 4217 válido.",
				ES: "Este proveedor no admite la moneda enviada, aunque sea un código ISO 4217 válido.",
			},
			Fix: []Text{
				{EN: "Send the currency of the accounts involved (e.g. BRL for a Brazilian e-money or Pix payout), as its ISO 4217 code.", PT: "Envie a moeda das contas envolvidas (p. ex. BRL para moeda eletrônica ou Pix de saída no Brasil), como código ISO 4217.", ES: "Envíe la moneda de las cuentas involucradas (p. ej., BRL para un payout de dinero electrónico o Pix en Brasil), como su código ISO 4217."},
				{EN: "For a cross-currency transfer, get a quotation with POST /quotations and use the currencies it returns.", PT: "Para uma transferência entre moedas, obtenha uma cotação com POST /quotations e use as moedas que ela retorna.", ES: "Para una transferencia entre monedas, obtenga una cotización con POST /quotations y use las monedas que devuelve."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "With a currency the provider supports the request can succeed.", PT: "Com uma moeda que o provedor aceite a requisição pode dar certo.", ES: "Con una moneda que el proveedor admita, la solicitud puede tener éxito."},
			Idempotency: Text{EN: "Send the corrected request with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a requisição corrigida com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe la solicitud corregida con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "mandatoryValueNotSupplied",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Mandatory value missing", PT: "Valor obrigatório ausente", ES: "Falta un valor obligatorio"},
			Meaning: Text{
				EN: "A value that is mandatory was not provided, either in a request header or in the JSON body.",
				PT: "Um valor obrigatório não foi informado, seja num cabeçalho da requisição, seja no corpo JSON.",
				ES: "No se proporcionó un valor obligatorio, ya sea en un encabezado de la solicitud o en el cuerpo JSON.",
			},
			Fix: []Text{
				{EN: "Find the missing property or header in errorParameters or errorDescription.", PT: "Encontre a propriedade ou o cabeçalho ausente em errorParameters ou errorDescription.", ES: "Busque la propiedad o el encabezado faltante en errorParameters o errorDescription."},
				{EN: "For POST /transactions, send at least amount, currency, type, debitParty and creditParty.", PT: "Em POST /transactions, envie no mínimo amount, currency, type, debitParty e creditParty.", ES: "Para POST /transactions, envíe como mínimo amount, currency, type, debitParty y creditParty."},
				{EN: "Send the headers your provider requires, e.g. X-Date, X-API-Key, X-CorrelationID, and X-Callback-URL when you expect a callback.", PT: "Envie os cabeçalhos que o seu provedor exige, p. ex. X-Date, X-API-Key, X-CorrelationID e X-Callback-URL quando espera um callback.", ES: "Envíe los encabezados que exige su proveedor, p. ej., X-Date, X-API-Key, X-CorrelationID, y X-Callback-URL cuando espere un callback."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The request is incomplete; with the mandatory value supplied it can succeed.", PT: "A requisição está incompleta; com o valor obrigatório informado ela pode dar certo.", ES: "La solicitud está incompleta; con el valor obligatorio proporcionado puede tener éxito."},
			Idempotency: Text{EN: "Send the corrected request with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a requisição corrigida com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe la solicitud corregida con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "invalidOffset",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid pagination offset", PT: "Offset de paginação inválido", ES: "Offset de paginación inválido"},
			Meaning: Text{
				EN: "The offset query parameter of a list request (e.g. GET /accounts/{accountId}/transactions) is not a valid position in the result set: negative, not an integer, or past the records available.",
				PT: "O parâmetro de consulta offset de uma listagem (p. ex. GET /accounts/{accountId}/transactions) não é uma posição válida no resultado: negativo, não inteiro ou além dos registros disponíveis.",
				ES: "El parámetro de consulta offset de una solicitud de listado (p. ej., GET /accounts/{accountId}/transactions) no es una posición válida en el conjunto de resultados: es negativo, no es un entero o está más allá de los registros disponibles.",
			},
			Fix: []Text{
				{EN: "Send offset as a non-negative integer; with limit (50 by default) it selects the page: limit 50 and offset 10 return records 11 to 60.", PT: "Envie offset como inteiro não negativo; junto com limit (50 por padrão) ele escolhe a página: limit 50 e offset 10 retornam os registros 11 a 60.", ES: "Envíe offset como un entero no negativo; junto con limit (50 por defecto) selecciona la página: limit 50 y offset 10 devuelven los registros 11 a 60."},
				{EN: "Stop paging once offset reaches X-Records-Available-Count from the previous response.", PT: "Pare de paginar quando offset chegar ao X-Records-Available-Count da resposta anterior.", ES: "Deje de paginar cuando offset alcance el X-Records-Available-Count de la respuesta anterior."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The query is malformed; with a valid offset the same list request can succeed.", PT: "A consulta está malformada; com um offset válido a mesma listagem pode dar certo.", ES: "La consulta está mal formada; con un offset válido, la misma solicitud de listado puede tener éxito."},
			Source:   gsmaMMNameOnly + "; category validation",
		},
		{
			Code:     "clientAuthorisationError",
			Status:   401,
			Category: Authentication,
			Title:    Text{EN: "Client authentication failed", PT: "Falha na autenticação do cliente", ES: "Falló la autenticación del cliente"},
			Meaning: Text{
				EN: "The provider could not authenticate your API client; it gives no further detail on purpose, so as not to leak security information.",
				PT: "O provedor não conseguiu autenticar o seu cliente de API; ele não dá mais detalhes de propósito, para não vazar informações de segurança.",
				ES: "El proveedor no pudo autenticar su cliente de API; a propósito no da más detalles, para no filtrar información de seguridad.",
			},
			Fix: []Text{
				{EN: "Check the Authorization header: Basic with base64(username:password), or Bearer with a valid, unexpired OAuth2 access token.", PT: "Confira o cabeçalho Authorization: Basic com base64(usuário:senha) ou Bearer com um access token OAuth2 válido e não expirado.", ES: "Revise el encabezado Authorization: Basic con base64(username:password), o Bearer con un token de acceso OAuth2 válido y no vencido."},
				{EN: "If the provider uses API keys, check X-API-Key (and X-Client-Id) for the right environment (sandbox or production).", PT: "Se o provedor usa chave de API, confira X-API-Key (e X-Client-Id) do ambiente certo (sandbox ou produção).", ES: "Si el proveedor usa claves de API, revise X-API-Key (y X-Client-Id) para el entorno correcto (sandbox o producción)."},
				{EN: "If message integrity checks are enabled, send a current X-Date and an X-Content-Hash equal to the SHA-256 hex digest of the body.", PT: "Se a verificação de integridade estiver ativa, envie um X-Date atual e um X-Content-Hash igual ao hash SHA-256 (hex) do corpo.", ES: "Si están habilitadas las verificaciones de integridad de mensajes, envíe un X-Date actual y un X-Content-Hash igual al digest SHA-256 en hexadecimal del cuerpo."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The credentials are wrong or missing; the request succeeds only after they are corrected.", PT: "As credenciais estão erradas ou ausentes; a requisição só dá certo depois de corrigi-las.", ES: "Las credenciales son incorrectas o faltan; la solicitud solo tiene éxito después de corregirlas."},
			Source:   gsmaMMSource,
		},
		{
			Code:     "requestDeclined",
			Status:   401,
			Category: Business,
			Title:    Text{EN: "Declined by the payer", PT: "Recusada pelo pagador", ES: "Rechazado por el pagador"},
			Meaning: Text{
				EN: "The debit party (the payer) did not approve the request, for example rejected the authorisation prompt on their phone or let it lapse before the expiry time.",
				PT: "O pagador (debit party) não aprovou a requisição, por exemplo recusou o pedido de autorização no celular ou deixou passar o prazo de expiração.",
				ES: "La parte de débito (el pagador) no aprobó la solicitud, por ejemplo rechazó la solicitud de autorización en su teléfono o la dejó vencer antes del tiempo de expiración.",
			},
			Fix: []Text{
				{EN: "Tell the payer the payment was declined and ask whether they want to pay.", PT: "Avise o pagador que o pagamento foi recusado e pergunte se ele quer pagar.", ES: "Informe al pagador que el pago fue rechazado y pregúntele si quiere pagar."},
				{EN: "Only with the payer's agreement, start a new request and ask them to approve it promptly.", PT: "Só com a concordância do pagador, inicie uma nova requisição e peça que ele a aprove logo.", ES: "Solo con el acuerdo del pagador, inicie una solicitud nueva y pídale que la apruebe pronto."},
			},
			Retry:       None,
			RetryWhy:    Text{EN: "The payer's refusal ends this request; resending automatically would only prompt them again against their choice.", PT: "A recusa do pagador encerra esta requisição; reenviar automaticamente só o acionaria de novo contra a vontade dele.", ES: "El rechazo del pagador pone fin a esta solicitud; reenviarla automáticamente solo volvería a pedirle la aprobación en contra de su decisión."},
			Idempotency: Text{EN: "A new attempt the payer agrees to is a new request: send it with a new X-CorrelationID.", PT: "Uma nova tentativa com a concordância do pagador é uma nova requisição: envie-a com um novo X-CorrelationID.", ES: "Un nuevo intento que el pagador acepte es una solicitud nueva: envíela con un nuevo X-CorrelationID."},
			Source:      gsmaMMSource,
		},
		{
			Code:     "servicingPartyAuthorisationError",
			Status:   401,
			Category: Authorization,
			Title:    Text{EN: "Servicing party not authorised", PT: "Parte de atendimento não autorizada", ES: "Parte de servicio no autorizada"},
			Meaning: Text{
				EN: "The servicing party acting in the transaction, such as the agent, till, POS or assistant given in servicingIdentity, is not authorised to perform this service.",
				PT: "A parte de atendimento que atua na transação, como o agente, caixa, POS ou atendente informado em servicingIdentity, não está autorizada a executar este serviço.",
				ES: "La parte de servicio que actúa en la transacción, como el agente, la caja, el POS o el asistente indicado en servicingIdentity, no está autorizada para realizar este servicio.",
			},
			Fix: []Text{
				{EN: "Check servicingIdentity (till, POS ID or assistant ID) is registered with the provider and enabled for this transaction type.", PT: "Confira se o servicingIdentity (caixa, ID do POS ou do atendente) está cadastrado no provedor e habilitado para esse tipo de transação.", ES: "Verifique que servicingIdentity (caja, ID de POS o ID de asistente) esté registrado con el proveedor y habilitado para este tipo de transacción."},
				{EN: "Ask the provider to grant that servicing party the permission, or use one that has it.", PT: "Peça ao provedor que dê a permissão a essa parte de atendimento ou use uma que a tenha.", ES: "Pida al proveedor que otorgue el permiso a esa parte de servicio, o use una que lo tenga."},
			},
			Retry:       Fix,
			RetryWhy:    Text{EN: "The servicing party lacks permission; once it is authorised (or another is used) the request can succeed.", PT: "A parte de atendimento não tem permissão; depois de autorizada (ou usando outra) a requisição pode dar certo.", ES: "La parte de servicio no tiene permiso; una vez autorizada (o si se usa otra), la solicitud puede tener éxito."},
			Idempotency: Text{EN: "Send the new attempt with a new X-CorrelationID: the provider rejects a POST whose correlation id it has already received.", PT: "Envie a nova tentativa com um novo X-CorrelationID: o provedor rejeita um POST cujo correlation id ele já recebeu.", ES: "Envíe el nuevo intento con un nuevo X-CorrelationID: el proveedor rechaza un POST cuyo id de correlación ya recibió."},
			Source:      gsmaMMNameOnly + "; category authorisation",
		},
		{
			Code:     "requestingPartyAuthorisationError",
			Status:   401,
			Category: Authorization,
			Title:    Text{EN: "Requesting party not authorised", PT: "Parte solicitante não autorizada", ES: "Parte solicitante no autorizada"},
			Meaning: Text{
				EN: "The party requesting the service did not present the right credentials or does not have permission to perform this service.",
				PT: "A parte que solicita o serviço não apresentou as credenciais corretas ou não tem permissão para executar este serviço.",
				ES: "La parte que solicita el servicio no presentó las credenciales correctas o no tiene permiso para realizar este servicio.",
			},
			Fix: []Text{
				{EN: "Check the end user's credentials: X-User-Bearer (OAuth 2.0/OIDC access token) or, where OAuth is not used, X-User-Credential-1 and X-User-Credential-2 (the encrypted PIN or password).", PT: "Confira as credenciais do usuário final: X-User-Bearer (access token OAuth 2.0/OIDC) ou, onde não há OAuth, X-User-Credential-1 e X-User-Credential-2 (PIN ou senha criptografados).", ES: "Revise las credenciales del usuario final: X-User-Bearer (token de acceso OAuth 2.0/OIDC) o, donde no se use OAuth, X-User-Credential-1 y X-User-Credential-2 (el PIN o la contraseña cifrados)."},
				{EN: "Check with the provider that your organisation (requestingOrganisation) is allowed to use this service.", PT: "Confirme com o provedor se a sua organização (requestingOrganisation) tem permissão para usar este serviço.", ES: "Confirme con el proveedor que su organización (requestingOrganisation) tenga permitido usar este servicio."},
			},
			Retry:    Fix,
			RetryWhy: Text{EN: "The credentials or permissions are wrong; the request succeeds only after they are corrected.", PT: "As credenciais ou permissões estão erradas; a requisição só dá certo depois de corrigi-las.", ES: "Las credenciales o los permisos son incorrectos; la solicitud solo tiene éxito después de corregirlos."},
			Source:   gsmaMMSource,
		},
	},
}

// MobileMoneyCategory is one GSMA errorCategory value.
type MobileMoneyCategory struct {
	// Name is the errorCategory value exactly as sent (camelCase).
	Name string
	// Status is the HTTP status GSMA maps the category to.
	Status int
	// Category is decifra's category for it.
	Category Category
	// Title and Meaning describe the category.
	Title, Meaning Text
	// Retry is the strategy for an error of this category whose code is unknown.
	Retry Strategy
	// RetryWhy is the reason for that strategy.
	RetryWhy Text
}

// mobileMoneyCategories lists the six GSMA error categories (businessRule, validation,
// authorisation, identification, internal, serviceUnavailable) with the HTTP status the
// GSMA v1.2 documentation maps each to, for explaining an error whose errorCode is unknown
// (a provider-specific code, or genericError) but whose errorCategory is known.
var mobileMoneyCategories = [...]MobileMoneyCategory{
	{
		Name:     "businessRule",
		Status:   400,
		Category: Business,
		Title:    Text{EN: "Business rule violated", PT: "Regra de negócio violada", ES: "Regla de negocio infringida"},
		Meaning: Text{
			EN: "The request was valid but could not be completed because it breaks a business rule, such as a financial limit, insufficient funds, a duplicate request or an account in the wrong state.",
			PT: "A requisição era válida, mas não pôde ser concluída porque viola uma regra de negócio, como um limite financeiro, saldo insuficiente, uma requisição duplicada ou uma conta em estado inadequado.",
			ES: "La solicitud era válida, pero no pudo completarse porque infringe una regla de negocio, como un límite financiero, fondos insuficientes, una solicitud duplicada o una cuenta en un estado incorrecto.",
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "Resending the same request meets the same rule; change the request or the situation (balance, limit, state) first, and check GET /responses/{clientCorrelationId} if the rule was a duplicate.", PT: "Reenviar a mesma requisição esbarra na mesma regra; mude antes a requisição ou a situação (saldo, limite, estado) e consulte GET /responses/{clientCorrelationId} se a regra for de duplicidade.", ES: "Reenviar la misma solicitud se topa con la misma regla; primero cambie la solicitud o la situación (saldo, límite, estado), y consulte GET /responses/{clientCorrelationId} si la regla era un duplicado."},
	},
	{
		Name:     "validation",
		Status:   400,
		Category: Validation,
		Title:    Text{EN: "Validation failed", PT: "Falha de validação", ES: "Falló la validación"},
		Meaning: Text{
			EN: "A property breaks a constraint of the API, such as its length or its format (regular expression), so the request could not be processed.",
			PT: "Uma propriedade viola uma restrição da API, como o tamanho ou o formato (expressão regular), então a requisição não pôde ser processada.",
			ES: "Una propiedad infringe una restricción de la API, como su longitud o su formato (expresión regular), así que la solicitud no pudo procesarse.",
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "The request is malformed; it succeeds only after the property is corrected.", PT: "A requisição está malformada; ela só dá certo depois de corrigir a propriedade.", ES: "La solicitud está mal formada; solo tiene éxito después de corregir la propiedad."},
	},
	{
		Name:     "authorisation",
		Status:   401,
		Category: Authorization,
		Title:    Text{EN: "Authorisation failed", PT: "Falha de autorização", ES: "Falló la autorización"},
		Meaning: Text{
			EN: "The provider could not authenticate or authorise the client, or another party (the requesting party, the servicing party, the payer), to perform the service.",
			PT: "O provedor não conseguiu autenticar ou autorizar o cliente, ou outra parte (a solicitante, a de atendimento, o pagador), a executar o serviço.",
			ES: "El proveedor no pudo autenticar ni autorizar al cliente, o a otra parte (la parte solicitante, la parte de servicio, el pagador), para realizar el servicio.",
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "The credentials or permissions are wrong; the request succeeds only after they are corrected.", PT: "As credenciais ou permissões estão erradas; a requisição só dá certo depois de corrigi-las.", ES: "Las credenciales o los permisos son incorrectos; la solicitud solo tiene éxito después de corregirlos."},
	},
	{
		Name:     "identification",
		Status:   404,
		Category: NotFound,
		Title:    Text{EN: "Resource not identified", PT: "Recurso não identificado", ES: "Recurso no identificado"},
		Meaning: Text{
			EN: "The provider could not match the requested resource with the identifiers supplied.",
			PT: "O provedor não conseguiu localizar o recurso pedido com os identificadores informados.",
			ES: "El proveedor no pudo asociar el recurso solicitado con los identificadores proporcionados.",
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "The identifiers point to nothing; with identifiers of an existing resource the request can succeed.", PT: "Os identificadores não apontam para nada; com identificadores de um recurso existente a requisição pode dar certo.", ES: "Los identificadores no apuntan a nada; con identificadores de un recurso existente, la solicitud puede tener éxito."},
	},
	{
		Name:     "internal",
		Status:   500,
		Category: Internal,
		Title:    Text{EN: "Internal provider error", PT: "Erro interno do provedor", ES: "Error interno del proveedor"},
		Meaning: Text{
			EN: "The request could not be completed because of a problem on the provider's side that is not a full outage, such as a licence issue or missing system configuration.",
			PT: "A requisição não pôde ser concluída por um problema do lado do provedor que não é uma indisponibilidade total, como um problema de licença ou falta de configuração do sistema.",
			ES: "La solicitud no pudo completarse por un problema del lado del proveedor que no es una caída total, como un problema de licencia o una configuración del sistema faltante.",
		},
		Retry:    CheckFirst,
		RetryWhy: Text{EN: "After a 5xx the provider may still have carried out a write; look it up with GET /responses/{clientCorrelationId} before resending, or it may be done twice.", PT: "Depois de um 5xx o provedor pode ter executado a escrita mesmo assim; consulte GET /responses/{clientCorrelationId} antes de reenviar, ou ela pode ser feita duas vezes.", ES: "Después de un 5xx, es posible que el proveedor sí haya ejecutado una escritura; consúltela con GET /responses/{clientCorrelationId} antes de reenviar, o podría ejecutarse dos veces."},
	},
	{
		Name:     "serviceUnavailable",
		Status:   503,
		Category: Unavailable,
		Title:    Text{EN: "Service unavailable", PT: "Serviço indisponível", ES: "Servicio no disponible"},
		Meaning: Text{
			EN: "The service is not available at the moment, because of network issues, a failing component or a complete outage, so the request could not be performed.",
			PT: "O serviço não está disponível no momento, por problemas de rede, falha de um componente ou indisponibilidade total, então a requisição não pôde ser executada.",
			ES: "El servicio no está disponible en este momento, por problemas de red, un componente que falla o una caída total, así que la solicitud no pudo ejecutarse.",
		},
		Retry:    Backoff,
		RetryWhy: Text{EN: "The outage is transient and the request was not performed; retry with exponential backoff, reusing the same X-CorrelationID so a request that did get through is not processed twice (GET /heartbeat shows when the service is back).", PT: "A indisponibilidade é passageira e a requisição não foi executada; tente de novo com backoff exponencial, reutilizando o mesmo X-CorrelationID para que uma requisição que tenha passado não seja processada duas vezes (GET /heartbeat mostra quando o serviço estiver de volta).", ES: "La caída es transitoria y la solicitud no se ejecutó; reintente con backoff exponencial, reutilizando el mismo X-CorrelationID para que una solicitud que sí llegó no se procese dos veces (GET /heartbeat muestra cuándo vuelve el servicio)."},
	},
}

// MobileMoneyCategoryByName returns the category named name (exact match), and whether there is one.
func MobileMoneyCategoryByName(name string) (MobileMoneyCategory, bool) {
	for _, c := range mobileMoneyCategories {
		if c.Name == name {
			return c, true
		}
	}
	return MobileMoneyCategory{}, false
}
