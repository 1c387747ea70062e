package decode

import (
	"strings"

	"github.com/decifra/decifra/catalog"
)

// The banks' Pix APIs follow the Central Bank's API Pix and add their own gateway and
// OAuth errors. A bank is told by its host and its own envelope; an API Pix problem on
// its host is the bank's, explained by the Central Bank's problem type.
var (
	bbReader        = reader{provider: catalog.BancoDoBrasil, score: scoreBB, read: readBB}
	interReader     = reader{provider: catalog.Inter, score: scoreInter, read: readBankPix}
	itauReader      = reader{provider: catalog.Itau, score: scoreItau, read: readBankPix}
	sicoobReader    = reader{provider: catalog.Sicoob, score: scoreSicoob, read: readSicoob}
	santanderReader = reader{provider: catalog.Santander, score: bankPixOnly(catalog.Santander), read: readBankPix}
	bradescoReader  = reader{provider: catalog.Bradesco, score: scoreBradesco, read: readBankPix, failure: bradescoFailure}
)

// bankPixOnly scores a bank known only by its host: its API Pix problems.
func bankPixOnly(p *catalog.Provider) func(f *facts, c *codeOwners) []signal {
	return func(f *facts, c *codeOwners) []signal { return implementsAPIPix(f, p) }
}

// scoreBradesco: its boleto registration answers {"cdErro": "810", "msgErro": "Erro
// Certificado / …"} (https://github.com/vitorccs/bradesco-api-php/issues/16,
// https://github.com/BoletoNet/boletonet/issues/306), beside its API Pix problems.
func scoreBradesco(f *facts, c *codeOwners) []signal {
	var s []signal
	if f.body.has("cdErro") && f.body.has("msgErro") {
		s = with(s, 2.5, catalog.SaidCdErroMsgErroBradesco)
	}
	return append(s, implementsAPIPix(f, catalog.Bradesco)...)
}

// bradescoFailure: a registration's cdErro other than 0 ("REGISTRO EFETUADO COM SUCESSO")
// is its failure, whatever its words ("TITULO JA CADASTRADO").
func bradescoFailure(o *object) bool {
	cd := scalarText(o.get("cdErro"))
	return cd != "" && strings.Trim(cd, "0") != "" && o.has("msgErro")
}

func scoreBB(f *facts, c *codeOwners) []signal {
	b := f.body
	var s []signal
	// Its items name the occurrence (and the version): Focus NFe's fiscal errors are
	// erros[{codigo, mensagem, correcao}] too.
	if e := firstItem(b, "erros"); e.has("codigo") && e.has("mensagem") && (e.has("ocorrencia") || e.has("versao")) {
		s = with(s, 3, catalog.SaidErrosCodigoMensagemOcorrenciaBanco)
	}
	// Its gateway's 401 is any hapi server's (Boom's {statusCode, error, message,
	// attributes}: Auth0's "Invalid token", WooCommerce's): only with its own message
	// ("Bad Credentials") or beside its own header.
	if b.has("statusCode") && b.has("error") && b.has("attributes") && (catalog.BancoDoBrasil.Documents(b.str("message")) || strings.Contains(f.lower, "gw-dev-app-key")) {
		s = with(s, 2.5, catalog.SaidStatusCodeErrorMessageAttributesBanco)
	}
	if strings.Contains(f.lower, "gw-dev-app-key") {
		s = with(s, 1.5, catalog.SaidGwDevAppKeyBanco)
	}
	return append(s, implementsAPIPix(f, catalog.BancoDoBrasil)...)
}

func readBB(f *facts, p *catalog.Provider) reading {
	if r, ok := apiPixReading(f); ok {
		return r
	}
	if e := firstItem(f.body, "erros"); e != nil {
		r := lookup(p, codeString(e.get("codigo")))
		r.message = e.str("mensagem")
		return r
	}
	r := lookup(p, f.body.str("message"))
	if r.k == nil {
		r = lookup(p, f.code)
	}
	return r
}

func scoreInter(f *facts, c *codeOwners) []signal {
	b := f.body
	var s []signal
	if b.has("title") && b.has("timestamp") && b.has("violacoes") && !b.has("type") {
		s = with(s, 3, catalog.SaidTitleDetailTimestampViolacoesWithout)
	}
	return append(s, implementsAPIPix(f, catalog.Inter)...)
}

func scoreItau(f *facts, c *codeOwners) []signal {
	if strings.HasSuffix(f.body.str("message"), "filter failed") && len(f.body.members) == 1 {
		return with(nil, 2, catalog.SaidLoneMessageFilterFailedIta)
	}
	return implementsAPIPix(f, catalog.Itau)
}

func scoreSicoob(f *facts, c *codeOwners) []signal {
	var s []signal
	if m := firstItem(f.body, "mensagens"); m.has("mensagem") && m.has("codigo") {
		s = with(s, 3, catalog.SaidMensagensMensagemCodigoSicoobS)
	}
	return append(s, implementsAPIPix(f, catalog.Sicoob)...)
}

func readSicoob(f *facts, p *catalog.Provider) reading {
	if m := firstItem(f.body, "mensagens"); m != nil {
		r := lookup(p, codeString(m.get("codigo")))
		r.message = m.str("mensagem")
		return r
	}
	return readBankPix(f, p)
}

// readBankPix reads a bank's answer: an API Pix problem by the Central Bank's type,
// else the bank's own code (a title or message, for banks whose errors carry no code).
func readBankPix(f *facts, p *catalog.Provider) reading {
	if r, ok := apiPixReading(f); ok {
		return r
	}
	for _, c := range [...]string{f.code, f.body.str("title"), f.body.str("message")} {
		if r := lookup(p, c); r.k != nil {
			return r
		}
	}
	return lookup(p, f.code)
}
