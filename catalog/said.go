//go:build !textpack

package catalog

// Prose that decode writes, kept here so that a textpack build (the page, the Worker and
// the explainer) carries it in the language packs rather than in its code: three
// languages of every sentence cost the Worker's upload, whose budget is nearly full. Each
// is used where its comment says; decode reads them through Text.In, as it reads the
// catalog's own.
var (
	// decode/advise.go
	SaidRateLimitTurnsRequestAway = Text{EN: "A rate limit turns the request away before any processing: resending is safe even for a POST without an idempotency key.", PT: "O limite de requisições recusa a requisição antes de qualquer processamento: reenviar é seguro mesmo para um POST sem chave de idempotência.", ES: "El límite de solicitudes rechaza la solicitud antes de cualquier procesamiento: reenviar es seguro incluso para un POST sin clave de idempotencia."}
	// decode/advise.go
	SaidDontResendCorrectRequest = Text{EN: "Don't resend it as is: correct the request (data, key, permission, balance), then send it again.", PT: "Não reenvie como está: corrija a requisição (dados, chave, permissão, saldo) e então envie de novo.", ES: "No la reenvíe tal cual: corrija la solicitud (datos, clave, permiso, saldo) y luego envíela de nuevo."}
	// decode/advise.go
	SaidDontRetrySameRequest = Text{EN: "Don't retry: this same request can never succeed. Do something else (look the resource up, create a new one).", PT: "Não reenvie: esta mesma requisição nunca vai dar certo. Faça outra coisa (consulte o recurso, crie um novo).", ES: "No reintente: esta misma solicitud nunca tendrá éxito. Haga otra cosa (consulte el recurso, cree uno nuevo)."}
	// decode/advise.go
	SaidGETPUTDELETEMayRepeated = Text{EN: "GET, PUT and DELETE may be repeated (RFC 9110 §9.2.2). A POST without an idempotency key should be resent only after confirming it was not processed.", PT: "GET, PUT e DELETE podem ser repetidos (RFC 9110 §9.2.2). Um POST sem chave de idempotência só deve ser reenviado depois de confirmar que não foi processado.", ES: "GET, PUT y DELETE pueden repetirse (RFC 9110 §9.2.2). Un POST sin clave de idempotencia solo debe reenviarse después de confirmar que no se procesó."}
	// decode/advise.go
	SaidRetryExponentialBackoff1S = Text{EN: "Retry with exponential backoff (1 s, 2 s, 4 s, 8 s), at most 4 attempts.", PT: "Reenvie com backoff exponencial (1 s, 2 s, 4 s, 8 s), no máximo 4 tentativas.", ES: "Reintente con backoff exponencial (1 s, 2 s, 4 s, 8 s), como máximo 4 intentos."}
	// decode/advise.go
	SaidOutcomeUnknownOperationMayHave = Text{EN: "The outcome is unknown: the operation may have gone through. Look the resource up before sending it again, or it may happen twice.", PT: "O resultado é desconhecido: a operação pode ter sido executada. Consulte o recurso antes de reenviar, ou ela pode acontecer duas vezes.", ES: "El resultado es desconocido: la operación pudo haberse ejecutado. Consulte el recurso antes de volver a enviarla, o podría ocurrir dos veces."}
	// decode/advise.go
	SaidRequestOnlyAskedAccessToken = Text{EN: "The request only asked for an access token (an OAuth token endpoint): it creates no payment, so sending it again cannot do anything twice; retry with backoff.", PT: "A requisição só pedia um token de acesso (um endpoint de token OAuth): ela não cria pagamento, então reenviá-la não faz nada duas vezes; tente de novo com backoff.", ES: "La solicitud solo pedía un token de acceso (un endpoint de token OAuth): no crea ningún pago, así que reenviarla no puede hacer nada dos veces; reintente con backoff."}
	// decode/advise.go
	SaidTransientFailureRetryExponentialBackoff = Text{EN: "Transient failure: retry with exponential backoff (1 s, 2 s, 4 s, 8 s) and give up after 4 attempts, reusing the same idempotency key for writes.", PT: "Falha passageira: reenvie com backoff exponencial (1 s, 2 s, 4 s, 8 s) e desista após 4 tentativas, reutilizando a mesma chave de idempotência em operações de escrita.", ES: "Falla transitoria: reintente con backoff exponencial (1 s, 2 s, 4 s, 8 s) y desista tras 4 intentos, reutilizando la misma clave de idempotencia en las escrituras."}
	// decode/advise.go
	SaidWaitBeforeSendingAgainResponse = Text{EN: "Wait before sending it again. The response doesn't say how long: start at 60 s and back off exponentially.", PT: "Aguarde antes de reenviar. A resposta não informa quanto tempo: comece com 60 s e use backoff exponencial.", ES: "Espere antes de volver a enviarla. La respuesta no dice cuánto tiempo: empiece con 60 s y aumente la espera de forma exponencial."}
	// decode/adyen.go
	SaidTerminalAPIAnswerFailedResult = Text{EN: "a Terminal API answer that failed: Result Failure or an EventNotification Reject (Adyen's point-of-sale API)", PT: "uma resposta da Terminal API que falhou: Result Failure ou um EventNotification Reject (API de ponto de venda da Adyen)", ES: "una respuesta de la Terminal API que falló: Result Failure o un EventNotification Reject (API de punto de venta de Adyen)"}
	// decode/adyen.go
	SaidInvalidFieldsWithPspReference = Text{EN: "invalidFields[].errorCode with a pspReference (Adyen's onboarding and management APIs)", PT: "invalidFields[].errorCode com pspReference (APIs de onboarding e gestão da Adyen)", ES: "invalidFields[].errorCode con pspReference (API de onboarding y gestión de Adyen)"}
	// decode/bacenpix.go
	SaidViolacoesRazaoPropriedadeAPIPix = Text{EN: "violacoes[{razao, propriedade}] (the API Pix specification's field violations)", PT: "violacoes[{razao, propriedade}] (violações de campos da especificação da API Pix)", ES: "violacoes[{razao, propriedade}] (violaciones de campos de la especificación de la API Pix)"}
	// decode/banks.go
	SaidStatusCodeErrorMessageAttributesBanco = Text{EN: "statusCode, error, message and attributes (Banco do Brasil's API gateway)", PT: "statusCode, error, message e attributes (gateway de APIs do Banco do Brasil)", ES: "statusCode, error, message y attributes (gateway de API del Banco do Brasil)"}
	// decode/cielo.go
	SaidTopLevelArrayCodeMessage = Text{EN: "a top-level array of {Code, Message} in PascalCase (Cielo's integration errors)", PT: "uma lista no topo de {Code, Message} em PascalCase (erros de integração da Cielo)", ES: "una lista en el nivel superior de {Code, Message} en PascalCase (errores de integración de Cielo)"}
	// decode/decline.go
	SaidRefusedCardTriedAgainLater = Text{EN: "A refused card is tried again later, not within seconds: every attempt counts against the card brands' limits.", PT: "Um cartão recusado é tentado de novo mais tarde, não em segundos: cada tentativa conta nos limites das bandeiras.", ES: "Una tarjeta rechazada se vuelve a intentar más tarde, no en segundos: cada intento cuenta en los límites de las marcas."}
	// decode/decline.go
	SaidRefusedPaymentFinalNextAttempt = Text{EN: "A refused payment is final: the next attempt is a new payment, to send with a new idempotency key, since a provider that saved the refusal under the old key returns it again.", PT: "Um pagamento recusado é definitivo: a próxima tentativa é um pagamento novo, a enviar com uma chave de idempotência nova, pois um provedor que guardou a recusa sob a chave antiga a devolve de novo.", ES: "Un pago rechazado es definitivo: el próximo intento es un pago nuevo, que debe enviarse con una clave de idempotencia nueva, ya que un proveedor que guardó el rechazo bajo la clave anterior lo devuelve otra vez."}
	// decode/decline.go
	SaidCardBrandsLimitStrictestPaste = Text{EN: "The card brands' limit (the strictest, as the paste names no brand): ", PT: "Limite das bandeiras (o mais rígido, pois o texto colado não informa a bandeira): ", ES: "Límite de las marcas (el más estricto, ya que el texto pegado no nombra la marca): "}
	// decode/details.go
	SaidTokenLacksScopeCallNeeds = Text{EN: "The token lacks the scope this call needs (insufficient_scope): request a token with the endpoint's scope.", PT: "O token não tem o escopo que esta chamada exige (insufficient_scope): peça um token com o escopo do endpoint.", ES: "El token no tiene el alcance que esta llamada exige (insufficient_scope): solicite un token con el alcance del endpoint."}
	// decode/details.go
	SaidTokenWasRefusedInvalidToken = Text{EN: "The token was refused (invalid_token in WWW-Authenticate): it expired, was revoked or belongs to another environment. Get a new one.", PT: "O token foi recusado (invalid_token no WWW-Authenticate): expirou, foi revogado ou é de outro ambiente. Obtenha um novo.", ES: "El token fue rechazado (invalid_token en el WWW-Authenticate): expiró, fue revocado o es de otro ambiente. Obtenga uno nuevo."}
	// decode/ebanx.go
	SaidTransactionStatusCodeNOKEBANX = Text{EN: "transaction_status with code NOK (an EBANX payment or card check the acquirer refused)", PT: "transaction_status com code NOK (um pagamento ou verificação de cartão EBANX recusado pelo adquirente)", ES: "transaction_status con code NOK (un pago o verificación de tarjeta EBANX rechazado por el adquirente)"}
	// decode/explain.go
	SaidPasteResponseTextCopyFrom = Text{EN: "Paste the response as text: copy it from the terminal or the browser's network panel, or save it with `curl -si URL > error.txt`", PT: "Cole a resposta como texto: copie-a do terminal ou do painel de rede do navegador, ou salve-a com `curl -si URL > erro.txt`", ES: "Pegue la respuesta como texto: cópiela de la terminal o del panel de red del navegador, o guárdela con `curl -si URL > error.txt`"}
	// decode/iugu.go
	SaidErrorsObjectPortugueseMessagesField = Text{EN: "errors as an object of Portuguese messages by field, and nothing else (iugu's validation errors)", PT: "errors como um objeto de mensagens em português por campo, e nada mais (erros de validação da iugu)", ES: "errors como un objeto de mensajes en portugués por campo, y nada más (errores de validación de iugu)"}
	// decode/know.go
	SaidIfReasonIsBanks = Text{EN: "If the reason is the bank's (insufficient funds, blocked card, suspected fraud), the buyer has to settle it with the bank before paying with that card again.", PT: "Se o motivo é do banco (saldo insuficiente, cartão bloqueado, suspeita de fraude), o comprador precisa resolver com o banco antes de pagar de novo com esse cartão.", ES: "Si el motivo es del banco (saldo insuficiente, tarjeta bloqueada, sospecha de fraude), el comprador debe resolverlo con el banco antes de volver a pagar con esa tarjeta."}
	// decode/know.go
	SaidNothingReachedAPIResendingSafe = Text{EN: "Nothing reached the API: resending is safe even for a POST without an idempotency key.", PT: "Nada chegou à API: reenviar é seguro mesmo para um POST sem chave de idempotência.", ES: "Nada llegó a la API: reenviar es seguro incluso para un POST sin clave de idempotencia."}
	// decode/know.go
	SaidShowBuyerGenericRefusalDetailed = Text{EN: "Show the buyer a generic refusal (not the detailed reason) and offer another card or payment method, such as Pix.", PT: "Mostre ao comprador uma recusa genérica (não o motivo detalhado) e ofereça outro cartão ou outro meio de pagamento, como Pix.", ES: "Muestre al comprador un rechazo genérico (no el motivo detallado) y ofrezca otra tarjeta u otro medio de pago, como Pix."}
	// decode/know.go
	SaidPasteCarriesNeitherErrorCode = Text{EN: "The paste carries neither an error code nor an HTTP status; the provider's own message and details below are all there is to go on.", PT: "O texto colado não traz código de erro nem status HTTP; a mensagem e os detalhes do próprio provedor, abaixo, são tudo o que há.", ES: "El texto pegado no trae código de error ni status HTTP; el mensaje y los detalles del propio proveedor, abajo, son todo lo que hay."}
	// decode/know.go
	SaidPasteHoldsErrorButNeither = Text{EN: "The paste holds an error, but neither its code nor an HTTP status is known to decifra. Read the provider's message below.", PT: "O texto contém um erro, mas nem o código nem um status HTTP são conhecidos pelo decifra. Leia a mensagem do provedor abaixo.", ES: "El texto contiene un error, pero decifra no conoce ni su código ni un status HTTP. Lea el mensaje del proveedor abajo."}
	// decode/know.go
	SaidRefusalFinalAttemptSendNew = Text{EN: "The refusal is final for this attempt: send the new attempt with a new idempotency key, or the provider may return the stored refusal.", PT: "A recusa é definitiva para esta tentativa: envie a nova tentativa com uma chave de idempotência nova, ou o provedor pode devolver a recusa guardada.", ES: "El rechazo es definitivo para este intento: envíe el nuevo intento con una clave de idempotencia nueva, o el proveedor puede devolver el rechazo guardado."}
	// decode/know.go
	SaidSamePaymentDataRefusedAgain = Text{EN: "The same payment data is refused again; an attempt with other data is a new payment.", PT: "Os mesmos dados de pagamento são recusados de novo; uma tentativa com outros dados é um pagamento novo.", ES: "Los mismos datos de pago se rechazan otra vez; un intento con otros datos es un pago nuevo."}
	// decode/know.go
	SaidGuessedFromMessagePasteHas = Text{EN: "guessed from the message: the paste has no HTTP status and no known code", PT: "deduzida da mensagem: o texto colado não tem status HTTP nem código conhecido", ES: "deducida del mensaje: el texto pegado no tiene status HTTP ni código conocido"}
	// decode/pagbank.go
	SaidChargeStatusDECLINEDPaymentResponse = Text{EN: "charge with status DECLINED and a payment_response (PagBank's declined charge)", PT: "cobrança com status DECLINED e payment_response (cobrança negada no PagBank)", ES: "cobro con status DECLINED y payment_response (cobro rechazado en PagBank)"}
	// decode/paypal.go
	SaidInvalidRequestSeeDetailsOver = Text{EN: "\"Invalid request - see details\" over details[].field and issue (PayPal's REST validation errors)", PT: "\"Invalid request - see details\" sobre details[].field e issue (erros de validação REST do PayPal)", ES: "\"Invalid request - see details\" sobre details[].field e issue (errores de validación REST de PayPal)"}
	// decode/paypal.go
	SaidErrorIdDomainSubdomainSeverityError = Text{EN: "errorId with domain, subdomain and severity (an error of PayPal's Adaptive APIs)", PT: "errorId com domain, subdomain e severity (um erro das APIs Adaptive do PayPal)", ES: "errorId con domain, subdomain y severity (un error de las API Adaptive de PayPal)"}
	// decode/paypal.go
	SaidInvalidClientClientAuthenticationFailed = Text{EN: "invalid_client with \"Client Authentication failed\" and nothing else (PayPal's token endpoint)", PT: "invalid_client com \"Client Authentication failed\" e nada mais (o endpoint de token do PayPal)", ES: "invalid_client con \"Client Authentication failed\" y nada más (el endpoint de token de PayPal)"}
	// decode/paypal.go
	SaidPurchaseUnitsPaymentsCaptureDECLINED = Text{EN: "purchase_units[].payments with a capture DECLINED and its processor_response (PayPal's Orders v2)", PT: "purchase_units[].payments com uma captura DECLINED e seu processor_response (Orders v2 do PayPal)", ES: "purchase_units[].payments con una captura DECLINED y su processor_response (Orders v2 de PayPal)"}
	// decode/pixdict.go
	SaidXMLProblemViolationsReasonProperty = Text{EN: "an XML problem with violations (reason, property) and a correlationId (the DICT API's)", PT: "um problema em XML com violations (reason, property) e correlationId (da API DICT)", ES: "un problema en XML con violations (reason, property) y correlationId (de la API DICT)"}
	// decode/read.go
	SaidDecifraExplainsFailedCallsIf = Text{EN: "decifra explains failed calls; if this call failed, paste the response that carried the error", PT: "o decifra explica chamadas que falharam; se esta falhou, cole a resposta que trouxe o erro", ES: "decifra explica llamadas que fallaron; si esta falló, pegue la respuesta que trajo el error"}
	// decode/read.go
	SaidDecifraLooksMembersErrorCode = Text{EN: "decifra looks for members such as error, code, errorCode, title/detail or success:false; paste the whole response, status line included (`curl -si`)", PT: "o decifra procura membros como error, code, errorCode, title/detail ou success:false; cole a resposta inteira, com a linha de status (`curl -si`)", ES: "decifra busca miembros como error, code, errorCode, title/detail o success:false; pegue la respuesta completa, con la línea de status (`curl -si`)"}
	// decode/read.go
	SaidIfProxyCDNAnsweredInclude = Text{EN: "if a proxy or CDN answered, include the status line: `curl -si URL` shows it", PT: "se quem respondeu foi um proxy ou CDN, inclua a linha de status: `curl -si URL` a mostra", ES: "si respondió un proxy o una CDN, incluya la línea de status: `curl -si URL` la muestra"}
	// decode/read.go
	SaidIncludeResponseBodyStatusLine = Text{EN: "include the response body or the status line; `curl -si URL` prints both", PT: "inclua o corpo da resposta ou a linha de status; `curl -si URL` mostra os dois", ES: "incluya el cuerpo de la respuesta o la línea de status; `curl -si URL` muestra ambos"}
	// decode/stripe.go
	SaidStripeDeclineUnderIdempotencyKey = Text{EN: "The request carried an Idempotency-Key: Stripe saved this declined result under it and returns it to any retry with that key (keys are kept at least 24 hours). Give the next attempt (another card, corrected data) a new Idempotency-Key; nothing was charged, so a new key cannot charge twice.", PT: "A requisição levou uma Idempotency-Key: a Stripe guardou este resultado recusado sob ela e o devolve a qualquer nova tentativa com essa chave (as chaves são mantidas por pelo menos 24 horas). Use uma Idempotency-Key nova na próxima tentativa (outro cartão, dados corrigidos); nada foi cobrado, então uma chave nova não cobra duas vezes.", ES: "La solicitud llevaba un Idempotency-Key: Stripe guardó este resultado rechazado bajo esa clave y lo devuelve a cualquier reintento con ella (las claves se conservan al menos 24 horas). Use un Idempotency-Key nuevo en el próximo intento (otra tarjeta, datos corregidos); no se cobró nada, así que una clave nueva no puede cobrar dos veces."}
	// decode/stripe.go
	SaidStripeDeclineWithoutIdempotencyKey = Text{EN: "The request carried no Idempotency-Key, so Stripe saved nothing to replay, and nothing was charged. Send the next attempt (another card, corrected data) with an Idempotency-Key of its own, so that resending it after a network failure cannot charge twice.", PT: "A requisição não levou Idempotency-Key, então a Stripe não guardou nada para repetir, e nada foi cobrado. Envie a próxima tentativa (outro cartão, dados corrigidos) com uma Idempotency-Key própria, para que reenviá-la após uma falha de rede não cobre duas vezes.", ES: "La solicitud no llevaba Idempotency-Key, así que Stripe no guardó nada para repetir, y no se cobró nada. Envíe el próximo intento (otra tarjeta, datos corregidos) con un Idempotency-Key propio, para que reenviarlo tras una falla de red no cobre dos veces."}
	// decode/stripe.go
	SaidStripeMobileSDKErrorFields = Text{EN: "stripeErrorCode, declineCode and localizedMessage (the error of Stripe's React Native and mobile SDKs)", PT: "stripeErrorCode, declineCode e localizedMessage (o erro dos SDKs React Native e móveis da Stripe)", ES: "stripeErrorCode, declineCode y localizedMessage (el error de los SDK de React Native y móviles de Stripe)"}
)
