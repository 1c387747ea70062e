package web

import "github.com/decifra/decifra/catalog"

// phrase is one piece of UI text. Placeholders in braces ({name}, {pct}, {n}, {list})
// are filled in by the caller, the same way in Go and in web/static/card.js.
type phrase struct{ key, en, pt string }

// phrases is every UI string of the card and the page. It is an array, not a map, so
// that nothing is built at start-up; a linear scan over a hundred keys costs less than
// a map in a Worker that starts afresh for each request. The page gets the same table as
// JSON inside index.html (see PageData), so each string is written once.
var phrases = [...]phrase{
	// The card.
	{"provider_unknown", "Unknown provider", "Provedor desconhecido"},
	{"provider_unknown_note", "No catalogued provider fits: the explanation comes from what the paste itself says.", "Nenhum provedor catalogado corresponde: a explicação vem do que o próprio texto colado diz."},
	{"confidence", "{pct}% sure", "{pct}% de certeza"},
	{"evidence", "Why decifra thinks so", "Por que o decifra acha isso"},
	{"alternatives", "Could also be", "Também pode ser"},
	{"code", "Code", "Código"},
	{"http_status", "HTTP status", "Status HTTP"},
	{"status_documented", "documented; the paste has none", "documentado; o texto colado não traz nenhum"},
	{"category", "Category", "Categoria"},
	{"cat_authentication", "Authentication", "Autenticação"},
	{"cat_authorization", "Authorization", "Autorização"},
	{"cat_validation", "Validation", "Validação"},
	{"cat_not_found", "Not found", "Não encontrado"},
	{"cat_conflict", "Conflict", "Conflito"},
	{"cat_state", "Resource state", "Estado do recurso"},
	{"cat_business_rule", "Business rule", "Regra de negócio"},
	{"cat_rate_limit", "Rate limit", "Limite de requisições"},
	{"cat_upstream", "Upstream failure", "Falha de terceiro"},
	{"cat_timeout", "Timeout", "Tempo esgotado"},
	{"cat_unavailable", "Unavailable", "Indisponível"},
	{"cat_internal", "Internal error", "Erro interno"},
	{"cat_unknown", "Unknown", "Desconhecida"},
	{"meaning", "What it means", "O que significa"},
	{"message", "The provider's message", "Mensagem do provedor"},
	{"details", "Details", "Detalhes"},
	{"fix", "How to fix it", "Como corrigir"},
	{"fields", "Field problems", "Problemas nos campos"},
	{"retry", "Retry", "Nova tentativa"},
	{"strategy_none", "Don't retry", "Não repita"},
	{"strategy_fix", "Fix, then retry", "Corrija e reenvie"},
	{"strategy_wait", "Wait, then retry", "Aguarde e repita"},
	{"strategy_backoff", "Retry with backoff", "Repita com espera crescente"},
	{"strategy_check_first", "Check before retrying", "Verifique antes de repetir"},
	{"retry_source", "Based on: {source}", "Com base em: {source}"},
	{"countdown", "You can retry in", "Você pode repetir em"},
	{"countdown_done", "You can retry now", "Já pode repetir"},
	{"seconds", "{n} s", "{n} s"},
	{"backoff", "Wait between attempts: {list}", "Espera entre as tentativas: {list}"},
	{"backoff_label", "Backoff schedule: retry after {list}", "Sequência de espera: repita após {list}"},
	{"check_first_title", "Careful:", "Cuidado:"},
	{"check_first", "the outcome is unknown and the request may have gone through. Look the resource up before sending it again, or it may be done twice.", "o resultado é desconhecido e a requisição pode ter sido processada. Consulte o recurso antes de reenviar, ou ela pode ser feita duas vezes."},
	{"idempotency", "Idempotency", "Idempotência"},
	{"support", "Support", "Suporte"},
	{"request_id", "Request id", "ID da requisição"},
	{"no_request_id", "The paste carries no request id.", "O texto colado não traz um ID de requisição."},
	{"copy", "Copy", "Copiar"},
	{"copy_request_id", "Copy the request id", "Copiar o ID da requisição"},
	{"copied", "Copied", "Copiado"},
	{"support_send", "What to send to support", "O que enviar ao suporte"},
	{"support_default", "Send the request id, the time of the call, the endpoint and method, and this error response with secrets masked.", "Envie o ID da requisição, o horário da chamada, o endpoint e o método, e esta resposta de erro com os segredos mascarados."},
	{"docs", "Provider's error reference", "Referência de erros do provedor"},
	{"source", "Source: {source}", "Fonte: {source}"},
	{"masked", "Masked in every output: {list}", "Mascarado em todas as saídas: {list}"},
	{"truncated", "The paste was cut off: this explains what could be read.", "O texto colado está cortado: isto explica o que foi possível ler."},
	{"too_large", "The paste is too large: only the first {n} bytes were read.", "O texto colado é grande demais: só os primeiros {n} bytes foram lidos."},
	{"notes", "How the paste was read", "Como o texto foi lido"},
	{"format_json", "JSON body", "Corpo JSON"},
	{"format_javascript", "JavaScript object", "Objeto JavaScript"},
	{"format_curl", "curl output", "Saída do curl"},
	{"format_har", "HAR file", "Arquivo HAR"},
	{"format_log", "log line", "Linha de log"},
	// The "couldn't read this" state.
	{"none_title", "Couldn't read this", "Não foi possível ler isto"},
	{"none_expected", "Expected", "Esperado"},
	{"none_expected_text", "an error response from a payment API: a JSON body, curl -i or curl -v output, a HAR file, or a log line or stack trace with the JSON body in it.", "uma resposta de erro de uma API de pagamentos: um corpo JSON, a saída de curl -i ou curl -v, um arquivo HAR, ou uma linha de log ou stack trace com o corpo JSON dentro."},
	{"none_found", "Found", "Encontrado"},
	{"none_try", "Try", "Tente"},
	// The page.
	{"page_title", "decifra: payment API errors, explained", "decifra: erros de APIs de pagamento, explicados"},
	{"tagline", "Paste a payment API's error response. See who sent it, what it means, how to fix it and whether to retry.", "Cole a resposta de erro de uma API de pagamentos. Veja quem a enviou, o que significa, como corrigir e se vale repetir."},
	{"privacy", "Everything runs in your browser: nothing you paste leaves this page.", "Tudo roda no seu navegador: nada do que você cola sai desta página."},
	{"skip", "Skip to the paste area", "Ir para a área de colar"},
	{"language", "Language", "Idioma"},
	{"paste_label", "Error response", "Resposta de erro"},
	{"paste_help", "A JSON body, curl -i or -v output, a HAR file, or a log line with the JSON in it. Explained as you type.", "Um corpo JSON, a saída de curl -i ou -v, um arquivo HAR, ou uma linha de log com o JSON dentro. Explicado enquanto você digita."},
	{"paste_placeholder", "Paste the failed response here…", "Cole aqui a resposta que falhou…"},
	{"clear", "Clear", "Limpar"},
	{"examples", "Examples", "Exemplos"},
	{"examples_help", "Load a sample error:", "Carregue um erro de exemplo:"},
	{"share", "Copy share link", "Copiar link"},
	{"share_note", "The link carries the paste with secrets masked, after the #, so it never reaches a server.", "O link leva o texto com os segredos mascarados, depois do #, e por isso nunca chega a um servidor."},
	{"share_label", "Share link", "Link para compartilhar"},
	{"share_copied", "Share link copied.", "Link copiado."},
	{"markdown", "Copy as Markdown", "Copiar como Markdown"},
	{"markdown_copied", "Markdown copied.", "Markdown copiado."},
	{"copy_failed", "Copying failed: select the text and copy it yourself.", "A cópia falhou: selecione o texto e copie você mesmo."},
	{"result", "Explanation", "Explicação"},
	{"empty", "The explanation appears here as soon as you paste an error or pick an example.", "A explicação aparece aqui assim que você colar um erro ou escolher um exemplo."},
	{"loading", "Loading the explainer…", "Carregando o explicador…"},
	{"load_failed", "The explainer failed to load. Reload the page.", "O explicador não carregou. Recarregue a página."},
	{"explained", "Explained: {title}", "Explicado: {title}"},
	{"many_errors", "{n} errors in this paste", "{n} erros neste texto"},
	{"many_count", "{i} of {n}", "{i} de {n}"},
	{"restored", "Restored from the share link.", "Restaurado do link compartilhado."},
	{"share_broken", "This share link is damaged or incomplete: nothing could be restored from it. Ask for the link again, or paste the error.", "Este link compartilhado está danificado ou incompleto: nada pôde ser restaurado. Peça o link de novo, ou cole o erro."},
	{"footer", "decifra reads errors from FluxiQ, OnnixPay, Flux, Cashier, GSMA-style mobile money, the Central Bank's API Pix, Stripe, Mercado Pago, PagBank, Asaas, Pagar.me, Adyen and PayPal, and any API's HTTP status and problem details.", "O decifra lê erros da FluxiQ, OnnixPay, Flux, Cashier, de mobile money no estilo GSMA, da API Pix do Banco Central, Stripe, Mercado Pago, PagBank, Asaas, Pagar.me, Adyen e PayPal, e o status HTTP e os problem details de qualquer API."},
}

// T returns the UI string key in lang ("en" or "pt-BR"; anything else is English). An
// unknown key returns the key itself, so a typo shows on the page instead of vanishing.
func T(lang, key string) string {
	for i := range phrases {
		if phrases[i].key == key {
			if catalog.ParseLang(lang) == catalog.Portuguese {
				return phrases[i].pt
			}
			return phrases[i].en
		}
	}
	for _, s := range Samples {
		if key == kindKey+s.ID {
			return s.Kind.In(catalog.ParseLang(lang))
		}
	}
	return key
}

// kindKey + a sample's ID is the UI string of what the sample shows (Sample.Kind).
const kindKey = "kind_"

// Strings returns every UI string in lang as key → text, for the page's JavaScript.
func Strings(lang catalog.Lang) map[string]string {
	m := make(map[string]string, len(phrases)+len(Samples))
	for _, p := range phrases {
		if lang == catalog.Portuguese {
			m[p.key] = p.pt
		} else {
			m[p.key] = p.en
		}
	}
	for _, s := range Samples {
		m[kindKey+s.ID] = s.Kind.In(lang)
	}
	return m
}
