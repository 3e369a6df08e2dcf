// Command mktagger trains the tagger and scores it on the dev sets
// (a development convenience; `factgraph train tagger` is the entry point).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/factgraph/factgraph/corpus/conllu"
	"github.com/factgraph/factgraph/eval"
	"github.com/factgraph/factgraph/tagger"
	"github.com/factgraph/factgraph/train"
	"sort"
	"strings"
)

func main() {
	data := flag.String("data", "../shared/data", "shared data folder")
	out := flag.String("out", "", "model file")
	epochs := flag.Int("epochs", 8, "epochs")
	bits := flag.Int("bits", 22, "weight bits")
	rep := flag.Int("repeat", 2, "UD corpora repeat")
	load := flag.String("model", "", "load this model instead of training")
	errs := flag.Bool("errors", false, "print confusions")
	dump := flag.String("dump", "", "write every dev token (gold and predicted) as TSV to this file")
	flag.Parse()
	if *load != "" {
		f, err := os.Open(*load)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		m, err := tagger.Decode(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if *dump != "" {
			dumpTokens(m, *data, *dump)
		}
		report(m, *data, *errs)
		return
	}
	start := time.Now()
	var opt train.TaggerOptions
	opt.Data, opt.Out, opt.Repeat = *data, *out, *rep
	opt.Epochs, opt.Bits, opt.Seed = *epochs, *bits, 1
	m, err := train.Tagger(opt, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Fprintln(os.Stderr, "trained in", time.Since(start))
	report(m, *data, *errs)
}

func report(m *tagger.Model, data string, errs bool) {
	var rows []eval.MorphScores
	for _, f := range train.TaggerDevFiles {
		ss, err := conllu.ReadFile(filepath.Join(data, "morph", f))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if errs {
			confusions(ss, m)
		}
		s := eval.Morph(ss, m)
		s.Name = f
		rows = append(rows, s)
	}
	eval.WriteMorphTable(os.Stdout, rows)
}

// dumpTokens writes one line per dev token: set, sentence, index, form,
// gold UPOS, gold universal feats, gold lemma, predicted UPOS, feats, lemma.
func dumpTokens(m *tagger.Model, data, path string) {
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	for _, name := range train.TaggerDevFiles {
		ss, err := conllu.ReadFile(filepath.Join(data, "morph", name))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		set := strings.SplitN(strings.TrimPrefix(name, "ud-"), "-", 2)[0]
		if err := eval.WriteMorphTokens(f, set, ss, eval.TagGold(ss, m)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

func confusions(ss []*conllu.Sentence, m *tagger.Model) {
	up := map[string]int{}
	fe := map[string]int{}
	le := map[string]int{}
	for _, s := range ss {
		var words []string
		for _, w := range s.Words {
			words = append(words, w.Form)
		}
		for i, p := range m.TagWords(words) {
			w := s.Words[i]
			if p.UPOS != w.UPOS {
				up[w.UPOS+">"+p.UPOS+" "+w.Form]++
				up[w.UPOS+">"+p.UPOS]++
			} else if tagger.UniversalFeats(w.Feats) != p.Feats {
				fe[w.UPOS+" "+diff(tagger.UniversalFeats(w.Feats), p.Feats)]++
			}
			if p.Lemma != w.Lemma && w.Lemma != "_" {
				le[w.UPOS+" "+w.Form+" "+w.Lemma+">"+p.Lemma]++
			}
		}
	}
	top := func(name string, c map[string]int, n int) {
		type kv struct {
			k string
			v int
		}
		var xs []kv
		for k, v := range c {
			xs = append(xs, kv{k, v})
		}
		sort.Slice(xs, func(i, j int) bool { return xs[i].v > xs[j].v })
		fmt.Println("==", name)
		for i := 0; i < n && i < len(xs); i++ {
			fmt.Printf("%5d %s\n", xs[i].v, xs[i].k)
		}
	}
	top("upos", up, 400)
	top("feats", fe, 40)
	top("lemma", le, 30)
}

func diff(g, p string) string {
	gs := map[string]bool{}
	for _, f := range strings.Split(g, "|") {
		gs[f] = true
	}
	ps := map[string]bool{}
	for _, f := range strings.Split(p, "|") {
		ps[f] = true
	}
	var out []string
	for f := range gs {
		if !ps[f] && f != "" {
			out = append(out, "-"+f)
		}
	}
	for f := range ps {
		if !gs[f] && f != "" {
			out = append(out, "+"+f)
		}
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}
