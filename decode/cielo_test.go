package decode

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/decifra/decifra/catalog"
)

// Cielo's Webservice 1.5 answers <erro xmlns="http://ecommerce.cbmp.com.br"> with
// <codigo> and <mensagem>; SDKs print it as {"erro": {"codigo", "mensagem"}}. Other
// Brazilian APIs say codigo and mensagem too: the wrapper alone claims nothing, a code of
// the manual's table in it does, and the namespace is decisive.
func TestCieloWebservice15Erro(t *testing.T) {
	cases := []struct {
		name, input, provider, code, strategy, reason string
	}{
		{"xml with namespace", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<erro xmlns=\"http://ecommerce.cbmp.com.br\">\n  <codigo>001</codigo>\n  <mensagem><![CDATA[O XML informado nao e valido:- string value '' does not match pattern for type of valor element in DadosPedido]]>\n  </mensagem>\n</erro>",
			"cielo", "001", "fix", "the manual's own example: the namespace is Cielo's alone"},
		{"xml namespace, code not in the table", `<erro xmlns="http://ecommerce.cbmp.com.br"><codigo>999</codigo><mensagem>Falha</mensagem></erro>`,
			"cielo", "999", "", "the namespace decides even for a code the manual does not list"},
		{"xml without namespace", `<erro><codigo>098</codigo><mensagem>Timeout</mensagem></erro>`,
			"cielo", "098", "check_first", "the <erro> element and a code of the table"},
		{"ruby hash", `{:erro=>{:codigo=>"097", :mensagem=>"Sistema indisponível"}}`,
			"cielo", "097", "backoff", "the gem's Hash of the parsed XML"},
		{"json", `{"erro":{"codigo":"099","mensagem":"Erro inesperado"}}`,
			"cielo", "099", "check_first", "the wrapper and a code of the table"},
		{"json numeric codigo", `{"erro":{"codigo":2,"mensagem":"Credenciais inválidas"}}`,
			"", "2", "", "a number alone in the wrapper needs a second sign"},
		{"numeric codigo with cielo's message", `{"erro":{"codigo":1,"mensagem":"O XML informado não é valido: Invalid decimal value"}}`,
			"cielo", "001", "fix", "the number with Cielo's own message for it, read as the table writes it"},
		{"look-alike: unknown code in the wrapper", `{"erro":{"codigo":"123","mensagem":"Erro ao processar a requisição"}}`,
			"", "123", "", "erro{codigo, mensagem} alone is anybody's"},
		{"look-alike: bare codigo and mensagem", `{"codigo":"002","mensagem":"Credenciais inválidas"}`,
			"", "002", "", "a bare {codigo, mensagem} with a code of the table is not enough"},
		{"look-alike: efí", `{"nome":"valor_invalido","mensagem":"O valor informado é inválido"}`,
			"efi", "valor_invalido", "", "Efí's nome/mensagem"},
		{"look-alike: sicoob", `{"mensagens":[{"mensagem":"Erro de validação","codigo":"001"}]}`,
			"sicoob", "001", "", "Sicoob's mensagens list, even with a code Cielo's table has"},
		{"look-alike: banco do brasil", `{"erros":[{"codigo":"002","versao":"1","mensagem":"Credenciais inválidas","ocorrencia":"x"}]}`,
			"bb", "002", "", "Banco do Brasil's erros list"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x, err := Explain([]byte(c.input), Options{Now: clockOf(time.Now())})
			require.NoError(t, err)
			if c.provider == "" {
				assert.Nil(t, x.Provider, c.reason)
			} else if assert.NotNil(t, x.Provider, c.reason) {
				assert.Equal(t, c.provider, x.Provider.ID, c.reason)
			}
			assert.Equal(t, c.code, x.Code, c.reason)
			if c.strategy != "" {
				assert.Equal(t, c.strategy, string(x.Retry.Strategy), c.reason)
			}
		})
	}
}

// The evidence of a Webservice 1.5 error says why, in every language.
func TestCieloWebservice15Evidence(t *testing.T) {
	in := []byte(`<erro xmlns="http://ecommerce.cbmp.com.br"><codigo>002</codigo><mensagem>Credenciais inválidas</mensagem></erro>`)
	for _, lang := range catalog.Langs {
		x, err := Explain(in, Options{Lang: lang})
		require.NoError(t, err)
		require.NotNil(t, x.Provider)
		assert.Equal(t, "cielo", x.Provider.ID)
		assert.Contains(t, x.Provider.Evidence[0], "ecommerce.cbmp.com.br", string(lang))
		assert.Equal(t, "002", x.Code)
		assert.Equal(t, "authentication", string(x.Category))
		assert.Equal(t, "Credenciais inválidas", x.Message)
	}
}
