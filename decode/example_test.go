//go:build !js

package decode_test

import (
	"fmt"
	"time"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/decode"
)

func ExampleExplain() {
	paste := []byte(`HTTP/1.1 429 Too Many Requests
Retry-After: 30

{"success":false,"error":{"code":"RATE_LIMITED","message":"Request limit exceeded"},"meta":{"request_id":"req_abc123"}}`)
	x, err := decode.Explain(paste, decode.Options{Lang: catalog.English, Now: time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(x.Provider.ID, x.Code, x.HTTPStatus, x.Retry.Strategy, *x.Retry.AfterSeconds, x.RequestID)
	fmt.Println(x.Title)
	// Output:
	// fluxiq RATE_LIMITED 429 wait 30 req_abc123
	// Request limit exceeded
}

func ExampleExplainAll() {
	log := []byte(`10:00:01 WARN status=409 body={"success":false,"error":{"code":"DUPLICATE_BOLETO","message":"Duplicate boleto"}}
10:00:03 ERROR {"errorCategory":"businessRule","errorCode":"insufficientFunds","errorDescription":"no funds"}`)
	xs, err := decode.ExplainAll(log, decode.Options{Lang: catalog.Spanish})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, x := range xs {
		fmt.Println(x.Code, "·", x.Title, "·", x.Retry.Strategy)
	}
	// Output:
	// DUPLICATE_BOLETO · Boleto duplicado · none
	// insufficientFunds · Fondos insuficientes · fix
}

func ExampleExplain_noError() {
	_, err := decode.Explain([]byte("the payment failed, please help"), decode.Options{})
	fmt.Println(err)
	// Output:
	// no API error found: expected an error response from a payment API: a JSON body, `curl -i` or `curl -v` output, a HAR file, or a log line or stack trace with the JSON body in it; found text with no JSON object and no HTTP status (it begins "the payment failed, please help"). include the response body or the status line; `curl -si URL` prints both
}
