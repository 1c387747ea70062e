//go:build !textpack

// Stone is built from public sources only: https://docs.openbank.stone.com.br. Every entry cites the page, SDK file or
// recorded response it was verified in; where no source gives a meaning, there is no entry.

package catalog

// stone is Stone.
var stone = Provider{
	id:                "stone",
	name:              "Stone",
	docsURL:           "https://docs.openbank.stone.com.br",
	hosts:             []string{"api.openbank.stone.com.br", "sandbox-api.openbank.stone.com.br", "accounts.openbank.stone.com.br", "sandbox-accounts.openbank.stone.com.br"},
	envelope:          Text{EN: "Error body: {\"type\", \"message\", \"request_id\", \"validation_errors\": [{\"error\", \"path\": [segments]}], \"reason\": [...]}.", PT: "Corpo de erro: {\"type\", \"message\", \"request_id\", \"validation_errors\": [{\"error\", \"path\": [segmentos]}], \"reason\": [...]}.", ES: "Cuerpo de error: {\"type\", \"message\", \"request_id\", \"validation_errors\": [{\"error\", \"path\": [segmentos]}], \"reason\": [...]}."},
	idempotencyHeader: "x-stone-idempotency-key",
	source:            "https://github.com/stone-payments/merchant-go-stone-openbank/blob/591825ef1b1bd722fcc70378db1d520518e772ac/client.go (ErrorResponse, TransferError, x-stone-idempotency-key, hosts), mockoon_config.json",
	cues: []Cue{
		{Text: "stone-openbank", Kind: SDKPath},
		// Stone's card SDKs: the iOS SDK's NSError domain ("Error Domain=br.com.stone.StoneSDK
		// Code=306") and the Android SDK's packages, in its stack traces.
		{Text: "br.com.stone.", Kind: SDKClass},
		{Text: "at stone.providers.", Kind: SDKPath},
		// react-native-stone-pos's native module, in React Native's "Could not invoke
		// StonePOS.initSDK".
		{Text: "StonePOS.", Kind: SDKClass},
	},
	entries: []Entry{},
}
