// Command serve serves the static site on the loopback interface as a static host
// should (web/site.Handler): the page's security headers, application/wasm for the wasm,
// each file's precompressed .br or .gz by Accept-Encoding, and the content-hashed
// assets cached for good. The page is at /, the embeddable explainer's demo portal at
// /demo/. ./build.sh serve builds the site and runs it:
//
//	serve -dir dist/site -addr 127.0.0.1:8080
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/decifra/decifra/web/site"
)

func main() {
	dir := flag.String("dir", "dist/site", "directory to serve")
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	flag.Parse()
	if _, err := os.Stat(filepath.Join(*dir, "index.html")); err != nil {
		log.Fatalf("serve: %s has no index.html: run ./build.sh site", *dir)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatalf("serve: %v", err)
	}
	srv := &http.Server{Handler: site.Handler(*dir), ReadHeaderTimeout: 10 * time.Second}
	fmt.Printf("serving %s on http://%s/ (Ctrl-C stops)\n", *dir, ln.Addr())
	if _, err := os.Stat(filepath.Join(*dir, "demo", "index.html")); err == nil {
		fmt.Printf("the embeddable explainer in a demo portal: http://%s/demo/\n", ln.Addr())
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		_ = srv.Shutdown(shutdown)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Fatalf("serve: %v", err)
	}
}
