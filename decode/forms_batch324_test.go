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
		// A product's descricao in a success is no error's words, nor is an error member
		// that says false.
		for _, paste := range []string{`{"id": 12, "descricao": "Camiseta azul", "valor": 59.9}`,
			`{"error": false, "message": "ok", "data": {"id": 1}}`, `{"erro": false, "mensagem": "Boleto registrado com sucesso"}`} {
			_, err := Explain([]byte(paste), Options{})
			assert.Error(t, err, paste)
		}
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
		// An empty default namespace names no other gateway: Payflow's names stay PayPal's.
		x := explainPaste(t, `<PayflowResult xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns=""><Result>12</Result><RespMSG>Declined</RespMSG><PNRef>VXYZ01234567</PNRef></PayflowResult>`)
		assert.Equal(t, "paypal", providerOf(x))
		assert.Equal(t, "12", x.Code)
		// Payflow's own XMLPay, its namespace in single quotes, is PayPal's.
		x = explainPaste(t, `<XMLPayResponse xmlns='http://www.verisign.com/XMLPay'>
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
	t.Run("a PagSeguro library's namespace, not an app's", func(t *testing.T) {
		// opencart-extension/PagSeguro-Checkout-Transparente#58: ValdeirPsr's library
		// throws PagSeguroRequest for a non-2xx answer.
		x := explainPaste(t, `ValdeirPsr\PagSeguro\Exception\PagSeguroRequest: no arquivo /var/www/html/system/library/PagSeguro/valdeirpsr/pagseguro/src/Request/Sale.php na linha 156`)
		assert.Equal(t, "pagbank", providerOf(x))
		// An app's own namespace that holds the word is no sign of PagBank.
		for _, paste := range []string{
			`App\PagSeguro\Exception\ConfigurationException: PAGSEGURO_TOKEN não configurado no .env`,
			`App\Gateways\PagSeguro\Exception\GatewayException: {"message":"invalid_token","error":"bad_request","status":400,"cause":[{"code":2006,"description":"Card Token not found"}]}`,
		} {
			if x, err := Explain([]byte(paste), Options{}); err == nil {
				assert.NotEqual(t, "pagbank", providerOf(x), paste)
			}
		}
	})
}
