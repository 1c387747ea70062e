//go:build !textpack

// Failures below HTTP: the call got no response at all, and what a log line or a stack
// trace says instead is the runtime's error. The codes and phrases are those the common
// runtimes print: Node.js (libuv errno names ETIMEDOUT, ECONNRESET …, and undici's and
// axios's own codes), Go's net/http ("context deadline exceeded", "i/o timeout",
// "connection reset by peer"), Java (SocketTimeoutException, UnknownHostException,
// SSLHandshakeException), Python requests/urllib3 (ReadTimeout, ConnectTimeout,
// NewConnectionError), .NET (TaskCanceledException on HttpClient.Timeout) and Envoy
// ("upstream connect error or disconnect/reset before headers"). Sources: Node.js
// "Errors" (https://nodejs.org/api/errors.html#common-system-errors), POSIX errno, the
// runtimes' API documentation and Envoy's response-code details.
//
// What matters for a payment is whether the request may have reached the server. A
// connection that was never made (refused, no DNS, TLS handshake failed, connect timeout)
// sent nothing, so it is safe to send again; a timeout or reset after the request was
// written leaves the outcome unknown, and a write must be looked up before it is resent.

package catalog

import (
	"slices"
	"strings"

	"github.com/decifra/decifra/internal/grams"
)

// transportSource cites where the runtime codes are documented.
const (
	transportSource   = "https://nodejs.org/api/errors.html#common-system-errors (Node.js); the documentation of Go's net/http, Java's java.net, Python's urllib3, .NET's HttpClient and Envoy"
	transportSourcePT = "https://nodejs.org/api/errors.html#common-system-errors (Node.js); a documentação do net/http do Go, do java.net do Java, do urllib3 do Python, do HttpClient do .NET e do Envoy"
	transportSourceES = "https://nodejs.org/api/errors.html#common-system-errors (Node.js); la documentación de net/http de Go, java.net de Java, urllib3 de Python, HttpClient de .NET y Envoy"
)

// Transport is one kind of failure below HTTP.
type Transport struct {
	Code     string   // the name decifra gives it: the runtime's code where there is one
	Match    []string // lower-case phrases that identify it in a paste, most specific first
	Sent     bool     // the request may have reached the server: its outcome is unknown
	Category Category
	Title    Text
	Meaning  Text
	Fix      []Text
	Retry    Strategy // Backoff when nothing was sent; CheckFirst when it may have been
	RetryWhy Text
	// Requires lists lower-case phrases that must also occur, for a variant of a failure
	// that a detail tells apart (Envoy's reset with "reset reason: connection failure").
	Requires []string
	// Status is the HTTP status a proxy answers with when this text is its response body
	// (Envoy's 503); 0 when there is no HTTP response at all.
	Status int
	// RetrySource says where the strategy comes from when it is not simply "a network
	// failure": Envoy's 503 response body.
	RetrySource Text
}

