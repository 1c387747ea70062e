package api

import (
	"slices"
	"strconv"
	"strings"

	"github.com/decifra/decifra/catalog"
)

// A Worker can be deployed with portals' own catalogs (issue 14): the JSON format of
// catalog.ParseCatalog (web/static/decifra-catalog.schema.json), as files among its
// static assets, which the CatalogsVar setting names by path. The Worker's entry fetches
// them through its ASSETS binding when its Go program starts, once per program (a program
// lives as long as its isolate, unless it dies), and hands them to LoadCatalogs; the
// Server then consults them (Server.Catalogs). The same files are served to browsers at
// those paths, so a portal's <decifra-explainer catalog="…"> can load the very same one.
//
// A catalog that cannot be used (not found, too large, not the format, an id taken twice)
// is refused with every problem ParseCatalog reports, and the Server answers every
// request that would consult the catalogs with a 500 problem listing them (see
// Server.CatalogErrors): an operator sees the mistake on the first request, in wrangler
// dev or after a deploy, rather than a Worker that quietly explains the portal's errors
// as "unknown API".

// CatalogsVar is the Worker's setting (wrangler.toml's [vars]) that names the catalogs it
// is deployed with: paths of its static assets, separated by commas, spaces or newlines,
// "/errors/my-api.catalog.json". Unset or empty means none.
const CatalogsVar = "DECIFRA_CATALOGS"

// MaxCatalogs is the most catalogs CatalogsVar may name. Together they may hold
// catalog.MaxCatalogBytes at most (see LoadCatalogs).
const MaxCatalogs = 8

// CatalogPaths reads the CatalogsVar setting: the asset paths it names, in its order,
// each once. A path must start with "/" and hold neither a query nor a fragment.
func CatalogPaths(setting string) ([]string, *catalog.CatalogError) {
	var paths []string
	for _, p := range strings.Fields(strings.ReplaceAll(setting, ",", " ")) {
		if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.ContainsAny(p, "?#") {
			return nil, settingError("paths of the Worker's static assets separated by commas or spaces, such as /errors/my-api.catalog.json",
				catalog.Quote(p))
		}
		if !slices.Contains(paths, p) {
			paths = append(paths, p)
		}
	}
	if len(paths) > MaxCatalogs {
		return nil, settingError("at most "+strconv.Itoa(MaxCatalogs)+" catalogs", strconv.Itoa(len(paths)))
	}
	return paths, nil
}

// settingError is the error of a CatalogsVar that cannot be read.
func settingError(expected, found string) *catalog.CatalogError {
	return &catalog.CatalogError{Origin: CatalogsVar, Problems: []catalog.Problem{{Expected: expected, Found: found}}}
}

// CatalogFile is one catalog as the Worker's entry fetched it from its static assets.
type CatalogFile struct {
	// Path is the asset's path, as CatalogsVar names it: the catalog's origin, which
	// problems and the evidence of its explanations name.
	Path string
	// Data is the file; nil when it was not read (Err, or Size over the cap).
	Data []byte
	// Size is the file's length in bytes; when it is over catalog.MaxCatalogBytes the
	// entry leaves Data unread, and the catalog is refused by its size alone.
	Size int
	// Err, when not empty, is why the file could not be fetched ("HTTP 404").
	Err string
}

// LoadCatalogs parses the catalogs the Worker was deployed with, in their order, as the
// CLI's --catalog files are: each with catalog.ParseCatalog, under the same caps
// (catalog.MaxCatalogBytes, catalog.MaxCatalogCodes), and one catalog per provider id.
// The files together may hold catalog.MaxCatalogBytes at most: Go's memory in the Worker
// (48 MiB at most, for everything) holds them all, parsed, for the isolate's life.
//
// It returns the providers, or, when any file cannot be used, nil and an error for each
// file that cannot (every problem found in it): the Server refuses to answer without
// all of its catalogs (Server.CatalogErrors). It never panics.
func LoadCatalogs(files []CatalogFile) ([]*catalog.Provider, []*catalog.CatalogError) {
	var out []*catalog.Provider
	var errs []*catalog.CatalogError
	total := 0
	for _, f := range files {
		size := max(f.Size, len(f.Data))
		total += size
		var problem catalog.Problem
		switch {
		case f.Err != "":
			problem = catalog.Problem{Expected: "a file of the Worker's static assets ([assets] directory in wrangler.toml)", Found: f.Err}
		case size > catalog.MaxCatalogBytes:
			problem = catalog.Problem{Expected: "a catalog of at most " + strconv.Itoa(catalog.MaxCatalogBytes) + " bytes (2 MiB)",
				Found: strconv.Itoa(size) + " bytes"}
		case total > catalog.MaxCatalogBytes:
			problem = catalog.Problem{Expected: "catalogs of at most " + strconv.Itoa(catalog.MaxCatalogBytes) + " bytes (2 MiB) in all",
				Found: strconv.Itoa(total) + " bytes with the ones before it in " + CatalogsVar}
		default:
			p, err := catalog.ParseCatalog(f.Data, f.Path)
			if err != nil {
				// ParseCatalog's error is a *CatalogError; a type assertion rather than
				// errors.As, whose reflection the Worker would carry.
				ce, _ := err.(*catalog.CatalogError)
				if ce == nil {
					ce = &catalog.CatalogError{Origin: f.Path, Problems: []catalog.Problem{{Expected: "a catalog", Found: err.Error()}}}
				}
				errs = append(errs, ce)
				continue
			}
			i := slices.IndexFunc(out, func(q *catalog.Provider) bool { return q.ID() == p.ID() })
			if i < 0 {
				out = append(out, p)
				continue
			}
			problem = catalog.Problem{Path: "/id", Expected: "an id no other catalog in " + CatalogsVar + " has (one catalog per provider)",
				Found: catalog.Quote(p.ID()) + ", which " + out[i].Origin() + " has already"}
		}
		errs = append(errs, &catalog.CatalogError{Origin: f.Path, Problems: []catalog.Problem{problem}})
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

// maxDetailProblems is how many of the catalogs' problems a 500 problem's detail words;
// its problems member lists every one.
const maxDetailProblems = 10

// catalogProblem answers 500 for catalogs that could not be loaded: the detail names
// each catalog and words its first problems ("/codes/3/retry: expected …, found …"), and
// the problems member lists them all.
func (w Response) catalogProblem(errs []*catalog.CatalogError) Response {
	var problems []CatalogProblem
	names := ""
	for i, e := range errs {
		if i > 0 {
			names += ", "
		}
		names += e.Origin
		for _, p := range e.Problems {
			problems = append(problems, CatalogProblem{Catalog: e.Origin, Path: p.Path, Expected: p.Expected, Found: p.Found})
		}
	}
	detail := "this Worker was deployed with catalogs (" + CatalogsVar + ") it cannot use, and answers nothing but this until they are fixed: " +
		names + "; " + strconv.Itoa(len(problems)) + " problem(s):"
	for i, p := range problems {
		if i == maxDetailProblems {
			detail += " … and " + strconv.Itoa(len(problems)-i) + " more (see problems)"
			break
		}
		at := p.Catalog + ": "
		if p.Path != "" {
			at += p.Path + ": "
		}
		detail += " " + at + "expected " + p.Expected + ", found " + p.Found + ";"
	}
	return w.problemWith(Problem{Type: "about:blank", Title: statusTitle(statusInternalServerError), Status: statusInternalServerError,
		Detail: strings.TrimSuffix(detail, ";"), Problems: problems})
}
