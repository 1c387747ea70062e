//go:build !textpack

// Card issuers' response codes in Brazil, standardised by ABECS (Associação Brasileira
// das Empresas de Cartões de Crédito e Serviços) in "Normativo ABECS nº 21" (códigos de
// resposta padronizados, in force since 15 July 2020, current text v3 of April 2023:
// https://api.abecs.org.br/wp-content/uploads/2023/04/20230406-Normativo-21-V3-aprovado-publicacao.pdf).
// The normative sorts the codes into reversible ("reversíveis": the same card may be
// approved later) and irreversible ("irreversíveis": it never will); the card brands'
// retry programmes charge the merchant for every retry of an irreversible code and cap
// the retries of reversible ones.
//
// Gateways pass the code through unchanged: Pagar.me in
// charges[].last_transaction.acquirer_return_code, Cielo in Payment.ReturnCode, PagBank in
// charges[].payment_response.raw_data.reason_code. The table here is checked against the
// normative as republished, brand by brand, by Cielo
// (https://docs.cielo.com.br/ecommerce-cielo/page/abecs, and its earlier single table
// with a column per brand at https://developercielo.github.io/tutorial/abecs-e-outros-codigos)
// and PayZu (https://docs.payzu.com.br/docs/cartao/abecs-codes), and against PagBank's
// "Motivos de compra negada" (https://developer.pagbank.com.br/docs/motivos-de-compra-negada).
//
// The table is per brand (Elo, Visa, Mastercard/Hipercard, Amex) and a few numbers mean
// different things, or differ in reversibility, from one brand to another (04, 06, 12,
// 30, 57, 58, 62, 63, 64, 76, 78): those entries say so. Each entry's Retry is the decline
// policy's (decline.go) for a card whose brand the paste does not name: an irreversible
// code that names the card or the account is none, one that names the data sent (card
// data, amount, instalments, the merchant's set-up) is fix, since corrected data is a new
// payment; reversible codes are fix (the buyer or the bank acts first) or wait (91, 96:
// later, within the brands' limits). issuerReadings in decline.go reads 04, 57, 62, 63 and
// 64 per brand when the paste names it. Left out:
// Amex's three-digit codes (100, 116…) and Cielo's two-letter de/para for them; codes of
// PIN changes and PIN cryptography, ATM withdrawals, chip, surcharge and debit/credit
// function selection (74, 81, 88, P5, P6, N3, N4, 65, FM, B1, B2, N0, 39, 52, 53, AB, AC);
// Mastercard's file codes (25, 28); Elo's origin account for transfers (77); and codes
// found in only one source, or with meanings that differ between versions of the table
// (R2, 6P, 79, 83).

package catalog

// abecsSource cites the normative and the brand-by-brand table the entries were checked
// against; each entry appends its code.
const abecsSource = "ABECS Normativo 21 v3, https://api.abecs.org.br/wp-content/uploads/2023/04/20230406-Normativo-21-V3-aprovado-publicacao.pdf; table by brand as republished at https://docs.cielo.com.br/ecommerce-cielo/page/abecs"

// Texts several codes share. Constants, so that the table stays a static literal.
const (
	irreversibleEN = "ABECS marks the code irreversible: the same card will not be approved for this purchase, and the card brands fine the merchant for retrying irreversible codes."
	irreversiblePT = "A ABECS classifica o código como irreversível: o mesmo cartão não será aprovado nesta compra, e as bandeiras multam o lojista por retentar códigos irreversíveis."
	irreversibleES = "ABECS clasifica el código como irreversible: la misma tarjeta no será aprobada para esta compra, y las marcas de tarjeta multan al comercio por reintentar códigos irreversibles."

	// irreversibleData is the reason for an irreversible code that names the data sent,
	// not the card: the same data is never approved, corrected data is a new payment
	// (DeclineData in decline.go).
	irreversibleDataEN = "ABECS marks the code irreversible: the same data will never be approved, and the brands fine the merchant for resending it. Correct what was wrong (or take another card) and send a new payment."
	irreversibleDataPT = "A ABECS classifica o código como irreversível: os mesmos dados nunca serão aprovados, e as bandeiras multam o lojista por reenviá-los. Corrija o que estava errado (ou use outro cartão) e envie um novo pagamento."
	irreversibleDataES = "ABECS clasifica el código como irreversible: los mismos datos nunca serán aprobados, y las marcas multan al comercio por reenviarlos. Corrija lo que estaba mal (o use otra tarjeta) y envíe un pago nuevo."

	reversibleEN = "ABECS marks the code reversible: a later attempt can be approved once the cause is gone, but only a few retries are allowed before the brands charge for them."
	reversiblePT = "A ABECS classifica o código como reversível: uma nova tentativa pode ser aprovada depois que a causa sumir, mas as bandeiras só toleram poucas retentativas antes de cobrar por elas."
	reversibleES = "ABECS clasifica el código como reversible: un intento posterior puede aprobarse una vez que desaparezca la causa, pero solo se permiten unos pocos reintentos antes de que las marcas los cobren."

	genericMessageEN = "Show the buyer a generic refusal message and offer another card or Pix."
	genericMessagePT = "Mostre ao comprador uma mensagem genérica de recusa e ofereça outro cartão ou o Pix."
	genericMessageES = "Muestre al comprador un mensaje genérico de rechazo y ofrézcale otra tarjeta o Pix."

	callIssuerEN = "Ask the buyer to contact the card issuer (the number on the back of the card)."
	callIssuerPT = "Peça ao comprador que fale com o banco emissor (o telefone no verso do cartão)."
	callIssuerES = "Pida al comprador que se comunique con el emisor de la tarjeta (el número al reverso de la tarjeta)."

	checkCardEN = "Ask the buyer to check the card number, expiry date and security code, then start a new payment."
	checkCardPT = "Peça ao comprador que confira número, validade e código de segurança do cartão e inicie um novo pagamento."
	checkCardES = "Pida al comprador que verifique el número de la tarjeta, la fecha de vencimiento y el código de seguridad, y que inicie un nuevo pago."

	acquirerEN = "Contact your acquirer or gateway: the fix is in your merchant set-up, not on the buyer's side."
	acquirerPT = "Fale com o seu adquirente ou gateway: a correção está no cadastro do lojista, não do lado do comprador."
	acquirerES = "Comuníquese con su adquirente o gateway: la corrección está en la configuración de su comercio, no del lado del comprador."

	newAttemptEN = "The declined charge is final. A retry is a new charge: send it with a new idempotency key, since a gateway that stored the result under the old key returns the refusal again."
	newAttemptPT = "A cobrança negada é definitiva. Uma retentativa é uma nova cobrança: envie-a com uma nova chave de idempotência, pois um gateway que guardou o resultado sob a chave antiga devolve a recusa de novo."
	newAttemptES = "El cobro rechazado es definitivo. Un reintento es un cobro nuevo: envíelo con una nueva clave de idempotencia, ya que un gateway que guardó el resultado bajo la clave anterior devuelve el rechazo otra vez."
)

