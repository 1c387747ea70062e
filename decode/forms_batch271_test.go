package decode

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReadersSixtySecondBatch: what batch 271 of real pastes (Alipay and WeChat Pay as
// Chinese projects print them) asked for, each beside a look-alike that must not trigger it.
func TestReadersSixtySecondBatch(t *testing.T) {
	t.Run("yansongda/pay's gateway error ends with the API's sub_code", func(t *testing.T) {
		// yansongda/pay: "Get Alipay API Error:<msg> - <sub_code>", behind the shop's own
		// ERROR_GATEWAY, with or without a full stop after it.
		for paste, code := range map[string]string{
			"ERROR_GATEWAY: Get Alipay API Error:Business Failed - INVALID_PARAMETER":                                        "INVALID_PARAMETER",
			"Get Alipay API Error:Business Failed - ACQ.INVALID_PARAMETER.":                                                  "ACQ.INVALID_PARAMETER",
			"支付网关异常！ERROR_GATEWAY: Get Alipay API Error:Invalid Arguments - isv.invalid-signature":                           "isv.invalid-signature",
			"ERROR_GATEWAY: Get Alipay API Error:Service Currently Unavailable - aop.SYSTEM_ERROR\n#0 /vendor/yansongda/pay": "aop.SYSTEM_ERROR",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, code, x.Code, paste)
			assert.Nil(t, x.Provider, paste)
		}
		// What follows the first " - " after another API's "API Error:" is words, a date or
		// a status, not a code; a code before it is still found (a review's look-alikes).
		x := explainPaste(t, "PayPal API Error: 2024-01-05 - request failed")
		assert.Empty(t, x.Code)
		for paste, code := range map[string]string{
			"PayPal API Error: 10002 - Security error - 3":                        "10002",
			"API Error: E00027 - The transaction was unsuccessful - req_8fKz3abc": "E00027",
			"Stripe API Error: card_declined - 2024-06-01":                        "card_declined",
		} {
			x = explainPaste(t, paste)
			assert.Equal(t, code, x.Code, paste)
		}
		x = explainPaste(t, "Shopify API Error: Not Found - 404")
		assert.NotEqual(t, "404", x.Code)
		x = explainPaste(t, `[2025-06-17 21:21:14] MercadoPago API Error: HTTP 400 - Response: {"message":"auto_return invalid. back_url.success must be defined","error":"invalid_auto_return","status":400,"cause":null}`)
		assert.Equal(t, "invalid_auto_return", x.Code)
	})
	t.Run("Chinese labels of an error code", func(t *testing.T) {
		// babyinbook's cashier: "错误码：TRADE_HAS_SUCCESS"; WxJava: "错误代码：[NO_AUTH]".
		for paste, code := range map[string]string{
			"交易已经支付\n错误码：TRADE_HAS_SUCCESS":  "TRADE_HAS_SUCCESS",
			"错误代码：[NO_AUTH]，错误详情：[产品权限验证失败]": "NO_AUTH",
			"错误码：1001，请稍后再试":                 "1001",
		} {
			x := explainPaste(t, paste)
			assert.Equal(t, code, x.Code, paste)
		}
	})
	t.Run("already paid, in Chinese, is a final state", func(t *testing.T) {
		// WeChat Pay's ORDERPAID "该订单已支付": paying again cannot succeed.
		x := explainPaste(t, `{"return_code":"SUCCESS","result_code":"FAIL","err_code":"ORDERPAID","err_code_des":"该订单已支付"}`)
		assert.Equal(t, "none", string(x.Retry.Strategy))
		// An order that does not exist, or an amount paid that does not match, is to be
		// corrected, not a final state.
		for _, des := range []string{"订单不存在", "已支付金额与订单金额不一致", "用户账户余额不足，已支付失败"} {
			x = explainPaste(t, `{"return_code":"SUCCESS","result_code":"FAIL","err_code":"ORDERNOTEXIST","err_code_des":"`+des+`"}`)
			assert.Equal(t, "fix", string(x.Retry.Strategy), des)
		}
	})
}
