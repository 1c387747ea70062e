package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/decifra/decifra/catalog"
	"github.com/decifra/decifra/internal/catimport"
)

const catalogUsage = `usage: decifra catalog check FILE...
       decifra catalog import [flags] DOCUMENT > my-api.json

check validates custom catalogs (decifra-catalog.schema.json): exit 0 when every one
is valid, 1 with every problem of each otherwise.

import writes a starting catalog from an OpenAPI 3 document (YAML or JSON) or an API
Evangelist-style errors/*.yml file; what it could not fill in (meanings, fixes, guessed
categories) is listed on standard error.

Flags of import:
`

// runCatalog is `decifra catalog`.
func runCatalog(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		fmt.Fprint(stderr, catalogUsage)
		importFlags(stderr).PrintDefaults()
		if len(args) == 0 {
			return exitUsage
		}
		return exitExplained
	}
	switch args[0] {
	case "check":
		return checkCatalogs(args[1:], stdout, stderr)
	case "import":
		return importCatalog(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "decifra: catalog check or catalog import, not %q\n", args[0])
	return exitUsage
}

func checkCatalogs(files []string, stdout, stderr io.Writer) int {
	if len(files) == 0 {
		fmt.Fprintln(stderr, "decifra: catalog check needs a FILE (or - for standard input)")
		return exitUsage
	}
	code := exitExplained
	for _, name := range files {
		data, err := readCatalogFile(name)
		var p *catalog.Provider
		if err == nil {
			p, err = catalog.ParseCatalog(data, name)
		}
		if err != nil {
			reportCatalogError(stderr, err)
			code = exitNoError
			continue
		}
		line := name + ": ok: " + p.ID() + " (" + p.Name(catalog.English) + "), " + plural(p.Len(), "code")
		if p.Overrides() {
			line += ", consulted before the built-in " + p.ID()
		}
		fmt.Fprintln(stdout, line)
	}
	return code
}

type importOptions struct {
	fs               *flag.FlagSet
	id, name, langTo *string
}

func importFlags(stderr io.Writer) importOptions {
	fs := flag.NewFlagSet("decifra catalog import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	return importOptions{fs: fs,
		id:     fs.String("id", "", "the provider id (default: made from the document's title)"),
		name:   fs.String("name", "", "the provider's name (default: the document's title)"),
		langTo: fs.String("doc-lang", "", "the language the document is written in: en, pt-BR or es (default: guessed)"),
	}
}

func (o importOptions) PrintDefaults() { o.fs.PrintDefaults() }

func importCatalog(args []string, stdout, stderr io.Writer) int {
	o := importFlags(stderr)
	o.fs.Usage = func() {
		fmt.Fprint(stderr, catalogUsage)
		o.fs.PrintDefaults()
	}
	rest, err := parseInterspersed(o.fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitExplained
		}
		return exitUsage
	}
	if len(rest) != 1 {
		fmt.Fprintln(stderr, "decifra: catalog import takes one DOCUMENT (an OpenAPI 3 file or an errors/*.yml file)")
		return exitUsage
	}
	var lang catalog.Lang
	if *o.langTo != "" {
		l, ok := chooseLang(*o.langTo, func(string) string { return "" })
		if !ok {
			fmt.Fprintf(stderr, "decifra: --doc-lang must be en, pt-BR or es, got %q\n", *o.langTo)
			return exitUsage
		}
		lang = l
	}
	name := rest[0]
	var data []byte
	if name == "-" {
		data, err = io.ReadAll(os.Stdin)
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		fmt.Fprintf(stderr, "decifra: cannot read %s: %v\n", name, errors.Unwrap(err))
		return exitUsage
	}
	r, err := catimport.Import(data, catimport.Options{Origin: filepath.Base(name), ID: *o.id, Name: *o.name, Lang: lang})
	if err != nil {
		fmt.Fprintf(stderr, "decifra: %s: %v\n", name, err)
		return exitNoError
	}
	stdout.Write(r.Catalog)
	var found []string
	for _, k := range slices.Sorted(maps.Keys(r.Found)) {
		found = append(found, k+" "+strconv.Itoa(r.Found[k]))
	}
	fmt.Fprintf(stderr, "decifra: %s from %s (found in: %s)\n", plural(r.Provider.Len(), "code"), name, strings.Join(found, ", "))
	if len(r.Gaps) > 0 {
		fmt.Fprintln(stderr, "Fill these in before publishing the catalog:")
		for _, g := range r.Gaps {
			fmt.Fprintln(stderr, "  - "+g.String())
		}
	}
	fmt.Fprintln(stderr, "Then check it: decifra catalog check FILE")
	return exitExplained
}
