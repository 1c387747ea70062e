// Package ui holds decifra's own words on every surface: the card (in the page, the
// embeddable explainer and the Worker's HTML), the page around it, and the CLI's text
// output. One table, one lookup, every language: the same idea has the same words
// wherever it is shown. web/gen writes the table to the page and the explainer as JSON.
//
// The package imports nothing but catalog, so the CLI and the wasm builds carry no
// template runtime for it.
package ui

import (
	"strconv"
	"strings"

	"github.com/decifra/decifra/catalog"
)

// phrase is one UI string. Placeholders in braces ({name}, {pct}, {n}, {list}) are
// filled in by the caller, the same way in Go and in web/static/card.js.
type phrase struct {
	key  string
	text catalog.Text
}

// phrases is every UI string. It is an array, not a map, so that nothing is built at
// start-up; a linear scan over a hundred keys costs less than a map in a Worker isolate
// that starts afresh.
var phrases = [...]phrase{
	// The card, and the CLI's labels for the same ideas.
	{"provider", catalog.Text{EN: "Provider", PT: "Provedor", ES: "Proveedor"}},
	{"provider_unknown", catalog.Text{EN: "Unknown provider", PT: "Provedor desconhecido", ES: "Proveedor desconocido"}},
	{"provider_unknown_note", catalog.Text{EN: "No catalogued provider fits: the explanation comes from what the paste itself says.", PT: "Nenhum provedor catalogado corresponde: a explicação vem do que o próprio texto colado diz.", ES: "Ningún proveedor catalogado corresponde: la explicación viene de lo que dice el propio texto pegado."}},
	{"confidence", catalog.Text{EN: "{pct}% sure", PT: "{pct}% de certeza", ES: "{pct}% de certeza"}},
	{"evidence", catalog.Text{EN: "Why decifra thinks so", PT: "Por que o decifra acha isso", ES: "Por qué decifra lo cree"}},
	{"alternatives", catalog.Text{EN: "Could also be", PT: "Também pode ser", ES: "También podría ser"}},
	{"code", catalog.Text{EN: "Code", PT: "Código", ES: "Código"}},
	{"http_status", catalog.Text{EN: "HTTP status", PT: "Status HTTP", ES: "Status HTTP"}},
	{"status_documented", catalog.Text{EN: "documented; the paste has none", PT: "documentado; o texto colado não traz nenhum", ES: "documentado; el texto pegado no trae ninguno"}},
	{"category", catalog.Text{EN: "Category", PT: "Categoria", ES: "Categoría"}},
	{"cat_authentication", catalog.Text{EN: "Authentication", PT: "Autenticação", ES: "Autenticación"}},
	{"cat_authorization", catalog.Text{EN: "Authorization", PT: "Autorização", ES: "Autorización"}},
	{"cat_validation", catalog.Text{EN: "Validation", PT: "Validação", ES: "Validación"}},
	{"cat_not_found", catalog.Text{EN: "Not found", PT: "Não encontrado", ES: "No encontrado"}},
	{"cat_conflict", catalog.Text{EN: "Conflict", PT: "Conflito", ES: "Conflicto"}},
	{"cat_state", catalog.Text{EN: "Resource state", PT: "Estado do recurso", ES: "Estado del recurso"}},
	{"cat_business_rule", catalog.Text{EN: "Business rule", PT: "Regra de negócio", ES: "Regla de negocio"}},
	{"cat_rate_limit", catalog.Text{EN: "Rate limit", PT: "Limite de requisições", ES: "Límite de solicitudes"}},
	{"cat_upstream", catalog.Text{EN: "Upstream failure", PT: "Falha de terceiro", ES: "Falla de un tercero"}},
	{"cat_timeout", catalog.Text{EN: "Timeout", PT: "Tempo esgotado", ES: "Tiempo agotado"}},
	{"cat_unavailable", catalog.Text{EN: "Unavailable", PT: "Indisponível", ES: "No disponible"}},
	{"cat_internal", catalog.Text{EN: "Internal error", PT: "Erro interno", ES: "Error interno"}},
	{"cat_unknown", catalog.Text{EN: "Unknown", PT: "Desconhecida", ES: "Desconocida"}},
	{"meaning", catalog.Text{EN: "What it means", PT: "O que significa", ES: "Qué significa"}},
	{"message", catalog.Text{EN: "Provider's message", PT: "Mensagem do provedor", ES: "Mensaje del proveedor"}},
	{"details", catalog.Text{EN: "Details", PT: "Detalhes", ES: "Detalles"}},
	{"fix", catalog.Text{EN: "How to fix it", PT: "Como corrigir", ES: "Cómo corregirlo"}},
	{"fields", catalog.Text{EN: "Field problems", PT: "Problemas nos campos", ES: "Problemas en los campos"}},
	{"retry", catalog.Text{EN: "Retry", PT: "Nova tentativa", ES: "Reintento"}},
	{"strategy_none", catalog.Text{EN: "Don't retry", PT: "Não repita", ES: "No reintente"}},
	{"strategy_fix", catalog.Text{EN: "Fix, then retry", PT: "Corrija e reenvie", ES: "Corrija y reenvíe"}},
	{"strategy_wait", catalog.Text{EN: "Wait, then retry", PT: "Aguarde e repita", ES: "Espere y reintente"}},
	{"strategy_backoff", catalog.Text{EN: "Retry with backoff", PT: "Repita com espera crescente", ES: "Reintente con espera creciente"}},
	{"strategy_check_first", catalog.Text{EN: "Check before retrying", PT: "Verifique antes de repetir", ES: "Verifique antes de reintentar"}},
	{"retry_source", catalog.Text{EN: "Based on: {source}", PT: "Com base em: {source}", ES: "Según: {source}"}},
	{"countdown", catalog.Text{EN: "You can retry in", PT: "Você pode repetir em", ES: "Puede reintentar en"}},
	{"countdown_done", catalog.Text{EN: "You can retry now", PT: "Já pode repetir", ES: "Ya puede reintentar"}},
	{"after", catalog.Text{EN: "after {n}", PT: "após {n}", ES: "tras {n}"}},
	{"seconds", catalog.Text{EN: "{n} s", PT: "{n} s", ES: "{n} s"}},
	{"backoff", catalog.Text{EN: "Wait between attempts: {list}", PT: "Espera entre as tentativas: {list}", ES: "Espera entre los intentos: {list}"}},
	{"backoff_label", catalog.Text{EN: "Backoff schedule: retry after {list}", PT: "Sequência de espera: repita após {list}", ES: "Secuencia de espera: reintente tras {list}"}},
	// The card networks' limits on retrying a refused card (retry.reattempt), one short
	// line under the retry badge: Reattempt assembles it, as card.js's reattemptLine does.
	{"reattempt", catalog.Text{EN: "Card networks: at most {n} more attempts in {days} days ({brand})", PT: "Bandeiras: no máximo {n} novas tentativas em {days} dias ({brand})", ES: "Marcas: como máximo {n} intentos más en {days} días ({brand})"}},
	{"reattempt_any", catalog.Text{EN: "Card networks: at most {n} more attempts in {days} days (the strictest: no brand named)", PT: "Bandeiras: no máximo {n} novas tentativas em {days} dias (o mais rígido: sem bandeira informada)", ES: "Marcas: como máximo {n} intentos más en {days} días (lo más estricto: sin marca indicada)"}},
	{"reattempt_after", catalog.Text{EN: "the next after {time}", PT: "a próxima após {time}", ES: "el próximo tras {time}"}},
	{"hours", catalog.Text{EN: "{n} h", PT: "{n} h", ES: "{n} h"}},
	{"days", catalog.Text{EN: "{n} days", PT: "{n} dias", ES: "{n} días"}},
	{"check_first_title", catalog.Text{EN: "Careful:", PT: "Cuidado:", ES: "Cuidado:"}},
	{"check_first", catalog.Text{EN: "the outcome is unknown and the request may have gone through. Look the resource up before sending it again, or it may be done twice.", PT: "o resultado é desconhecido e a requisição pode ter sido processada. Consulte o recurso antes de reenviar, ou ela pode ser feita duas vezes.", ES: "el resultado es desconocido y la solicitud pudo haberse procesado. Consulte el recurso antes de volver a enviarla, o podría hacerse dos veces."}},
	{"idempotency", catalog.Text{EN: "Idempotency", PT: "Idempotência", ES: "Idempotencia"}},
	{"support", catalog.Text{EN: "Support", PT: "Suporte", ES: "Soporte"}},
	{"request_id", catalog.Text{EN: "Request id", PT: "ID da requisição", ES: "ID de la solicitud"}},
	{"no_request_id", catalog.Text{EN: "The paste carries no request id.", PT: "O texto colado não traz um ID de requisição.", ES: "El texto pegado no trae un ID de solicitud."}},
	{"copy", catalog.Text{EN: "Copy", PT: "Copiar", ES: "Copiar"}},
	{"copy_request_id", catalog.Text{EN: "Copy the request id", PT: "Copiar o ID da requisição", ES: "Copiar el ID de la solicitud"}},
	{"copied", catalog.Text{EN: "Copied", PT: "Copiado", ES: "Copiado"}},
	{"support_send", catalog.Text{EN: "What to send to support", PT: "O que enviar ao suporte", ES: "Qué enviar al soporte"}},
	{"support_default", catalog.Text{EN: "Send the request id, the time of the call, the endpoint and method, and this error response with secrets masked.", PT: "Envie o ID da requisição, o horário da chamada, o endpoint e o método, e esta resposta de erro com os segredos mascarados.", ES: "Envíe el ID de la solicitud, la hora de la llamada, el endpoint y el método, y esta respuesta de error con los secretos enmascarados."}},
	{"docs", catalog.Text{EN: "Provider's error reference", PT: "Referência de erros do provedor", ES: "Referencia de errores del proveedor"}},
	{"source", catalog.Text{EN: "Source: {source}", PT: "Fonte: {source}", ES: "Fuente: {source}"}},
	{"masked", catalog.Text{EN: "Masked in every output: {list}", PT: "Mascarado em todas as saídas: {list}", ES: "Enmascarado en todas las salidas: {list}"}},
	{"truncated", catalog.Text{EN: "The paste was cut off: this explains what could be read.", PT: "O texto colado está cortado: isto explica o que foi possível ler.", ES: "El texto pegado está cortado: esto explica lo que se pudo leer."}},
	{"too_large", catalog.Text{EN: "The paste is too large: only the first {n} bytes were read.", PT: "O texto colado é grande demais: só os primeiros {n} bytes foram lidos.", ES: "El texto pegado es demasiado grande: solo se leyeron los primeros {n} bytes."}},
	{"notes", catalog.Text{EN: "How the paste was read", PT: "Como o texto foi lido", ES: "Cómo se leyó el texto"}},
	{"format_json", catalog.Text{EN: "JSON body", PT: "Corpo JSON", ES: "Cuerpo JSON"}},
	{"format_javascript", catalog.Text{EN: "JavaScript object", PT: "Objeto JavaScript", ES: "Objeto JavaScript"}},
	{"format_curl", catalog.Text{EN: "curl output", PT: "Saída do curl", ES: "Salida de curl"}},
	{"format_har", catalog.Text{EN: "HAR file", PT: "Arquivo HAR", ES: "Archivo HAR"}},
	{"format_log", catalog.Text{EN: "log line", PT: "Linha de log", ES: "Línea de log"}},
	{"format_code", catalog.Text{EN: "Looked up by its code, with no paste", PT: "Consultado pelo código, sem texto colado", ES: "Consultado por su código, sin texto pegado"}},
	// The "couldn't read this" state.
	{"none_title", catalog.Text{EN: "Couldn't read this", PT: "Não foi possível ler isto", ES: "No se pudo leer esto"}},
	{"none_expected", catalog.Text{EN: "Expected", PT: "Esperado", ES: "Se esperaba"}},
	{"none_expected_text", catalog.Text{EN: "an error response from a payment API: a JSON body, curl -i or curl -v output, a HAR file, or a log line or stack trace with the JSON body in it.", PT: "uma resposta de erro de uma API de pagamentos: um corpo JSON, a saída de curl -i ou curl -v, um arquivo HAR, ou uma linha de log ou stack trace com o corpo JSON dentro.", ES: "una respuesta de error de una API de pagos: un cuerpo JSON, la salida de curl -i o curl -v, un archivo HAR, o una línea de log o stack trace con el cuerpo JSON dentro."}},
	{"none_found", catalog.Text{EN: "Found", PT: "Encontrado", ES: "Se encontró"}},
	{"none_try", catalog.Text{EN: "Try", PT: "Tente", ES: "Pruebe"}},
	// The page.
	{"page_title", catalog.Text{EN: "decifra: payment API errors, explained", PT: "decifra: erros de APIs de pagamento, explicados", ES: "decifra: errores de APIs de pago, explicados"}},
	{"tagline", catalog.Text{EN: "Paste a payment API's error response. See who sent it, what it means, how to fix it and whether to retry.", PT: "Cole a resposta de erro de uma API de pagamentos. Veja quem a enviou, o que significa, como corrigir e se vale repetir.", ES: "Pegue la respuesta de error de una API de pagos. Vea quién la envió, qué significa, cómo corregirla y si conviene reintentar."}},
	{"privacy", catalog.Text{EN: "Everything runs in your browser: nothing you paste leaves this page.", PT: "Tudo roda no seu navegador: nada do que você cola sai desta página.", ES: "Todo se ejecuta en su navegador: nada de lo que pega sale de esta página."}},
	{"skip", catalog.Text{EN: "Skip to the paste area", PT: "Ir para a área de colar", ES: "Ir al área para pegar"}},
	{"language", catalog.Text{EN: "Language", PT: "Idioma", ES: "Idioma"}},
	{"paste_label", catalog.Text{EN: "Error response", PT: "Resposta de erro", ES: "Respuesta de error"}},
	{"paste_help", catalog.Text{EN: "A JSON body, curl -i or -v output, a HAR file, or a log line with the JSON in it. Explained as you type.", PT: "Um corpo JSON, a saída de curl -i ou -v, um arquivo HAR, ou uma linha de log com o JSON dentro. Explicado enquanto você digita.", ES: "Un cuerpo JSON, la salida de curl -i o -v, un archivo HAR, o una línea de log con el JSON dentro. Se explica mientras escribe."}},
	{"paste_placeholder", catalog.Text{EN: "Paste the failed response here…", PT: "Cole aqui a resposta que falhou…", ES: "Pegue aquí la respuesta que falló…"}},
	{"clear", catalog.Text{EN: "Clear", PT: "Limpar", ES: "Borrar"}},
	{"examples", catalog.Text{EN: "Examples", PT: "Exemplos", ES: "Ejemplos"}},
	{"examples_help", catalog.Text{EN: "Load a sample error:", PT: "Carregue um erro de exemplo:", ES: "Cargue un error de ejemplo:"}},
	{"share", catalog.Text{EN: "Copy share link", PT: "Copiar link", ES: "Copiar enlace"}},
	{"share_note", catalog.Text{EN: "The link carries the paste with secrets masked, after the #, so it never reaches a server.", PT: "O link leva o texto com os segredos mascarados, depois do #, e por isso nunca chega a um servidor.", ES: "El enlace lleva el texto con los secretos enmascarados, después del #, por lo que nunca llega a un servidor."}},
	{"share_label", catalog.Text{EN: "Share link", PT: "Link para compartilhar", ES: "Enlace para compartir"}},
	{"share_copied", catalog.Text{EN: "Share link copied.", PT: "Link copiado.", ES: "Enlace copiado."}},
	{"markdown", catalog.Text{EN: "Copy as Markdown", PT: "Copiar como Markdown", ES: "Copiar como Markdown"}},
	{"markdown_copied", catalog.Text{EN: "Markdown copied.", PT: "Markdown copiado.", ES: "Markdown copiado."}},
	{"copy_failed", catalog.Text{EN: "Copying failed: select the text and copy it yourself.", PT: "A cópia falhou: selecione o texto e copie você mesmo.", ES: "La copia falló: seleccione el texto y cópielo usted mismo."}},
	{"result", catalog.Text{EN: "Explanation", PT: "Explicação", ES: "Explicación"}},
	{"empty", catalog.Text{EN: "The explanation appears here as soon as you paste an error or pick an example.", PT: "A explicação aparece aqui assim que você colar um erro ou escolher um exemplo.", ES: "La explicación aparece aquí en cuanto pegue un error o elija un ejemplo."}},
	{"loading", catalog.Text{EN: "Loading the explainer…", PT: "Carregando o explicador…", ES: "Cargando el explicador…"}},
	{"load_failed", catalog.Text{EN: "The explainer failed to load. Reload the page.", PT: "O explicador não carregou. Recarregue a página.", ES: "El explicador no se cargó. Vuelva a cargar la página."}},
	// The page while its decoder loads, and when it cannot: what happened, what to do.
	{"loading_decoder", catalog.Text{EN: "Loading the decoder…", PT: "Carregando o decodificador…", ES: "Cargando el decodificador…"}},
	{"loading_pending", catalog.Text{EN: "Your paste will be explained as soon as it has loaded.", PT: "O texto colado será explicado assim que ele carregar.", ES: "El texto pegado se explicará en cuanto se cargue."}},
	{"loading_slow", catalog.Text{EN: "This is taking longer than usual: the connection may be slow. The download goes on; reload the page if nothing changes.", PT: "Está demorando mais que o normal: a conexão pode estar lenta. O download continua; recarregue a página se nada mudar.", ES: "Está tardando más de lo normal: la conexión puede estar lenta. La descarga continúa; vuelva a cargar la página si nada cambia."}},
	{"load_error_title", catalog.Text{EN: "The decoder could not load", PT: "O decodificador não carregou", ES: "El decodificador no se cargó"}},
	{"load_error_network", catalog.Text{EN: "Downloading {file} failed: the connection dropped, or you are offline. Check the connection, then reload the page.", PT: "O download de {file} falhou: a conexão caiu, ou você está offline. Verifique a conexão e recarregue a página.", ES: "La descarga de {file} falló: la conexión se cortó, o está sin conexión. Verifique la conexión y vuelva a cargar la página."}},
	{"load_error_http", catalog.Text{EN: "The server answered HTTP {status} for {file}: this copy of decifra is incomplete, or being updated. Reload the page in a moment; if it goes on, tell the site's owner.", PT: "O servidor respondeu HTTP {status} para {file}: esta cópia do decifra está incompleta, ou sendo atualizada. Recarregue a página daqui a pouco; se continuar, avise o responsável pelo site.", ES: "El servidor respondió HTTP {status} para {file}: esta copia de decifra está incompleta, o se está actualizando. Vuelva a cargar la página en un momento; si continúa, avise al responsable del sitio."}},
	{"load_error_not_wasm", catalog.Text{EN: "The server sent {file} as {type}, not as WebAssembly: the site is set up wrongly (a .wasm file must be served as application/wasm). Tell the site's owner.", PT: "O servidor enviou {file} como {type}, e não como WebAssembly: o site está mal configurado (um arquivo .wasm deve ser servido como application/wasm). Avise o responsável pelo site.", ES: "El servidor envió {file} como {type}, no como WebAssembly: el sitio está mal configurado (un archivo .wasm debe servirse como application/wasm). Avise al responsable del sitio."}},
	{"load_error_compile", catalog.Text{EN: "Your browser could not compile the decoder ({detail}). Update the browser, or open this page in a current Chrome, Edge, Firefox or Safari.", PT: "Seu navegador não conseguiu compilar o decodificador ({detail}). Atualize o navegador, ou abra esta página em um Chrome, Edge, Firefox ou Safari atual.", ES: "Su navegador no pudo compilar el decodificador ({detail}). Actualice el navegador, o abra esta página en un Chrome, Edge, Firefox o Safari actual."}},
	{"load_error_no_wasm", catalog.Text{EN: "This browser cannot run WebAssembly, which decifra needs: it is too old, or WebAssembly is turned off (as some strict security settings do). Open this page in a current Chrome, Edge, Firefox or Safari, or allow WebAssembly for this site.", PT: "Este navegador não executa WebAssembly, de que o decifra precisa: ele é antigo demais, ou o WebAssembly está desativado (como fazem algumas configurações de segurança rígidas). Abra esta página em um Chrome, Edge, Firefox ou Safari atual, ou permita o WebAssembly para este site.", ES: "Este navegador no ejecuta WebAssembly, que decifra necesita: es demasiado antiguo, o WebAssembly está desactivado (como hacen algunas configuraciones de seguridad estrictas). Abra esta página en un Chrome, Edge, Firefox o Safari actual, o permita WebAssembly para este sitio."}},
	{"load_error_script", catalog.Text{EN: "A file of the page did not load ({file}). Reload the page.", PT: "Um arquivo da página não carregou ({file}). Recarregue a página.", ES: "Un archivo de la página no se cargó ({file}). Vuelva a cargar la página."}},
	{"load_error_cli", catalog.Text{EN: "Or explain the paste on your own machine with the command-line tool, which needs no browser (with Go installed):", PT: "Ou explique o texto na sua própria máquina com a ferramenta de linha de comando, que dispensa o navegador (com o Go instalado):", ES: "O explique el texto en su propia máquina con la herramienta de línea de comandos, que no necesita navegador (con Go instalado):"}},
	{"reload", catalog.Text{EN: "Reload the page", PT: "Recarregar a página", ES: "Volver a cargar la página"}},
	{"explained", catalog.Text{EN: "Explained: {title}", PT: "Explicado: {title}", ES: "Explicado: {title}"}},
	{"many_errors", catalog.Text{EN: "{n} errors in this paste", PT: "{n} erros neste texto", ES: "{n} errores en este texto"}},
	{"many_count", catalog.Text{EN: "{i} of {n}", PT: "{i} de {n}", ES: "{i} de {n}"}},
	{"restored", catalog.Text{EN: "Restored from the share link.", PT: "Restaurado do link compartilhado.", ES: "Restaurado desde el enlace compartido."}},
	{"share_broken", catalog.Text{EN: "This share link is damaged or incomplete: nothing could be restored from it. Ask for the link again, or paste the error.", PT: "Este link compartilhado está danificado ou incompleto: nada pôde ser restaurado. Peça o link de novo, ou cole o erro.", ES: "Este enlace compartido está dañado o incompleto: no se pudo restaurar nada. Pida el enlace otra vez, o pegue el error."}},
	// The page's #code=provider/code, and the catalogs a visitor brings (#catalog=URL, a
	// dropped or chosen file).
	{"code_link", catalog.Text{EN: "Link to this code", PT: "Link para este código", ES: "Enlace a este código"}},
	{"code_unknown_provider", catalog.Text{EN: "decifra has no provider “{provider}”.", PT: "O decifra não tem o provedor “{provider}”.", ES: "decifra no tiene el proveedor “{provider}”."}},
	{"code_unknown_code", catalog.Text{EN: "The catalog of {provider} has no code “{code}”.", PT: "O catálogo de {provider} não tem o código “{code}”.", ES: "El catálogo de {provider} no tiene el código “{code}”."}},
	{"code_did_you_mean", catalog.Text{EN: "Did you mean:", PT: "Você quis dizer:", ES: "Quizás quiso decir:"}},
	{"code_none_near", catalog.Text{EN: "Nothing in the catalog is close to it: the link may be mistyped or cut short.", PT: "Nada no catálogo se parece com isso: o link pode ter sido digitado errado ou cortado.", ES: "Nada en el catálogo se le parece: el enlace puede estar mal escrito o cortado."}},
	{"catalogs", catalog.Text{EN: "Your API's catalog", PT: "O catálogo da sua API", ES: "El catálogo de su API"}},
	{"catalogs_help", catalog.Text{EN: "Drop a decifra catalog (.json) onto the page, or choose one, and its codes are explained too until this tab is closed. The file is read here, never sent.", PT: "Solte um catálogo do decifra (.json) na página, ou escolha um, e os códigos dele também são explicados até esta aba ser fechada. O arquivo é lido aqui, nunca enviado.", ES: "Suelte un catálogo de decifra (.json) en la página, o elija uno, y sus códigos también se explican hasta que se cierre esta pestaña. El archivo se lee aquí, nunca se envía."}},
	{"catalog_pick", catalog.Text{EN: "Choose a catalog file…", PT: "Escolher um arquivo de catálogo…", ES: "Elegir un archivo de catálogo…"}},
	{"catalog_drop", catalog.Text{EN: "Drop the catalog to load it", PT: "Solte o catálogo para carregá-lo", ES: "Suelte el catálogo para cargarlo"}},
	{"catalog_loaded", catalog.Text{EN: "{name} ({id}): {n} codes, from {origin}", PT: "{name} ({id}): {n} códigos, de {origin}", ES: "{name} ({id}): {n} códigos, de {origin}"}},
	{"catalog_added", catalog.Text{EN: "Catalog loaded: {name}. Its codes are explained from now on.", PT: "Catálogo carregado: {name}. Os códigos dele passam a ser explicados.", ES: "Catálogo cargado: {name}. Sus códigos se explican a partir de ahora."}},
	{"catalog_remove", catalog.Text{EN: "Remove", PT: "Remover", ES: "Quitar"}},
	{"catalog_removed", catalog.Text{EN: "Catalog removed: {name}.", PT: "Catálogo removido: {name}.", ES: "Catálogo quitado: {name}."}},
	{"catalog_failed", catalog.Text{EN: "The catalog {origin} was not loaded:", PT: "O catálogo {origin} não foi carregado:", ES: "El catálogo {origin} no se cargó:"}},
	{"catalog_still", catalog.Text{EN: "The built-in catalogs still work.", PT: "Os catálogos incluídos continuam funcionando.", ES: "Los catálogos incluidos siguen funcionando."}},
	{"catalog_other_origin", catalog.Text{EN: "a link may load only a catalog from this site ({site}). Download the file and drop it onto the page instead.", PT: "um link só pode carregar um catálogo deste site ({site}). Baixe o arquivo e solte-o na página.", ES: "un enlace solo puede cargar un catálogo de este sitio ({site}). Descargue el archivo y suéltelo en la página."}},
	{"catalog_fetch_failed", catalog.Text{EN: "it could not be fetched ({detail}).", PT: "não foi possível buscá-lo ({detail}).", ES: "no se pudo obtener ({detail})."}},
	{"catalog_too_large", catalog.Text{EN: "the file has {n} bytes; a catalog may have at most 2 MiB.", PT: "o arquivo tem {n} bytes; um catálogo pode ter no máximo 2 MiB.", ES: "el archivo tiene {n} bytes; un catálogo puede tener como máximo 2 MiB."}},
	// The CLI's own.
	{"unknown_provider_cli", catalog.Text{EN: "unknown (no catalogued provider fits)", PT: "desconhecido (nenhum provedor catalogado corresponde)", ES: "desconocido (ningún proveedor catalogado corresponde)"}},
	{"redacted_cli", catalog.Text{EN: "Masked", PT: "Mascarado", ES: "Enmascarado"}},
	{"note_cli", catalog.Text{EN: "Note", PT: "Nota", ES: "Nota"}},
	{"docs_cli", catalog.Text{EN: "Docs", PT: "Docs", ES: "Docs"}},
	{"source_cli", catalog.Text{EN: "Source", PT: "Fonte", ES: "Fuente"}},
	{"confidence_cli", catalog.Text{EN: "confidence {pct}%", PT: "confiança {pct}%", ES: "confianza {pct}%"}},
	{"evidence_cli", catalog.Text{EN: "evidence", PT: "evidências", ES: "evidencia"}},
}

