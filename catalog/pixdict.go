//go:build !textpack

// API DICT (Banco Central do Brasil) is built from public sources only: https://github.com/bacen/pix-dict-api. Every entry cites the page, SDK file or
// recorded response it was verified in; where no source gives a meaning, there is no entry.

package catalog

// pixDict is API DICT (Banco Central do Brasil).
var pixDict = Provider{
	id:       "pix-dict",
	name:     "API DICT (Banco Central do Brasil)",
	docsURL:  "https://github.com/bacen/pix-dict-api",
	hosts:    []string{"dict.pi.rsfn.net.br", "dict-h.pi.rsfn.net.br"},
	envelope: Text{EN: "RFC 7807 problems in XML (application/problem+xml) with type https://dict.pi.rsfn.net.br/api/v1/error/<type>, title, status, detail, correlationId and violations.", PT: "Problemas RFC 7807 em XML (application/problem+xml) com type https://dict.pi.rsfn.net.br/api/v1/error/<tipo>, title, status, detail, correlationId e violations.", ES: "Problemas RFC 7807 en XML (application/problem+xml) con type https://dict.pi.rsfn.net.br/api/v1/error/<tipo>, title, status, detail, correlationId y violations."},
	source:   "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml",
	// The headers the RSFN gateway and DICT's own API require of a participant, named in
	// its errors when one is missing ("Missing request header PI-CertSubjectDN").
	cues: []Cue{
		{Text: "PI-CertSubjectDN", Kind: APIMark},
		{Text: "PI-RequestingParticipant", Kind: APIMark},
		// Not its name, even in capitals: "failed to load DICT table", "KeyError: DICT
		// lookup" are any program's. Called by it in Portuguese, though: "as chamadas ao
		// Dict estão retornando erro 504". Not "no DICT": a bank's Pix API says "Chave Pix
		// não existente no DICT" of its own lookup; nor "consulta ao DICT", a PSP's own
		// lookup ("falha durante a consulta ao DICT"); and "adicione a chave ao dict" is
		// Python's. Only calls made to it.
		{Text: "chamadas ao DICT", Kind: Name},
		{Text: "chamadas ao Dict", Kind: Name},
		{Text: "chamadas ao dict", Kind: Name},
		{Text: "requisições ao DICT", Kind: Name},
		{Text: "requisições ao dict", Kind: Name},
	},
	entries: []Entry{
		{
			Code:     "Forbidden",
			Status:   403,
			Category: Authorization,
			Title:    Text{EN: "Forbidden", PT: "Proibido", ES: "Prohibido"},
			Meaning:  Text{EN: "An authenticated participant's request breaks an authorization rule (e.g. \"Participant is not allowed to access this resource\").", PT: "Requisição de participante autenticado que viola alguma regra de autorização (ex.: \"Participant is not allowed to access this resource\").", ES: "La solicitud de un participante autenticado viola una regla de autorización (p. ej., \"Participant is not allowed to access this resource\")."},
			Fix: []Text{
				Text{EN: "Check the ISPB in the request is yours (or your indirect participant's) and that the operation is allowed for your role.", PT: "Confira se o ISPB da requisição é seu (ou do seu participante indireto) e se a operação é permitida ao seu papel.", ES: "Verifique que el ISPB de la solicitud sea suyo (o de su participante indirecto) y que la operación esté permitida para su rol."},
			},
			Retry:  Fix,
			Match:  []string{"participant is not allowed to access this resource", "is not an indirect participant of the submitter"},
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\") ; https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/responses.yaml; its details as the DICT answers them: https://github.com/bacen/pix-perguntas-e-respostas/issues/63, https://github.com/bacen/pix-perguntas-e-respostas/issues/228",
		},
		{
			Code:     "BadRequest",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Bad request", PT: "Requisição com formato inválido", ES: "Solicitud con formato no válido"},
			Meaning:  Text{EN: "The request has an invalid format (e.g. \"Could not parse request body\").", PT: "A requisição tem formato inválido (ex.: \"Could not parse request body\").", ES: "La solicitud tiene un formato no válido (p. ej., \"Could not parse request body\")."},
			Fix: []Text{
				Text{EN: "Send well-formed, schema-valid XML (application/xml) and resend.", PT: "Envie XML bem formado e válido pelo schema (application/xml) e reenvie.", ES: "Envíe XML bien formado y válido según el esquema (application/xml) y reenvíe."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\") ; https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/responses.yaml",
		},
		{
			Code:     "NotFound",
			Status:   404,
			Category: NotFound,
			Title:    Text{EN: "Not found", PT: "Entidade não encontrada", ES: "Entidad no encontrada"},
			Meaning:  Text{EN: "The entity was not found (e.g. \"Entry associated with given key does not exist\"). For getEntry, a 404 costs 20 tokens in the anti-scan user buckets.", PT: "A entidade não foi encontrada (ex.: \"Entry associated with given key does not exist\"). No getEntry, um 404 consome 20 fichas dos baldes antivarredura do usuário.", ES: "No se encontró la entidad (p. ej., \"Entry associated with given key does not exist\"). En getEntry, un 404 consume 20 fichas de los baldes antibarrido del usuario."},
			Fix: []Text{
				Text{EN: "Check the key or id; do not retry lookups of unknown keys in a loop.", PT: "Confira a chave ou o id; não repita em laço consultas de chaves inexistentes.", ES: "Verifique la clave o el id; no repita en bucle consultas de claves inexistentes."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\") ; https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/responses.yaml",
		},
		{
			Code:     "RateLimited",
			Status:   429,
			Category: RateLimit,
			Title:    Text{EN: "Rate limited", PT: "Limite de requisições atingido", ES: "Límite de solicitudes alcanzado"},
			Meaning:  Text{EN: "A token-bucket policy for the operation (e.g. ENTRIES_READ_USER_ANTISCAN, CLAIMS_WRITE) ran out of tokens.", PT: "Uma política de balde de fichas da operação (ex.: ENTRIES_READ_USER_ANTISCAN, CLAIMS_WRITE) ficou sem fichas.", ES: "Una política de balde de fichas de la operación (p. ej., ENTRIES_READ_USER_ANTISCAN, CLAIMS_WRITE) se quedó sin fichas."},
			Fix: []Text{
				Text{EN: "Wait for the bucket to refill at its documented rate; check bucket state via the policies endpoints.", PT: "Aguarde o balde repor fichas na taxa documentada; consulte o estado nos endpoints de políticas.", ES: "Espere a que el balde se reponga a su tasa documentada; consulte su estado en los endpoints de políticas."},
			},
			Retry:  Backoff,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\") ; https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/responses.yaml",
		},
		{
			Code:     "InternalServerError",
			Status:   500,
			Category: Internal,
			Title:    Text{EN: "DICT internal error", PT: "Erro interno do DICT", ES: "Error interno del DICT"},
			Meaning:  Text{EN: "An unexpected condition while processing the request.", PT: "Condição inesperada ao processar a requisição.", ES: "Condición inesperada al procesar la solicitud."},
			Fix: []Text{
				Text{EN: "For writes, query the entity (or repeat with the same RequestId, which is idempotent) before sending anything new.", PT: "Em escritas, consulte a entidade (ou repita com o mesmo RequestId, que é idempotente) antes de enviar algo novo.", ES: "En escrituras, consulte la entidad (o repita con el mismo RequestId, que es idempotente) antes de enviar algo nuevo."},
			},
			Retry:  CheckFirst,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "ServiceUnavailable",
			Status:   503,
			Category: Unavailable,
			Title:    Text{EN: "DICT unavailable", PT: "DICT indisponível", ES: "DICT no disponible"},
			Meaning:  Text{EN: "The service is unavailable now: under maintenance or outside its operating window (e.g. \"Service is under scheduled maintenance\"). May carry Retry-After (seconds).", PT: "O serviço está indisponível: em manutenção ou fora da janela de funcionamento (ex.: \"Service is under scheduled maintenance\"). Pode trazer Retry-After (segundos).", ES: "El servicio no está disponible: en mantenimiento o fuera de su horario (p. ej., \"Service is under scheduled maintenance\"). Puede incluir Retry-After (segundos)."},
			Fix: []Text{
				Text{EN: "Retry after the Retry-After seconds; without it, back off exponentially.", PT: "Tente de novo após os segundos de Retry-After; sem ele, use backoff exponencial.", ES: "Reintente tras los segundos de Retry-After; si no viene, espere de forma exponencial."},
			},
			Retry:  Wait,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\") ; https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/responses.yaml",
		},
		{
			Code:     "RequestSignatureInvalid",
			Category: Authentication,
			Title:    Text{EN: "Request signature invalid", PT: "Assinatura da requisição inválida", ES: "Firma de la solicitud no válida"},
			Meaning:  Text{EN: "The XML Digital Signature of the request is invalid.", PT: "A assinatura digital (XML Digital Signature) da requisição é inválida.", ES: "La firma digital (XML Digital Signature) de la solicitud no es válida."},
			Fix: []Text{
				Text{EN: "Sign the exact XML sent with the enveloped signature and the certificate registered for your ISPB (Pix security manual).", PT: "Assine o XML exato enviado, com assinatura envelopada e o certificado registrado para seu ISPB (manual de segurança do Pix).", ES: "Firme el XML exacto enviado, con firma envolvente y el certificado registrado para su ISPB (manual de seguridad de Pix)."},
			},
			Retry:  Fix,
			Match:  []string{"xml signature does not match digests or certificate"},
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\"); its detail as the DICT answers it: https://github.com/bacen/pix-perguntas-e-respostas/issues/307",
		},
		{
			Code:     "RequestIdAlreadyUsed",
			Category: Conflict,
			Title:    Text{EN: "RequestId already used", PT: "RequestId já utilizado", ES: "RequestId ya utilizado"},
			Meaning:  Text{EN: "A request reused the RequestId of an earlier request but with different parameters.", PT: "A requisição reutilizou o RequestId de uma anterior, mas com parâmetros diferentes.", ES: "La solicitud reutilizó el RequestId de una anterior, pero con parámetros distintos."},
			Fix: []Text{
				Text{EN: "Resend the original parameters with that RequestId, or use a new UUIDv4 for a different operation.", PT: "Reenvie os parâmetros originais com esse RequestId ou use um novo UUIDv4 para outra operação.", ES: "Reenvíe los parámetros originales con ese RequestId o use un nuevo UUIDv4 para otra operación."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "InvalidReason",
			Category: Validation,
			Title:    Text{EN: "Invalid reason for the operation", PT: "Razão inválida para a operação", ES: "Razón no válida para la operación"},
			Meaning:  Text{EN: "The Reason sent is not valid for this operation (e.g. a claim reason that the table of allowed reasons forbids for your role).", PT: "A Reason enviada não é válida para esta operação (ex.: razão de reivindicação não permitida ao seu papel).", ES: "La Reason enviada no es válida para esta operación (p. ej., una razón de reivindicación no permitida para su rol)."},
			Fix: []Text{
				Text{EN: "Send a Reason allowed for the operation and your role (USER_REQUESTED, ACCOUNT_CLOSURE, FRAUD, RECONCILIATION…).", PT: "Envie uma Reason permitida para a operação e seu papel (USER_REQUESTED, ACCOUNT_CLOSURE, FRAUD, RECONCILIATION…).", ES: "Envíe una Reason permitida para la operación y su rol (USER_REQUESTED, ACCOUNT_CLOSURE, FRAUD, RECONCILIATION…)."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "EntryInvalid",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Entry has invalid fields", PT: "Vínculo com campos inválidos", ES: "Vínculo con campos no válidos"},
			Meaning:  Text{EN: "Fields are invalid when creating a new entry; violations[] gives reason, value and property (e.g. entry.key).", PT: "Há campos inválidos ao criar o vínculo; violations[] traz reason, value e property (ex.: entry.key).", ES: "Hay campos no válidos al crear el vínculo; violations[] indica reason, value y property (p. ej., entry.key)."},
			Fix: []Text{
				Text{EN: "Fix each property in violations (key format per key type, account data) and resend.", PT: "Corrija cada property de violations (formato da chave por tipo, dados da conta) e reenvie.", ES: "Corrija cada property de violations (formato de clave por tipo, datos de la cuenta) y reenvíe."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\") ; https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/responses.yaml",
		},
		{
			Code:     "EntryLimitExceeded",
			Category: Business,
			Title:    Text{EN: "Entry limit exceeded for the account", PT: "Limite de chaves da conta excedido", ES: "Límite de claves de la cuenta superado"},
			Meaning:  Text{EN: "The number of entries linked to the transactional account exceeded the maximum.", PT: "O número de vínculos associados à conta transacional excedeu o limite máximo.", ES: "El número de vínculos asociados a la cuenta transaccional superó el máximo."},
			Fix: []Text{
				Text{EN: "Delete an existing key of that account before registering a new one.", PT: "Exclua uma chave existente da conta antes de registrar outra.", ES: "Elimine una clave existente de la cuenta antes de registrar otra."},
			},
			Retry:  None,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "EntryAlreadyExists",
			Category: Conflict,
			Title:    Text{EN: "Entry already exists", PT: "Vínculo já existe", ES: "El vínculo ya existe"},
			Meaning:  Text{EN: "An entry for this key already exists with the same participant and owner.", PT: "Já existe vínculo para esta chave com o mesmo participante e dono.", ES: "Ya existe un vínculo para esta clave con el mismo participante y dueño."},
			Fix: []Text{
				Text{EN: "Treat the key as registered; query it instead of creating it again.", PT: "Trate a chave como registrada; consulte-a em vez de criá-la de novo.", ES: "Trate la clave como registrada; consúltela en lugar de crearla otra vez."},
			},
			Retry:  None,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "EntryCannotBeQueriedForBookTransfer",
			Category: Business,
			Title:    Text{EN: "Entry held by the payer's own PSP", PT: "Vínculo custodiado no PSP do pagador", ES: "Vínculo custodiado en el PSP del pagador"},
			Meaning:  Text{EN: "The key is held by the same PSP as the paying user; when payer and payee are at the same PSP the DICT must not be queried.", PT: "O vínculo está custodiado no mesmo PSP do pagador; quando pagador e recebedor estão no mesmo PSP, não se deve consultar o DICT.", ES: "El vínculo está custodiado en el mismo PSP del pagador; si pagador y receptor están en el mismo PSP, no debe consultarse el DICT."},
			Fix: []Text{
				Text{EN: "Resolve the key in your own base and make a book transfer.", PT: "Resolva a chave na sua própria base e faça a transferência interna.", ES: "Resuelva la clave en su propia base y haga una transferencia interna."},
			},
			Retry:  None,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "EntryKeyOwnedByDifferentPerson",
			Category: Conflict,
			Title:    Text{EN: "Key owned by another person", PT: "Chave pertence a outra pessoa", ES: "La clave pertenece a otra persona"},
			Meaning:  Text{EN: "An entry for this key exists but is owned by someone else; an ownership claim is indicated.", PT: "Já existe vínculo para esta chave, mas ela pertence a outra pessoa; indica-se uma reivindicação de posse.", ES: "Ya existe un vínculo para esta clave, pero pertenece a otra persona; se indica una reivindicación de posesión."},
			Fix: []Text{
				Text{EN: "Open an OWNERSHIP claim for the key instead of creating the entry.", PT: "Abra uma reivindicação de posse (OWNERSHIP) em vez de criar o vínculo.", ES: "Abra una reivindicación de posesión (OWNERSHIP) en lugar de crear el vínculo."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "EntryKeyInCustodyOfDifferentParticipant",
			Category: Conflict,
			Title:    Text{EN: "Key held by another participant", PT: "Chave custodiada em outro participante", ES: "Clave custodiada en otro participante"},
			Meaning:  Text{EN: "An entry exists for this key with the same owner but at another participant; a portability claim is indicated.", PT: "Já existe vínculo para esta chave com o mesmo dono, mas em outro participante; indica-se uma portabilidade.", ES: "Ya existe un vínculo para esta clave con el mismo dueño, pero en otro participante; se indica una portabilidad."},
			Fix: []Text{
				Text{EN: "Open a PORTABILITY claim for the key.", PT: "Abra uma reivindicação de portabilidade (PORTABILITY).", ES: "Abra una reivindicación de portabilidad (PORTABILITY)."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "EntryLockedByClaim",
			Category: StateCategory,
			Title:    Text{EN: "Entry locked by an open claim", PT: "Vínculo travado por reivindicação", ES: "Vínculo bloqueado por reivindicación"},
			Meaning:  Text{EN: "A claim not yet completed or cancelled exists for the key; meanwhile the entry cannot be deleted.", PT: "Existe reivindicação não concluída nem cancelada para a chave; enquanto isso, o vínculo não pode ser excluído.", ES: "Existe una reivindicación no concluida ni cancelada para la clave; mientras tanto, el vínculo no se puede eliminar."},
			Fix: []Text{
				Text{EN: "Resolve (confirm, cancel or complete) the claim first, then retry the deletion.", PT: "Resolva a reivindicação (confirmar, cancelar ou concluir) e repita a exclusão.", ES: "Resuelva la reivindicación (confirmar, cancelar o concluir) y repita la eliminación."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "EntryTaxIdNumberByDifferentOwner",
			Category: Validation,
			Title:    Text{EN: "CPF/CNPJ differs from key owner", PT: "CPF/CNPJ diferente do dono", ES: "CPF/CNPJ distinto del dueño"},
			Meaning:  Text{EN: "The entry's CPF or CNPJ differs from the CPF or CNPJ of the key's owner.", PT: "O CPF ou CNPJ do vínculo é diferente do CPF ou CNPJ do dono da chave.", ES: "El CPF o CNPJ del vínculo es distinto del CPF o CNPJ del dueño de la clave."},
			Fix: []Text{
				Text{EN: "Register CPF/CNPJ keys only for the account holder with that same document.", PT: "Registre chaves CPF/CNPJ só para o titular com esse mesmo documento.", ES: "Registre claves CPF/CNPJ solo para el titular con ese mismo documento."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "ClaimInvalid",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Claim has invalid fields", PT: "Reivindicação com campos inválidos", ES: "Reivindicación con campos no válidos"},
			Meaning:  Text{EN: "Fields are invalid when creating a claim; violations[] gives reason, value and property (e.g. claim.key).", PT: "Há campos inválidos ao criar a reivindicação; violations[] traz reason, value e property (ex.: claim.key).", ES: "Hay campos no válidos al crear la reivindicación; violations[] indica reason, value y property (p. ej., claim.key)."},
			Fix: []Text{
				Text{EN: "Fix each property listed in violations and resend.", PT: "Corrija cada property listada em violations e reenvie.", ES: "Corrija cada property indicada en violations y reenvíe."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\") ; https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/responses.yaml",
		},
		{
			Code:     "ClaimTypeInconsistent",
			Category: Validation,
			Title:    Text{EN: "Claim type inconsistent", PT: "Tipo de reivindicação inconsistente", ES: "Tipo de reivindicación inconsistente"},
			Meaning:  Text{EN: "OWNERSHIP was asked but the current owner is the claimer, or PORTABILITY was asked but the owner is someone else.", PT: "Pediu-se posse, mas o dono atual é o próprio reivindicador, ou portabilidade, mas o dono é outra pessoa.", ES: "Se pidió posesión pero el dueño actual es el reivindicador, o portabilidad pero el dueño es otra persona."},
			Fix: []Text{
				Text{EN: "Use PORTABILITY for the same owner and OWNERSHIP for a different owner.", PT: "Use PORTABILITY para o mesmo dono e OWNERSHIP para dono diferente.", ES: "Use PORTABILITY para el mismo dueño y OWNERSHIP para un dueño distinto."},
			},
			Retry:  Fix,
			Match:  []string{"claim type inconsistent"},
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\"); its detail as the DICT answers it: https://github.com/bacen/pix-perguntas-e-respostas/issues/34",
		},
		{
			Code:     "ClaimKeyNotFound",
			Category: NotFound,
			Title:    Text{EN: "No entry for the claimed key", PT: "Chave reivindicada sem vínculo", ES: "Clave reivindicada sin vínculo"},
			Meaning:  Text{EN: "There is no entry registered with the key being claimed.", PT: "Não existe vínculo registrado com a chave reivindicada.", ES: "No existe un vínculo registrado con la clave reivindicada."},
			Fix: []Text{
				Text{EN: "Create the entry directly instead of claiming it.", PT: "Crie o vínculo diretamente em vez de reivindicá-lo.", ES: "Cree el vínculo directamente en lugar de reivindicarlo."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "ClaimAlreadyExistsForKey",
			Category: Conflict,
			Title:    Text{EN: "Open claim already exists for the key", PT: "Já há reivindicação aberta para a chave", ES: "Ya hay una reivindicación abierta para la clave"},
			Meaning:  Text{EN: "A claim not completed or cancelled exists for the key; a new one can only be created after it ends.", PT: "Existe reivindicação não concluída nem cancelada para a chave; só se cria outra depois que ela terminar.", ES: "Existe una reivindicación no concluida ni cancelada para la clave; solo se crea otra cuando termine."},
			Fix: []Text{
				Text{EN: "Follow the existing claim (listClaims/getClaim) until it is completed or cancelled.", PT: "Acompanhe a reivindicação existente (listClaims/getClaim) até concluir ou cancelar.", ES: "Siga la reivindicación existente (listClaims/getClaim) hasta que concluya o se cancele."},
			},
			Retry:  None,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "ClaimResultingEntryAlreadyExists",
			Category: Conflict,
			Title:    Text{EN: "Resulting entry already exists", PT: "Vínculo resultante já existe", ES: "El vínculo resultante ya existe"},
			Meaning:  Text{EN: "The entry the claim would produce already exists, with the same key, participant and owner.", PT: "O vínculo que resultaria da reivindicação já existe, com mesma chave, participante e dono.", ES: "El vínculo que resultaría de la reivindicación ya existe, con la misma clave, participante y dueño."},
			Fix: []Text{
				Text{EN: "No claim is needed; the key is already where it should be.", PT: "Nenhuma reivindicação é necessária; a chave já está onde deveria.", ES: "No hace falta reivindicar; la clave ya está donde debe."},
			},
			Retry:  None,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "ClaimOperationInvalid",
			Category: StateCategory,
			Title:    Text{EN: "Claim status does not allow the operation", PT: "Status da reivindicação não permite", ES: "El estado de la reivindicación no lo permite"},
			Meaning:  Text{EN: "The claim's current status does not allow this operation (e.g. confirming a claim that is not WAITING_RESOLUTION).", PT: "O status atual da reivindicação não permite esta operação (ex.: confirmar uma que não está em WAITING_RESOLUTION).", ES: "El estado actual de la reivindicación no permite esta operación (p. ej., confirmar una que no está en WAITING_RESOLUTION)."},
			Fix: []Text{
				Text{EN: "Read the claim with getClaim and act according to its status.", PT: "Consulte a reivindicação com getClaim e aja conforme o status.", ES: "Consulte la reivindicación con getClaim y actúe según su estado."},
			},
			Retry:  None,
			Match:  []string{"current claim status("},
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\"); its detail as the DICT answers it (\"Current claim status('COMPLETED') does not allow an operation to be made\"): https://github.com/bacen/pix-perguntas-e-respostas/issues/123",
		},
		{
			Code:     "ClaimResolutionPeriodNotEnded",
			Category: StateCategory,
			Title:    Text{EN: "Claim resolution period not over", PT: "Período de resolução não terminou", ES: "El período de resolución no terminó"},
			Meaning:  Text{EN: "For ownership, the donor cannot confirm before the resolution period ends; for portability, the donor cannot cancel for timeout before it ends.", PT: "Na posse, o doador não pode confirmar antes do fim do período de resolução; na portabilidade, não pode cancelar por prazo antes dele.", ES: "En posesión, el donante no puede confirmar antes del fin del período de resolución; en portabilidad, no puede cancelar por plazo antes."},
			Fix: []Text{
				Text{EN: "Retry after ResolutionPeriodEnd.", PT: "Tente de novo após ResolutionPeriodEnd.", ES: "Reintente después de ResolutionPeriodEnd."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "ClaimCompletionPeriodNotEnded",
			Category: StateCategory,
			Title:    Text{EN: "Claim completion period not over", PT: "Período de encerramento não terminou", ES: "El período de cierre no terminó"},
			Meaning:  Text{EN: "For an ownership claim, the claimer tried to complete it before the completion period ended.", PT: "Na reivindicação de posse, o reivindicador tentou concluir antes do fim do período de encerramento.", ES: "En la reivindicación de posesión, el reivindicador intentó concluir antes del fin del período de cierre."},
			Fix: []Text{
				Text{EN: "Retry after CompletionPeriodEnd.", PT: "Tente de novo após CompletionPeriodEnd.", ES: "Reintente después de CompletionPeriodEnd."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "InfractionReportInvalid",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Infraction report has invalid fields", PT: "Relato de infração com campos inválidos", ES: "Reporte de infracción con campos no válidos"},
			Meaning:  Text{EN: "Fields are invalid when creating the infraction report (e.g. infractionReport.transactionId not matching ^\\w{32}).", PT: "Há campos inválidos ao criar o relato de infração (ex.: infractionReport.transactionId fora de ^\\w{32}).", ES: "Hay campos no válidos al crear el reporte de infracción (p. ej., infractionReport.transactionId fuera de ^\\w{32})."},
			Fix: []Text{
				Text{EN: "Fix each property in violations; the transactionId is the 32-character EndToEndId.", PT: "Corrija cada property de violations; o transactionId é o EndToEndId de 32 caracteres.", ES: "Corrija cada property de violations; el transactionId es el EndToEndId de 32 caracteres."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\") ; https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/responses.yaml",
		},
		{
			Code:     "InfractionReportOperationInvalid",
			Category: StateCategory,
			Title:    Text{EN: "Report status does not allow the operation", PT: "Status do relato não permite", ES: "El estado del reporte no lo permite"},
			Meaning:  Text{EN: "The infraction report's current status does not allow this operation.", PT: "O status atual do relato não permite esta operação.", ES: "El estado actual del reporte no permite esta operación."},
			Fix: []Text{
				Text{EN: "Read the report with getInfractionReport and act according to its status.", PT: "Consulte o relato com getInfractionReport e aja conforme o status.", ES: "Consulte el reporte con getInfractionReport y actúe según su estado."},
			},
			Retry:  None,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "InfractionReportTransactionNotFound",
			Category: NotFound,
			Title:    Text{EN: "Reported transaction not found", PT: "Transação do relato não encontrada", ES: "Transacción del reporte no encontrada"},
			Meaning:  Text{EN: "The transaction named in the infraction report was not found.", PT: "A transação definida no relato de infração não foi encontrada.", ES: "No se encontró la transacción indicada en el reporte de infracción."},
			Fix: []Text{
				Text{EN: "Check the EndToEndId sent as transactionId.", PT: "Confira o EndToEndId enviado como transactionId.", ES: "Verifique el EndToEndId enviado como transactionId."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "InfractionReportTransactionNotSettled",
			Category: StateCategory,
			Title:    Text{EN: "Reported transaction not settled", PT: "Transação do relato não liquidada", ES: "Transacción del reporte no liquidada"},
			Meaning:  Text{EN: "The transaction named in the infraction report was not settled.", PT: "A transação definida no relato de infração não foi liquidada.", ES: "La transacción indicada en el reporte de infracción no fue liquidada."},
			Fix: []Text{
				Text{EN: "Report only settled transactions; check the EndToEndId.", PT: "Relate só transações liquidadas; confira o EndToEndId.", ES: "Reporte solo transacciones liquidadas; verifique el EndToEndId."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "InfractionReportAlreadyBeingProcessedForTransaction",
			Category: Conflict,
			Title:    Text{EN: "Report already in progress for the transaction", PT: "Relato já em andamento", ES: "Reporte ya en curso"},
			Meaning:  Text{EN: "An infraction report is already in progress for this transaction.", PT: "Já existe relato de infração em andamento para a transação informada.", ES: "Ya existe un reporte de infracción en curso para esta transacción."},
			Fix: []Text{
				Text{EN: "Follow the existing report instead of opening another.", PT: "Acompanhe o relato existente em vez de abrir outro.", ES: "Siga el reporte existente en lugar de abrir otro."},
			},
			Retry:  None,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "InfractionReportAlreadyProcessedForTransaction",
			Category: Conflict,
			Title:    Text{EN: "Report already closed for the transaction", PT: "Relato já fechado para a transação", ES: "Reporte ya cerrado para la transacción"},
			Meaning:  Text{EN: "A closed infraction report already exists for this transaction.", PT: "Já existe relato de infração fechado para a transação informada.", ES: "Ya existe un reporte de infracción cerrado para esta transacción."},
			Fix: []Text{
				Text{EN: "Use the existing report's result; do not report again.", PT: "Use o resultado do relato existente; não relate de novo.", ES: "Use el resultado del reporte existente; no reporte otra vez."},
			},
			Retry:  None,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "InfractionReportPeriodExpired",
			Category: Business,
			Title:    Text{EN: "Infraction report period expired", PT: "Prazo do relato expirou", ES: "Plazo del reporte vencido"},
			Meaning:  Text{EN: "The deadline to report an infraction for this transaction has expired.", PT: "O prazo para relatar infração sobre a transação expirou.", ES: "El plazo para reportar una infracción sobre la transacción venció."},
			Fix: []Text{
				Text{EN: "It can no longer be reported through the DICT.", PT: "Não é mais possível relatar pelo DICT.", ES: "Ya no se puede reportar por el DICT."},
			},
			Retry:  None,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "RefundOperationInvalid",
			Category: StateCategory,
			Title:    Text{EN: "Refund status does not allow the operation", PT: "Status da devolução não permite", ES: "El estado de la devolución no lo permite"},
			Meaning:  Text{EN: "The refund request's current status does not allow this operation.", PT: "O status atual da devolução não permite esta operação.", ES: "El estado actual de la devolución no permite esta operación."},
			Fix: []Text{
				Text{EN: "Read the refund with getRefund and act according to its status.", PT: "Consulte a devolução com getRefund e aja conforme o status.", ES: "Consulte la devolución con getRefund y actúe según su estado."},
			},
			Retry:  None,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "RefundTransactionNotFound",
			Category: NotFound,
			Title:    Text{EN: "Refund transaction not found", PT: "Transação da devolução não encontrada", ES: "Transacción de la devolución no encontrada"},
			Meaning:  Text{EN: "The transaction named in the refund request was not found.", PT: "A transação definida na requisição de devolução não foi encontrada.", ES: "No se encontró la transacción indicada en la solicitud de devolución."},
			Fix: []Text{
				Text{EN: "Check the EndToEndId of the original transaction.", PT: "Confira o EndToEndId da transação original.", ES: "Verifique el EndToEndId de la transacción original."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "RefundTransactionNotSettled",
			Category: StateCategory,
			Title:    Text{EN: "Refund transaction not settled", PT: "Transação da devolução não liquidada", ES: "Transacción de la devolución no liquidada"},
			Meaning:  Text{EN: "The transaction named in the refund request was not settled.", PT: "A transação definida na requisição de devolução não foi liquidada.", ES: "La transacción indicada en la solicitud de devolución no fue liquidada."},
			Fix: []Text{
				Text{EN: "Request refunds only for settled transactions.", PT: "Peça devolução só de transações liquidadas.", ES: "Solicite devoluciones solo de transacciones liquidadas."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "RefundAlreadyProcessedForTransaction",
			Category: Conflict,
			Title:    Text{EN: "Refund already processed", PT: "Devolução já processada", ES: "Devolución ya procesada"},
			Meaning:  Text{EN: "A refund request was already processed for this transaction.", PT: "Já existe requisição de devolução processada para a transação informada.", ES: "Ya existe una solicitud de devolución procesada para esta transacción."},
			Fix: []Text{
				Text{EN: "Use the existing refund's result.", PT: "Use o resultado da devolução existente.", ES: "Use el resultado de la devolución existente."},
			},
			Retry:  None,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "RefundAlreadyBeingProcessedForTransaction",
			Category: Conflict,
			Title:    Text{EN: "Refund already in progress", PT: "Devolução já em processamento", ES: "Devolución ya en proceso"},
			Meaning:  Text{EN: "A refund request is already being processed for this transaction.", PT: "Já existe requisição de devolução em processamento para a transação informada.", ES: "Ya hay una solicitud de devolución en proceso para esta transacción."},
			Fix: []Text{
				Text{EN: "Follow the existing refund request instead of opening another.", PT: "Acompanhe a devolução existente em vez de abrir outra.", ES: "Siga la devolución existente en lugar de abrir otra."},
			},
			Retry:  None,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "RefundPeriodExpired",
			Category: Business,
			Title:    Text{EN: "Refund request period expired", PT: "Prazo para pedir devolução expirou", ES: "Plazo para pedir devolución vencido"},
			Meaning:  Text{EN: "The deadline to request a refund for this transaction has expired.", PT: "O prazo para requerer devolução da transação expirou.", ES: "El plazo para solicitar la devolución de esta transacción venció."},
			Fix: []Text{
				Text{EN: "It can no longer be requested through the DICT.", PT: "Não é mais possível pedir pelo DICT.", ES: "Ya no se puede solicitar por el DICT."},
			},
			Retry:  None,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "TransactionNotRefundable",
			Category: Business,
			Title:    Text{EN: "Transaction not refundable", PT: "Transação não permite devolução", ES: "Transacción no reembolsable"},
			Meaning:  Text{EN: "The transaction in the request does not allow a refund.", PT: "A transação informada na requisição não permite devolução.", ES: "La transacción indicada en la solicitud no permite devolución."},
			Fix: []Text{
				Text{EN: "Do not retry; check the transaction type.", PT: "Não repita; confira o tipo da transação.", ES: "No reintente; verifique el tipo de transacción."},
			},
			Retry:  None,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "RefundInfractionReportNotFound",
			Category: NotFound,
			Title:    Text{EN: "Matching infraction report not found", PT: "Relato de infração não encontrado", ES: "Reporte de infracción no encontrado"},
			Meaning:  Text{EN: "No infraction report matching the transaction was found (needed for a fraud refund).", PT: "Não foi encontrado relato de infração correspondente à transação (exigido para devolução por fraude).", ES: "No se encontró un reporte de infracción para la transacción (necesario para una devolución por fraude)."},
			Fix: []Text{
				Text{EN: "Create the infraction report first, or send the right InfractionReportId.", PT: "Crie antes o relato de infração ou envie o InfractionReportId correto.", ES: "Cree antes el reporte de infracción o envíe el InfractionReportId correcto."},
			},
			Retry:  Fix,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/openapi.yaml (DICT API 1.8.0, info.description \"Tratamento de erros\")",
		},
		{
			Code:     "NO_BALANCE",
			Category: Business,
			Title:    Text{EN: "Refund rejected: no balance", PT: "Devolução rejeitada: sem saldo", ES: "Devolución rechazada: sin saldo"},
			Meaning:  Text{EN: "RefundRejectionReason of a closed, rejected refund request: the contested account had no balance.", PT: "RefundRejectionReason de uma devolução fechada e rejeitada: a conta contestada não tinha saldo.", ES: "RefundRejectionReason de una devolución cerrada y rechazada: la cuenta contestada no tenía saldo."},
			Fix: []Text{
				Text{EN: "The refund request is final; handle the loss through other channels.", PT: "A devolução está encerrada; trate a perda por outros canais.", ES: "La devolución está cerrada; gestione la pérdida por otros canales."},
			},
			Retry:  None,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/schemas.yaml (RefundRejectionReason enum)",
		},
		{
			Code:     "CANNOT_REFUND",
			Category: Business,
			Title:    Text{EN: "Refund rejected: cannot refund", PT: "Devolução rejeitada: não é possível", ES: "Devolución rechazada: no es posible"},
			Meaning:  Text{EN: "RefundRejectionReason of a closed, rejected refund request: the contested PSP cannot refund.", PT: "RefundRejectionReason de uma devolução fechada e rejeitada: o PSP contestado não pode devolver.", ES: "RefundRejectionReason de una devolución cerrada y rechazada: el PSP contestado no puede devolver."},
			Fix: []Text{
				Text{EN: "Read RefundAnalysisDetails for the motive.", PT: "Leia RefundAnalysisDetails para o motivo.", ES: "Lea RefundAnalysisDetails para conocer el motivo."},
			},
			Retry:  None,
			Source: "https://github.com/bacen/pix-dict-api/blob/739f7e6cb518d26a9e9b95fae507d1bace09d048/openapi/schemas.yaml (RefundRejectionReason enum)",
		},
	},
}
