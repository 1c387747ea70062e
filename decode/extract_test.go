package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCurlMethod(t *testing.T) {
	for line, want := range map[string]string{
		"$ curl -i https://x.test/a":                     "GET",
		"curl -si -X POST https://x.test/a":              "POST",
		"$ curl -XDELETE https://x.test/a":               "DELETE",
		"$ curl --request put https://x.test/a":          "PUT",
		"$ curl -i https://x.test/a -d '{\"amount\":1}'": "POST",
		"$ curl --data-raw '{}' https://x.test/a":        "POST",
		"$ curl -I https://x.test/a":                     "HEAD",
		"# curl -F file=@a.txt https://x.test/upload":    "POST",
		"HTTP/1.1 200 OK":                                "",
		"curling is a sport":                             "",
		"$ curlx -X POST":                                "",
	} {
		assert.Equal(t, want, curlMethod(line), line)
	}
}
