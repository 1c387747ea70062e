//go:build js && workertest

package main

// The test-only paths, in builds with the workertest tag (localrun.BuildWorker makes them
// for the end-to-end tests, the soak and the benchmark); `./build.sh worker` never builds
// them, so no deployed Worker answers them.
//
//	GET  /_test/memory   {"bytes": N, "instance": I}: the length of Go's linear memory
//	                     (the instance's exported mem buffer) and which program this is
//	                     (1 for the isolate's first, 2 after one died, …)
//	POST /_test/panic    the program panics while serving
//	POST /_test/exhaust  the program allocates until it runs out of memory

import (
	"strconv"
	"syscall/js"

	"github.com/decifra/decifra/web/api"
)

// hoard keeps what /_test/exhaust allocates.
var hoard [][]byte

func init() {
	testHook = func(binding js.Value, r *api.Request) *api.Response {
		switch r.Path {
		case "/_test/memory":
			body := `{"bytes":` + strconv.Itoa(binding.Call("memoryBytes").Int()) +
				`,"instance":` + strconv.Itoa(binding.Get("instance").Int()) + "}\n"
			return &api.Response{Status: 200, Header: [][2]string{{"Content-Type", "application/json"}, {"Cache-Control", "no-store"}}, Body: []byte(body)}
		case "/_test/panic":
			panic("test-only panic (POST /_test/panic)")
		case "/_test/exhaust":
			for {
				hoard = append(hoard, make([]byte, 64<<20))
			}
		}
		return nil
	}
}
