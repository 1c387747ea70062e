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
	SaidAdyenTestDetailNamesCause = Text{EN: "Adyen's test environment names the cause of this 500 (on LIVE it comes without it): the request or the account's setup must change", PT: "O ambiente de teste da Adyen diz a causa deste 500 (em LIVE ele vem sem ela): a requisição ou a configuração da conta precisa mudar", ES: "El entorno de prueba de Adyen dice la causa de este 500 (en LIVE llega sin ella): la solicitud o la configuración de la cuenta debe cambiar"}
	// decode/know.go
	SaidGuessedFromMessagePasteHas = Text{EN: "guessed from the message: the paste has no HTTP status and no known code", PT: "deduzida da mensagem: o texto colado não tem status HTTP nem código conhecido", ES: "deducida del mensaje: el texto pegado no tiene status HTTP ni código conocido"}
	// decode/pagbank.go
	SaidChargeStatusDECLINEDPaymentResponse = Text{EN: "charge with status DECLINED and a payment_response (PagBank's declined charge)", PT: "cobrança com status DECLINED e payment_response (cobrança negada no PagBank)", ES: "cobro con status DECLINED y payment_response (cobro rechazado en PagBank)"}
	// decode/pagbank.go
	SaidTransactionStatus7CancellationSource = Text{EN: "transaction in status 7 with cancellationSource (PagSeguro's cancelled transaction)", PT: "transação no status 7 com cancellationSource (transação cancelada no PagSeguro)", ES: "transacción en status 7 con cancellationSource (transacción cancelada en PagSeguro)"}
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
	SaidRequestIdStripeForm        = Text{EN: "a request id in the form of Stripe's (req_ and 14 letters and digits)", PT: "um id de requisição no formato da Stripe (req_ e 14 letras e dígitos)", ES: "un id de solicitud con el formato de Stripe (req_ y 14 letras y dígitos)"}
	// decode/advise.go, decode/decline.go
	SaidDonTResend = Text{EN: "Don't resend it as is.", PT: "Não reenvie como está.", ES: "No la reenvíe tal cual."}
	// decode/advise.go
	SaidDonTRetry = Text{EN: "Don't retry.", PT: "Não reenvie.", ES: "No reintente."}
	// decode/advise.go
	SaidLookResourceUpBeforeSending = Text{EN: "Look the resource up before sending it again.", PT: "Consulte o recurso antes de reenviar.", ES: "Consulte el recurso antes de volver a enviarlo."}
	// decode/advise.go
	SaidResponseItselfStatesWhenCome = Text{EN: "The response itself states when to come back (", PT: "A própria resposta informa quando tentar de novo (", ES: "La propia respuesta indica cuándo volver a intentar ("}
	// decode/advise.go
	SaidStatedDelayHasAlreadyPassed = Text{EN: "The stated delay has already passed: you may send it again now.", PT: "O prazo informado já passou: pode reenviar agora.", ES: "El plazo indicado ya pasó: puede volver a enviarla ahora."}
	// decode/advise.go
	SaidRequestSURL = Text{EN: "the request's URL", PT: "a URL da requisição", ES: "la URL de la solicitud"}
	// decode/adyen.go
	SaidPspReferenceAdyenSPaymentReference = Text{EN: "pspReference (Adyen's payment reference)", PT: "pspReference (referência de pagamento da Adyen)", ES: "pspReference (referencia de pago de Adyen)"}
	// decode/adyen.go
	SaidPspReferenceHeaderAdyen = Text{EN: "pspReference response header (Adyen's)", PT: "cabeçalho de resposta pspReference (da Adyen)", ES: "encabezado de respuesta pspReference (de Adyen)"}
	// decode/adyen.go
	SaidTransientErrorHeaderAdyen = Text{EN: "transient-error header (Adyen)", PT: "cabeçalho transient-error (Adyen)", ES: "encabezado transient-error (Adyen)"}
	// decode/asaas.go
	SaidErrorsCodeDescriptionNothingElse = Text{EN: "errors[{code, description}] and nothing else (Asaas's envelope)", PT: "errors[{code, description}] e nada mais (envelope do Asaas)", ES: "errors[{code, description}] y nada más (sobre de Asaas)"}
	// decode/asaas.go
	SaidCodeDescriptionNothingElseOne = Text{EN: "{code, description} and nothing else (one of Asaas's errors, without its list)", PT: "{code, description} e nada mais (um dos erros do Asaas, sem a lista)", ES: "{code, description} y nada más (uno de los errores de Asaas, sin su lista)"}
	// decode/bacenpix.go
	SaidCorrelationIdMember = Text{EN: "correlationId member", PT: "membro correlationId", ES: "miembro correlationId"}
	// decode/bacenpix.go
	SaidViolacoesMemberAPIPixField = Text{EN: "violacoes member (API Pix field violations)", PT: "membro violacoes (violações de campos da API Pix)", ES: "miembro violacoes (violaciones de campos de la API Pix)"}
	// decode/banks.go
	SaidLoneMessageFilterFailedIta = Text{EN: "a lone message \"… filter failed\" (Itaú's API gateway)", PT: "uma message sozinha \"… filter failed\" (gateway de APIs do Itaú)", ES: "un message solo \"… filter failed\" (gateway de API de Itaú)"}
	// decode/banks.go
	SaidErrosCodigoMensagemOcorrenciaBanco = Text{EN: "erros[{codigo, mensagem, ocorrencia}] (Banco do Brasil's envelope)", PT: "erros[{codigo, mensagem, ocorrencia}] (envelope do Banco do Brasil)", ES: "erros[{codigo, mensagem, ocorrencia}] (sobre del Banco do Brasil)"}
	// decode/banks.go
	SaidCdErroMsgErroBradesco = Text{EN: "cdErro and msgErro (Bradesco's boleto registration)", PT: "cdErro e msgErro (registro de boletos do Bradesco)", ES: "cdErro y msgErro (registro de boletos de Bradesco)"}
	// decode/banks.go
	SaidGwDevAppKeyBanco = Text{EN: "gw-dev-app-key (Banco do Brasil's application key)", PT: "gw-dev-app-key (chave de aplicação do Banco do Brasil)", ES: "gw-dev-app-key (clave de aplicación del Banco do Brasil)"}
	// decode/banks.go
	SaidMensagensMensagemCodigoSicoobS = Text{EN: "mensagens[{mensagem, codigo}] (Sicoob's envelope)", PT: "mensagens[{mensagem, codigo}] (envelope do Sicoob)", ES: "mensagens[{mensagem, codigo}] (sobre de Sicoob)"}
	// decode/banks.go
	SaidTitleDetailTimestampViolacoesWithout = Text{EN: "title, detail, timestamp and violacoes without type (Banco Inter's envelope)", PT: "title, detail, timestamp e violacoes sem type (envelope do Banco Inter)", ES: "title, detail, timestamp y violacoes sin type (sobre de Banco Inter)"}
	// decode/cashier.go
	SaidRFC7807ProblemTypeTitle = Text{EN: "RFC 7807 problem (type, title, status, detail)", PT: "problema RFC 7807 (type, title, status, detail)", ES: "problema RFC 7807 (type, title, status, detail)"}
	// decode/cashier.go
	SaidTypeAboutBlank = Text{EN: "type about:blank", PT: "type about:blank", ES: "type about:blank"}
	// decode/cashier.go
	SaidViolacoesCorrelationIdAreCentralBank = Text{EN: "violacoes/correlationId are the Central Bank Pix API's members", PT: "violacoes/correlationId são membros da API Pix do Banco Central", ES: "violacoes/correlationId son miembros de la API Pix del Banco Central"}
	// decode/cielo.go
	SaidMerchantOrderIdCieloSOrderReference = Text{EN: "MerchantOrderId (Cielo's order reference)", PT: "MerchantOrderId (referência do pedido na Cielo)", ES: "MerchantOrderId (referencia del pedido en Cielo)"}
	// decode/cielo.go
	SaidPaymentReturnCodeReasonCodeCieloSale = Text{EN: "Payment.ReturnCode/ReasonCode (a Cielo sale)", PT: "Payment.ReturnCode/ReasonCode (uma venda da Cielo)", ES: "Payment.ReturnCode/ReasonCode (una venta de Cielo)"}
	// decode/cielo.go
	SaidReturnCodeReturnMessagePascalCaseCielo = Text{EN: "ReturnCode and ReturnMessage in PascalCase (Cielo)", PT: "ReturnCode e ReturnMessage em PascalCase (Cielo)", ES: "ReturnCode y ReturnMessage en PascalCase (Cielo)"}
	// decode/cielo.go
	SaidErroCodigoMensagemErroCielo = Text{EN: "erro{codigo, mensagem} (the <erro> of Cielo's Webservice 1.5)", PT: "erro{codigo, mensagem} (o <erro> do Webservice 1.5 da Cielo)", ES: "erro{codigo, mensagem} (el <erro> del Webservice 1.5 de Cielo)"}
	// decode/conekta.go
	SaidConektaErrorsCode = Text{EN: "a conekta.errors.… code", PT: "um código conekta.errors.…", ES: "un código conekta.errors.…"}
	// decode/conekta.go
	SaidObjectErrorDetailsLogId = Text{EN: "object error with details and log_id (Conekta's envelope)", PT: "object error com details e log_id (envelope da Conekta)", ES: "object error con details y log_id (sobre de Conekta)"}
	// decode/conekta.go
	SaidObjectErrorMessagePurchaserConekta = Text{EN: "object error with message_to_purchaser (Conekta's envelope)", PT: "object error com message_to_purchaser (envelope da Conekta)", ES: "object error con message_to_purchaser (sobre de Conekta)"}
	// decode/conekta.go
	SaidObjectErrorOneConektaS = Text{EN: "object error with one of Conekta's error types", PT: "object error com um dos tipos de erro da Conekta", ES: "object error con uno de los tipos de error de Conekta"}
	// decode/decline.go
	SaidAfterRefusal = Text{EN: " after this refusal", PT: " depois desta recusa", ES: " después de este rechazo"}
	// decode/decline.go
	Said1Hour = Text{EN: "1 hour", PT: "1 hora", ES: "1 hora"}
	// decode/decline.go
	SaidRetryCardLaterNow = Text{EN: "Retry this card later, not now.", PT: "Tente este cartão mais tarde, não agora.", ES: "Reintente con esta tarjeta más tarde, no ahora."}
	// decode/decline.go
	SaidRetryAfter = Text{EN: "retry after ", PT: "nova tentativa após ", ES: "reintento tras "}
	// decode/decline.go
	SaidNextOneSoonerThan = Text{EN: "the next one no sooner than ", PT: "a próxima só ", ES: "el próximo no antes de "}
	// decode/decline.go
	SaidRetryAdviceFollows = Text{EN: "the retry advice follows ", PT: "o conselho de nova tentativa segue ", ES: "el consejo de reintento sigue "}
	// decode/dlocal.go
	SaidPaymentREJECTEDStatusCodePayment = Text{EN: "a payment REJECTED with status_code and payment_method_id (dLocal)", PT: "um pagamento REJECTED com status_code e payment_method_id (dLocal)", ES: "un pago REJECTED con status_code y payment_method_id (dLocal)"}
	// decode/ebanx.go
	SaidStatusERRORStatusCodeStatus = Text{EN: "status ERROR with status_code and status_message (EBANX's envelope)", PT: "status ERROR com status_code e status_message (envelope do EBANX)", ES: "status ERROR con status_code y status_message (sobre de EBANX)"}
	// decode/efi.go
	SaidNumericCodeErrorErrorDescription = Text{EN: "a numeric code with error and error_description (Efí's Cobranças)", PT: "um code numérico com error e error_description (Cobranças da Efí)", ES: "un code numérico con error y error_description (Cobranças de Efí)"}
	// decode/efi.go
	SaidNomeMensagemEfSEnvelope = Text{EN: "nome and mensagem (Efí's envelope)", PT: "nome e mensagem (envelope da Efí)", ES: "nome y mensagem (sobre de Efí)"}
	// decode/explain.go
	SaidPasteResponseBodyWholeResponse = Text{EN: "Paste the response body, or the whole response from `curl -si URL`", PT: "Cole o corpo da resposta, ou a resposta inteira de `curl -si URL`", ES: "Pegue el cuerpo de la respuesta, o la respuesta completa de `curl -si URL`"}
	// decode/explain.go
	SaidNothingPasteEmpty = Text{EN: "nothing: the paste is empty", PT: "nada: o texto colado está vazio", ES: "nada: el texto pegado está vacío"}
	// decode/explain.go
	SaidPasteWasUTF16Was = Text{EN: "the paste was UTF-16 and was converted", PT: "o texto colado era UTF-16 e foi convertido", ES: "el texto pegado era UTF-16 y se convirtió"}
	// decode/explain.go
	SaidPasteSCurlyQuotesWere = Text{EN: "the paste's curly quotes (“ ”) were read as straight ones (\")", PT: "as aspas curvas (“ ”) do texto colado foram lidas como retas (\")", ES: "las comillas curvas (“ ”) del texto pegado se leyeron como rectas (\")"}
	// decode/finalstate.go
	SaidProviderSMessage = Text{EN: "the provider's message", PT: "a mensagem do provedor", ES: "el mensaje del proveedor"}
	// decode/flux.go
	SaidHTTPClientSOwnError = Text{EN: "an HTTP client's own error object (axios), not a response body", PT: "um objeto de erro do próprio cliente HTTP (axios), não um corpo de resposta", ES: "un objeto de error del propio cliente HTTP (axios), no un cuerpo de respuesta"}
	// decode/flux.go
	SaidErrorHasTypeDeclineCode = Text{EN: "error has type/decline_code/doc_url (Stripe's envelope)", PT: "error tem type/decline_code/doc_url (envelope da Stripe)", ES: "error tiene type/decline_code/doc_url (sobre de Stripe)"}
	// decode/fluxiq.go
	SaidErrorHasOnnixPaySExtra = Text{EN: "error has OnnixPay's extra members", PT: "error tem os membros extras da OnnixPay", ES: "error tiene los miembros extra de OnnixPay"}
	// decode/fluxiq.go
	SaidErrorDetailsObjectFieldProblems = Text{EN: "error.details is an object of field problems", PT: "error.details é um objeto de problemas por campo", ES: "error.details es un objeto de problemas por campo"}
	// decode/fluxiq.go
	SaidMetaRequestIdCamelCaseFluxiQ = Text{EN: "meta.requestId is camel case (FluxiQ writes request_id)", PT: "meta.requestId em camel case (a FluxiQ escreve request_id)", ES: "meta.requestId en camel case (FluxiQ escribe request_id)"}
	// decode/fluxiq.go
	SaidMetaRequestIdSnakeCase = Text{EN: "meta.request_id (snake case) envelope", PT: "envelope com meta.request_id (snake case)", ES: "sobre con meta.request_id (snake case)"}
	// decode/fluxiq.go
	SaidSuccessFalseErrorObject = Text{EN: "success:false with an error object", PT: "success:false com um objeto error", ES: "success:false con un objeto error"}
	// decode/fluxiq.go
	SaidMessagePortugueseFluxiQWritesEnglish = Text{EN: "the message is in Portuguese (FluxiQ writes English)", PT: "a mensagem está em português (a FluxiQ escreve em inglês)", ES: "el mensaje está en portugués (FluxiQ escribe en inglés)"}
	// decode/getnet.go
	SaidDetailsErrorCodeDescriptionDescription = Text{EN: "details[] of error_code, description and description_detail (Getnet's)", PT: "details[] com error_code, description e description_detail (da Getnet)", ES: "details[] con error_code, description y description_detail (de Getnet)"}
	// decode/gsmamm.go
	SaidErrorCategoryErrorCodeGSMAMobileMoney = Text{EN: "errorCategory + errorCode (GSMA Mobile Money error object)", PT: "errorCategory + errorCode (objeto de erro GSMA Mobile Money)", ES: "errorCategory + errorCode (objeto de error GSMA Mobile Money)"}
	// decode/gsmamm.go
	SaidErrorDateTimeErrorParametersMembers = Text{EN: "errorDateTime/errorParameters members", PT: "membros errorDateTime/errorParameters", ES: "miembros errorDateTime/errorParameters"}
	// decode/gsmamm.go
	SaidTransactionTransactionStatusError = Text{EN: "transaction with transactionStatus \"error\"", PT: "transação com transactionStatus \"error\"", ES: "transacción con transactionStatus \"error\""}
	// decode/iugu.go
	SaidLRSuccessInvoiceIdIugu = Text{EN: "LR, success and invoice_id (an iugu direct charge)", PT: "LR, success e invoice_id (uma cobrança direta da iugu)", ES: "LR, success e invoice_id (un cobro directo de iugu)"}
	// decode/know.go
	SaidButPaymentWasRefused = Text{EN: ", but the payment was refused. ", PT: ", mas o pagamento foi recusado. ", ES: ", pero el pago fue rechazado. "}
	// decode/know.go
	SaidErrorFromUnrecognisedAPI = Text{EN: "Error from an unrecognised API", PT: "Erro de uma API não reconhecida", ES: "Error de una API no reconocida"}
	// decode/know.go
	SaidPaymentDeclined = Text{EN: "Payment declined", PT: "Pagamento recusado", ES: "Pago rechazado"}
	// decode/know.go
	SaidCallWorked = Text{EN: "The call worked", PT: "A chamada funcionou", ES: "La llamada funcionó"}
	// decode/know.go
	SaidNetworkFailureHTTPResponse = Text{EN: "a network failure: no HTTP response", PT: "falha de rede: nenhuma resposta HTTP", ES: "falla de red: ninguna respuesta HTTP"}
	// decode/know.go
	SaidRefusedPayment = Text{EN: "a refused payment", PT: "pagamento recusado", ES: "pago rechazado"}
	// decode/mercadopago.go
	SaidBlockedPolicyAgentMercadoPagoS = Text{EN: "blocked_by: PolicyAgent (Mercado Pago's policy agent)", PT: "blocked_by: PolicyAgent (agente de políticas do Mercado Pago)", ES: "blocked_by: PolicyAgent (agente de políticas de Mercado Pago)"}
	// decode/mercadopago.go
	SaidMessageErrorStatusCauseEnvelope = Text{EN: "message/error/status/cause envelope (Mercado Pago)", PT: "envelope message/error/status/cause (Mercado Pago)", ES: "sobre message/error/status/cause (Mercado Pago)"}
	// decode/mercadopago.go
	SaidCodeDescriptionDataOneMercado = Text{EN: "{code, description, data}: one of Mercado Pago's causes", PT: "{code, description, data}: uma das causes do Mercado Pago", ES: "{code, description, data}: una de las causes de Mercado Pago"}
	// decode/onnixpay.go
	SaidMetaHasTimestampVersion = Text{EN: "meta has timestamp and version", PT: "meta tem timestamp e version", ES: "meta tiene timestamp y version"}
	// decode/onnixpay.go
	SaidMetaRequestIdCamelCaseEnvelope = Text{EN: "meta.requestId (camel case) envelope", PT: "envelope com meta.requestId (camel case)", ES: "sobre con meta.requestId (camel case)"}
	// decode/onnixpay.go
	SaidMetaRequestIdSnakeCase2 = Text{EN: "meta.request_id is snake case (OnnixPay writes requestId)", PT: "meta.request_id em snake case (a OnnixPay escreve requestId)", ES: "meta.request_id en snake case (OnnixPay escribe requestId)"}
	// decode/onnixpay.go
	SaidMessagePortuguese = Text{EN: "the message is in Portuguese", PT: "a mensagem está em português", ES: "el mensaje está en portugués"}
	// decode/others.go
	SaidDetailsErrorCodeBesideTimestampPath = Text{EN: "details[].errorCode beside timestamp and path (Juno's envelope)", PT: "details[].errorCode ao lado de timestamp e path (envelope da Juno)", ES: "details[].errorCode junto a timestamp y path (sobre de Juno)"}
	// decode/others.go
	SaidTypeRequestIdValidationErrors = Text{EN: "type, request_id and validation_errors (Stone's envelope)", PT: "type, request_id e validation_errors (envelope da Stone)", ES: "type, request_id y validation_errors (sobre de Stone)"}
	// decode/pagarme.go
	SaidChargeWhoseLastTransactionWas = Text{EN: "charge whose last_transaction was not authorised (Pagar.me v5)", PT: "cobrança cuja last_transaction não foi autorizada (Pagar.me v5)", ES: "cobro cuya last_transaction no fue autorizada (Pagar.me v5)"}
	// decode/pagarme.go
	SaidErrorsMessageParameterNameType = Text{EN: "errors[{message, parameter_name, type}] with method and url (Pagar.me v1–v4)", PT: "errors[{message, parameter_name, type}] com method e url (Pagar.me v1–v4)", ES: "errors[{message, parameter_name, type}] con method y url (Pagar.me v1–v4)"}
	// decode/pagarme.go
	SaidMessageRequestInvalidPagarMe = Text{EN: "message \"The request is invalid.\" (Pagar.me v5's validation message)", PT: "message \"The request is invalid.\" (a mensagem de validação do Pagar.me v5)", ES: "message \"The request is invalid.\" (el mensaje de validación de Pagar.me v5)"}
	// decode/pagarme.go
	SaidMessageErrorsObjectFieldLists = Text{EN: "message with an errors object of field lists (Pagar.me v5)", PT: "message com um objeto errors de listas por campo (Pagar.me v5)", ES: "message con un objeto errors de listas por campo (Pagar.me v5)"}
	// decode/pagarme.go
	SaidRequestMemberEchoingRequestPagar = Text{EN: "request member echoing the request (Pagar.me v5)", PT: "membro request que ecoa a requisição (Pagar.me v5)", ES: "miembro request que repite la solicitud (Pagar.me v5)"}
	// decode/pagbank.go
	SaidErrorsErrorCodeMessagePagSeguro = Text{EN: "<errors><error><code>, <message> (PagSeguro's XML API)", PT: "<errors><error><code>, <message> (API XML do PagSeguro)", ES: "<errors><error><code>, <message> (API XML de PagSeguro)"}
	// decode/pagbank.go
	SaidErrorMessagesArrayPagBankS = Text{EN: "error_messages array (PagBank's envelope)", PT: "lista error_messages (envelope do PagBank)", ES: "lista error_messages (sobre de PagBank)"}
	// decode/paypal.go
	SaidACKFailureLERRORCODE0PayPal = Text{EN: "ACK Failure with L_ERRORCODE0, or with CORRELATIONID and BUILD (PayPal's NVP API)", PT: "ACK Failure com L_ERRORCODE0, ou com CORRELATIONID e BUILD (API NVP do PayPal)", ES: "ACK Failure con L_ERRORCODE0, o con CORRELATIONID y BUILD (API NVP de PayPal)"}
	// decode/paypal.go
	SaidPaypalDebugIdHeaderPayPal = Text{EN: "Paypal-Debug-Id header (PayPal's correlation id)", PT: "cabeçalho Paypal-Debug-Id (id de correlação do PayPal)", ES: "encabezado Paypal-Debug-Id (id de correlación de PayPal)"}
	// decode/paypal.go
	SaidRESULTRESPMSGPayPalPayflowS = Text{EN: "RESULT and RESPMSG (PayPal Payflow's answer)", PT: "RESULT e RESPMSG (a resposta do Payflow do PayPal)", ES: "RESULT y RESPMSG (la respuesta de Payflow de PayPal)"}
	// decode/paypal.go
	SaidDebugIdNamedTextPayPal = Text{EN: "a debug_id named in the text (PayPal's correlation id)", PT: "um debug_id citado no texto (id de correlação do PayPal)", ES: "un debug_id citado en el texto (id de correlación de PayPal)"}
	// decode/paypal.go
	SaidLinkErrorPayPalSAPI = Text{EN: "a link to the error in PayPal's API reference", PT: "um link para o erro na referência da API do PayPal", ES: "un enlace al error en la referencia de la API de PayPal"}
	// decode/paypal.go
	SaidAckContingencyPayPalCheckoutS = Text{EN: "ack contingency (PayPal Checkout's own API)", PT: "ack contingency (API própria do PayPal Checkout)", ES: "ack contingency (API propia de PayPal Checkout)"}
	// decode/paypal.go
	SaidAckErrorMetaCalcPayPal = Text{EN: "ack error with meta.calc (PayPal Checkout's own API)", PT: "ack error com meta.calc (API própria do PayPal Checkout)", ES: "ack error con meta.calc (API propia de PayPal Checkout)"}
	// decode/paypal.go
	SaidInformationLinkDeveloperPaypalCom = Text{EN: "an information_link to developer.paypal.com (PayPal's REST errors)", PT: "um information_link para developer.paypal.com (erros REST do PayPal)", ES: "un information_link a developer.paypal.com (errores REST de PayPal)"}
	// decode/paypal.go
	SaidDebugIdPayPalSCorrelation = Text{EN: "debug_id (PayPal's correlation id)", PT: "debug_id (id de correlação do PayPal)", ES: "debug_id (id de correlación de PayPal)"}
	// decode/paypal.go
	SaidDetailsIssuePayPalSError = Text{EN: "details[].issue (PayPal's error details)", PT: "details[].issue (detalhes de erro do PayPal)", ES: "details[].issue (detalles de error de PayPal)"}
	// decode/paypal.go
	SaidLinksDeveloperPaypalCom = Text{EN: "links to developer.paypal.com", PT: "links para developer.paypal.com", ES: "enlaces a developer.paypal.com"}
	// decode/paypal.go
	SaidNameMessageInformationLinkEnvelope = Text{EN: "name, message and information_link (the envelope of PayPal's REST errors)", PT: "name, message e information_link (o envelope dos erros REST do PayPal)", ES: "name, message y information_link (el sobre de los errores REST de PayPal)"}
	// decode/paypal.go
	SaidResponseEnvelopeAckErrorErrorIdPayPal = Text{EN: "responseEnvelope with ack and error[].errorId (PayPal's Adaptive APIs)", PT: "responseEnvelope com ack e error[].errorId (APIs Adaptive do PayPal)", ES: "responseEnvelope con ack y error[].errorId (APIs Adaptive de PayPal)"}
	// decode/pixdict.go
	SaidDICTProblemTypeURLDict = Text{EN: "a DICT problem type URL (dict.pi.rsfn.net.br)", PT: "uma URL de tipo de problema do DICT (dict.pi.rsfn.net.br)", ES: "una URL de tipo de problema del DICT (dict.pi.rsfn.net.br)"}
	// decode/pixdict.go
	SaidXMLProblemSignedXMLDSigCorrelationId = Text{EN: "an XML problem signed with XMLDSig, with a correlationId (the DICT API's)", PT: "um problema em XML assinado com XMLDSig, com correlationId (da API DICT)", ES: "un problema en XML firmado con XMLDSig, con correlationId (de la API DICT)"}
	// decode/read.go
	SaidJSONReportsSuccess = Text{EN: "JSON that reports success (", PT: "JSON que indica sucesso (", ES: "JSON que indica éxito ("}
	// decode/read.go
	SaidJSONErrorMember = Text{EN: "JSON with no error member (", PT: "JSON sem membro de erro (", ES: "JSON sin miembro de error ("}
	// decode/read.go
	SaidHARFileEntries = Text{EN: "a HAR file with no entries", PT: "um arquivo HAR sem entradas", ES: "un archivo HAR sin entradas"}
	// decode/read.go
	SaidEmptyObject = Text{EN: "an empty object", PT: "um objeto vazio", ES: "un objeto vacío"}
	// decode/read.go
	SaidExportHARAgainFailedRequest = Text{EN: "export the HAR again with the failed request in it", PT: "exporte o HAR de novo com a requisição que falhou", ES: "exporte el HAR de nuevo con la solicitud que falló"}
	// decode/read.go
	SaidPasteResponseCallFailed = Text{EN: "paste the response of the call that failed", PT: "cole a resposta da chamada que falhou", ES: "pegue la respuesta de la llamada que falló"}
	// decode/rede.go
	SaidReturnCodeReturnMessageCamelCaseRedeS = Text{EN: "returnCode and returnMessage in camelCase (Rede's envelope)", PT: "returnCode e returnMessage em camelCase (envelope da Rede)", ES: "returnCode y returnMessage en camelCase (sobre de Rede)"}
	// decode/rede.go
	SaidTidNsuReferenceRedeS = Text{EN: "tid/nsu/reference (Rede's transaction ids)", PT: "tid/nsu/reference (ids de transação da Rede)", ES: "tid/nsu/reference (ids de transacción de Rede)"}
	// decode/retry.go
	SaidRateLimitHeader = Text{EN: "RateLimit header", PT: "cabeçalho RateLimit", ES: "encabezado RateLimit"}
	// decode/retry.go
	SaidRateLimitResetHeader = Text{EN: "RateLimit-Reset header", PT: "cabeçalho RateLimit-Reset", ES: "encabezado RateLimit-Reset"}
	// decode/retry.go
	SaidRetryAfterHeader = Text{EN: "Retry-After header", PT: "cabeçalho Retry-After", ES: "encabezado Retry-After"}
	// decode/retry.go
	SaidRetryAfterAlreadyPast = Text{EN: "Retry-After is already past", PT: "o Retry-After já passou", ES: "el Retry-After ya pasó"}
	// decode/retry.go
	SaidXRateLimitResetHeader = Text{EN: "X-RateLimit-Reset header (", PT: "cabeçalho X-RateLimit-Reset (", ES: "encabezado X-RateLimit-Reset ("}
	// decode/retry.go
	SaidXRateLimitResetAlreadyPast = Text{EN: "X-RateLimit-Reset is already past", PT: "o X-RateLimit-Reset já passou", ES: "el X-RateLimit-Reset ya pasó"}
	// decode/retry.go
	SaidEpochMilliseconds = Text{EN: "epoch milliseconds", PT: "milissegundos desde a época Unix", ES: "milisegundos desde la época Unix"}
	// decode/retry.go
	SaidEpochSeconds = Text{EN: "epoch seconds", PT: "segundos desde a época Unix", ES: "segundos desde la época Unix"}
	// decode/retry.go
	SaidEstimatedRecoveryAlreadyPast = Text{EN: "estimatedRecovery is already past", PT: "o estimatedRecovery já passou", ES: "el estimatedRecovery ya pasó"}
	// decode/retry.go
	SaidEstimatedRecoveryMember = Text{EN: "estimatedRecovery member", PT: "membro estimatedRecovery", ES: "miembro estimatedRecovery"}
	// decode/retry.go
	SaidMessageText = Text{EN: "message text", PT: "texto da mensagem", ES: "texto del mensaje"}
	// decode/retry.go
	SaidSeconds = Text{EN: "seconds", PT: "segundos", ES: "segundos"}
	// decode/stripe.go
	SaidStripeShouldRetryHeader = Text{EN: "Stripe-Should-Retry header", PT: "cabeçalho Stripe-Should-Retry", ES: "encabezado Stripe-Should-Retry"}
	// decode/stripe.go
	SaidDocUrlPointsStripeCom = Text{EN: "doc_url points to stripe.com", PT: "doc_url aponta para stripe.com", ES: "doc_url apunta a stripe.com"}
	// decode/stripe.go
	SaidErrorDeclineCodeStripeS = Text{EN: "error.decline_code (Stripe's issuer decline reason)", PT: "error.decline_code (motivo da recusa do emissor, na Stripe)", ES: "error.decline_code (motivo del rechazo del emisor, en Stripe)"}
	// decode/stripe.go
	SaidRequestLogUrlStripeDashboard = Text{EN: "request_log_url (Stripe Dashboard log)", PT: "request_log_url (log do Dashboard da Stripe)", ES: "request_log_url (registro del Dashboard de Stripe)"}
	// decode/vindi.go
	SaidErrorsIdParameterMessageVindi = Text{EN: "errors[{id, parameter, message}] (Vindi's envelope)", PT: "errors[{id, parameter, message}] (envelope da Vindi)", ES: "errors[{id, parameter, message}] (sobre de Vindi)"}
	// decode/adyen.go
	SaidErrorCodeErrorTypeAdyenClassicEnvelope = Text{EN: "errorCode with errorType \x00 (Adyen's classic envelope)", PT: "errorCode com errorType \x00 (envelope clássico da Adyen)", ES: "errorCode con errorType \x00 (sobre clásico de Adyen)"}
	// decode/adyen.go
	SaidProblemTypeAdyen = Text{EN: "problem type \x00 (Adyen)", PT: "tipo de problema \x00 (Adyen)", ES: "tipo de problema \x00 (Adyen)"}
	// decode/adyen.go
	SaidWebhookItemEventCodeSuccessFalse = Text{EN: "a webhook's item with eventCode \x00 and success false (Adyen's notification of a failed event)", PT: "um item de webhook com eventCode \x00 e success false (notificação da Adyen de um evento que falhou)", ES: "un ítem de webhook con eventCode \x00 y success false (notificación de Adyen de un evento fallido)"}
	// decode/adyen.go
	SaidResultCodeRefusalReasonAdyenRefusedPayment = Text{EN: "resultCode \x00 with refusalReason (Adyen's refused payment)", PT: "resultCode \x00 com refusalReason (pagamento recusado na Adyen)", ES: "resultCode \x00 con refusalReason (pago rechazado en Adyen)"}
	// decode/adyen.go
	SaidResultCodePspReferenceAdyenPaymentResponse = Text{EN: "resultCode \x00 with pspReference (Adyen's payment response)", PT: "resultCode \x00 com pspReference (resposta de pagamento da Adyen)", ES: "resultCode \x00 con pspReference (respuesta de pago de Adyen)"}
	// decode/asaas.go
	SaidCodeAsaas = Text{EN: "code \x00 is Asaas's", PT: "o código \x00 é do Asaas", ES: "el código \x00 es de Asaas"}
	// decode/asaas.go
	SaidCodeDescriptionPortugueseAsaasWay = Text{EN: "code \x00 with a description in Portuguese (Asaas's way of naming a bad field)", PT: "código \x00 com a descrição em português (o jeito do Asaas de apontar um campo inválido)", ES: "código \x00 con la descripción en portugués (la forma de Asaas de señalar un campo inválido)"}
	// decode/bacenpix.go
	SaidTypeAPIPixProblemType = Text{EN: "type \x00 is an API Pix problem type (Banco Central do Brasil)", PT: "type \x00 é um tipo de problema da API Pix (Banco Central do Brasil)", ES: "type \x00 es un tipo de problema de la API Pix (Banco Central do Brasil)"}
	// decode/bacenpix.go
	SaidDocumentedAPIPixProblem = Text{EN: "\x00 is a documented API Pix problem", PT: "\x00 é um problema documentado da API Pix", ES: "\x00 es un problema documentado de la API Pix"}
	// decode/cashier.go
	SaidTypeBelongsAnotherAPI = Text{EN: "type \x00 belongs to another API", PT: "type \x00 pertence a outra API", ES: "type \x00 pertenece a otra API"}
	// decode/cashier.go
	SaidInstanceCashierResourceApiV1 = Text{EN: "instance \x00 is a Cashier resource (/api/v1/checkout, /api/v1/payouts)", PT: "instance \x00 é um recurso da Cashier (/api/v1/checkout, /api/v1/payouts)", ES: "instance \x00 es un recurso de Cashier (/api/v1/checkout, /api/v1/payouts)"}
	// decode/cashier.go
	SaidStatusThisTitleDetailCashier = Text{EN: "status \x00 with this title/detail is Cashier's \x00", PT: "status \x00 com este title/detail é o \x00 da Cashier", ES: "status \x00 con este title/detail es el \x00 de Cashier"}
	// decode/cielo.go
	SaidXMLNamespaceOldHostCielo = Text{EN: "\x00, the XML namespace (and old host) of Cielo's Webservice 1.5", PT: "\x00, o namespace XML (e host antigo) do Webservice 1.5 da Cielo", ES: "\x00, el namespace XML (y host antiguo) del Webservice 1.5 de Cielo"}
	// decode/cielo.go
	SaidCodigoErrorTableCieloWebservice = Text{EN: "codigo \x00 is in the error table of Cielo's Webservice 1.5", PT: "o codigo \x00 está na tabela de erros do Webservice 1.5 da Cielo", ES: "el codigo \x00 está en la tabla de errores del Webservice 1.5 de Cielo"}
	// decode/codes.go
	SaidLookedUpCatalog = Text{EN: "looked up in the catalog: \x00/\x00", PT: "consultado no catálogo: \x00/\x00", ES: "consultado en el catálogo: \x00/\x00"}
	// decode/cues.go
	SaidExceptionClassSDK = Text{EN: "\x00 is an exception class of \x01 SDK", PT: "\x00 é uma classe de exceção do SDK \x01", ES: "\x00 es una clase de excepción del SDK \x01"}
	// decode/cues.go
	SaidExceptionWasThrownSDK = Text{EN: "the exception was thrown in \x01 SDK (\x00)", PT: "a exceção foi lançada no SDK \x01 (\x00)", ES: "la excepción se lanzó en el SDK \x01 (\x00)"}
	// decode/cues.go
	SaidSDKStackTrace = Text{EN: "\x00 is \x01 SDK, in the stack trace", PT: "\x00 é o SDK \x01, no stack trace", ES: "\x00 es el SDK \x01, en el stack trace"}
	// decode/cues.go
	SaidWrittenSDK = Text{EN: "\"\x00\" is written by \x01 SDK", PT: "\"\x00\" é escrito pelo SDK \x01", ES: "\"\x00\" lo escribe el SDK \x01"}
	// decode/cues.go
	SaidWrittenShopPlugin = Text{EN: "\"\x00\" is written by a shop plugin for \x02", PT: "\"\x00\" é escrito por um plugin de loja para \x03", ES: "\"\x00\" lo escribe un plugin de tienda para \x02"}
	// decode/cues.go
	SaidPasteNames = Text{EN: "the paste names \x02", PT: "o texto colado cita \x03", ES: "el texto pegado menciona a \x02"}
	// decode/cues.go
	SaidWrittenOnlyAPI = Text{EN: "\x00 is written only by \x01 API", PT: "\x00 só aparece nas respostas da API \x01", ES: "\x00 solo aparece en las respuestas de la API \x01"}
	// decode/custom.go
	SaidBodyHasEnvelopeFrom = Text{EN: "the body has \x01 envelope (\x00), from \x00", PT: "o corpo tem o envelope \x01 (\x00), de \x00", ES: "el cuerpo tiene el envelope \x01 (\x00), de \x00"}
	// decode/custom.go
	SaidCodeCatalog = Text{EN: "code \x00 is in \x01 catalog (\x00)", PT: "o código \x00 está no catálogo \x01 (\x00)", ES: "el código \x00 está en el catálogo \x01 (\x00)"}
	// decode/dlocal.go
	SaidNumericCodeMessageDLocalErrors = Text{EN: "a numeric code \x00 with message (dLocal's errors)", PT: "um code numérico \x00 com message (erros do dLocal)", ES: "un code numérico \x00 con message (errores de dLocal)"}
	// decode/ebanx.go
	SaidStatusCodeEBANX = Text{EN: "status_code \x00 is EBANX's", PT: "o status_code \x00 é do EBANX", ES: "el status_code \x00 es de EBANX"}
	// decode/efi.go
	SaidCodeEfi = Text{EN: "code \x00 is Efí's", PT: "o código \x00 é da Efí", ES: "el código \x00 es de Efí"}
	// decode/efi.go
	SaidImplementsAPIPixAnswersProblems = Text{EN: "\x02 implements the API Pix and answers its problems", PT: "\x03 implementa a API Pix e responde os problemas dela", ES: "\x02 implementa la API Pix y responde sus problemas"}
	// decode/flux.go
	SaidCodeFluxERRPrefix = Text{EN: "code \x00 is Flux's (ERR_ prefix)", PT: "o código \x00 é da Flux (prefixo ERR_)", ES: "el código \x00 es de Flux (prefijo ERR_)"}
	// decode/flux.go
	SaidCodeHasFluxERRPrefix = Text{EN: "code \x00 has Flux's ERR_ prefix but is not in its reference", PT: "o código \x00 tem o prefixo ERR_ da Flux, mas não está na referência dela", ES: "el código \x00 tiene el prefijo ERR_ de Flux, pero no está en su referencia"}
	// decode/getnet.go
	SaidNameStatusCodeGetnetEnvelope = Text{EN: "name \x00 with status_code (Getnet's envelope)", PT: "name \x00 com status_code (envelope da Getnet)", ES: "name \x00 con status_code (sobre de Getnet)"}
	// decode/getnet.go
	SaidDetailsErrorCodeGetnetAREA = Text{EN: "details[].error_code \x00 (Getnet's AREA-NNN codes)", PT: "details[].error_code \x00 (códigos ÁREA-NNN da Getnet)", ES: "details[].error_code \x00 (códigos ÁREA-NNN de Getnet)"}
	// decode/gsmamm.go
	SaidErrorCategoryGSMACategory = Text{EN: "errorCategory \x00 is a GSMA category", PT: "errorCategory \x00 é uma categoria GSMA", ES: "errorCategory \x00 es una categoría GSMA"}
	// decode/identify.go
	SaidPageWasSetUp = Text{EN: "the page was set up for \x00", PT: "a página foi configurada para \x00", ES: "la página se configuró para \x00"}
	// decode/mercadopago.go
	SaidStatusDetailMercadoPagoPayment = Text{EN: "status_detail \x00 (a Mercado Pago payment's result)", PT: "status_detail \x00 (resultado de um pagamento do Mercado Pago)", ES: "status_detail \x00 (resultado de un pago de Mercado Pago)"}
	// decode/onnixpay.go
	SaidProviderNamesOnnixPayBankingPartner = Text{EN: "provider:\"\x00\" names OnnixPay's banking partner", PT: "provider:\"\x00\" nomeia o parceiro bancário da OnnixPay", ES: "provider:\"\x00\" nombra al socio bancario de OnnixPay"}
	// decode/openpay.go
	SaidCategoryErrorCodeHttpCode = Text{EN: "category \x00 with error_code and http_code (Openpay's envelope)", PT: "category \x00 com error_code e http_code (envelope do Openpay)", ES: "category \x00 con error_code y http_code (sobre de Openpay)"}
	// decode/openpay.go
	SaidOpenpayPluginNotice = Text{EN: "\"ERROR \x00. La petición no pudo ser procesada.\" (Openpay's plugins' words for its API's error)", PT: "\"ERROR \x00. La petición no pudo ser procesada.\" (as palavras dos plugins do Openpay para um erro da sua API)", ES: "\"ERROR \x00. La petición no pudo ser procesada.\" (las palabras de los plugins de Openpay para un error de su API)"}
	// decode/pagarme.go
	SaidTypeParameterNameMessageType = Text{EN: "{type, parameter_name, message} with type \x00 (a Pagar.me v1–v4 error)", PT: "{type, parameter_name, message} com type \x00 (um erro do Pagar.me v1–v4)", ES: "{type, parameter_name, message} con type \x00 (un error de Pagar.me v1–v4)"}
	// decode/pagbank.go
	SaidCodePagSeguro = Text{EN: "code \x00 is PagSeguro's", PT: "o código \x00 é do PagSeguro", ES: "el código \x00 es de PagSeguro"}
	// decode/paypal.go
	SaidXMLNamespaceNotPayPal = Text{EN: "the XML's namespace \x00 is not PayPal's", PT: "o namespace \x00 do XML não é do PayPal", ES: "el namespace \x00 del XML no es de PayPal"}
	// decode/paypal.go
	SaidNameOnePayPalErrorNames = Text{EN: "name \x00 is one of PayPal's error names", PT: "name \x00 é um dos nomes de erro do PayPal", ES: "name \x00 es uno de los nombres de error de PayPal"}
	// decode/paypal.go
	SaidIssuePayPal = Text{EN: "issue \x00 is PayPal's", PT: "a issue \x00 é do PayPal", ES: "el issue \x00 es de PayPal"}
	// decode/pixdict.go
	SaidTypeDICTProblemTypeBanco = Text{EN: "type \x00 is a DICT problem type (Banco Central do Brasil)", PT: "type \x00 é um tipo de problema do DICT (Banco Central do Brasil)", ES: "type \x00 es un tipo de problema del DICT (Banco Central do Brasil)"}
	// decode/rede.go
	SaidReturnCodeRede = Text{EN: "returnCode \x00 is Rede's", PT: "o returnCode \x00 é da Rede", ES: "el returnCode \x00 es de Rede"}
	// decode/stripe.go
	SaidErrorTypeOneStripeFour = Text{EN: "error.type \x00 is one of Stripe's four error types", PT: "error.type \x00 é um dos quatro tipos de erro da Stripe", ES: "error.type \x00 es uno de los cuatro tipos de error de Stripe"}
	// decode/stripe.go
	SaidErrorChargeStripeChargeId = Text{EN: "error.charge \x00 (a Stripe charge id)", PT: "error.charge \x00 (id de cobrança da Stripe)", ES: "error.charge \x00 (id de cargo de Stripe)"}
	// decode/stripe.go
	SaidLoneErrorObjectWhoseCode = Text{EN: "a lone error object whose code \x00 is Stripe's", PT: "um objeto error sozinho cujo código \x00 é da Stripe", ES: "un objeto error solo cuyo código \x00 es de Stripe"}
	// decode/identify.go
	SaidOrchestratorAnswerNamesConnector = Text{EN: "the payment orchestrator's answer names \x02 as its connector", PT: "a resposta do orquestrador de pagamentos cita \x03 como o conector", ES: "la respuesta del orquestador de pagos menciona a \x02 como el conector"}
	// decode/onnixpay.go
	SaidOnnixPayExtraMembersError = Text{EN: "OnnixPay's extra members in error (\x00)", PT: "membros extras da OnnixPay em error (\x00)", ES: "miembros extra de OnnixPay en error (\x00)"}
	// decode/advise.go
	SaidPaymentPaymentExecStatusSomeReceiversMayHave = Text{EN: "The payment's paymentExecStatus is \x00: some receivers may have been paid already. Look the payment up (PaymentDetails with its payKey) before sending anything again, or they may be paid twice.", PT: "O paymentExecStatus do pagamento é \x00: alguns recebedores podem já ter sido pagos. Consulte o pagamento (PaymentDetails com o payKey) antes de enviar qualquer coisa de novo, ou eles podem ser pagos duas vezes.", ES: "El paymentExecStatus del pago es \x00: es posible que algunos receptores ya hayan cobrado. Consulte el pago (PaymentDetails con su payKey) antes de enviar nada de nuevo, o podrían cobrar dos veces."}
	// decode/advise.go
	SaidRequestMethod = Text{EN: "request method \x00", PT: "método da requisição \x00", ES: "método de la solicitud \x00"}
	// decode/advise.go
	SaidDocumentNeverNamesIdempotencyHeaderDecifra = Text{EN: "(\x01 document never names its idempotency header: \x00 is decifra's inference, the IETF draft's name.)", PT: "(O documento \x01 nunca dá o nome do cabeçalho de idempotência: \x00 é uma inferência do decifra, o nome do rascunho da IETF.)", ES: "(El documento \x01 nunca nombra su encabezado de idempotencia: \x00 es una inferencia de decifra, el nombre del borrador de la IETF.)"}
	// decode/advise.go
	SaidWaitThenSendSameRequestAgain = Text{EN: "Wait \x00 s, then send the same request again; don't try sooner.", PT: "Aguarde \x00 s e então reenvie a mesma requisição; não tente antes disso.", ES: "Espere \x00 s y luego vuelva a enviar la misma solicitud; no lo intente antes."}
	// decode/advise.go
	SaidWritesSendHeaderReuseSameValue = Text{EN: "For writes, send the \x00 header and reuse the same value when resending, so the operation is not done twice.", PT: "Em operações de escrita, envie o cabeçalho \x00 e reutilize o mesmo valor ao reenviar, para que a operação não seja feita duas vezes.", ES: "En las escrituras, envíe el encabezado \x00 y reutilice el mismo valor al reenviar, para que la operación no se haga dos veces."}
	// decode/advise.go
	SaidRequestWasWhichIdempotentRFCRepeating = Text{EN: "The request was a \x00, which is idempotent (RFC 9110 §9.2.2): repeating it cannot do the operation twice, so retry with backoff.", PT: "A requisição foi um \x00, que é idempotente (RFC 9110 §9.2.2): repeti-la não executa a operação duas vezes, então pode reenviar com backoff.", ES: "La solicitud fue un \x00, que es idempotente (RFC 9110 §9.2.2): repetirla no ejecuta la operación dos veces, así que reintente con backoff."}
	// decode/adyen.go
	SaidRefusedPaymentResultCodeRefusalReasonCode = Text{EN: "a refused payment: resultCode \x00, refusalReasonCode \x00", PT: "um pagamento recusado: resultCode \x00, refusalReasonCode \x00", ES: "un pago rechazado: resultCode \x00, refusalReasonCode \x00"}
	// decode/adyen.go
	SaidWebhookSuccessFalse = Text{EN: "a webhook's \x00 with success false", PT: "um \x00 de webhook com success false", ES: "un \x00 de webhook con success false"}
	// decode/cashier.go
	SaidCashierBodyCarriesNoCodeWas = Text{EN: "Cashier's body carries no code: \x00 was inferred from its status, title and detail", PT: "o corpo da Cashier não traz código: \x00 foi deduzido do status, do title e do detail", ES: "el cuerpo de Cashier no trae código: \x00 se dedujo del status, el title y el detail"}
	// decode/cielo.go
	SaidCodigoReadCieloManualWrites = Text{EN: "codigo \x00 read as \x00, as Cielo's manual writes it", PT: "codigo \x00 lido como \x00, como o manual da Cielo o escreve", ES: "codigo \x00 leído como \x00, como lo escribe el manual de Cielo"}
	// decode/decline.go
	SaidStripeAdviceCode = Text{EN: "Stripe's advice_code \x00", PT: "advice_code \x00 da Stripe", ES: "advice_code \x00 de Stripe"}
	// decode/decline.go
	SaidMastercardMerchantAdviceCode = Text{EN: "Mastercard's Merchant Advice Code \x00", PT: "Merchant Advice Code \x00 da Mastercard", ES: "Merchant Advice Code \x00 de Mastercard"}
	// decode/decline.go
	SaidIssuerResponseCode = Text{EN: "the issuer's response code \x00\x00", PT: "o código de resposta do emissor \x00\x00", ES: "el código de respuesta del emisor \x00\x00"}
	// decode/decline.go
	SaidRead = Text{EN: ", read for \x00", PT: ", lido para \x00", ES: ", leído para \x00"}
	// decode/decline.go
	SaidHours = Text{EN: "\x00 hours", PT: "\x00 horas", ES: "\x00 horas"}
	// decode/decline.go
	SaidDays = Text{EN: "\x00 days", PT: "\x00 dias", ES: "\x00 días"}
	// decode/decline.go
	SaidLimit = Text{EN: "\x00's limit: ", PT: "Limite da \x00: ", ES: "Límite de \x00: "}
	// decode/decline.go
	SaidMostMoreAttemptsCardDays = Text{EN: "at most \x00 more attempts on this card in \x00 days", PT: "no máximo \x00 novas tentativas com este cartão em \x00 dias", ES: "como máximo \x00 intentos más con esta tarjeta en \x00 días"}
	// decode/decline.go
	SaidHours2 = Text{EN: ", and \x00 in 24 hours", PT: ", e \x00 em 24 horas", ES: ", y \x00 en 24 horas"}
	// decode/details.go
	SaidTokenLacksScopeCallNeedsWWW = Text{EN: "The token lacks the scope this call needs: WWW-Authenticate asks for \x00. Request a token with it (and check the scope is enabled for your client with the provider).", PT: "O token não tem o escopo que esta chamada exige: o WWW-Authenticate pede \x00. Peça um token com ele (e confira se o escopo está liberado para o seu client no provedor).", ES: "El token no tiene el alcance que esta llamada exige: el WWW-Authenticate pide \x00. Solicite un token con él (y verifique que el alcance esté habilitado para su cliente en el proveedor)."}
	// decode/explain.go
	SaidHARHasFailedEntriesLastOne = Text{EN: "the HAR has \x00 failed entries; this is the last one (decifra --all explains each)", PT: "o HAR tem \x00 entradas com falha; esta é a última (decifra --all explica cada uma)", ES: "el HAR tiene \x00 entradas con falla; esta es la última (decifra --all explica cada una)"}
	// decode/explain.go
	SaidOnlyFirstBytesPasteWereRead = Text{EN: "only the first \x00 bytes (\x00) of the paste were read", PT: "só os primeiros \x00 bytes (\x00) do texto colado foram lidos", ES: "solo se leyeron los primeros \x00 bytes (\x00) del texto pegado"}
	// decode/explain.go
	SaidBinaryDataByteNotTextOffset = Text{EN: "binary data (a byte that is not text at offset \x00)", PT: "dados binários (um byte que não é texto na posição \x00)", ES: "datos binarios (un byte que no es texto en la posición \x00)"}
	// decode/finalstate.go
	SaidMessageSaysSameOperationAlreadyUnder = Text{EN: "The message says the same operation is already under way (\"\x00\"): don't send it again; look the resource up until that operation ends, then act on its outcome.", PT: "A mensagem diz que a mesma operação já está em andamento (\"\x00\"): não a envie de novo; consulte o recurso até essa operação terminar e aja conforme o resultado.", ES: "El mensaje dice que la misma operación ya está en curso (\"\x00\"): no la envíe de nuevo; consulte el recurso hasta que esa operación termine y actúe según su resultado."}
	// decode/finalstate.go
	SaidMessageSaysAlreadyDoneStateRefuses = Text{EN: "The message says it is already done, or in a state that refuses this request (\"\x00\"): the same request, corrected or not, cannot succeed. Look the resource up instead.", PT: "A mensagem diz que isso já foi feito, ou que o recurso está num estado que recusa esta requisição (\"\x00\"): a mesma requisição, corrigida ou não, não terá sucesso. Consulte o recurso em vez disso.", ES: "El mensaje dice que eso ya se hizo, o que el recurso está en un estado que rechaza esta solicitud (\"\x00\"): la misma solicitud, corregida o no, no tendrá éxito. Consulte el recurso en su lugar."}
	// decode/fluxiq.go
	SaidFinalStateBoletoCannotMoveAnywhere = Text{EN: "'\x00' is a final state: a boleto in it cannot move to '\x00' or anywhere else.", PT: "'\x00' é um estado final: um boleto nele não pode ir para '\x00' nem para nenhum outro.", ES: "'\x00' es un estado final: un boleto en él no puede pasar a '\x00' ni a ningún otro."}
	// decode/fluxiq.go
	SaidFromBoletoMayOnlyMoveNot = Text{EN: "From '\x00' a boleto may only move to \x00, not to '\x00'.", PT: "De '\x00' um boleto só pode ir para \x00, não para '\x00'.", ES: "Desde '\x00' un boleto solo puede pasar a \x00, no a '\x00'."}
	// decode/gsmamm.go
	SaidGSMAErrorCategory = Text{EN: "GSMA errorCategory \x00", PT: "errorCategory GSMA \x00", ES: "errorCategory GSMA \x00"}
	// decode/identify.go
	SaidCode = Text{EN: "code \x00 is \x01", PT: "o código \x00 é \x01", ES: "el código \x00 es \x01"}
	// decode/identify.go
	SaidCodeDocumentedOther = Text{EN: "code \x00 is documented \x04 (and \x00 other)", PT: "o código \x00 é documentado \x04 (e por mais \x00)", ES: "el código \x00 está documentado \x04 (y por \x00 más)"}
	// decode/identify.go
	SaidHTTPStatusDocuments = Text{EN: "HTTP \x00 is the status \x03 documents for \x00", PT: "HTTP \x00 é o status que \x03 documenta para \x00", ES: "HTTP \x00 es el status que \x03 documenta para \x00"}
	// decode/identify.go
	SaidCodeAlone = Text{EN: "the code alone: \x00 is \x01", PT: "só o código: \x00 é \x01", ES: "solo el código: \x00 es \x01"}
	// decode/identify.go
	SaidMessageOwnWords = Text{EN: "the message is \x01 own words for \x00", PT: "a mensagem é o texto próprio \x01 para \x00", ES: "el mensaje es el texto propio \x01 para \x00"}
	// decode/identify.go
	SaidMessageOwnTextCode = Text{EN: "the message is \x01 own text for code \x00", PT: "a mensagem é o texto próprio \x01 para o código \x00", ES: "el mensaje es el texto propio \x01 para el código \x00"}
	// decode/identify.go
	SaidHost = Text{EN: "host \x00 is \x01", PT: "o host \x00 é \x01", ES: "el host \x00 es \x01"}
	// decode/know.go
	SaidReference = Text{EN: "\x01 reference for \x00", PT: "referência \x01 para \x00", ES: "referencia \x01 para \x00"}
	// decode/know.go
	SaidABECSIssuerResponseCode = Text{EN: "ABECS issuer response code \x00", PT: "código de resposta ABECS \x00", ES: "código de respuesta ABECS \x00"}
	// decode/know.go
	SaidCallWorkedButPaymentWasRefused = Text{EN: "The call worked, but the payment was refused: by the issuer, the card brand or \x01 risk analysis. The reason \x02 gives is below.", PT: "A chamada funcionou, mas o pagamento foi recusado: pelo emissor, pela bandeira ou pela análise de risco \x01. O motivo que \x03 informa está abaixo.", ES: "La llamada funcionó, pero el pago fue rechazado: por el emisor, la marca de la tarjeta o el análisis de riesgo \x01. El motivo que indica \x02 está abajo."}
	// decode/know.go
	SaidReferenceDoesNotDocumentCode = Text{EN: " Its reference does not document code \x00.", PT: " A referência não documenta o código \x00.", ES: " Su referencia no documenta el código \x00."}
	// decode/know.go
	SaidErrorReferenceDoesNotDocumentPaste = Text{EN: "\x01 error reference does not document \x00, and the paste has no HTTP status; the provider's own message and details below are all there is to go on.", PT: "A referência de erros \x01 não documenta \x00, e o texto colado não traz status HTTP; a mensagem e os detalhes do próprio provedor, abaixo, são tudo o que há.", ES: "La referencia de errores \x01 no documenta \x00, y el texto pegado no trae status HTTP; el mensaje y los detalles del propio proveedor, abajo, son todo lo que hay."}
	// decode/know.go
	SaidCodeNotReference = Text{EN: "code \x00 is not in \x01 reference", PT: "o código \x00 não está na referência \x01", ES: "el código \x00 no está en la referencia \x01"}
	// decode/know.go
	SaidHTMLErrorPageFromProxyCDN = Text{EN: "an HTML error page from \x00, a proxy or CDN in front of the API: the error is the proxy's, and the request may never have reached the API", PT: "uma página de erro HTML de \x00, um proxy ou CDN na frente da API: o erro é do proxy, e a requisição pode nem ter chegado à API", ES: "una página de error HTML de \x00, un proxy o CDN delante de la API: el error es del proxy, y la solicitud puede no haber llegado a la API"}
	// decode/know.go
	SaidMessageWasRead = Text{EN: "\x01 message was read as \x00", PT: "a mensagem \x01 foi lida como \x00", ES: "el mensaje \x01 se leyó como \x00"}
	// decode/mercadopago.go
	SaidNameMercadoPagoErrorErrorMercadoPagoNode = Text{EN: "name MercadoPagoError (the error of Mercado Pago's Node.js SDK)", PT: "name MercadoPagoError (o erro do SDK Node.js do Mercado Pago)", ES: "name MercadoPagoError (el error del SDK de Node.js de Mercado Pago)"}
	// decode/pagarme.go
	SaidFailedChargeLastTransactionStatus = Text{EN: "a failed charge: last_transaction.status \x00", PT: "uma cobrança que falhou: last_transaction.status \x00", ES: "un cobro que falló: last_transaction.status \x00"}
	// decode/pagarme.go
	SaidPagarMeVBodiesCarryNo = Text{EN: "Pagar.me v5 bodies carry no code: the explanation is Pagar.me's for HTTP \x00", PT: "corpos do Pagar.me v5 não trazem código: a explicação é a do Pagar.me para HTTP \x00", ES: "los cuerpos de Pagar.me v5 no traen código: la explicación es la de Pagar.me para HTTP \x00"}
	// decode/pagbank.go
	SaidPagBankCodeIssuerRawDataReason = Text{EN: "PagBank's code \x00; the issuer's raw_data.reason_code \x00 (ABECS) explains it", PT: "código \x00 do PagBank; o raw_data.reason_code \x00 do emissor (ABECS) o explica", ES: "código \x00 de PagBank; el raw_data.reason_code \x00 del emisor (ABECS) lo explica"}
	// decode/paypal.go
	SaidCaptureDECLINEDProcessorResponseResponseCode = Text{EN: "a capture DECLINED: processor_response.response_code \x00", PT: "uma captura DECLINED: processor_response.response_code \x00", ES: "una captura DECLINED: processor_response.response_code \x00"}
	// decode/paypal.go
	SaidPayPalName = Text{EN: "PayPal name \x00", PT: "name do PayPal: \x00", ES: "name de PayPal: \x00"}
	// decode/read.go
	SaidJSONNestedDeeperThanLevelsWas = Text{EN: "JSON nested deeper than \x00 levels was skipped", PT: "JSON aninhado em mais de \x00 níveis foi ignorado", ES: "se omitió el JSON anidado a más de \x00 niveles"}
	// decode/read.go
	SaidOnlyFirstPasteWereReadError = Text{EN: "only the first \x00 of the paste were read, and the error may come later: paste the part that holds it", PT: "só os primeiros \x00 do texto colado foram lidos, e o erro pode vir depois: cole a parte que o contém", ES: "solo se leyeron los primeros \x00 del texto pegado, y el error puede venir después: pegue la parte que lo contiene"}
	// decode/read.go
	SaidHTTPResponseWhichReportsSuccess = Text{EN: "an HTTP \x00 response, which reports success", PT: "uma resposta HTTP \x00, que indica sucesso", ES: "una respuesta HTTP \x00, que indica éxito"}
	// decode/read.go
	SaidHTMLPageNamesNoHTTPError = Text{EN: "an HTML page that names no HTTP error status (it begins \x00)", PT: "uma página HTML que não traz status HTTP de erro (começa com \x00)", ES: "una página HTML que no indica ningún status HTTP de error (empieza con \x00)"}
	// decode/read.go
	SaidTextNoJSONObjectNoHTTP = Text{EN: "text with no JSON object and no HTTP status (it begins \x00)", PT: "texto sem objeto JSON e sem status HTTP (começa com \x00)", ES: "texto sin objeto JSON y sin status HTTP (empieza con \x00)"}
	// decode/read.go
	SaidMembers = Text{EN: "members \x00", PT: "membros \x00", ES: "miembros \x00"}
	// decode/rede.go
	SaidRedeReturnCodeBrandBrandReturnCodeABECS = Text{EN: "Rede's returnCode \x00; the brand's brand.returnCode \x00 (ABECS) explains it", PT: "returnCode \x00 da Rede; o brand.returnCode \x00 da bandeira (ABECS) o explica", ES: "returnCode \x00 de Rede; el brand.returnCode \x00 de la marca (ABECS) lo explica"}
	// decode/retry.go
	SaidMember = Text{EN: "\x00 member", PT: "membro \x00", ES: "miembro \x00"}
	// decode/stripe.go
	SaidStripeSays = Text{EN: "Stripe says: \x00", PT: "A Stripe informa: \x00", ES: "Stripe indica: \x00"}
)
