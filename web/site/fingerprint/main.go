// Command fingerprint gives the page's assets in a built site content-hashed names (see
// site.Fingerprint). ./build.sh site runs it on dist/site after copying the files in:
//
//	go run ./web/site/fingerprint dist/site
package main

import (
	"fmt"
	"log"
	"os"

	"github.com/decifra/decifra/web/site"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: fingerprint DIR")
		os.Exit(2)
	}
	names, err := site.Fingerprint(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("hashed %d assets into %s%s (mapping in %s)\n", len(names), os.Args[1]+"/", site.Immutable, site.AssetsJSON)
}
