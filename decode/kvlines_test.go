package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestKVBody(t *testing.T) {
	o := kvBody("Object {err: null, response: Object}\nerr: null\nresponse: Object\npaymentResult.pspReference: \"8614570137167924\"\npaymentResult.refusalReason: \"010+Not+allowed\"\npaymentResult.resultCode: \"Refused\"\n")
	require.NotNil(t, o)
	assert.Equal(t, "010 Not allowed", o.str("refusalReason"), "the console's dotted prefix goes, the query escaping is undone")
	assert.Equal(t, "Refused", o.str("resultCode"))
	assert.Equal(t, "8614570137167924", o.str("pspReference"))

	o = kvBody("     \"status\": 403,\n    \"errorCode\": \"010\",\n    \"message\": \"Not allowed\",\n    \"errorType\": \"security\"\n")
	require.NotNil(t, o, "a JSON body's inner lines without braces")
	assert.Equal(t, number("403"), o.get("status"))
	assert.Equal(t, "010", o.str("errorCode"))
	assert.Equal(t, "Not allowed", o.str("message"))

	for _, text := range []string{
		"Error: the card was declined\nStatus: please try again later", // prose after labels
		"host: api.example.com\nport: 8080",                            // settings, no code or status
		"code: 12",                                                     // one line is not a body
		"url: https://api.stripe.com/v1\nstatus => 400\n[code] => card_declined", // PHP's => is the dump readers'
	} {
		assert.Nil(t, kvBody(text), text)
	}
	assert.Equal(t, "2016-10-29T00:51:53.700+0000", formWords("2016-10-29T00:51:53.700+0000"))
}
