package catalog

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTransportsAreComplete(t *testing.T) {
	for _, tr := range transports {
		assert.NotEmpty(t, tr.Code)
		assert.NotEmpty(t, tr.Match, tr.Code)
		for _, m := range tr.Match {
			assert.Equal(t, strings.ToLower(m), m, "%s: Match phrases are lower-case", tr.Code)
		}
		for _, x := range append([]Text{tr.Title, tr.Meaning, tr.RetryWhy}, tr.Fix...) {
			assert.NotEmpty(t, x.EN, tr.Code)
			assert.NotEmpty(t, x.PT, tr.Code)
			assert.NotEqual(t, x.EN, x.PT, tr.Code)
		}
		// Only a request that may have reached the server leaves its outcome unknown.
		assert.Equal(t, tr.Sent, tr.Retry == CheckFirst, tr.Code)
	}
}

func TestTransportFailure(t *testing.T) {
	for text, want := range map[string]string{
		"Error: connect ETIMEDOUT 52.1.2.3:443":                                                       "CONNECT_TIMEOUT",
		"Error: read ETIMEDOUT":                                                                       "ETIMEDOUT",
		"java.net.SocketTimeoutException: Read timed out":                                             "ETIMEDOUT",
		"java.net.SocketTimeoutException: connect timed out":                                          "CONNECT_TIMEOUT",
		"dial tcp: lookup api.x.test: no such host":                                                   "ENOTFOUND",
		"dial tcp 10.0.0.1:443: connect: connection refused":                                          "ECONNREFUSED",
		"dial tcp 10.0.0.1:443: i/o timeout":                                                          "CONNECT_TIMEOUT",
		"Error: socket hang up":                                                                       "ECONNRESET",
		"read tcp 10.0.0.2:5555->1.2.3.4:443: read: connection reset by peer":                         "ECONNRESET",
		"Error: unable to verify the first certificate":                                               "TLS_ERROR",
		"getaddrinfo EAI_AGAIN api.x.test":                                                            "EAI_AGAIN",
		"upstream connect error or disconnect/reset before headers. reset reason: overflow":           "UPSTREAM_RESET",
		"upstream connect error or disconnect/reset before headers. reset reason: connection failure": "UPSTREAM_RESET",
		// ENOTCONN, as sped-nfe printed it to SEFAZ (nfephp-org/sped-nfe#589) and as Linux
		// says it.
		"An error occurred while trying to communication via soap, Network file descriptor is not connected [https://nfe.sefazrs.rs.gov.br/ws/NfeAutorizacao/NFeAutorizacao4.asmx]": "ECONNRESET",
		"write tcp 10.0.0.2:5555->1.2.3.4:443: write: transport endpoint is not connected":                                                                                          "ECONNRESET",
	} {
		tr, ok := TransportFailure(text)
		if assert.True(t, ok, text) {
			assert.Equal(t, want, tr.Code, text)
		}
	}
	_, ok := TransportFailure("payment created")
	assert.False(t, ok)
	// An account, a reader or a Bluetooth printer that is not connected is no API's socket.
	for _, text := range []string{"The Stripe account acct_123 is not connected to your platform", "Reader is not connected", "java.io.IOException: Socket is not connected"} {
		_, ok := TransportFailure(text)
		assert.False(t, ok, text)
	}
}
