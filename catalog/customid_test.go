package catalog

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// validID checks by hand what idPattern says (the schema's pattern).
func TestValidIDIsThePattern(t *testing.T) {
	re := regexp.MustCompile(idPattern)
	for _, id := range []string{"", "a", "ab", "acmepay", "banco-exemplo", "pix2", "Acme", "9pay", "a_b", "a b", "-ab",
		"a23456789012345678901234567890123456789", "a234567890123456789012345678901234567890", "ação", "ab\n"} {
		assert.Equal(t, re.MatchString(id), validID(id), "%q", id)
	}
}
