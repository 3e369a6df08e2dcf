// Command reencode reads a tagger model in any format version Decode
// accepts and writes it again in the current one (tagger.Model.Encode):
//
//	go run ./tagger/internal/reencode -in tagger/model/ru.fgt -out tagger/model/ru.fgt
//
// The model itself (tags, lexicon, tables, weights) is unchanged.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/factgraph/factgraph/tagger"
)

func main() {
	in := flag.String("in", "tagger/model/ru.fgt", "model file to read")
	out := flag.String("out", "", "model file to write (may be -in)")
	flag.Parse()
	if *out == "" {
		fail(fmt.Errorf("-out is required"))
	}
	f, err := os.Open(*in)
	if err != nil {
		fail(err)
	}
	m, err := tagger.DecodeWith(f, nil)
	f.Close()
	if err != nil {
		fail(err)
	}
	var b bytes.Buffer
	if err := m.Encode(&b); err != nil {
		fail(err)
	}
	if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		fail(err)
	}
	fmt.Fprintf(os.Stderr, "%s: %d bytes\n", *out, b.Len())
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
