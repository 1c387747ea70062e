package decode

import (
	"strings"

	"github.com/decifra/decifra/catalog"
)

// A code that stands for many failures (Pagar.me's action_forbidden, Openpay's 1003, a
// Stripe invalid_request_error) gets the catalog's "fix"; its message may say the thing
// is already done: refunded, captured, paid, or in a final status. Then no corrected
// request will succeed either, and the strategy is none.

// finalStateWords are lower-case phrases that say a resource is already in a final state.
var finalStateWords = [...]string{
	"has already been refunded", "was already refunded", "is already refunded", "already been fully refunded",
	"has already been captured", "was already captured", "is already captured",
	"has already been paid", "is already paid", "was already paid",
	"is on a final status", "is in a final state", "in a final status",
	"já foi estornad", "já foi capturad", "já foi pag", "já está pag", "status 'captured' não pode ser capturada",
	"ya fue reembolsad", "ya fue capturad", "ya fue pagad", "ya está pagad", "en un estado final",
}

// finalState turns a "fix" into none when the provider's message says the resource is
// already in a final state.
func (a *advice) finalState(kn *known) {
	if a.strategy != catalog.Fix {
		return
	}
	text := strings.ToLower(kn.message + " " + kn.details)
	for _, w := range finalStateWords {
		if strings.Contains(text, w) {
			a.strategy = catalog.None
			a.why = tx("The message says it is already done (\""+w+"\"): the same request, corrected or not, cannot succeed again. Look the resource up instead.",
				"A mensagem diz que isso já foi feito (\""+w+"\"): a mesma requisição, corrigida ou não, não terá sucesso de novo. Consulte o recurso em vez disso.",
				"El mensaje dice que eso ya se hizo (\""+w+"\"): la misma solicitud, corregida o no, no tendrá éxito otra vez. Consulte el recurso en su lugar.")
			a.source = tx("the provider's message", "a mensagem do provedor", "el mensaje del proveedor")
			return
		}
	}
}
