// Package decode turns whatever a developer pasted after a failed payment-API call (a JSON
// body, `curl -i`/`-v` output, a HAR file, a log line, a stack trace, a JavaScript object
// dump) into one Explanation: which provider sent it and how sure that is, what the error
// means, how to fix it and whether, when and how to retry.
//
// Everything here is a pure function of its input: there is no clock inside (the caller
// passes Options.Now, and a Date header in the paste wins over it), no I/O, no logging,
// and nothing is built at start-up. Secrets in the paste are masked before anything is
// read from it, so no output can carry them.
//
// Input is bounded: at most MaxInput bytes are read, JSON nesting deeper than maxDepth is
// skipped rather than built, and at most maxCandidates embedded JSON objects are tried.
package decode
