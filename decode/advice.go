package decode

import (
	"strconv"

	"github.com/decifra/decifra/catalog"
)

// backoffSchedule is the exponential backoff of DESIGN.md, in seconds.
var backoffSchedule = []int{1, 2, 4, 8}

// adviceText is the advice for a strategy, whole sentences in each language. With a
// reason from the catalog, fix and none lead with a short imperative and let the reason
// say the rest; without one, they say it all.
func adviceText(s catalog.Strategy, seconds *int, why string, lang catalog.Lang) string {
	pt := lang == catalog.Portuguese
	if why != "" {
		switch s {
		case catalog.None:
			return pick(lang, "Don't retry.", "Não reenvie.") + " " + why
		case catalog.Fix:
			return pick(lang, "Don't resend it as is.", "Não reenvie como está.") + " " + why
		case catalog.Backoff:
			return pick(lang, "Retry with exponential backoff (1 s, 2 s, 4 s, 8 s), at most 4 attempts.",
				"Reenvie com backoff exponencial (1 s, 2 s, 4 s, 8 s), no máximo 4 tentativas.") + " " + why
		case catalog.CheckFirst:
			return pick(lang, "Look the resource up before sending it again.", "Consulte o recurso antes de reenviar.") + " " + why
		}
		return adviceText(s, seconds, "", lang) + " " + why
	}
	switch s {
	case catalog.None:
		if pt {
			return "Não reenvie: esta mesma requisição nunca vai dar certo. Faça outra coisa (consulte o recurso, crie um novo)."
		}
		return "Don't retry: this same request can never succeed. Do something else (look the resource up, create a new one)."
	case catalog.Fix:
		if pt {
			return "Não reenvie como está: corrija a requisição (dados, chave, permissão, saldo) e então envie de novo."
		}
		return "Don't resend it as is: correct the request (data, key, permission, balance), then send it again."
	case catalog.Wait:
		if seconds != nil {
			n := strconv.Itoa(*seconds)
			if *seconds == 0 {
				if pt {
					return "O prazo informado já passou: pode reenviar agora."
				}
				return "The stated delay has already passed: you may send it again now."
			}
			if pt {
				return "Aguarde " + n + " s e então reenvie a mesma requisição; não tente antes disso."
			}
			return "Wait " + n + " s, then send the same request again; don't try sooner."
		}
		if pt {
			return "Aguarde antes de reenviar. A resposta não informa quanto tempo: comece com 60 s e use backoff exponencial."
		}
		return "Wait before sending it again. The response doesn't say how long: start at 60 s and back off exponentially."
	case catalog.Backoff:
		if pt {
			return "Falha passageira: reenvie com backoff exponencial (1 s, 2 s, 4 s, 8 s) e desista após 4 tentativas, reutilizando a mesma chave de idempotência em operações de escrita."
		}
		return "Transient failure: retry with exponential backoff (1 s, 2 s, 4 s, 8 s) and give up after 4 attempts, reusing the same idempotency key for writes."
	case catalog.CheckFirst:
		if pt {
			return "O resultado é desconhecido: a operação pode ter sido executada. Consulte o recurso antes de reenviar, ou ela pode acontecer duas vezes."
		}
		return "The outcome is unknown: the operation may have gone through. Look the resource up before sending it again, or it may happen twice."
	}
	return ""
}

// idempotencyText is the generic advice on resending writes for a strategy, used when the
// catalog entry has none of its own.
func idempotencyText(s catalog.Strategy, header string, provablyNotProcessed bool, lang catalog.Lang) string {
	pt := lang == catalog.Portuguese
	switch s {
	case catalog.Wait, catalog.Backoff, catalog.CheckFirst:
	default:
		return ""
	}
	if provablyNotProcessed {
		if pt {
			return "O limite de requisições recusa a requisição antes de qualquer processamento: reenviar é seguro mesmo para um POST sem chave de idempotência."
		}
		return "A rate limit turns the request away before any processing: resending is safe even for a POST without an idempotency key."
	}
	if header != "" {
		if pt {
			return "Em operações de escrita, envie o cabeçalho " + header + " e reutilize o mesmo valor ao reenviar, para que a operação não seja feita duas vezes."
		}
		return "For writes, send the " + header + " header and reuse the same value when resending, so the operation is not done twice."
	}
	if pt {
		return "GET, PUT e DELETE podem ser repetidos (RFC 9110 §9.2.2). Um POST sem chave de idempotência só deve ser reenviado depois de confirmar que não foi processado."
	}
	return "GET, PUT and DELETE may be repeated (RFC 9110 §9.2.2). A POST without an idempotency key should be resent only after confirming it was not processed."
}

// idempotentMethodNote is the retry reason when a check_first error came from an idempotent
// request, which may simply be repeated.
func idempotentMethodNote(method string, lang catalog.Lang) string {
	if lang == catalog.Portuguese {
		return "A requisição foi um " + method + ", que é idempotente (RFC 9110 §9.2.2): repeti-la não executa a operação duas vezes, então pode reenviar com backoff."
	}
	return "The request was a " + method + ", which is idempotent (RFC 9110 §9.2.2): repeating it cannot do the operation twice, so retry with backoff."
}
