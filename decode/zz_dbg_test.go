package decode

import (
	"fmt"
	"os"
	"testing"

	"github.com/decifra/decifra/internal/fixtures"
)

func TestZZDbg(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("F"))
	masked, _, _ := prepare(b, "")
	p := extract(masked)
	f, nf := read(&p, masked, false, nil)
	if nf != nil {
		fmt.Println("noerror")
		return
	}
	fmt.Printf("format=%s prose=%v code=%q msg=%q status=%d keys=%v\n", p.format, p.prose, f.code, f.message, f.status, p.body.keys())
	for _, s := range detect(f, "") {
		fmt.Printf("%s %.2f\n", s.provider.ID(), s.score)
		for _, e := range s.evidence {
			fmt.Printf("   %.2f %s\n", e.weight, e.words().EN)
		}
	}
}

func TestZZBatch(t *testing.T) {
	dir := os.Getenv("DIR")
	if dir == "" {
		t.Skip()
	}
	all, err := fixtures.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	passed, checks, unread := 0, 0, 0
	for _, fx := range all {
		c := scoreOne(fx)
		passed += c.passed
		checks += c.checks
		if c.noError {
			unread++
		}
		if len(c.misses) > 0 || c.noError || c.falseClaim != "" {
			fmt.Printf("%s [%s] unread=%v claim=%q %v\n", fx.Name, c.form, c.noError, c.falseClaim, c.misses)
		}
	}
	fmt.Printf("pastes %d score %.3f (%d/%d) unread %d\n", len(all), float64(passed)/float64(checks), passed, checks, unread)
}
