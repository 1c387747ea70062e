//go:build !textpack

// PicPay is built from public sources only: https://picpay.github.io/picpay-docs-digital-payments/. Every entry cites the page, SDK file or
// recorded response it was verified in; where no source gives a meaning, there is no entry.

package catalog

// picpay is PicPay.
var picpay = Provider{
	id:                "picpay",
	name:              "PicPay",
	masculine:         true,
	docsURL:           "https://picpay.github.io/picpay-docs-digital-payments/",
	hosts:             []string{"appws.picpay.com", "checkout-api.picpay.com", "checkout-api-sandbox.picpay.com", "api.picpay.com"},
	envelope:          Text{EN: "Errors carry an UPPER_SNAKE code (some with the NE- prefix) and an English message; no recorded error body was found to confirm the envelope.", PT: "Os erros trazem um código em UPPER_SNAKE (alguns com o prefixo NE-) e uma mensagem em inglês; nenhum corpo de erro registrado foi encontrado para confirmar o envelope.", ES: "Los errores traen un código en UPPER_SNAKE (algunos con el prefijo NE-) y un mensaje en inglés; no se encontró ningún cuerpo de error registrado que confirme el envoltorio."},
	idempotencyHeader: "x-Idempotency-Key",
	source:            "https://developers-business.picpay.com/wallet/en/one-click/codes-and-returns/business-errors (search excerpt: 6 codes; the Refund Errors table was cut off)",
	cues: []Cue{
		{Text: "PicPay", Kind: Name},
	},
	entries: []Entry{
		{
			Code:     "INVALID_FUNDING_SOURCE",
			Status:   406,
			Category: Business,
			Title:    Text{EN: "Invalid funding source", PT: "Meio de pagamento inválido", ES: "Fuente de fondos no válida"},
			Meaning:  Text{EN: "API message 'Invalid founding source.': the card is invalid; PicPay says do not retry — the user must add funds or change the main card.", PT: "Mensagem 'Invalid founding source.': o cartão é inválido; o PicPay manda não tentar de novo — o usuário deve adicionar saldo ou trocar o cartão principal.", ES: "Mensaje 'Invalid founding source.': la tarjeta no es válida; PicPay indica no reintentar: el usuario debe agregar saldo o cambiar su tarjeta principal."},
			Fix: []Text{
				Text{EN: "Offer another payment method.", PT: "Ofereça outro meio de pagamento.", ES: "Ofrezca otro medio de pago."},
			},
			Retry:  None,
			Source: "https://developers-business.picpay.com/wallet/en/one-click/codes-and-returns/business-errors",
		},
		{
			Code:     "FUNDING_SOURCE_UNAVAILABLE",
			Status:   403,
			Category: Business,
			Title:    Text{EN: "Funding source unavailable", PT: "Meio de pagamento indisponível", ES: "Medio de pago no disponible"},
			Meaning:  Text{EN: "The user's payment method is not available.", PT: "O meio de pagamento do usuário não está disponível.", ES: "El medio de pago del usuario no está disponible."},
			Fix: []Text{
				Text{EN: "Offer another payment method.", PT: "Ofereça outro meio de pagamento.", ES: "Ofrezca otro medio de pago."},
			},
			Retry:  Fix,
			Source: "https://developers-business.picpay.com/wallet/en/one-click/codes-and-returns/business-errors",
		},
		{
			Code:     "INSUFFICIENT_FUNDS",
			Status:   406,
			Category: Business,
			Title:    Text{EN: "Insufficient funds", PT: "Saldo insuficiente", ES: "Fondos insuficientes"},
			Meaning:  Text{EN: "The user lacks wallet balance; PicPay says do not retry until the user adds funds or registers a card.", PT: "O usuário não tem saldo na carteira; o PicPay manda não tentar de novo até ele adicionar saldo ou cadastrar um cartão.", ES: "El usuario no tiene saldo en la billetera; PicPay indica no reintentar hasta que agregue saldo o registre una tarjeta."},
			Fix: []Text{
				Text{EN: "Ask the user to add funds or a card in the PicPay app, then start a new payment.", PT: "Peça ao usuário que adicione saldo ou cartão no app PicPay e inicie um novo pagamento.", ES: "Pida al usuario que agregue saldo o una tarjeta en la app PicPay e inicie un nuevo pago."},
			},
			Retry:  None,
			Source: "https://developers-business.picpay.com/wallet/en/one-click/codes-and-returns/business-errors",
		},
		{
			Code:     "ACCOUNT_CLOSED",
			Status:   406,
			Category: Business,
			Title:    Text{EN: "Account closed", PT: "Conta encerrada", ES: "Cuenta cerrada"},
			Meaning:  Text{EN: "The user's PicPay account is closed.", PT: "A conta PicPay do usuário está encerrada.", ES: "La cuenta PicPay del usuario está cerrada."},
			Fix: []Text{
				Text{EN: "Offer another payment method.", PT: "Ofereça outro meio de pagamento.", ES: "Ofrezca otro medio de pago."},
			},
			Retry:  None,
			Source: "https://developers-business.picpay.com/wallet/en/one-click/codes-and-returns/business-errors",
		},
		{
			Code:     "ACCOUNT_ON_HOLD",
			Status:   406,
			Category: Business,
			Title:    Text{EN: "Account on hold", PT: "Conta em espera", ES: "Cuenta en espera"},
			Meaning:  Text{EN: "The account is temporarily unavailable for transactions; the customer should contact PicPay.", PT: "A conta está temporariamente indisponível para transações; o cliente deve falar com o PicPay.", ES: "La cuenta no está disponible temporalmente para transacciones; el cliente debe contactar a PicPay."},
			Fix: []Text{
				Text{EN: "Offer another payment method.", PT: "Ofereça outro meio de pagamento.", ES: "Ofrezca otro medio de pago."},
			},
			Retry:  Fix,
			Source: "https://developers-business.picpay.com/wallet/en/one-click/codes-and-returns/business-errors",
		},
		{
			Code:     "TRANSACTION_CANT_BE_PAID",
			Status:   409,
			Category: StateCategory,
			Title:    Text{EN: "Transaction cannot be paid", PT: "Transação não pode ser paga", ES: "La transacción no puede pagarse"},
			Meaning:  Text{EN: "Technical message 'Transaction not in pending status': it cannot be paid in its current status.", PT: "Mensagem técnica 'Transaction not in pending status': ela não pode ser paga no status atual.", ES: "Mensaje técnico 'Transaction not in pending status': no puede pagarse en su estado actual."},
			Fix: []Text{
				Text{EN: "Query the transaction; create a new one if needed.", PT: "Consulte a transação; crie outra se precisar.", ES: "Consulte la transacción; cree otra si hace falta."},
			},
			Retry:  None,
			Source: "https://developers-business.picpay.com/wallet/en/one-click/codes-and-returns/business-errors",
		},
		{
			Code:     "NE-INVALID_USER_ID_DEVOLUTION",
			Category: Validation,
			Title:    Text{EN: "Refund to a different payer", PT: "Devolução para outro pagador", ES: "Devolución a otro pagador"},
			Meaning:  Text{EN: "Return transaction with a different payer ID.", PT: "Devolução com um identificador de pagador diferente.", ES: "Devolución con un identificador de pagador distinto."},
			Fix: []Text{
				Text{EN: "Refund the original payer of the transaction.", PT: "Devolva ao pagador original da transação.", ES: "Devuelva al pagador original de la transacción."},
			},
			Retry:  Fix,
			Source: "https://developers-business.picpay.com/checkout/en/docs/api-error-codes/pix-api-error-codes-and-returns",
		},
		{
			Code:     "TRANSACTION_TYPE_DOES_NOT_ALLOW_DEVOLUTION",
			Category: Business,
			Title:    Text{EN: "Transaction type does not allow refunds", PT: "Tipo de transação não permite devolução", ES: "El tipo de transacción no admite devolución"},
			Meaning:  Text{EN: "The transaction type does not allow returns.", PT: "O tipo de transação não permite devolução.", ES: "El tipo de transacción no admite devoluciones."},
			Fix: []Text{
				Text{EN: "Refund the buyer by another means.", PT: "Devolva ao comprador por outro meio.", ES: "Devuelva al comprador por otro medio."},
			},
			Retry:  None,
			Source: "https://developers-business.picpay.com/checkout/en/docs/api-error-codes/pix-api-error-codes-and-returns",
		},
		{
			Code:     "TRANSACTION_HAS_NOT_COMPLETED",
			Category: StateCategory,
			Title:    Text{EN: "Transaction not completed", PT: "Transação não concluída", ES: "Transacción no completada"},
			Meaning:  Text{EN: "The internal transaction was not completed yet.", PT: "A transação interna ainda não foi concluída.", ES: "La transacción interna aún no se completó."},
			Fix: []Text{
				Text{EN: "Wait until the transaction completes, then request the refund.", PT: "Aguarde a conclusão da transação e peça a devolução.", ES: "Espere a que se complete la transacción y pida la devolución."},
			},
			Retry:  Fix,
			Source: "https://developers-business.picpay.com/checkout/en/docs/api-error-codes/pix-api-error-codes-and-returns",
		},
		{
			Code:     "TRANSACTION_NOT_FOUND",
			Category: NotFound,
			Title:    Text{EN: "Transaction not found", PT: "Transação não encontrada", ES: "Transacción no encontrada"},
			Meaning:  Text{EN: "Transaction not found.", PT: "Transação não encontrada.", ES: "Transacción no encontrada."},
			Fix: []Text{
				Text{EN: "Check the transaction identifier.", PT: "Confira o identificador da transação.", ES: "Revise el identificador de la transacción."},
			},
			Retry:  Fix,
			Source: "https://developers-business.picpay.com/checkout/en/docs/api-error-codes/pix-api-error-codes-and-returns",
		},
		{
			Code:     "NE-BAAS_PIX_PAYMENT_DEPENDENCY_FAILED",
			Category: Upstream,
			Title:    Text{EN: "Unexpected error in Pix processing", PT: "Erro inesperado no processamento Pix", ES: "Error inesperado en el procesamiento Pix"},
			Meaning:  Text{EN: "Unexpected error in Pix processing.", PT: "Erro inesperado no processamento do Pix.", ES: "Error inesperado en el procesamiento Pix."},
			Fix: []Text{
				Text{EN: "Query the refund status, then retry with backoff.", PT: "Consulte o status da devolução e tente de novo com espera crescente.", ES: "Consulte el estado de la devolución y reintente con backoff."},
			},
			Retry:  Backoff,
			Source: "https://developers-business.picpay.com/checkout/en/docs/api-error-codes/pix-api-error-codes-and-returns",
		},
		{
			Code:     "NE-BAAS_PIX_PAYMENT_EXCEEDED_POLLING_TIME",
			Category: Timeout,
			Title:    Text{EN: "Pix processing time exceeded", PT: "Tempo de processamento Pix excedido", ES: "Tiempo de procesamiento Pix excedido"},
			Meaning:  Text{EN: "Pix processing time was exceeded; the outcome may be unknown.", PT: "O tempo de processamento do Pix foi excedido; o resultado pode ser desconhecido.", ES: "Se excedió el tiempo de procesamiento Pix; el resultado puede ser desconocido."},
			Fix: []Text{
				Text{EN: "Query the refund status before asking again.", PT: "Consulte o status da devolução antes de pedir de novo.", ES: "Consulte el estado de la devolución antes de pedirla de nuevo."},
			},
			Retry:  CheckFirst,
			Source: "https://developers-business.picpay.com/checkout/en/docs/api-error-codes/pix-api-error-codes-and-returns",
		},
		{
			Code:     "DEVOLUTION_DEADLINE_EXCEEDED",
			Category: StateCategory,
			Title:    Text{EN: "Refund deadline exceeded", PT: "Prazo de devolução excedido", ES: "Plazo de devolución excedido"},
			Meaning:  Text{EN: "The return deadline has been exceeded.", PT: "O prazo de devolução foi excedido.", ES: "Se excedió el plazo de devolución."},
			Fix: []Text{
				Text{EN: "Refund the buyer by another means.", PT: "Devolva ao comprador por outro meio.", ES: "Devuelva al comprador por otro medio."},
			},
			Retry:  None,
			Source: "https://developers-business.picpay.com/checkout/en/docs/api-error-codes/pix-api-error-codes-and-returns",
		},
		{
			Code:     "INSUFFICIENT_AMOUNT",
			Category: Validation,
			Title:    Text{EN: "Refund exceeds the amount paid", PT: "Devolução excede o valor pago", ES: "La devolución supera el monto pagado"},
			Meaning:  Text{EN: "The requested refund amount exceeds the amount paid.", PT: "O valor de devolução pedido excede o valor pago.", ES: "El monto de devolución solicitado supera el monto pagado."},
			Fix: []Text{
				Text{EN: "Refund at most the amount still available.", PT: "Devolva no máximo o valor ainda disponível.", ES: "Devuelva como máximo el monto aún disponible."},
			},
			Retry:  Fix,
			Source: "https://developers-business.picpay.com/checkout/en/docs/api-error-codes/pix-api-error-codes-and-returns",
		},
		{
			Code:     "DEVOLUTION_EXCEED_LIMIT_VALUE",
			Category: Validation,
			Title:    Text{EN: "Refund exceeds the amount paid", PT: "Devolução excede o valor pago", ES: "La devolución supera el monto pagado"},
			Meaning:  Text{EN: "The requested refund amount exceeds the amount paid.", PT: "O valor de devolução pedido excede o valor pago.", ES: "El monto de devolución solicitado supera el monto pagado."},
			Fix: []Text{
				Text{EN: "Refund at most the amount still available.", PT: "Devolva no máximo o valor ainda disponível.", ES: "Devuelva como máximo el monto aún disponible."},
			},
			Retry:  Fix,
			Source: "https://developers-business.picpay.com/checkout/en/docs/api-error-codes/pix-api-error-codes-and-returns",
		},
		{
			Code:     "INVALID_MAX_LIMIT_VALUE",
			Category: Validation,
			Title:    Text{EN: "Amount above the allowed limit", PT: "Valor acima do limite permitido", ES: "Monto sobre el límite permitido"},
			Meaning:  Text{EN: "The amount provided exceeds the allowed limit.", PT: "O valor informado excede o limite permitido.", ES: "El monto informado supera el límite permitido."},
			Fix: []Text{
				Text{EN: "Send an amount within the limit.", PT: "Envie um valor dentro do limite.", ES: "Envíe un monto dentro del límite."},
			},
			Retry:  Fix,
			Source: "https://developers-business.picpay.com/checkout/en/docs/api-error-codes/pix-api-error-codes-and-returns",
		},
		{
			Code:     "USER_DAILY_LIMIT_EXCEEDED",
			Category: Business,
			Title:    Text{EN: "User daily limit exceeded", PT: "Limite diário do usuário excedido", ES: "Límite diario del usuario excedido"},
			Meaning:  Text{EN: "The user has reached or exceeded the daily transaction amount limit.", PT: "O usuário atingiu ou excedeu o limite diário de valor em transações.", ES: "El usuario alcanzó o superó el límite diario de monto en transacciones."},
			Fix: []Text{
				Text{EN: "Try again the next day or offer another payment method.", PT: "Tente no dia seguinte ou ofereça outro meio de pagamento.", ES: "Intente al día siguiente u ofrezca otro medio de pago."},
			},
			Retry:  Fix,
			Source: "https://developers-business.picpay.com/checkout/en/docs/api-error-codes/pix-api-error-codes-and-returns",
		},
	},
}
