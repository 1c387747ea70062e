//go:build !textpack

// Banco Inter is built from public sources only: https://developers.inter.co/references. Every entry cites the page, SDK file or
// recorded response it was verified in; where no source gives a meaning, there is no entry.

package catalog

// inter is Banco Inter.
var inter = Provider{
	id:                "inter",
	name:              "Banco Inter",
	masculine:         true,
	docsURL:           "https://developers.inter.co/references",
	hosts:             []string{"cdpj.partners.bancointer.com.br", "cdpj-sandbox.partners.uatinter.co", "apis.bancointer.com.br", "bancointer.com.br"},
	envelope:          Text{EN: "Inter's own APIs answer {\"title\", \"detail\", \"timestamp\", \"violacoes\"} without type; its Pix endpoints answer the Central Bank's problems with unaccented Portuguese.", PT: "As APIs próprias do Inter respondem {\"title\", \"detail\", \"timestamp\", \"violacoes\"} sem type; os endpoints de Pix respondem os problemas do Banco Central em português sem acentos.", ES: "Las API propias de Inter responden {\"title\", \"detail\", \"timestamp\", \"violacoes\"} sin type; los endpoints de Pix responden los problemas del Banco Central en portugués sin acentos."},
	idempotencyHeader: "x-id-idempotente",
	source:            "https://github.com/renatojdev/bancointer-python/blob/521c37b5d832d0c1b70455b2ad54878cd63db890/bancointer/utils/constants.py",
	cues: []Cue{
		{Text: "bancointer", Kind: SDKPath},
		{Text: "Banco Inter", Kind: Name},
		// Not "Inter API" nor "API do Inter": inter-service APIs, Google Fonts' Inter and a
		// football club write them too.
		// Its charges API's refusal of a second charge with the same data (cobranca/v3, in
		// public pastes of apps' logs): "Não será possível emitir a cobrança. Pois, existe
		// uma cobrança emitida há poucos minutos com os mesmos dados …".
		{Text: "existe uma cobrança emitida há poucos minutos com os mesmos dados", Kind: APIMark},
	},
	entries: []Entry{
		{
			Code:     "Requisição inválida",
			Status:   400,
			Category: Validation,
			Title:    Text{EN: "Invalid request (Inter's own format)", PT: "Requisição inválida (formato do Inter)", ES: "Solicitud no válida (formato de Inter)"},
			Meaning:  Text{EN: "Inter's own error body (no type): title \"Requisição inválida\", detail with the reason, e.g. \"A cobrança não pode ser cancelada, pois se encontra na situação CANCELADO\".", PT: "Corpo de erro próprio do Inter (sem type): title \"Requisição inválida\" e detail com o motivo, ex.: \"A cobrança não pode ser cancelada, pois se encontra na situação CANCELADO\".", ES: "Cuerpo de error propio de Inter (sin type): title \"Requisição inválida\" y detail con el motivo, p. ej., \"A cobrança não pode ser cancelada, pois se encontra na situação CANCELADO\"."},
			Fix: []Text{
				Text{EN: "Read detail and violacoes, fix the request (or stop, if detail reports a final state).", PT: "Leia detail e violacoes e corrija a requisição (ou pare, se detail indicar estado final).", ES: "Lea detail y violacoes y corrija la solicitud (o deténgase si detail indica un estado final)."},
			},
			Retry:  Fix,
			Source: "https://github.com/renatojdev/bancointer-python/blob/521c37b5d832d0c1b70455b2ad54878cd63db890/tests/test_cancelar_cobranca.py",
		},
		{
			Code:     "Problema no cancelamento de agendamento de boleto",
			Status:   422,
			Category: StateCategory,
			Title:    Text{EN: "Scheduled boleto payment cannot be cancelled", PT: "Agendamento de boleto não pode ser cancelado", ES: "No se puede cancelar el pago programado"},
			Meaning:  Text{EN: "Inter's own error: the scheduled bill payment is in a status that does not allow cancellation (e.g. AGENDADO_CANCELADO).", PT: "Erro próprio do Inter: o agendamento do boleto está num status que não permite cancelamento (ex.: AGENDADO_CANCELADO).", ES: "Error propio de Inter: el pago programado del boleto está en un estado que no permite cancelarlo (p. ej., AGENDADO_CANCELADO)."},
			Fix: []Text{
				Text{EN: "Query the payment's status; nothing else to cancel if it is already cancelled.", PT: "Consulte o status do pagamento; não há o que cancelar se já estiver cancelado.", ES: "Consulte el estado del pago; no hay nada que cancelar si ya está cancelado."},
			},
			Retry:  None,
			Source: "https://github.com/renatojdev/bancointer-python/blob/521c37b5d832d0c1b70455b2ad54878cd63db890/tests/test_cancelar_agendamento_pagamento.py",
		},
	},
}