// issuerCodes, in numeric order, then the letter codes: a Provider for its entries alone
// (no id, not among the providers), so that a textpack build keeps them as a table (see
// textpack.go) with their citations in the packs, as it keeps every provider's.
var issuerCodes = Provider{entries: []Entry{
	{
		Code:     "01",
		Category: Validation,
		Title:    Text{EN: "Invalid card number (Mastercard)", PT: "Número do cartão inválido (Mastercard)", ES: "Número de tarjeta inválido (Mastercard)"},
		Meaning: Text{
			EN: "Mastercard and Hipercard send 01, besides 14, when the card number does not belong to the issuer or is invalid.",
			PT: "Mastercard e Hipercard enviam 01, além do 14, quando o número do cartão não pertence ao emissor ou é inválido.",
			ES: "Mastercard e Hipercard envían 01, además de 14, cuando el número de tarjeta no pertenece al emisor o es inválido.",
		},
		Fix:      []Text{{EN: checkCardEN, PT: checkCardPT, ES: checkCardES}},
		Retry:    Fix,
		RetryWhy: Text{EN: irreversibleDataEN, PT: irreversibleDataPT, ES: irreversibleDataES},
		Source:   abecsSource + " (01)",
	},
	{
		Code:     "03",
		Category: Authorization,
		Title:    Text{EN: "Invalid merchant", PT: "Comerciante inválido", ES: "Comercio inválido"},
		Meaning: Text{
			EN: "Visa and Mastercard refuse the transaction for the merchant itself (Elo sends 58): the store is not set up for this kind of sale.",
			PT: "Visa e Mastercard recusam a transação por causa do próprio lojista (a Elo envia 58): a loja não está habilitada para esse tipo de venda.",
			ES: "Visa y Mastercard rechazan la transacción por el propio comercio (Elo envía 58): la tienda no está habilitada para este tipo de venta.",
		},
		Fix: []Text{
			{EN: acquirerEN, PT: acquirerPT, ES: acquirerES},
			{EN: genericMessageEN, PT: genericMessagePT, ES: genericMessageES},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: irreversibleDataEN, PT: irreversibleDataPT, ES: irreversibleDataES},
		Source:   abecsSource + " (03)",
	},
	{
		Code:     "04",
		Category: Business,
		Title:    Text{EN: "Redo the transaction (Elo) / pick up card (Visa, Mastercard)", PT: "Refazer a transação (Elo) / recolher cartão (Visa, Mastercard)", ES: "Rehacer la transacción (Elo) / retener la tarjeta (Visa, Mastercard)"},
		Meaning: Text{
			EN: "Elo uses 04 to ask for the transaction to be redone. Visa uses it for a card to be retained (no fraud) and Mastercard for confirmed fraud, both irreversible.",
			PT: "A Elo usa o 04 para pedir que a transação seja refeita. A Visa o usa para cartão a ser recolhido (sem fraude) e a Mastercard para fraude confirmada, ambos irreversíveis.",
			ES: "Elo usa 04 para pedir que se rehaga la transacción. Visa lo usa para una tarjeta que debe retenerse (sin fraude) y Mastercard para fraude confirmado, ambos irreversibles.",
		},
		Fix: []Text{
			{EN: "Do not retry this card unless it is Elo: only Elo's 04 asks for the transaction to be redone later (decifra says so when the paste names the brand).", PT: "Não retente este cartão a menos que seja Elo: só o 04 da Elo pede que a transação seja refeita mais tarde (o decifra avisa quando o texto colado informa a bandeira).", ES: "No reintente con esta tarjeta salvo que sea Elo: solo el 04 de Elo pide rehacer la transacción más tarde (decifra lo indica cuando el texto pegado nombra la marca)."},
			{EN: genericMessageEN, PT: genericMessagePT, ES: genericMessageES},
		},
		Retry: None,
		RetryWhy: Text{
			EN: "Irreversible on Visa and Mastercard, where a retry is fined, and so for a card whose brand is not known; only on Elo is it a request to try again later.",
			PT: "Irreversível na Visa e na Mastercard, onde a retentativa é multada, e portanto para um cartão de bandeira desconhecida; só na Elo é um pedido para tentar de novo mais tarde.",
			ES: "Irreversible en Visa y Mastercard, donde el reintento se multa, y por tanto para una tarjeta de marca desconocida; solo en Elo es una solicitud para intentarlo de nuevo más tarde.",
		},
		Source: abecsSource + " (04)",
	},
	{
		Code:     "05",
		Category: Business,
		Title:    Text{EN: "Not authorized (generic)", PT: "Não autorizada (genérica)", ES: "No autorizada (genérico)"},
		Meaning: Text{
			EN: "The issuer declined without giving a reason; the buyer is told to contact the card's issuer.",
			PT: "O emissor negou sem informar o motivo; a orientação ao comprador é contatar a central do cartão.",
			ES: "El emisor rechazó sin indicar el motivo; al comprador se le indica que se comunique con el emisor de la tarjeta.",
		},
		Fix: []Text{
			{EN: genericMessageEN, PT: genericMessagePT, ES: genericMessageES},
			{EN: callIssuerEN, PT: callIssuerPT, ES: callIssuerES},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: reversibleEN, PT: reversiblePT, ES: reversibleES},
		Source:   abecsSource + " (05)",
	},
	{
		Code:     "06",
		Category: Business,
		Title:    Text{EN: "Consult the acquirer (Elo) / card error (Visa)", PT: "Consultar credenciador (Elo) / erro no cartão (Visa)", ES: "Consultar al adquirente (Elo) / error de tarjeta (Visa)"},
		Meaning: Text{
			EN: "Elo asks the merchant to contact the acquirer (reversible). Visa sends 06 for an error in the card data, irreversible: the table as republished on 1 October 2024 still lists it (the row Elo sends as 12).",
			PT: "A Elo pede que o lojista contate o adquirente (reversível). A Visa envia 06 para erro nos dados do cartão, irreversível: a tabela republicada em 1º de outubro de 2024 ainda o traz (a linha que a Elo envia como 12).",
			ES: "Elo pide al comercio que se comunique con el adquirente (reversible). Visa envía 06 para un error en los datos de la tarjeta, irreversible: la tabla republicada el 1 de octubre de 2024 todavía lo incluye (la fila que Elo envía como 12).",
		},
		Fix: []Text{
			{EN: acquirerEN, PT: acquirerPT, ES: acquirerES},
			{EN: checkCardEN, PT: checkCardPT, ES: checkCardES},
		},
		Retry: Fix,
		RetryWhy: Text{
			EN: "Either reading asks for a change before the next attempt: the merchant's set-up with the acquirer (Elo) or the card data (Visa, irreversible for the same data); resending unchanged gets the same answer.",
			PT: "As duas leituras pedem uma mudança antes da próxima tentativa: o cadastro do lojista no adquirente (Elo) ou os dados do cartão (Visa, irreversível para os mesmos dados); reenviar sem mudar nada traz a mesma resposta.",
			ES: "Ambas lecturas piden un cambio antes del próximo intento: la configuración del comercio con el adquirente (Elo) o los datos de la tarjeta (Visa, irreversible para los mismos datos); reenviar sin cambios obtiene la misma respuesta.",
		},
		Source: abecsSource + " (06); Visa's 06 as ERRO NO CARTÃO, irreversible, in the table republished on 1 October 2024: https://developercielo.github.io/tutorial/abecs-e-outros-codigos (06)",
	},
	{
		Code:     "07",
		Category: Business,
		Title:    Text{EN: "Confirmed fraud (Visa)", PT: "Fraude confirmada (Visa)", ES: "Fraude confirmado (Visa)"},
		Meaning: Text{
			EN: "Visa reports the card as used in confirmed fraud; the transaction is not allowed for this card.",
			PT: "A Visa informa fraude confirmada com o cartão; a transação não é permitida para ele.",
			ES: "Visa informa que la tarjeta se usó en un fraude confirmado; la transacción no está permitida para esta tarjeta.",
		},
		Fix:      []Text{{EN: genericMessageEN, PT: genericMessagePT, ES: genericMessageES}},
		Retry:    None,
		RetryWhy: Text{EN: irreversibleEN, PT: irreversiblePT, ES: irreversibleES},
		Source:   abecsSource + " (07)",
	},
	{
		Code:     "12",
		Category: Validation,
		Title:    Text{EN: "Card error", PT: "Erro no cartão", ES: "Error de tarjeta"},
		Meaning: Text{
			EN: "Elo: error in the card data. Visa uses 12 for a message format error and Mastercard for an invalid instalment amount; all irreversible.",
			PT: "Elo: erro nos dados do cartão. A Visa usa o 12 para erro de formato da mensagem e a Mastercard para valor de parcela inválido; todos irreversíveis.",
			ES: "Elo: error en los datos de la tarjeta. Visa usa 12 para un error de formato del mensaje y Mastercard para un monto de cuota inválido; todos irreversibles.",
		},
		Fix: []Text{
			{EN: checkCardEN, PT: checkCardPT, ES: checkCardES},
			{EN: "On Mastercard, check the instalment plan you sent.", PT: "Na Mastercard, confira o parcelamento enviado.", ES: "En Mastercard, revise el plan de cuotas que envió."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: irreversibleDataEN, PT: irreversibleDataPT, ES: irreversibleDataES},
		Source:   abecsSource + " (12)",
	},
	{
		Code:     "13",
		Category: Validation,
		Title:    Text{EN: "Invalid transaction amount", PT: "Valor da transação inválido", ES: "Monto de la transacción inválido"},
		Meaning: Text{
			EN: "The amount is not allowed for this card or transaction type.",
			PT: "O valor não é permitido para este cartão ou tipo de transação.",
			ES: "El monto no está permitido para esta tarjeta o este tipo de transacción.",
		},
		Fix: []Text{
			{EN: "Check the amount you sent (units, cents, limits of the payment method).", PT: "Confira o valor enviado (unidade, centavos, limites do meio de pagamento).", ES: "Revise el monto que envió (unidades, centavos, límites del medio de pago)."},
			{EN: genericMessageEN, PT: genericMessagePT, ES: genericMessageES},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: irreversibleDataEN, PT: irreversibleDataPT, ES: irreversibleDataES},
		Source:   abecsSource + " (13)",
	},
	{
		Code:     "14",
		Category: Validation,
		Title:    Text{EN: "Invalid card number", PT: "Número do cartão inválido", ES: "Número de tarjeta inválido"},
		Meaning: Text{
			EN: "The card number does not belong to the issuer or is invalid (Elo also sends 56, Mastercard 01).",
			PT: "O número do cartão não pertence ao emissor ou é inválido (a Elo também envia 56, a Mastercard 01).",
			ES: "El número de tarjeta no pertenece al emisor o es inválido (Elo también envía 56, Mastercard 01).",
		},
		Fix: []Text{
			{EN: checkCardEN, PT: checkCardPT, ES: checkCardES},
			{EN: "Validate the number with the Luhn check before sending it.", PT: "Valide o número com o algoritmo de Luhn antes de enviá-lo.", ES: "Valide el número con el algoritmo de Luhn antes de enviarlo."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: irreversibleDataEN, PT: irreversibleDataPT, ES: irreversibleDataES},
		Source:   abecsSource + " (14)",
	},
	{
		Code:     "15",
		Category: Validation,
		Title:    Text{EN: "Issuer not found (wrong BIN)", PT: "Emissor não localizado (BIN incorreto)", ES: "Emisor no encontrado (BIN incorrecto)"},
		Meaning: Text{
			EN: "Visa and Mastercard found no issuer for the card's first digits; the card data is invalid.",
			PT: "Visa e Mastercard não localizaram o emissor pelos primeiros dígitos do cartão; os dados do cartão são inválidos.",
			ES: "Visa y Mastercard no encontraron ningún emisor para los primeros dígitos de la tarjeta; los datos de la tarjeta son inválidos.",
		},
		Fix:      []Text{{EN: checkCardEN, PT: checkCardPT, ES: checkCardES}},
		Retry:    Fix,
		RetryWhy: Text{EN: irreversibleDataEN, PT: irreversibleDataPT, ES: irreversibleDataES},
		Source:   abecsSource + " (15)",
	},
	{
		Code:     "19",
		Category: Upstream,
		Title:    Text{EN: "Acquirer problem", PT: "Problema no adquirente", ES: "Problema en el adquirente"},
		Meaning: Text{
			EN: "Elo and Visa report a problem at the acquirer; the buyer sees \"card error, do not try again\".",
			PT: "Elo e Visa indicam problema no adquirente; o comprador vê \"erro no cartão, não tente novamente\".",
			ES: "Elo y Visa informan un problema en el adquirente; el comprador ve \"error de tarjeta, no vuelva a intentar\".",
		},
		Fix: []Text{
			{EN: acquirerEN, PT: acquirerPT, ES: acquirerES},
			{EN: genericMessageEN, PT: genericMessagePT, ES: genericMessageES},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: irreversibleDataEN, PT: irreversibleDataPT, ES: irreversibleDataES},
		Source:   abecsSource + " (19)",
	},
	{
		Code:     "23",
		Category: Validation,
		Title:    Text{EN: "Invalid instalment amount (Elo)", PT: "Valor da parcela inválido (Elo)", ES: "Monto de cuota inválido (Elo)"},
		Meaning: Text{
			EN: "Elo refuses the instalment plan: the value of each instalment is not allowed.",
			PT: "A Elo recusa o parcelamento: o valor de cada parcela não é permitido.",
			ES: "Elo rechaza el plan de cuotas: el valor de cada cuota no está permitido.",
		},
		Fix: []Text{
			{EN: "Offer fewer instalments or payment in full, then start a new payment.", PT: "Ofereça menos parcelas ou pagamento à vista e inicie um novo pagamento.", ES: "Ofrezca menos cuotas o el pago en una sola exhibición, y luego inicie un nuevo pago."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: irreversibleDataEN, PT: irreversibleDataPT, ES: irreversibleDataES},
		Source:   abecsSource + " (23)",
	},
	{
		Code:     "30",
		Category: Validation,
		Title:    Text{EN: "Message format error", PT: "Erro de formato (mensageria)", ES: "Error de formato del mensaje"},
		Meaning: Text{
			EN: "Elo and Mastercard could not read the authorization message; Mastercard also uses 30 for a problem at the acquirer.",
			PT: "Elo e Mastercard não conseguiram ler a mensagem de autorização; a Mastercard também usa o 30 para problema no adquirente.",
			ES: "Elo y Mastercard no pudieron leer el mensaje de autorización; Mastercard también usa 30 para un problema en el adquirente.",
		},
		Fix: []Text{
			{EN: "Check the card fields you send (number, expiry, holder, instalments) against the gateway's format.", PT: "Confira os campos do cartão enviados (número, validade, titular, parcelas) com o formato do gateway.", ES: "Compare los campos de la tarjeta que envía (número, vencimiento, titular, cuotas) con el formato del gateway."},
			{EN: acquirerEN, PT: acquirerPT, ES: acquirerES},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: irreversibleDataEN, PT: irreversibleDataPT, ES: irreversibleDataES},
		Source:   abecsSource + " (30)",
	},
	{
		Code:     "38",
		Category: Business,
		Title:    Text{EN: "Too many PIN attempts (Elo)", PT: "Excedidas tentativas de senha (Elo)", ES: "Demasiados intentos de PIN (Elo)"},
		Meaning: Text{
			EN: "Elo blocked purchases after too many wrong PIN attempts.",
			PT: "A Elo bloqueou compras após tentativas de senha erradas demais.",
			ES: "Elo bloqueó las compras después de demasiados intentos de PIN incorrectos.",
		},
		Fix:      []Text{{EN: callIssuerEN, PT: callIssuerPT, ES: callIssuerES}},
		Retry:    Fix,
		RetryWhy: Text{EN: reversibleEN, PT: reversiblePT, ES: reversibleES},
		Source:   abecsSource + " (38)",
	},
	{
		Code:     "41",
		Category: Business,
		Title:    Text{EN: "Lost card", PT: "Cartão perdido", ES: "Tarjeta extraviada"},
		Meaning: Text{
			EN: "The card was reported lost; the transaction is not allowed.",
			PT: "O cartão foi comunicado como perdido; a transação não é permitida.",
			ES: "Se reportó la tarjeta como extraviada; la transacción no está permitida.",
		},
		Fix:      []Text{{EN: genericMessageEN, PT: genericMessagePT, ES: genericMessageES}},
		Retry:    None,
		RetryWhy: Text{EN: irreversibleEN, PT: irreversiblePT, ES: irreversibleES},
		Source:   abecsSource + " (41)",
	},
	{
		Code:     "43",
		Category: Business,
		Title:    Text{EN: "Stolen card", PT: "Cartão roubado", ES: "Tarjeta robada"},
		Meaning: Text{
			EN: "The card was reported stolen; the transaction is not allowed.",
			PT: "O cartão foi comunicado como roubado; a transação não é permitida.",
			ES: "Se reportó la tarjeta como robada; la transacción no está permitida.",
		},
		Fix:      []Text{{EN: genericMessageEN, PT: genericMessagePT, ES: genericMessageES}},
		Retry:    None,
		RetryWhy: Text{EN: irreversibleEN, PT: irreversiblePT, ES: irreversibleES},
		Source:   abecsSource + " (43)",
	},
	{
		Code:     "46",
		Category: Business,
		Title:    Text{EN: "Account closed (Elo, Visa)", PT: "Conta encerrada (Elo, Visa)", ES: "Cuenta cerrada (Elo, Visa)"},
		Meaning: Text{
			EN: "Elo and Visa: the account behind the card is closed; the card cannot be used again. Mastercard sends 62 for a closed account.",
			PT: "Elo e Visa: a conta vinculada ao cartão foi encerrada; o cartão não pode mais ser usado. A Mastercard envia 62 para conta encerrada.",
			ES: "Elo y Visa: la cuenta asociada a la tarjeta está cerrada; la tarjeta no puede volver a usarse. Mastercard envía 62 para una cuenta cerrada.",
		},
		Fix: []Text{
			{EN: genericMessageEN, PT: genericMessagePT, ES: genericMessageES},
			{EN: "For a subscription, ask the customer to update the card on file.", PT: "Numa assinatura, peça ao cliente que atualize o cartão cadastrado.", ES: "Si es una suscripción, pida al cliente que actualice la tarjeta registrada."},
		},
		Retry:    None,
		RetryWhy: Text{EN: irreversibleEN, PT: irreversiblePT, ES: irreversibleES},
		Source:   abecsSource + " (46)",
	},
	{
		Code:     "51",
		Category: Business,
		Title:    Text{EN: "Insufficient funds or limit", PT: "Saldo/limite insuficiente", ES: "Fondos o límite insuficientes"},
		Meaning: Text{
			EN: "The card has no balance or credit limit left for this amount; the buyer sees \"not authorized\".",
			PT: "O cartão não tem saldo ou limite disponível para este valor; o comprador vê \"não autorizada\".",
			ES: "La tarjeta no tiene saldo ni límite de crédito disponible para este monto; el comprador ve \"no autorizada\".",
		},
		Fix: []Text{
			{EN: genericMessageEN, PT: genericMessagePT, ES: genericMessageES},
			{EN: "For a subscription, retry on a later day, not within minutes.", PT: "Numa assinatura, retente em outro dia, não em minutos.", ES: "Si es una suscripción, reintente otro día, no en cuestión de minutos."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: reversibleEN, PT: reversiblePT, ES: reversibleES},
		Source:   abecsSource + " (51)",
	},
	{
		Code:     "54",
		Category: Validation,
		Title:    Text{EN: "Expired card or invalid expiry date", PT: "Cartão vencido ou data de validade inválida", ES: "Tarjeta vencida o fecha de vencimiento inválida"},
		Meaning: Text{
			EN: "The card is past its expiry date, or the date sent does not match the card.",
			PT: "O cartão passou da validade, ou a data enviada não confere com a do cartão.",
			ES: "La tarjeta pasó su fecha de vencimiento, o la fecha enviada no coincide con la de la tarjeta.",
		},
		Fix: []Text{
			{EN: checkCardEN, PT: checkCardPT, ES: checkCardES},
			{EN: "For a subscription, ask the customer for the renewed card.", PT: "Numa assinatura, peça ao cliente o cartão renovado.", ES: "Si es una suscripción, pida al cliente la tarjeta renovada."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: irreversibleDataEN, PT: irreversibleDataPT, ES: irreversibleDataES},
		Source:   abecsSource + " (54)",
	},
	{
		Code:     "55",
		Category: Validation,
		Title:    Text{EN: "Invalid PIN", PT: "Senha inválida", ES: "PIN inválido"},
		Meaning: Text{
			EN: "The PIN entered is wrong (Visa also sends 86).",
			PT: "A senha digitada está errada (a Visa também envia 86).",
			ES: "El PIN ingresado es incorrecto (Visa también envía 86).",
		},
		Fix: []Text{
			{EN: "Ask the buyer to enter the PIN again; after repeated failures, to contact the issuer.", PT: "Peça ao comprador que digite a senha de novo; após falhas repetidas, que fale com o emissor.", ES: "Pida al comprador que vuelva a ingresar el PIN; tras varios fallos, que se comunique con el emisor."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: reversibleEN, PT: reversiblePT, ES: reversibleES},
		Source:   abecsSource + " (55)",
	},
	{
		Code:     "56",
		Category: Validation,
		Title:    Text{EN: "Invalid card number (Elo)", PT: "Número do cartão inválido (Elo)", ES: "Número de tarjeta inválido (Elo)"},
		Meaning: Text{
			EN: "Elo sends 56, besides 14, when the card number does not belong to the issuer or is invalid.",
			PT: "A Elo envia 56, além do 14, quando o número do cartão não pertence ao emissor ou é inválido.",
			ES: "Elo envía 56, además de 14, cuando el número de tarjeta no pertenece al emisor o es inválido.",
		},
		Fix:      []Text{{EN: checkCardEN, PT: checkCardPT, ES: checkCardES}},
		Retry:    Fix,
		RetryWhy: Text{EN: irreversibleDataEN, PT: irreversibleDataPT, ES: irreversibleDataES},
		Source:   abecsSource + " (56)",
	},
	{
		Code:     "57",
		Category: Business,
		Title:    Text{EN: "Transaction not allowed for the card", PT: "Transação não permitida para o cartão", ES: "Transacción no permitida para la tarjeta"},
		Meaning: Text{
			EN: "The card may not be used for this transaction. Elo also sends 57 for confirmed fraud, a terminal that cannot do the transaction and a refusal on legal grounds; Mastercard for a temporary block.",
			PT: "O cartão não pode ser usado nesta transação. A Elo também envia 57 para fraude confirmada, terminal sem capacidade para a transação e recusa por infração de lei; a Mastercard, para bloqueio temporário.",
			ES: "La tarjeta no puede usarse para esta transacción. Elo también envía 57 para fraude confirmado, para una terminal que no puede realizar la transacción y para un rechazo por motivos legales; Mastercard, para un bloqueo temporal.",
		},
		Fix:   []Text{{EN: genericMessageEN, PT: genericMessagePT, ES: genericMessageES}},
		Retry: None,
		RetryWhy: Text{
			EN: "Irreversible on Elo and Visa (\"do not try again\"), and so for a card whose brand is not known; on Mastercard 57 is a temporary block, reversible once the buyer clears it with the issuer.",
			PT: "Irreversível na Elo e na Visa (\"não tente novamente\"), e portanto para um cartão de bandeira desconhecida; na Mastercard o 57 é um bloqueio temporário, reversível depois que o comprador resolve com o emissor.",
			ES: "Irreversible en Elo y Visa (\"no vuelva a intentar\"), y por tanto para una tarjeta de marca desconocida; en Mastercard 57 es un bloqueo temporal, reversible una vez que el comprador lo resuelve con el emisor.",
		},
		Source: abecsSource + " (57)",
	},
	{
		Code:     "58",
		Category: Authorization,
		Title:    Text{EN: "Transaction not allowed for the merchant or terminal", PT: "Transação não permitida para o lojista ou terminal", ES: "Transacción no permitida para el comercio o la terminal"},
		Meaning: Text{
			EN: "Elo: invalid merchant. Visa and Mastercard: the terminal or merchant set-up cannot do this transaction.",
			PT: "Elo: comerciante inválido. Visa e Mastercard: o terminal ou o cadastro do lojista não permite esta transação.",
			ES: "Elo: comercio inválido. Visa y Mastercard: la terminal o la configuración del comercio no puede realizar esta transacción.",
		},
		Fix: []Text{
			{EN: acquirerEN, PT: acquirerPT, ES: acquirerES},
			{EN: genericMessageEN, PT: genericMessagePT, ES: genericMessageES},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: irreversibleDataEN, PT: irreversibleDataPT, ES: irreversibleDataES},
		Source:   abecsSource + " (58)",
	},
	{
		Code:     "59",
		Category: Business,
		Title:    Text{EN: "Suspected fraud", PT: "Suspeita de fraude", ES: "Sospecha de fraude"},
		Meaning: Text{
			EN: "The issuer suspects fraud (Elo and Visa; Mastercard sends 63) and asks the buyer to contact the card's issuer.",
			PT: "O emissor suspeita de fraude (Elo e Visa; a Mastercard envia 63) e orienta o comprador a contatar a central do cartão.",
			ES: "El emisor sospecha de fraude (Elo y Visa; Mastercard envía 63) y pide al comprador que se comunique con el emisor de la tarjeta.",
		},
		Fix: []Text{
			{EN: genericMessageEN, PT: genericMessagePT, ES: genericMessageES},
			{EN: "Ask the buyer to confirm the purchase with the issuer, then try again, with 3-D Secure if you have it.", PT: "Peça ao comprador que confirme a compra com o emissor e tente de novo, com 3-D Secure se houver.", ES: "Pida al comprador que confirme la compra con el emisor y luego intente de nuevo, con 3-D Secure si lo tiene disponible."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: reversibleEN, PT: reversiblePT, ES: reversibleES},
		Source:   abecsSource + " (59)",
	},
	{
		Code:     "61",
		Category: Business,
		Title:    Text{EN: "Amount limit exceeded", PT: "Valor excedido", ES: "Límite de monto excedido"},
		Meaning: Text{
			EN: "The amount is above the card's limit for this kind of transaction (Visa also sends N4).",
			PT: "O valor passa do limite do cartão para este tipo de transação (a Visa também envia N4).",
			ES: "El monto supera el límite de la tarjeta para este tipo de transacción (Visa también envía N4).",
		},
		Fix: []Text{
			{EN: genericMessageEN, PT: genericMessagePT, ES: genericMessageES},
			{EN: callIssuerEN, PT: callIssuerPT, ES: callIssuerES},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: reversibleEN, PT: reversiblePT, ES: reversibleES},
		Source:   abecsSource + " (61)",
	},
	{
		Code:     "62",
		Category: Business,
		Title:    Text{EN: "Card temporarily blocked", PT: "Bloqueio temporário", ES: "Tarjeta bloqueada temporalmente"},
		Meaning: Text{
			EN: "The issuer blocked the card for now (for example, overdue bills). Elo and Mastercard also send 62, irreversible, for a domestic card in an international sale, and Mastercard for a closed account or a refusal on legal grounds.",
			PT: "O emissor bloqueou o cartão por ora (por exemplo, inadimplência). Elo e Mastercard também enviam 62, irreversível, para cartão doméstico em venda internacional, e a Mastercard para conta encerrada ou recusa por infração de lei.",
			ES: "El emisor bloqueó la tarjeta por ahora (por ejemplo, por facturas vencidas). Elo y Mastercard también envían 62, irreversible, para una tarjeta nacional en una venta internacional, y Mastercard, para una cuenta cerrada o un rechazo por motivos legales.",
		},
		Fix: []Text{
			{EN: callIssuerEN, PT: callIssuerPT, ES: callIssuerES},
			{EN: genericMessageEN, PT: genericMessagePT, ES: genericMessageES},
		},
		Retry: Fix,
		RetryWhy: Text{
			EN: "A temporary block is reversible once the buyer settles it with the issuer; the other readings are irreversible, so on Mastercard, or for an international sale, do not retry.",
			PT: "O bloqueio temporário é reversível depois que o comprador resolve com o emissor; as outras leituras são irreversíveis, então na Mastercard, ou em venda internacional, não retente.",
			ES: "Un bloqueo temporal es reversible una vez que el comprador lo resuelve con el emisor; las demás interpretaciones son irreversibles, así que en Mastercard, o en una venta internacional, no reintente.",
		},
		Source: abecsSource + " (62)",
	},
	{
		Code:     "63",
		Category: Business,
		Title:    Text{EN: "Security violation", PT: "Violação de segurança", ES: "Violación de seguridad"},
		Meaning: Text{
			EN: "Elo and Visa: the card's security check failed (invalid or missing data). Mastercard sends 63 for suspected fraud.",
			PT: "Elo e Visa: a verificação de segurança do cartão falhou (dado inválido ou ausente). A Mastercard envia 63 para suspeita de fraude.",
			ES: "Elo y Visa: falló la verificación de seguridad de la tarjeta (datos inválidos o faltantes). Mastercard envía 63 para sospecha de fraude.",
		},
		Fix: []Text{
			{EN: checkCardEN, PT: checkCardPT, ES: checkCardES},
			{EN: genericMessageEN, PT: genericMessagePT, ES: genericMessageES},
		},
		Retry: Fix,
		RetryWhy: Text{
			EN: "On Elo and Visa the security data sent failed (irreversible: the same data is always refused), so it must be corrected; on Mastercard 63 is suspected fraud, reversible once the buyer confirms the purchase with the issuer.",
			PT: "Na Elo e na Visa os dados de segurança enviados falharam (irreversível: os mesmos dados são sempre recusados), então precisam ser corrigidos; na Mastercard o 63 é suspeita de fraude, reversível depois que o comprador confirma a compra com o emissor.",
			ES: "En Elo y Visa fallaron los datos de seguridad enviados (irreversible: los mismos datos siempre se rechazan), así que deben corregirse; en Mastercard 63 es sospecha de fraude, reversible una vez que el comprador confirma la compra con el emisor.",
		},
		Source: abecsSource + " (63)",
	},
	{
		Code:     "64",
		Category: Business,
		Title:    Text{EN: "Minimum amount not met / anti-money-laundering", PT: "Valor mínimo inválido / lei antilavagem", ES: "Monto mínimo no alcanzado / prevención de lavado de dinero"},
		Meaning: Text{
			EN: "Elo: the amount is below the minimum for the transaction. Visa: refused for non-compliance with anti-money-laundering rules.",
			PT: "Elo: o valor está abaixo do mínimo da transação. Visa: recusa por não cumprimento das leis de prevenção à lavagem de dinheiro.",
			ES: "Elo: el monto está por debajo del mínimo para la transacción. Visa: rechazada por incumplir las normas de prevención de lavado de dinero.",
		},
		Fix: []Text{
			{EN: "On Elo, check the minimum amount of the payment method.", PT: "Na Elo, confira o valor mínimo do meio de pagamento.", ES: "En Elo, revise el monto mínimo del medio de pago."},
			{EN: genericMessageEN, PT: genericMessagePT, ES: genericMessageES},
		},
		Retry:    None,
		RetryWhy: Text{EN: irreversibleEN, PT: irreversiblePT, ES: irreversibleES},
		Source:   abecsSource + " (64)",
	},
	{
		Code:     "75",
		Category: Business,
		Title:    Text{EN: "Too many PIN attempts", PT: "Excedidas tentativas de senha", ES: "Demasiados intentos de PIN"},
		Meaning: Text{
			EN: "The PIN was entered wrong too many times and the issuer blocked it.",
			PT: "A senha foi digitada errada vezes demais e o emissor a bloqueou.",
			ES: "El PIN se ingresó mal demasiadas veces y el emisor lo bloqueó.",
		},
		Fix:      []Text{{EN: callIssuerEN, PT: callIssuerPT, ES: callIssuerES}},
		Retry:    Fix,
		RetryWhy: Text{EN: reversibleEN, PT: reversiblePT, ES: reversibleES},
		Source:   abecsSource + " (75)",
	},
	{
		Code:     "76",
		Category: Business,
		Title:    Text{EN: "Invalid destination account / invalid reversal", PT: "Conta destino inválida / reversão inválida", ES: "Cuenta de destino inválida / reversión inválida"},
		Meaning: Text{
			EN: "Elo: the destination account is invalid or does not exist. Visa: the reversal is invalid.",
			PT: "Elo: a conta destino é inválida ou inexistente. Visa: a reversão é inválida.",
			ES: "Elo: la cuenta de destino es inválida o no existe. Visa: la reversión es inválida.",
		},
		Fix: []Text{
			{EN: "Check which transaction or account the request refers to; for a reversal, look the original up first.", PT: "Confira a qual transação ou conta a requisição se refere; numa reversão, consulte a original antes.", ES: "Verifique a qué transacción o cuenta se refiere la solicitud; para una reversión, consulte primero la transacción original."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: irreversibleDataEN, PT: irreversibleDataPT, ES: irreversibleDataES},
		Source:   abecsSource + " (76)",
	},
	{
		Code:     "78",
		Category: Business,
		Title:    Text{EN: "New card not unlocked", PT: "Cartão novo sem desbloqueio", ES: "Tarjeta nueva no desbloqueada"},
		Meaning: Text{
			EN: "The card is new and has not been unlocked yet, or the holder locked it in the bank's app.",
			PT: "O cartão é novo e ainda não foi desbloqueado, ou o titular o bloqueou no app do banco.",
			ES: "La tarjeta es nueva y todavía no se ha desbloqueado, o el titular la bloqueó en la app del banco.",
		},
		Fix: []Text{
			{EN: "Ask the buyer to unlock the card in the bank's app, then start a new payment.", PT: "Peça ao comprador que desbloqueie o cartão no app do banco e inicie um novo pagamento.", ES: "Pida al comprador que desbloquee la tarjeta en la app del banco y luego inicie un nuevo pago."},
		},
		Retry: Fix,
		RetryWhy: Text{
			EN: "Reversible on Elo and Visa (the table as republished on 1 October 2024; Mastercard sends 57): a later attempt can be approved once the card is unlocked.",
			PT: "Reversível na Elo e na Visa (tabela republicada em 1º de outubro de 2024; a Mastercard envia 57): uma nova tentativa pode ser aprovada depois do desbloqueio.",
			ES: "Reversible en Elo y Visa (tabla republicada el 1 de octubre de 2024; Mastercard envía 57): un intento posterior puede aprobarse una vez desbloqueada la tarjeta.",
		},
		Source: abecsSource + " (78)",
	},
	{
		Code:     "82",
		Category: Validation,
		Title:    Text{EN: "Invalid card (cryptogram)", PT: "Cartão inválido (criptograma)", ES: "Tarjeta inválida (criptograma)"},
		Meaning: Text{
			EN: "Elo and Visa rejected the card's cryptogram (chip, token or wallet data).",
			PT: "Elo e Visa rejeitaram o criptograma do cartão (dados do chip, token ou carteira digital).",
			ES: "Elo y Visa rechazaron el criptograma de la tarjeta (datos del chip, del token o de la billetera).",
		},
		Fix: []Text{
			{EN: "If you send network tokens or wallet payments, check the cryptogram is fresh and for this amount.", PT: "Se você envia tokens de bandeira ou carteiras digitais, confira se o criptograma é novo e deste valor.", ES: "Si envía tokens de red o pagos con billetera, verifique que el criptograma sea reciente y corresponda a este monto."},
			{EN: genericMessageEN, PT: genericMessagePT, ES: genericMessageES},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: irreversibleDataEN, PT: irreversibleDataPT, ES: irreversibleDataES},
		Source:   abecsSource + " (82)",
	},
	{
		Code:     "86",
		Category: Validation,
		Title:    Text{EN: "Invalid PIN (Visa)", PT: "Senha inválida (Visa)", ES: "PIN inválido (Visa)"},
		Meaning: Text{
			EN: "Visa sends 86, besides 55, when the PIN entered is wrong.",
			PT: "A Visa envia 86, além do 55, quando a senha digitada está errada.",
			ES: "Visa envía 86, además de 55, cuando el PIN ingresado es incorrecto.",
		},
		Fix: []Text{
			{EN: "Ask the buyer to enter the PIN again; after repeated failures, to contact the issuer.", PT: "Peça ao comprador que digite a senha de novo; após falhas repetidas, que fale com o emissor.", ES: "Pida al comprador que vuelva a ingresar el PIN; tras varios fallos, que se comunique con el emisor."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: reversibleEN, PT: reversiblePT, ES: reversibleES},
		Source:   abecsSource + " (86)",
	},
	{
		Code:     "91",
		Category: Upstream,
		Title:    Text{EN: "Issuer unavailable", PT: "Emissor fora do ar", ES: "Emisor no disponible"},
		Meaning: Text{
			EN: "The issuer's system did not answer; the buyer sees \"communication failure, try later\".",
			PT: "O sistema do emissor não respondeu; o comprador vê \"falha de comunicação, tente mais tarde\".",
			ES: "El sistema del emisor no respondió; el comprador ve \"falla de comunicación, intente más tarde\".",
		},
		Fix: []Text{
			{EN: "Retry later, in hours rather than seconds, within the card brands' limits.", PT: "Retente mais tarde, em horas e não em segundos, dentro dos limites das bandeiras.", ES: "Reintente más tarde, en horas y no en segundos, dentro de los límites de las marcas."},
			{EN: "Meanwhile offer the buyer another card or Pix.", PT: "Enquanto isso, ofereça ao comprador outro cartão ou o Pix.", ES: "Mientras tanto, ofrezca al comprador otra tarjeta o Pix."},
		},
		Retry:       Wait,
		RetryWhy:    Text{EN: declineLaterEN, PT: declineLaterPT, ES: declineLaterES},
		Idempotency: Text{EN: newAttemptEN, PT: newAttemptPT, ES: newAttemptES},
		Source:      abecsSource + " (91)",
	},
	{
		Code:     "92",
		Category: Upstream,
		Title:    Text{EN: "Not found by the router", PT: "Não localizado pelo roteador", ES: "No encontrado por el enrutador"},
		Meaning: Text{
			EN: "Visa and Mastercard could not route the transaction to an issuer.",
			PT: "Visa e Mastercard não conseguiram rotear a transação até um emissor.",
			ES: "Visa y Mastercard no pudieron enrutar la transacción hacia un emisor.",
		},
		Fix: []Text{
			{EN: checkCardEN, PT: checkCardPT, ES: checkCardES},
			{EN: "If it happens with many cards, tell your acquirer.", PT: "Se acontecer com muitos cartões, avise o adquirente.", ES: "Si ocurre con muchas tarjetas, avise a su adquirente."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: irreversibleDataEN, PT: irreversibleDataPT, ES: irreversibleDataES},
		Source:   abecsSource + " (92)",
	},
	{
		Code:     "93",
		Category: Business,
		Title:    Text{EN: "Refused on legal grounds (Visa)", PT: "Transação negada por infração de lei (Visa)", ES: "Rechazada por motivos legales (Visa)"},
		Meaning: Text{
			EN: "Visa refused because the transaction would break a law or regulation (Elo sends 57, Mastercard 62).",
			PT: "A Visa negou porque a transação infringiria lei ou regulamento (a Elo envia 57, a Mastercard 62).",
			ES: "Visa rechazó porque la transacción infringiría una ley o regulación (Elo envía 57, Mastercard 62).",
		},
		Fix:      []Text{{EN: genericMessageEN, PT: genericMessagePT, ES: genericMessageES}},
		Retry:    None,
		RetryWhy: Text{EN: irreversibleEN, PT: irreversiblePT, ES: irreversibleES},
		Source:   abecsSource + " (93)",
	},
	{
		Code:     "94",
		Category: Conflict,
		Title:    Text{EN: "Duplicate tracing data", PT: "Valor do tracing data duplicado", ES: "Datos de rastreo duplicados"},
		Meaning: Text{
			EN: "Visa and Mastercard already saw a transaction with the same trace data: the request looks like a duplicate.",
			PT: "Visa e Mastercard já receberam uma transação com os mesmos dados de rastreio: a requisição parece duplicada.",
			ES: "Visa y Mastercard ya vieron una transacción con los mismos datos de rastreo: la solicitud parece un duplicado.",
		},
		Fix: []Text{
			{EN: "Look the first attempt up before charging again; it may have gone through.", PT: "Consulte a primeira tentativa antes de cobrar de novo; ela pode ter passado.", ES: "Consulte el primer intento antes de volver a cobrar; puede haberse procesado."},
		},
		Retry:    CheckFirst,
		RetryWhy: Text{EN: declineDuplicateEN, PT: declineDuplicatePT, ES: declineDuplicateES},
		Source:   abecsSource + " (94)",
	},
	{
		Code:     "96",
		Category: Upstream,
		Title:    Text{EN: "System failure", PT: "Falha do sistema", ES: "Falla del sistema"},
		Meaning: Text{
			EN: "A system along the authorization path failed; the buyer sees \"communication failure, try later\".",
			PT: "Um sistema no caminho da autorização falhou; o comprador vê \"falha de comunicação, tente mais tarde\".",
			ES: "Falló un sistema en la ruta de autorización; el comprador ve \"falla de comunicación, intente más tarde\".",
		},
		Fix: []Text{
			{EN: "Retry later, in hours rather than seconds, within the card brands' limits.", PT: "Retente mais tarde, em horas e não em segundos, dentro dos limites das bandeiras.", ES: "Reintente más tarde, en horas y no en segundos, dentro de los límites de las marcas."},
			{EN: "If it persists, tell your acquirer or gateway.", PT: "Se persistir, avise o adquirente ou gateway.", ES: "Si persiste, avise a su adquirente o gateway."},
		},
		Retry:       Wait,
		RetryWhy:    Text{EN: declineLaterEN, PT: declineLaterPT, ES: declineLaterES},
		Idempotency: Text{EN: newAttemptEN, PT: newAttemptPT, ES: newAttemptES},
		Source:      abecsSource + " (96)",
	},
	{
		Code:     "N7",
		Category: Validation,
		Title:    Text{EN: "Card security data rejected (Visa)", PT: "Erro nos dados de segurança do cartão (Visa)", ES: "Datos de seguridad de la tarjeta rechazados (Visa)"},
		Meaning: Text{
			EN: "Visa rejected the card's security data; the buyer sees \"card error, do not try again\". The ABECS table calls it an error from a dynamic-key change; gateways often report it as an invalid security code (CVV).",
			PT: "A Visa rejeitou os dados de segurança do cartão; o comprador vê \"erro no cartão, não tente novamente\". A tabela da ABECS o chama de erro por mudança de chave dinâmica; gateways costumam exibi-lo como código de segurança (CVV) inválido.",
			ES: "Visa rechazó los datos de seguridad de la tarjeta; el comprador ve \"error de tarjeta, no vuelva a intentar\". La tabla de ABECS lo describe como un error en un cambio de clave dinámica; los gateways suelen informarlo como código de seguridad (CVV) inválido.",
		},
		Fix: []Text{
			{EN: checkCardEN, PT: checkCardPT, ES: checkCardES},
			{EN: genericMessageEN, PT: genericMessagePT, ES: genericMessageES},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: irreversibleDataEN, PT: irreversibleDataPT, ES: irreversibleDataES},
		Source:   abecsSource + " (N7)",
	},
	{
		Code:     "N8",
		Category: Validation,
		Title:    Text{EN: "Amount differs from the pre-authorization (Visa)", PT: "Valor diferente da pré-autorização (Visa)", ES: "Monto distinto de la preautorización (Visa)"},
		Meaning: Text{
			EN: "Visa refused because the amount does not match the pre-authorization it refers to.",
			PT: "A Visa negou porque o valor não confere com o da pré-autorização a que se refere.",
			ES: "Visa rechazó porque el monto no coincide con la preautorización a la que se refiere.",
		},
		Fix: []Text{
			{EN: "Capture or adjust within the pre-authorized amount, or authorize the new amount as a new transaction.", PT: "Capture ou ajuste dentro do valor pré-autorizado, ou autorize o novo valor como nova transação.", ES: "Capture o ajuste dentro del monto preautorizado, o autorice el nuevo monto como una transacción nueva."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: irreversibleDataEN, PT: irreversibleDataPT, ES: irreversibleDataES},
		Source:   abecsSource + " (N8)",
	},
	{
		Code:     "R0",
		Category: Business,
		Title:    Text{EN: "Recurring payment stopped for this service (Visa)", PT: "Suspensão de pagamento recorrente para um serviço (Visa)", ES: "Pago recurrente suspendido para este servicio (Visa)"},
		Meaning: Text{
			EN: "The cardholder told the issuer to stop this merchant's recurring charges.",
			PT: "O titular pediu ao emissor que suspendesse as cobranças recorrentes deste lojista.",
			ES: "El titular de la tarjeta pidió al emisor que suspenda los cobros recurrentes de este comercio.",
		},
		Fix: []Text{
			{EN: "Stop charging this card for the subscription and ask the customer for a new payment method.", PT: "Pare de cobrar a assinatura neste cartão e peça ao cliente um novo meio de pagamento.", ES: "Deje de cobrar esta tarjeta para la suscripción y pida al cliente un nuevo medio de pago."},
		},
		Retry:    None,
		RetryWhy: Text{EN: irreversibleEN, PT: irreversiblePT, ES: irreversibleES},
		Source:   abecsSource + " (R0)",
	},
	{
		Code:     "R1",
		Category: Business,
		Title:    Text{EN: "Recurring payments stopped for all services (Visa)", PT: "Suspensão de pagamento recorrente para todos os serviços (Visa)", ES: "Pagos recurrentes suspendidos para todos los servicios (Visa)"},
		Meaning: Text{
			EN: "The cardholder told the issuer to stop every recurring charge on this card.",
			PT: "O titular pediu ao emissor que suspendesse todas as cobranças recorrentes neste cartão.",
			ES: "El titular de la tarjeta pidió al emisor que suspenda todos los cobros recurrentes de esta tarjeta.",
		},
		Fix: []Text{
			{EN: "Stop charging this card for the subscription and ask the customer for a new payment method.", PT: "Pare de cobrar a assinatura neste cartão e peça ao cliente um novo meio de pagamento.", ES: "Deje de cobrar esta tarjeta para la suscripción y pida al cliente un nuevo medio de pago."},
		},
		Retry:    None,
		RetryWhy: Text{EN: irreversibleEN, PT: irreversiblePT, ES: irreversibleES},
		Source:   abecsSource + " (R1)",
	},
	{
		Code:     "R3",
		Category: Business,
		Title:    Text{EN: "All authorization orders stopped (Visa)", PT: "Suspensão de todas as ordens de autorização (Visa)", ES: "Todas las órdenes de autorización suspendidas (Visa)"},
		Meaning: Text{
			EN: "The cardholder revoked every standing authorization on the card; recurring charges will be refused.",
			PT: "O titular revogou todas as autorizações permanentes do cartão; cobranças recorrentes serão negadas.",
			ES: "El titular de la tarjeta revocó todas las autorizaciones permanentes de la tarjeta; los cobros recurrentes serán rechazados.",
		},
		Fix: []Text{
			{EN: "Stop charging this card for the subscription and ask the customer for a new payment method.", PT: "Pare de cobrar a assinatura neste cartão e peça ao cliente um novo meio de pagamento.", ES: "Deje de cobrar esta tarjeta para la suscripción y pida al cliente un nuevo medio de pago."},
		},
		Retry:    None,
		RetryWhy: Text{EN: irreversibleEN, PT: irreversiblePT, ES: irreversibleES},
		Source:   abecsSource + " (R3)",
	},
}}

// IssuerCode returns the entry for an ABECS issuer response code as the gateway sent it
// ("51", "05", "N7"), and whether there is one. Codes match exactly, except that a single
// digit is read with its leading zero ("5" is "05"), as some gateways strip it.
func IssuerCode(code string) (Entry, bool) {
	if len(code) == 1 && code[0] >= '0' && code[0] <= '9' {
		code = "0" + code
	}
	return issuerCodes.Lookup(code)
}
