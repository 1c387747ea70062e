// Package catalog is decifra's knowledge of payment-API errors: for each provider, its
// envelope, hosts and documentation, and for each documented error code its HTTP status,
// category, meaning, fix steps and retry policy, in English and Brazilian Portuguese.
//
// The tables are plain Go composite literals that the compiler lays out statically:
// nothing is parsed or built at start-up, because the Worker starts a fresh Go instance
// for every request (see net/http's StatusText, moved off a map for golang/go#49811).
// Every entry cites the document it comes from; where a document is silent, the entry
// says "not documented" rather than invents.
package catalog
