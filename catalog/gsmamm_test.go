package catalog

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMobileMoneyCategoryByName(t *testing.T) {
	want := map[string]int{
		"businessRule":       400,
		"validation":         400,
		"authorisation":      401,
		"identification":     404,
		"internal":           500,
		"serviceUnavailable": 503,
	}
	require.Len(t, mobileMoneyCategories, len(want))
	for name, status := range want {
		c, ok := MobileMoneyCategoryByName(name)
		require.True(t, ok, name)
		assert.Equal(t, name, c.Name)
		assert.Equal(t, status, c.Status, name)
		assert.NotEmpty(t, c.Category, name)
		assert.NotEmpty(t, c.Retry, name)
		assert.NotEmpty(t, c.Title.EN, name)
		assert.NotEmpty(t, c.Title.PT, name)
		assert.NotEmpty(t, c.Meaning.EN, name)
		assert.NotEmpty(t, c.Meaning.PT, name)
		assert.NotEmpty(t, c.RetryWhy.EN, name)
		assert.NotEmpty(t, c.RetryWhy.PT, name)
	}
}

func TestMobileMoneyCategoryByNameUnknown(t *testing.T) {
	// The match is exact: the docs' display names and other casings are not category values.
	for _, name := range []string{"rateLimit", "", "BusinessRule", "Service Unavailable"} {
		_, ok := MobileMoneyCategoryByName(name)
		assert.False(t, ok, name)
	}
}

func TestMobileMoneyCategoryByNameReturnsTableEntry(t *testing.T) {
	c, ok := MobileMoneyCategoryByName("internal")
	require.True(t, ok)
	assert.Equal(t, mobileMoneyCategories[4], c)
	assert.Equal(t, CheckFirst, c.Retry)
}

func TestGSMAMobileMoneyStatusesMatchACategory(t *testing.T) {
	statuses := map[int]bool{}
	for _, c := range mobileMoneyCategories {
		statuses[c.Status] = true
	}
	require.Greater(t, len(gsmaMobileMoney.entries), 2)
	// The first two entries are seed 004's own codes; the rest are the harmonised codes.
	harmonised := gsmaMobileMoney.entries[2:]
	assert.Len(t, harmonised, 38)
	for _, e := range harmonised {
		assert.True(t, e.Status == 0 || statuses[e.Status],
			"%s: status %d is neither 0 nor a GSMA category's status", e.Code, e.Status)
	}
}
