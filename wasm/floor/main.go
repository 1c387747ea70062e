//go:build js

// Command floor is the smallest Go wasm a page can load: it registers one function and
// waits. ./build.sh bench-page loads it next to the page's wasm, so the page's load time
// is read against what any Go wasm costs.
package main

import "syscall/js"

func main() {
	js.Global().Get("floor").Call("_attach", js.FuncOf(func(js.Value, []js.Value) any { return "ok" }))
	select {}
}
