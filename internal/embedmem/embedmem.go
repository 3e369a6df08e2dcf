// Package embedmem gives the pages of a decoded embedded file back to the
// kernel.
//
// A file embedded with go:embed as a []byte lies in the binary's data
// segment, a private mapping of the executable: the pages a decoder reads
// stay resident (the NER model and the morphological dictionary, 24 MB,
// about a sixth of the NER stage's peak RSS) though nothing reads them
// again. Release drops them; were they read again, the kernel would fetch
// them from the executable anew, with the same bytes.
package embedmem

// Release drops from memory the pages wholly inside b, which must be the
// contents of a file embedded with go:embed (never written): on memory of
// the heap it would lose data. It does nothing on systems other than
// Linux.
func Release(b []byte) { release(b) }
