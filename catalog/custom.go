package catalog

// A custom catalog is a provider that decifra learns at run time from a JSON file a
// developer portal publishes (decifra-catalog.schema.json): the portal's own API, its
// hosts, how its error bodies look and what its codes mean. ParseCatalog reads one into a
// *Provider that decode consults beside the built-in ones (decode.Options.Catalogs).

// Body says where a custom provider's error bodies hold what decode reads. Each list holds
// member paths, dotted from the body's top ("error.code", "errors.0.message"), tried in
// order; the first present wins.
type Body struct {
	Code      []string // the provider's error code
	Message   []string // the message for people
	RequestID []string // the id support asks for
	Details   []string // further detail: field errors, a reason
	// Envelope lists members that must all be present for a body to be the provider's;
	// a body that has them is strong evidence for it.
	Envelope []string
}

// Limits on a custom catalog, past which ParseCatalog refuses it.
const (
	MaxCatalogBytes = 2 << 20
	MaxCatalogCodes = 5000
)

// Body returns how a custom provider's error bodies look; nil for a built-in provider.
func (p *Provider) Body() *Body {
	if p.body == nil {
		return nil
	}
	b := *p.body
	return &b
}

// Origin names the custom catalog the provider comes from (a file or a URL); "" for a
// built-in provider.
func (p *Provider) Origin() string { return p.origin }

// Overrides reports whether a custom catalog declared that its codes take precedence over
// a built-in provider's of the same id.
func (p *Provider) Overrides() bool { return p.overrides }
