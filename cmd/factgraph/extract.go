package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/factgraph/factgraph/export"
	"github.com/factgraph/factgraph/pipeline"
	"github.com/factgraph/factgraph/tagger"
)

func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fl := newFlags("extract", "FILE|DIR|-", stderr)
	format := fl.String("format", "json", "output format: json, jsonl, brat, conllu (tokens with lemma, UPOS, features and entity tags) or ftm (FollowTheMoney entities)")
	tokens := fl.Bool("tokens", false, "include the tokens of each sentence, with lemma, UPOS and UD features")
	maxBytes := fl.Int("max-bytes", pipeline.DefaultMaxBytes, "refuse inputs larger than this many bytes")
	ext := fl.String("ext", ".txt", "in a directory, process files with this extension")
	workers := fl.Int("workers", runtime.GOMAXPROCS(0), "documents processed in parallel")
	date := fl.String("date", "", "document date (YYYY-MM-DD) that resolves relative dates such as «вчера»")
	domain := fl.String("tagger-domain", "", `tag the tokens in the conventions of one UD treebank, "gsd" or "taiga" (docs/tagger.md; the rest of the pipeline then reads that morphology); "" for none, the default`)
	fast := fastFlag(fl)
	encoding := encodingFlag(fl)
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if fl.NArg() != 1 {
		fl.Usage()
		return errUsage
	}
	if err := checkEncoding(*encoding); err != nil {
		return err
	}
	f, err := export.ParseFormat(*format)
	if err != nil {
		return err
	}
	p, err := newPipeline(*fast)
	if err != nil {
		return err
	}
	p.MaxBytes = *maxBytes
	p.Encoding = *encoding
	if *tokens || f == export.CoNLLU {
		tm, err := tagger.Default()
		if err != nil {
			return err
		}
		p.Tagger = tm
	}
	if *domain != "" {
		tm, ok := p.Tagger.(*tagger.Model)
		if !ok {
			return fmt.Errorf("--tagger-domain: no tagger (--fast without --tokens)")
		}
		dm, err := tm.WithDomain(*domain)
		if err != nil {
			return fmt.Errorf("--tagger-domain: %w", err)
		}
		p.Tagger = dm
	}
	if *date != "" {
		t, err := time.Parse("2006-01-02", *date)
		if err != nil {
			return fmt.Errorf("bad --date %q: want YYYY-MM-DD", *date)
		}
		p.Date = t
	}
	in := fl.Arg(0)
	if in == "-" {
		data, err := pipeline.ReadAll(stdin, p.MaxBytes)
		if err != nil {
			return fmt.Errorf("read stdin: %w", err)
		}
		d, err := p.Process("", data)
		if err != nil {
			return fmt.Errorf("stdin: %w", err)
		}
		w := export.NewWriter(stdout, f, export.Options{Tokens: *tokens})
		if err := w.Write(d); err != nil {
			return err
		}
		return w.Close()
	}
	st, err := os.Stat(in)
	if err != nil {
		return err
	}
	paths := []string{in}
	if st.IsDir() {
		if paths, err = listFiles(in, *ext); err != nil {
			return err
		}
	}
	w := export.NewWriter(stdout, f, export.Options{Tokens: *tokens, Array: st.IsDir()})
	failed := 0
	err = p.ProcessFiles(paths, *workers, func(r pipeline.Result) error {
		if r.Err != nil {
			failed++
			fmt.Fprintf(stderr, "factgraph extract: %v\n", r.Err)
			return nil
		}
		return w.Write(r.Doc)
	})
	if err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	if failed > 0 {
		if len(paths) == 1 {
			return fmt.Errorf("no output for %s", in)
		}
		return fmt.Errorf("%d of %d files failed", failed, len(paths))
	}
	return nil
}

// listFiles returns the files under dir with the extension, sorted.
func listFiles(dir, ext string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && strings.HasSuffix(d.Name(), ext) {
			out = append(out, path)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", dir, err)
	}
	sort.Strings(out)
	return out, nil
}
