package decode

import (
	"strconv"
	"strings"

	"github.com/decifra/decifra/catalog"
)

// Asaas: {errors: [{code, description}]} and nothing else.
var asaasReader = reader{provider: catalog.Asaas, score: scoreAsaas, read: readAsaas}

func scoreAsaas(f *facts, c *codeOwners) []signal {
	item, alone := asaasItem(f.body)
	if item == nil {
		return nil
	}
	var s []signal
	code := item.str("code")
	switch {
	case !alone:
		s = with(s, 2, catalog.SaidErrorsCodeDescriptionNothingElse)
	case portugueseWords(item.str("description")) && !isNumber(code) && (catalog.Asaas.Documents(code) && len(catalog.Owners(code)) == 1 || strings.HasPrefix(code, "invalid_")):
		// One of its errors printed alone, without the list around it (an app's log of
		// errors[0]): the envelope is gone, so only its code and words speak for it.
		s = with(s, 1.5, catalog.SaidCodeDescriptionNothingElseOne)
	default:
		return nil
	}
	if catalog.Asaas.Documents(code) {
		s = withf(s, 1, catalog.SaidCodeAsaas, nil, code)
	} else if strings.HasPrefix(code, "invalid_") && portugueseWords(item.str("description")) {
		// Asaas names a bad field's code after the field (invalid_object, invalid_mobilePhone)
		// and says what is wrong in Portuguese: "O campo successUrl é inválido."
		s = withf(s, 1.5, catalog.SaidCodeDescriptionPortugueseAsaasWay, nil, code)
	}
	return s
}

// portugueseWords reports whether s is written in Portuguese, by letters and words that
// Spanish and English don't use (looksPortuguese also takes Spanish's accented words and
// the words both languages share, "campo", "inválido"): "deve ser" (Spanish writes "debe
// ser", Italian "deve essere") and "Informe o" (Spanish "Informe el").
func portugueseWords(s string) bool {
	for _, w := range [...]string{"ã", "õ", "ç", "ê", " é ", "não", "já ", " deve ser ", "Informe o "} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// asaasItem is the first of Asaas's errors in b: errors[0] of its envelope, or b itself
// when it is one error alone ({code, description} and nothing else; alone says so).
func asaasItem(b *object) (item *object, alone bool) {
	if item = firstItem(b, "errors"); item != nil {
		if !item.has("code") || !item.has("description") || len(b.members) != 1 {
			return nil, false
		}
		return item, false
	}
	if b != nil && len(b.members) == 2 && b.str("code") != "" && b.str("description") != "" {
		return b, true
	}
	return nil, false
}

func readAsaas(f *facts, p *catalog.Provider) reading {
	item, _ := asaasItem(f.body)
	if item == nil {
		item = firstItem(f.body, "errors") // its envelope with more beside it, credited by its host
	}
	code := item.str("code")
	if code == "" && f.status != 0 {
		code = strconv.Itoa(f.status) // Asaas keys body-less errors by status
	}
	r := lookup(p, code)
	r.message = item.str("description")
	// Asaas lists every problem of the request; the card explains the first, and says
	// what the others are.
	if list, _ := f.body.get("errors").([]any); len(list) > 1 {
		var more []string
		for _, v := range list[1:] {
			if o, ok := v.(*object); ok && o.str("code") != "" {
				more = append(more, o.str("code")+": "+o.str("description"))
			}
		}
		r.details = strings.Join(more, "\n")
	}
	return r
}
