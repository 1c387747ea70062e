// Package catimport writes a starting custom catalog (catalog.ParseCatalog's format) from
// what an API already publishes: an OpenAPI 3 document (YAML or JSON) or an API
// Evangelist-style errors/*.yml file. It is what `decifra catalog import` runs.
//
// From an OpenAPI document it takes the codes in the enums of code members (code,
// errorCode, a problem's type …) of the 4xx, 5xx and default responses' schemas, with
// $ref resolved within the document; the code, status and message of those responses'
// examples; the x-error-codes and x-errors extensions anywhere in the document; and error
// sections in Markdown descriptions (a heading naming a code in backticks, with its HTTP
// status and meaning), which is how the Central Bank's API Pix documents its problem
// types. It also fills in the body paths (where the code, message and request id are)
// from the error schema.
//
// What a document does not say (what a code means, how to fix it, its category and retry
// strategy) is left empty or guessed, and every such gap is reported in Result.Gaps, so
// that a portal's author knows what to write before publishing the catalog.
package catimport
