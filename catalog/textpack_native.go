//go:build !textpack

package catalog

// A native build holds its prose in its tables: there is no pack to load.
const (
	packVersion = ""
	packLen     = 0
	packChunk   = 1
)