// T returns the UI string key in lang (anything but a language decifra speaks is
// English). An unknown key returns the key itself, so a typo shows instead of vanishing.
func T(lang catalog.Lang, key string) string {
	for i := range phrases {
		if phrases[i].key == key {
			return phrases[i].text.In(lang)
		}
	}
	return key
}

// Text returns the UI string key in every language, and whether there is one.
func Text(key string) (catalog.Text, bool) {
	for i := range phrases {
		if phrases[i].key == key {
			return phrases[i].text, true
		}
	}
	return catalog.Text{}, false
}

// Fill replaces {name} placeholders in s: Fill(s, "pct", "97").
func Fill(s string, kv ...string) string {
	for i := 0; i+1 < len(kv); i += 2 {
		s = strings.ReplaceAll(s, "{"+kv[i]+"}", kv[i+1])
	}
	return s
}

// Hours writes a delay given in hours as the card shows it: "24 h" up to two days, then
// whole days ("2 days", "10 days"); a number of hours that is no whole number of days
// stays in hours.
func Hours(lang catalog.Lang, n int) string {
	if n >= 48 && n%24 == 0 {
		return Fill(T(lang, "days"), "n", strconv.Itoa(n/24))
	}
	return Fill(T(lang, "hours"), "n", strconv.Itoa(n))
}

