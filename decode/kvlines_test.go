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
		"foreach ($errors as $code => $message) {\n$status => 400",     // PHP code, its names behind $
	} {
		assert.Nil(t, kvBody(text), text)
	}
	// WHMCS's gateway log writes an array's members unquoted, nested by indent.
	o = kvBody("json => \n    pix_create_request => \n        result => reject\n        response_message => O valor do pix esta abaixo do minimo permitido de R$ 3,00.\n        http_code => 200")
	require.NotNil(t, o)
	assert.Equal(t, "reject", o.str("result"))
	assert.Equal(t, number("200"), o.get("http_code"))
	// print_r's and dd()'s member lines pasted without the array or object around them.
	o = kvBody("[L_ERRORCODE0] => 10486\n    [L_SHORTMESSAGE0] => This transaction couldn't be completed.\n    [L_SEVERITYCODE0] => Error")
	require.NotNil(t, o)
	assert.Equal(t, number("10486"), o.get("L_ERRORCODE0"))
	assert.Equal(t, "This transaction couldn't be completed.", o.str("L_SHORTMESSAGE0"))
	o = kvBody("#errorCode: \"resource_missing\"\n  #errorType: \"invalid_request_error\"\n  #message: \"No such plan: 'Gold'\"")
	require.NotNil(t, o)
	assert.Equal(t, "resource_missing", o.str("errorCode"))
	assert.Equal(t, "2016-10-29T00:51:53.700+0000", formWords("2016-10-29T00:51:53.700+0000"))
}
