//go:build !textpack

// Juno is built from public sources only: its SDKs. Every entry cites the page, SDK file or
// recorded response it was verified in; where no source gives a meaning, there is no entry.

package catalog

// juno is Juno.
var juno = Provider{
	id:       "juno",
	name:     "Juno",
	hosts:    []string{"api.juno.com.br", "sandbox.boletobancario.com"},
	envelope: Text{EN: "A Spring-style body {\"timestamp\", \"status\", \"error\", \"path\", \"details\": [{\"message\", \"errorCode\", \"field\"}]}.", PT: "Um corpo no estilo Spring {\"timestamp\", \"status\", \"error\", \"path\", \"details\": [{\"message\", \"errorCode\", \"field\"}]}.", ES: "Un cuerpo al estilo Spring {\"timestamp\", \"status\", \"error\", \"path\", \"details\": [{\"message\", \"errorCode\", \"field\"}]}."},
	source:   "https://github.com/jetimob/juno-sdk-php-laravel/blob/17c0dd65fedf976878dbf3e9016c3b56ba6768b4/src/Exception/JunoRequestException.php, src/Entity/ErrorDetail.php, config/juno.php",
	cues: []Cue{
		{Text: "JunoRequestException", Kind: SDKClass},
		{Text: "juno-sdk", Kind: SDKPath},
		{Text: "Juno", Kind: Name},
	},
	entries: []Entry{},
}
