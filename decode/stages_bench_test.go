package decode

import (
	"testing"
)

// BenchmarkExplainStages times each step of Explain on the 1 KB body, to see where the time goes.
func BenchmarkExplainStages(b *testing.B) {
	in := benchInputs()[0].in
	b.Run("prepare", func(b *testing.B) {
		for b.Loop() {
			prepare(in, "")
		}
	})
	masked, _, _ := prepare(in, "")
	b.Run("extract", func(b *testing.B) {
		for b.Loop() {
			extract(masked)
		}
	})
	p := extract(masked)
	b.Run("read", func(b *testing.B) {
		for b.Loop() {
			read(&p, masked, false, nil)
		}
	})
	f, _ := read(&p, masked, false, nil)
	b.Run("identify", func(b *testing.B) {
		for b.Loop() {
			identify(f, "")
		}
	})
	id := identify(f, "")
	b.Run("know", func(b *testing.B) {
		for b.Loop() {
			know(f, id)
		}
	})
	kn := know(f, id)
	a := advise(f, kn, Clock{})
	b.Run("say", func(b *testing.B) {
		for b.Loop() {
			say("en", pasteRead{}, f, id, kn, a)
		}
	})
}
