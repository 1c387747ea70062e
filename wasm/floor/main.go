//go:build js

// Command floor is the smallest Go wasm a page can load: it registers one function and
// waits. ./build.sh bench-page loads it next to the page's wasm, so the page's load time
// is read against what any Go wasm costs. It loads in two pages: the floor page
// (floor.js defines globalThis.floor), and the shell, the page's own index.html, CSS and
// JavaScript with this wasm in decifra.wasm's place (decifra.js defines
// globalThis.decifra, whose _attach takes explain, redact, explainAll and loadText; the
// shell's loadText takes the language's prose pack and, like the page's, answers no
// error, so the shell is ready when the page would be).
package main

import "syscall/js"

func main() {
	fn := js.FuncOf(func(js.Value, []js.Value) any { return "ok" })
	if floor := js.Global().Get("floor"); floor.Type() == js.TypeObject {
		floor.Call("_attach", fn)
	} else {
		loadText := js.FuncOf(func(js.Value, []js.Value) any { return nil })
		js.Global().Get("decifra").Call("_attach", fn, fn, fn, loadText)
	}
	select {}
}