// Reattempt is the card networks' limits on retrying a refused card as one short line
// ("Card networks: at most 20 more attempts in 30 days (Visa)", then the earliest next
// attempt when one is stated); "" for nil. The line leaves the daily cap (Mastercard's) to
// the advice and the JSON. The card, card.js's reattemptLine and the CLI show it alike.
func Reattempt(lang catalog.Lang, r *catalog.Reattempt) string {
	if r == nil {
		return ""
	}
	key := "reattempt"
	if r.Brand == "" {
		key = "reattempt_any"
	}
	line := Fill(T(lang, key), "n", strconv.Itoa(r.MaxAttempts), "days", strconv.Itoa(r.WithinDays), "brand", string(r.Brand))
	if r.AfterHours > 0 {
		line += "; " + Fill(T(lang, "reattempt_after"), "time", Hours(lang, r.AfterHours))
	}
	return line
}

// Strategy is the name of a retry strategy in lang ("Wait, then retry").
func Strategy(lang catalog.Lang, s catalog.Strategy) string { return T(lang, "strategy_"+string(s)) }

// Category is the name of a category in lang; an unknown one shows as itself.
func Category(lang catalog.Lang, c catalog.Category) string {
	if t, ok := Text("cat_" + string(c)); ok {
		return t.In(lang)
	}
	return string(c)
}

// Keys lists every UI string's key, in table order.
func Keys() []string {
	keys := make([]string, len(phrases))
	for i := range phrases {
		keys[i] = phrases[i].key
	}
	return keys
}