// transports, in the order they are tried: a connect timeout before a timeout, a TLS
// failure before a reset.
var transports = [...]Transport{
	{
		// Before ENOTFOUND, whose "name resolution" also ends the resolver's own words for
		// EAI_AGAIN ("[Errno -3] Temporary failure in name resolution").
		Code:     "EAI_AGAIN",
		Match:    []string{"eai_again", "temporary failure in name resolution"},
		Category: Unavailable,
		Title:    Text{EN: "Temporary DNS failure", PT: "Falha temporária de DNS", ES: "Falla temporal de DNS"},
		Meaning: Text{
			EN: "The DNS server did not answer in time, so the host name could not be resolved; no connection was made and nothing was sent.",
			PT: "O servidor DNS não respondeu a tempo, então o nome do host não foi resolvido; nenhuma conexão foi feita e nada foi enviado.",
			ES: "El servidor DNS no respondió a tiempo, así que no se pudo resolver el nombre de host; no se estableció ninguna conexión y no se envió nada.",
		},
		Fix: []Text{
			{EN: "Retry with backoff; if it persists, check the DNS resolver of the machine or container.", PT: "Repita com espera crescente; se persistir, verifique o resolvedor DNS da máquina ou do contêiner.", ES: "Reintente con backoff; si persiste, revise el resolvedor DNS de la máquina o del contenedor."},
		},
		Retry:    Backoff,
		RetryWhy: Text{EN: "Nothing was sent, so resending cannot do the operation twice, and DNS failures of this kind pass.", PT: "Nada foi enviado, então reenviar não faz a operação duas vezes, e falhas de DNS desse tipo passam.", ES: "No se envió nada, así que reenviar no puede ejecutar la operación dos veces, y las fallas de DNS de este tipo se resuelven solas."},
	},
	{
		Code:     "ENOTFOUND",
		Match:    []string{"curl error 6:", "could not resolve host", "couldn't resolve host", "enotfound", "getaddrinfo enotfound", "no such host", "name or service not known", "unknownhostexception", "nodename nor servname", "name resolution", "unable to resolve host", "no address associated with hostname", "net::err_name_not_resolved", "dns resolution problem", "nameresolutionerror", "getaddrinfo failed"},
		Category: Unavailable,
		Title:    Text{EN: "Host name not found (DNS)", PT: "Nome do host não encontrado (DNS)", ES: "Nombre de host no encontrado (DNS)"},
		Meaning: Text{
			EN: "The API's host name could not be resolved, so no connection was made and nothing was sent. Usually a mistyped or wrong-environment base URL (sandbox vs production), or DNS on the machine making the call.",
			PT: "O nome do host da API não pôde ser resolvido, então nenhuma conexão foi feita e nada foi enviado. Quase sempre é uma URL base digitada errado ou do ambiente errado (sandbox ou produção), ou o DNS da máquina que faz a chamada.",
			ES: "No se pudo resolver el nombre de host de la API, así que no se estableció ninguna conexión y no se envió nada. Suele deberse a una URL base mal escrita o del entorno equivocado (sandbox frente a producción), o al DNS de la máquina que hace la llamada.",
		},
		Fix: []Text{
			{EN: "Check the base URL against the provider's documentation, for the environment you mean.", PT: "Confira a URL base com a documentação do provedor, no ambiente pretendido.", ES: "Compare la URL base con la documentación del proveedor, para el entorno que quiere usar."},
			{EN: "From the same machine or container, resolve the host (nslookup or dig) to rule out its DNS.", PT: "Da mesma máquina ou contêiner, resolva o host (nslookup ou dig) para descartar o DNS dela.", ES: "Desde la misma máquina o contenedor, resuelva el host (nslookup o dig) para descartar su DNS."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "Nothing was sent, and the same host name fails the same way until the URL or DNS is fixed.", PT: "Nada foi enviado, e o mesmo nome de host falha do mesmo jeito até a URL ou o DNS serem corrigidos.", ES: "No se envió nada, y el mismo nombre de host falla de la misma forma hasta que se corrija la URL o el DNS."},
	},
	{
		// OpenSSL's SSL_ERROR_SYSCALL in a handshake: the peer closed the connection
		// mid-handshake (curl error 35 carries it), not a certificate the client refused.
		Code:     "SSL_ERROR_SYSCALL",
		Match:    []string{"ssl_error_syscall", "ssl_connect: connection"}, // cURL 35: "SSL_connect: Connection reset by peer", "… was reset"
		Category: Unavailable,
		Title:    Text{EN: "Connection closed during the TLS handshake", PT: "Conexão fechada durante o handshake TLS", ES: "Conexión cerrada durante el handshake TLS"},
		Meaning: Text{
			EN: "The server, or something in between, closed the connection in the middle of the TLS handshake, before any request was sent: a firewall or load balancer dropping it, an IP allow-list, or an API that requires a client certificate (mutual TLS) which was not presented.",
			PT: "O servidor, ou algo no caminho, fechou a conexão no meio do handshake TLS, antes de qualquer requisição ser enviada: um firewall ou balanceador derrubando-a, uma lista de IPs permitidos, ou uma API que exige certificado de cliente (TLS mútuo) que não foi apresentado.",
			ES: "El servidor, o algo en el camino, cerró la conexión en medio del handshake TLS, antes de enviar ninguna solicitud: un firewall o un balanceador que la corta, una lista de IP permitidas, o una API que exige un certificado de cliente (TLS mutuo) que no se presentó.",
		},
		Fix: []Text{
			{EN: "If the API uses mutual TLS (API Pix and the banks' APIs do), send the client certificate and key the provider issued for this environment.", PT: "Se a API usa TLS mútuo (a API Pix e as APIs dos bancos usam), envie o certificado e a chave de cliente que o provedor emitiu para este ambiente.", ES: "Si la API usa TLS mutuo (la API Pix y las API de los bancos lo usan), envíe el certificado y la clave de cliente que el proveedor emitió para este entorno."},
			{EN: "Check that the server's IP allow-list includes your egress IP, then retry with backoff: a dropped handshake is often transient.", PT: "Confira se a lista de IPs permitidos do servidor inclui o seu IP de saída e repita com espera crescente: um handshake derrubado costuma ser passageiro.", ES: "Verifique que la lista de IP permitidas del servidor incluya su IP de salida y reintente con backoff: un handshake cortado suele ser pasajero."},
		},
		Retry:    Backoff,
		RetryWhy: Text{EN: "The connection closed before any request was sent, so resending cannot do the operation twice.", PT: "A conexão fechou antes de qualquer requisição ser enviada, então reenviar não faz a operação duas vezes.", ES: "La conexión se cerró antes de enviar ninguna solicitud, así que reenviar no puede ejecutar la operación dos veces."},
	},
	{
		Code: "TLS_ERROR",
		Match: []string{"do not possess a common algorithm", "curl error 60", "curl error 35", "curl error 58", "curl error 51", "curl error 77", "error setting certificate verify locations", "problem with the ssl ca cert", "problem with the local ssl certificate", "ssl certificate problem", "could not load pem client certificate", "ssl connect error", "unable to get local issuer certificate", "unable to verify the first certificate", "self signed certificate", "self-signed certificate", "unable_to_verify_leaf_signature", "self_signed_cert_in_chain", "depth_zero_self_signed_cert", "unable_to_get_issuer_cert_locally", "cert_has_expired", "err_tls_cert", "sslhandshakeexception", "ssl: certificate_verify_failed", "certificate verify failed", "x509: certificate", "tlsv1 alert", "wrong version number", "handshake failure", "handshake failed", "unknown ssl protocol error", "no alternative certificate subject name matches", "does not support ssl",
			"hostname in certificate didn't match",  // Apache HttpClient's SSLException
			"ssl_connect returned=",                 // Ruby's OpenSSL: "SSL_connect returned=1 errno=0 state=…: unknown protocol"
			"cannot communicate securely with peer", // cURL built with NSS: "Cannot communicate securely with peer: no common encryption algorithm(s)."
			"unsupported ssl protocol version"},     // cURL 35 from an OpenSSL without TLS 1.2 (PayPal's PHP SDK's PayPalConnectionException)
		Category: Validation,
		Title:    Text{EN: "TLS handshake failed", PT: "Falha no handshake TLS", ES: "Falló el handshake TLS"},
		Meaning: Text{
			EN: "The secure connection could not be set up (the certificate was not trusted or had expired, or client and server share no TLS version), so nothing was sent.",
			PT: "A conexão segura não pôde ser estabelecida (o certificado não foi aceito ou expirou, ou cliente e servidor não têm versão TLS em comum), então nada foi enviado.",
			ES: "No se pudo establecer la conexión segura (el certificado no era de confianza o estaba vencido, o el cliente y el servidor no comparten ninguna versión de TLS), así que no se envió nada.",
		},
		Fix: []Text{
			{EN: "Update the machine's CA bundle and make sure a corporate proxy is not replacing the certificate; never turn verification off in production.", PT: "Atualize o pacote de CAs da máquina e confirme que um proxy corporativo não está trocando o certificado; nunca desligue a verificação em produção.", ES: "Actualice el paquete de certificados de CA de la máquina y asegúrese de que un proxy corporativo no esté reemplazando el certificado; nunca desactive la verificación en producción."},
			{EN: "Use TLS 1.2 or later: payment APIs refuse older versions. For mutual TLS (as the Central Bank's API Pix requires), check the client certificate and its chain.", PT: "Use TLS 1.2 ou superior: APIs de pagamento recusam versões antigas. Em TLS mútuo (como exige a API Pix do Banco Central), confira o certificado do cliente e sua cadeia.", ES: "Use TLS 1.2 o posterior: las API de pagos rechazan las versiones anteriores. Para TLS mutuo (como exige la API Pix del Banco Central), revise el certificado del cliente y su cadena."},
		},
		Retry:    Fix,
		RetryWhy: Text{EN: "Nothing was sent, and the handshake fails the same way until the certificates or the TLS settings change.", PT: "Nada foi enviado, e o handshake falha do mesmo jeito até os certificados ou a configuração TLS mudarem.", ES: "No se envió nada, y el handshake falla de la misma forma hasta que cambien los certificados o la configuración de TLS."},
	},
	{
		Code:     "ECONNREFUSED",
		Match:    []string{"curl error 7:", "econnrefused", "net::err_connection_refused", "connection refused", "connectexception: connection refused", "actively refused", "couldn't connect to server", "couldn't connect to host"},
		Category: Unavailable,
		Title:    Text{EN: "Connection refused", PT: "Conexão recusada", ES: "Conexión rechazada"},
		Meaning: Text{
			EN: "The host answered that nothing listens on that port, so no connection was made and nothing was sent: a wrong port or URL, or the service (or a local proxy) is down.",
			PT: "O host respondeu que nada escuta naquela porta, então nenhuma conexão foi feita e nada foi enviado: porta ou URL errada, ou o serviço (ou um proxy local) está fora do ar.",
			ES: "El host respondió que nada escucha en ese puerto, así que no se estableció ninguna conexión y no se envió nada: un puerto o una URL incorrectos, o el servicio (o un proxy local) está caído.",
		},
		Fix: []Text{
			{EN: "Check the URL and port (an https URL on port 443), and any HTTP proxy settings of the process.", PT: "Confira a URL e a porta (uma URL https na porta 443) e as configurações de proxy HTTP do processo.", ES: "Revise la URL y el puerto (una URL https en el puerto 443), y la configuración de proxy HTTP del proceso, si la hay."},
			{EN: "If they are right, the service is down: retry with backoff and look at the provider's status page.", PT: "Se estiverem certas, o serviço está fora do ar: repita com espera crescente e consulte a página de status do provedor.", ES: "Si son correctos, el servicio está caído: reintente con backoff y consulte la página de estado del proveedor."},
		},
		Retry:    Backoff,
		RetryWhy: Text{EN: "Nothing was sent, so resending cannot do the operation twice.", PT: "Nada foi enviado, então reenviar não faz a operação duas vezes.", ES: "No se envió nada, así que reenviar no puede ejecutar la operación dos veces."},
	},
	{
		Code:     "CONNECT_TIMEOUT",
		Match:    []string{"failed to connect to", "couldn't connect to host", "net::err_connection_timed_out", "failed connect to", "connection timed out after", "resolving timed out after", "connect etimedout", "connecttimeouterror", "connecttimeout", "connect timed out", "connect() timed out", "connection timed out while connecting", "und_err_connect_timeout", "dial tcp", "tls handshake timeout", "handshake timed out", "econnaborted connect", "timed out connecting", "failed to open tcp connection", "connection timeout after", "net::opentimeout", "unable to connect to the remote server", "a connection attempt failed because the connected party did not properly respond"},
		Category: Unavailable,
		Title:    Text{EN: "Timed out connecting", PT: "Tempo esgotado ao conectar", ES: "Tiempo de espera agotado al conectar"},
		Meaning: Text{
			EN: "The connection to the API could not be made in time (a firewall dropping packets, an unreachable host, a saturated network), so nothing was sent.",
			PT: "A conexão com a API não foi feita a tempo (um firewall descartando pacotes, um host inalcançável, uma rede saturada), então nada foi enviado.",
			ES: "No se pudo establecer la conexión con la API a tiempo (un firewall que descarta paquetes, un host inalcanzable, una red saturada), así que no se envió nada.",
		},
		Fix: []Text{
			{EN: "Retry with backoff; if it persists, check egress from the machine (firewall, security group, NAT, the provider's IP allowlist).", PT: "Repita com espera crescente; se persistir, verifique a saída de rede da máquina (firewall, security group, NAT, a lista de IPs liberados no provedor).", ES: "Reintente con backoff; si persiste, revise la salida de red de la máquina (firewall, grupo de seguridad, NAT, la lista de IP permitidas del proveedor)."},
		},
		Retry:    Backoff,
		RetryWhy: Text{EN: "The connection was never made, so nothing was sent and resending cannot do the operation twice.", PT: "A conexão nunca foi feita, então nada foi enviado e reenviar não faz a operação duas vezes.", ES: "La conexión nunca se estableció, así que no se envió nada y reenviar no puede ejecutar la operación dos veces."},
	},
	{
		// Envoy could not even connect to the service: nothing reached it.
		Code:     "UPSTREAM_RESET",
		Match:    []string{"upstream connect error or disconnect/reset before headers"},
		Requires: []string{"reset reason: connection failure"},
		Sent:     false,
		Status:   503,
		Category: Upstream,
		Title:    Text{EN: "Proxy lost the connection to the service (Envoy)", PT: "O proxy perdeu a conexão com o serviço (Envoy)", ES: "El proxy perdió la conexión con el servicio (Envoy)"},
		Meaning: Text{
			EN: "An Envoy proxy (a service mesh or API gateway in front of the API) could not get response headers from the service behind it. With \"reset reason: connection failure\" the service was never reached; with a reset or termination the request may have been processed.",
			PT: "Um proxy Envoy (uma service mesh ou API gateway na frente da API) não recebeu os cabeçalhos de resposta do serviço atrás dele. Com \"reset reason: connection failure\" o serviço nem foi alcançado; com reset ou termination a requisição pode ter sido processada.",
			ES: "Un proxy Envoy (una service mesh o un API gateway delante de la API) no pudo obtener los encabezados de respuesta del servicio que tiene detrás. Con \"reset reason: connection failure\" nunca se llegó al servicio; con un reset o una terminación, la solicitud puede haberse procesado.",
		},
		Fix: []Text{
			{EN: "Retry with backoff: the proxy never reached the service, so nothing was done.", PT: "Repita com backoff: o proxy nem chegou ao serviço, então nada foi feito.", ES: "Reintente con backoff: el proxy nunca llegó al servicio, así que no se hizo nada."},
			{EN: "If it repeats, send the provider the time and the x-request-id or traceparent of the call.", PT: "Se repetir, envie ao provedor o horário e o x-request-id ou traceparent da chamada.", ES: "Si se repite, envíe al proveedor la hora y el x-request-id o el traceparent de la llamada."},
		},
		Retry:       Backoff,
		RetryWhy:    Text{EN: "The proxy could not connect to the service (reset reason: connection failure), so the request never reached it.", PT: "O proxy não conseguiu se conectar ao serviço (reset reason: connection failure), então a requisição nunca chegou a ele.", ES: "El proxy no pudo conectarse al servicio (reset reason: connection failure), así que la solicitud nunca llegó a él."},
		RetrySource: Text{EN: "Envoy's 503 response body", PT: "corpo da resposta 503 do Envoy", ES: "cuerpo de la respuesta 503 de Envoy"},
	},
	{
		Code:     "UPSTREAM_RESET",
		Match:    []string{"upstream connect error or disconnect/reset before headers"},
		Sent:     true,
		Category: Upstream,
		Title:    Text{EN: "Proxy lost the connection to the service (Envoy)", PT: "O proxy perdeu a conexão com o serviço (Envoy)", ES: "El proxy perdió la conexión con el servicio (Envoy)"},
		Meaning: Text{
			EN: "An Envoy proxy (a service mesh or API gateway in front of the API) could not get response headers from the service behind it. With \"reset reason: connection failure\" the service was never reached; with a reset or termination the request may have been processed.",
			PT: "Um proxy Envoy (uma service mesh ou API gateway na frente da API) não recebeu os cabeçalhos de resposta do serviço atrás dele. Com \"reset reason: connection failure\" o serviço nem foi alcançado; com reset ou termination a requisição pode ter sido processada.",
			ES: "Un proxy Envoy (una service mesh o un API gateway delante de la API) no pudo obtener los encabezados de respuesta del servicio que tiene detrás. Con \"reset reason: connection failure\" nunca se llegó al servicio; con un reset o una terminación, la solicitud puede haberse procesado.",
		},
		Fix: []Text{
			{EN: "For a write, look the resource up (by your reference or idempotency key) before sending it again.", PT: "Numa escrita, consulte o recurso (pela sua referência ou chave de idempotência) antes de reenviar.", ES: "En una operación de escritura, consulte el recurso (por su referencia o su clave de idempotencia) antes de volver a enviarla."},
			{EN: "If it repeats, send the provider the time and the x-request-id or traceparent of the call.", PT: "Se repetir, envie ao provedor o horário e o x-request-id ou traceparent da chamada.", ES: "Si se repite, envíe al proveedor la hora y el x-request-id o el traceparent de la llamada."},
		},
		Retry:       CheckFirst,
		RetryWhy:    Text{EN: "The proxy cannot tell whether the service acted on the request.", PT: "O proxy não sabe se o serviço processou a requisição.", ES: "El proxy no puede saber si el servicio procesó la solicitud."},
		Status:      503,
		RetrySource: Text{EN: "Envoy's 503 response body", PT: "corpo da resposta 503 do Envoy", ES: "cuerpo de la respuesta 503 de Envoy"},
	},
	{
		Code: "ECONNRESET",
		Match: []string{"curl error 52", "curl error 56", "empty reply from server", "net::err_empty_response", "net::err_connection_reset", "recv failure", "econnreset", "socket hang up", "connection reset by peer", "connection reset", "epipe", "broken pipe", "remote end closed connection without response", "remotedisconnected", "nohttpresponseexception", "unexpected eof", "server disconnected without sending a response", "und_err_socket", "other side closed", "badstatusline", "an existing connection was forcibly closed by the remote host", "the network connection was lost", "header parser received no bytes", "the response ended prematurely",
			"errno 104", // Linux's ECONNRESET by number: cURL's "SSL read: …, errno 104", Python's "[Errno 104]"
			"an unexpected error occurred on a receive", // .NET's WebException once the request was sent (on a send, it is TLS)
			"expected to be kept alive was closed",      // .NET's, for a kept-alive connection the server closed
			// ENOTCONN: the socket dropped while in use (sped-nfe's "Network file
			// descriptor is not connected" to SEFAZ)
			"enotconn", "transport endpoint is not connected", "file descriptor is not connected"},
		Sent:     true,
		Category: Upstream,
		Title:    Text{EN: "Connection closed before a response", PT: "Conexão encerrada antes da resposta", ES: "Conexión cerrada antes de una respuesta"},
		Meaning: Text{
			EN: "The connection was closed (reset, or the socket hung up) after the request was sent and before a response came: the server, a load balancer or an idle-connection timeout dropped it. The request may or may not have been processed.",
			PT: "A conexão foi encerrada (reset, ou o socket caiu) depois de a requisição ser enviada e antes de chegar a resposta: o servidor, um balanceador ou um timeout de conexão ociosa a derrubou. A requisição pode ou não ter sido processada.",
			ES: "La conexión se cerró (reset, o el socket se colgó) después de enviar la solicitud y antes de que llegara una respuesta: la cortó el servidor, un balanceador de carga o un timeout de conexiones inactivas. La solicitud puede haberse procesado o no.",
		},
		Fix: []Text{
			{EN: "For a write, look the resource up (by your reference or idempotency key) before sending it again.", PT: "Numa escrita, consulte o recurso (pela sua referência ou chave de idempotência) antes de reenviar.", ES: "En una operación de escritura, consulte el recurso (por su referencia o su clave de idempotencia) antes de volver a enviarla."},
			{EN: "If it happens on reused connections, keep the client's keep-alive timeout below the server's, or retry once on a fresh connection.", PT: "Se acontece em conexões reutilizadas, deixe o keep-alive do cliente menor que o do servidor, ou repita uma vez numa conexão nova.", ES: "Si ocurre en conexiones reutilizadas, mantenga el timeout de keep-alive del cliente por debajo del del servidor, o reintente una vez con una conexión nueva."},
		},
		Retry:    CheckFirst,
		RetryWhy: Text{EN: "The request went out and no answer came back, so its outcome is unknown.", PT: "A requisição saiu e nenhuma resposta voltou, então o resultado é desconhecido.", ES: "La solicitud salió y no volvió ninguna respuesta, así que su resultado es desconocido."},
	},
	{
		Code:     "ETIMEDOUT",
		Match:    []string{"curl error 28", "operation timed out after", "etimedout", "esockettimedout", "read timed out", "readtimeout", "sockettimeoutexception", "context deadline exceeded", "client.timeout exceeded", "i/o timeout", "timeout of ", "timeouterror", "request timed out", "operation timed out", "timed out", "und_err_headers_timeout", "und_err_body_timeout", "taskcanceledexception", "httpclient.timeout"},
		Sent:     true,
		Category: Timeout,
		Title:    Text{EN: "Timed out waiting for the response", PT: "Tempo esgotado esperando a resposta", ES: "Tiempo de espera agotado para la respuesta"},
		Meaning: Text{
			EN: "The client gave up waiting after the request was sent: the API may still have processed it (a payment created, a refund made) and simply answered too late.",
			PT: "O cliente desistiu de esperar depois de enviar a requisição: a API pode ter processado mesmo assim (um pagamento criado, um estorno feito) e só respondeu tarde demais.",
			ES: "El cliente dejó de esperar después de enviar la solicitud: la API puede haberla procesado de todos modos (un pago creado, un reembolso hecho) y simplemente respondió demasiado tarde.",
		},
		Fix: []Text{
			{EN: "For a write, look the resource up (by your reference or idempotency key) before sending it again.", PT: "Numa escrita, consulte o recurso (pela sua referência ou chave de idempotência) antes de reenviar.", ES: "En una operación de escritura, consulte el recurso (por su referencia o su clave de idempotencia) antes de volver a enviarla."},
			{EN: "Give payment calls a timeout of tens of seconds, not a few: an authorisation can take that long at the issuer.", PT: "Dê às chamadas de pagamento um timeout de dezenas de segundos, não de poucos: uma autorização pode demorar isso no emissor.", ES: "Dé a las llamadas de pago un timeout de decenas de segundos, no de unos pocos: una autorización puede tardar eso en el emisor."},
		},
		Retry:    CheckFirst,
		RetryWhy: Text{EN: "The request went out and no answer came back in time, so its outcome is unknown.", PT: "A requisição saiu e nenhuma resposta voltou a tempo, então o resultado é desconhecido.", ES: "La solicitud salió y no volvió ninguna respuesta a tiempo, así que su resultado es desconocido."},
	},
	{
		// An SDK's connection error that does not say at which step it failed (stripe-node's
		// StripeConnectionError without its detail, the Python and Ruby APIConnectionError).
		Code: "CONNECTION_ERROR",
		Match: []string{"an error occurred with our connection to", "unexpected error communicating with stripe", "could not connect to stripe", "unexpected error communicating with adyen", "could not connect to adyen", "error\\apiconnection", "error\\\\apiconnection", "stripeconnectionerror", "apiconnectionerror", "apiconnectionexception", "api_connection_error", "ioexception during api request to",
			// A client that got no HTTP response at all reports status 0 (PHP's cURL, a
			// browser's XHR): "Can not call the API, status code 0."
			"status code 0.", "status code 0,", "status code: 0."},
		Sent:     true,
		Category: Unavailable,
		Title:    Text{EN: "The connection to the API failed", PT: "A conexão com a API falhou", ES: "La conexión con la API falló"},
		Meaning: Text{
			EN: "The SDK lost its connection to the API, or could not make it, and does not say at which step: the request may or may not have reached the API.",
			PT: "O SDK perdeu a conexão com a API, ou não conseguiu fazê-la, e não diz em que passo: a requisição pode ter chegado ou não à API.",
			ES: "El SDK perdió la conexión con la API, o no pudo establecerla, y no dice en qué paso: la solicitud puede haber llegado o no a la API.",
		},
		Fix: []Text{
			{EN: "For a write, look the resource up (by your reference or idempotency key) before sending it again; a read may simply be sent again.", PT: "Numa escrita, consulte o recurso (pela sua referência ou chave de idempotência) antes de reenviar; uma leitura pode simplesmente ser repetida.", ES: "En una operación de escritura, consulte el recurso (por su referencia o su clave de idempotencia) antes de volver a enviarla; una lectura puede repetirse sin más."},
			{EN: "If it repeats, check the machine's network (DNS, firewall, proxy, TLS) and the provider's status page.", PT: "Se repetir, verifique a rede da máquina (DNS, firewall, proxy, TLS) e a página de status do provedor.", ES: "Si se repite, revise la red de la máquina (DNS, firewall, proxy, TLS) y la página de estado del proveedor."},
		},
		Retry:    CheckFirst,
		RetryWhy: Text{EN: "The SDK does not say whether the request reached the API, so its outcome is unknown.", PT: "O SDK não diz se a requisição chegou à API, então o resultado é desconhecido.", ES: "El SDK no dice si la solicitud llegó a la API, así que su resultado es desconocido."},
	},
}

// TransportFailure returns the failure below HTTP that text (a log line, a stack trace)
// reports, if any.
func TransportFailure(text string) (Transport, bool) {
	lower, g := grams.Lower(CanonicalCurl(text))
	for i := range transports {
		t := &transports[i]
		if !slices.ContainsFunc(t.Match, func(m string) bool { return g.MayHold(m) && containsAtWordStart(lower, m) }) {
			continue
		}
		if slices.ContainsFunc(t.Requires, func(m string) bool { return !strings.Contains(lower, m) }) {
			continue
		}
		return t.copy(), true
	}
	for _, w := range wrapperPhrases {
		if !g.MayHold(w.phrase) || !containsAtWordStart(lower, w.phrase) {
			continue
		}
		for i := range transports {
			if t := &transports[i]; t.Code == w.code && len(t.Requires) == 0 {
				c := t.copy()
				c.Match = []string{w.phrase}
				return c, true
			}
		}
	}
	return Transport{}, false
}

// copy is t with its own slices, so a caller's changes do not reach the table.
func (t *Transport) copy() Transport {
	c := *t
	c.Match, c.Fix, c.Requires = slices.Clone(t.Match), slices.Clone(t.Fix), slices.Clone(t.Requires)
	return c
}

// wrapperPhrases are a plugin's own words around a failure below HTTP ("Error: Could not
// connect to https://api.conekta.io."), each read as the entry of its code only when no
// entry's phrase matches: the failure it wraps, when the text gives it ("…: cURL error 28:
// Operation timed out", a reset after sending), is the one that says whether anything
// was sent.
var wrapperPhrases = [...]struct{ phrase, code string }{{"could not connect to http", "CONNECT_TIMEOUT"}}

// CanonicalCurl writes cURL's error numbers the one way Match phrases spell them ("curl
// error 60:"), whichever way the paste printed them: "cURL error: [60]" (PHP libraries),
// "cURL error [35]", "cURL error: 28", Guzzle 3's "[curl] 28:" and stripe-php's "Network
// error [errno 77]". Text that prints none is returned as it is.
func CanonicalCurl(text string) string {
	head := text[:min(len(text), 64<<10)]
	// Every form has "rror: " or "rror [" ("[errno " comes after "Network error "): most
	// texts hold neither, and are not copied to be lowered.
	if !strings.Contains(head, "rror: ") && !strings.Contains(head, "rror [") && !strings.Contains(head, "RROR: ") && !strings.Contains(head, "RROR [") &&
		!strings.Contains(head, "[curl] ") {
		return text
	}
	lower := grams.ASCIILower(head) // offsets in lower are offsets in text
	if !strings.Contains(lower, "curl error") && !strings.Contains(lower, "[errno ") && !strings.Contains(lower, "[curl] ") {
		return text
	}
	var b strings.Builder
	last := 0
	// Guzzle 3's CurlException prints "[curl] 7: Failed to connect to …".
	for _, form := range [...]string{"curl error: [", "curl error [", "curl error: ", "network error [errno ", "[curl] "} {
		for off := 0; ; {
			i := strings.Index(lower[off:], form)
			if i < 0 {
				break
			}
			i += off
			j := i + len(form)
			k := j
			for k < len(lower) && lower[k] >= '0' && lower[k] <= '9' {
				k++
			}
			off = j
			if k == j || k-j > 3 || i < last {
				continue
			}
			end := k
			if end < len(lower) && lower[end] == ']' {
				end++
			}
			if end < len(lower) && lower[end] == ':' {
				end++
			}
			b.WriteString(text[last:i])
			b.WriteString("cURL error " + text[j:k] + ":")
			last = end
		}
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// containsAtWordStart reports whether m occurs in s where a word starts: Ruby's
// RestClient::ResourceNotFound holds "enotfound" inside a word, and is no DNS failure.
func containsAtWordStart(s, m string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], m)
		if i < 0 {
			return false
		}
		i += off
		// A phrase that ends in a number is that number, not the start of a longer one:
		// "errno 104" is not MySQL's "[Errno 1045]".
		end := i + len(m)
		longer := m[len(m)-1] >= '0' && m[len(m)-1] <= '9' && end < len(s) && s[end] >= '0' && s[end] <= '9'
		if (i == 0 || !isWordChar(s[i-1]) || !isWordChar(m[0])) && !longer {
			return true
		}
		off = i + 1
	}
}

func isWordChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// TransportSource cites where the runtime codes are documented.
func TransportSource() Text {
	return Text{EN: transportSource, PT: transportSourcePT, ES: transportSourceES}
}
