// Command mkdict converts the OpenCorpora dictionary in pymorphy2 format
// (as shipped by the az npm package) into the compact file embedded by
// package morph:
//
//	go run ./morph/internal/mkdict -src ../shared/data/opencorpora-dict -out morph/dict/ru.bin
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/factgraph/factgraph/morph"
)

func main() {
	src := flag.String("src", "../shared/data/opencorpora-dict", "directory with the pymorphy2 dictionary files")
	out := flag.String("out", "morph/dict/ru.bin", "output file")
	flag.Parse()
	if err := run(*src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "mkdict:", err)
		os.Exit(1)
	}
}

func run(src, out string) error {
	tmp := out + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := morph.Convert(src, w); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", tmp, err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("close %s: %w", tmp, err)
	}
	if err := os.Rename(tmp, out); err != nil {
		return fmt.Errorf("rename: %w", err)
	}
	st, err := os.Stat(out)
	if err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d bytes)\n", out, st.Size())
	return nil
}
