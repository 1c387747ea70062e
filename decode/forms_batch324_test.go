package decode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersBatch324: what batches 323 and 324 of real pastes and the copying variants
// asked for, each beside a look-alike that must not trigger it.
func TestReadersBatch324(t *testing.T) {
	t.Run("a Portuguese list of errors under erro, its words under descricao", func(t *testing.T) {
		// OpenAC-Net/OpenAC.Net.NFSe.Nacional#17: the national NFS-e's answer.
		x := explainPaste(t, `{"tipoAmbiente": 2, "versaoAplicativo": "SefinNacional_1.5.0", "erro": [{"codigo": "RNG6110", "descricao": "Falha Schema Xml", "complemento": "The 'Id' attribute is invalid"}]}`)
		assert.Nil(t, x.Provider)
		assert.Equal(t, "RNG6110", x.Code)
		assert.Equal(t, "Falha Schema Xml", x.Message)
		// São Paulo's NFS-e as an object: its description is its message.
		x = explainPaste(t, `{"Erro": {"Codigo": 1009, "Descricao": "Assinatura Digital da NFTS incorreta"}}`)
		assert.Equal(t, "1009", x.Code)
		assert.Equal(t, "Assinatura Digital da NFTS incorreta", x.Message)
		// A product's descricao in a success is no error's words.
		_, err := Explain([]byte(`{"id": 12, "descricao": "Camiseta azul", "valor": 59.9}`), Options{})
		assert.Error(t, err)
	})
	t.Run("another gateway's namespace, whatever its quotes", func(t *testing.T) {
		// TPISoft's SmartPayments answers in Payflow's names (Result, RespMSG) under a
		// namespace of its own: not PayPal's when an editor curls its quotes or a JSON
		// string escapes them.
		xml := `<Response xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://TPISoft.com/SmartPayments/">
  <Result>110</Result>
  <RespMSG>Duplicate Transaction</RespMSG>
  <Message>Duplicate transaction</Message>
  <PNRef>837614</PNRef>
</Response>`
		curled := strings.NewReplacer(`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`, "xmlns:xsi=\u201chttp://www.w3.org/2001/XMLSchema-instance\u201d",
			`xmlns="http://TPISoft.com/SmartPayments/"`, "xmlns=\u201chttp://TPISoft.com/SmartPayments/\u201d").Replace(xml)
		escaped := `{"level":"error","response":"` + strings.NewReplacer(`"`, `\"`, "\n", `\n`).Replace(xml) + `"}`
		for _, paste := range []string{xml, curled, escaped} {
			x := explainPaste(t, paste)
			assert.NotEqual(t, "paypal", providerOf(x), paste)
		}
		// Payflow's own XMLPay, its namespace in single quotes, is PayPal's.
		x := explainPaste(t, `<XMLPayResponse xmlns='http://www.verisign.com/XMLPay'>
  <ResponseData>
    <Vendor>TEST</Vendor>
    <Partner>verisign</Partner>
    <TransactionResults>
      <TransactionResult>
        <Result>7</Result>
        <Message>Field format error: Invalid Token</Message>
      </TransactionResult>
    </TransactionResults>
  </ResponseData>
</XMLPayResponse>`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "7", x.Code)
	})
}
