package eval

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/corpus/factru"
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/names"
	"github.com/factgraph/factgraph/tokenize"
)

// NameCase is one row of the canonical-name gold list
// (testdata/names/canonical-gold.tsv): a mention in context and its
// canonical form.
type NameCase struct {
	// Source is "corpus:document", e.g. "factru:book_100" or
	// "nerel:119336_text".
	Source string `json:"source"`
	// Type is a NEREL entity type (PERSON, ORGANIZATION, CITY, …).
	Type string `json:"type"`
	// Mention is the mention's text as it stands in the document.
	Mention string `json:"mention"`
	// Prev is the token just before the mention in the document, "" at
	// the start; it is what names.Linker passes to Canonical.
	Prev string `json:"prev"`
	// Canonical is the gold canonical form: the nominative, with the
	// mention's words, word order and capitalization.
	Canonical string `json:"canonical"`
}

// Corpus returns the corpus part of Source ("factru", "nerel").
func (c NameCase) Corpus() string {
	if i := strings.IndexByte(c.Source, ':'); i >= 0 {
		return c.Source[:i]
	}
	return c.Source
}

// NameGoldHeader is the column line of a canonical-name gold file.
const NameGoldHeader = "source\ttype\tmention\tprev\tcanonical"

// ReadNameCases reads a canonical-name gold list: tab-separated lines
// "source type mention prev canonical", a header line equal to
// NameGoldHeader, blank lines and lines starting with # are skipped. name
// names the input in errors, which give its line.
func ReadNameCases(r io.Reader, name string) ([]NameCase, error) {
	var out []NameCase
	err := readTSV(r, name, NameGoldHeader, 5, func(line int, f []string) error {
		if f[0] == "" || f[1] == "" || f[2] == "" || f[4] == "" {
			return fmt.Errorf("%s:%d: empty source, type, mention or canonical field", name, line)
		}
		out = append(out, NameCase{Source: f[0], Type: f[1], Mention: f[2], Prev: f[3], Canonical: f[4]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ReadNameCasesFile reads a canonical-name gold file with ReadNameCases.
func ReadNameCasesFile(path string) ([]NameCase, error) {
	return readGoldFile(path, ReadNameCases)
}

// WriteNameCases writes cases in the format ReadNameCases reads, with the
// header line first. Tabs and line breaks inside fields become spaces.
func WriteNameCases(w io.Writer, cases []NameCase) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, NameGoldHeader)
	clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
	for _, c := range cases {
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\n", clean.Replace(c.Source), clean.Replace(c.Type),
			clean.Replace(c.Mention), clean.Replace(c.Prev), clean.Replace(c.Canonical))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("eval: writing name cases: %w", err)
	}
	return nil
}

// NameScore is the canonical-name accuracy of one group of cases (a type, a
// corpus, or all).
type NameScore struct {
	Group string `json:"group"`
	// Cases is the number of gold cases; Inflected of them have a
	// canonical form different from the mention (the mention is not
	// already canonical).
	Cases     int `json:"cases"`
	Inflected int `json:"inflected"`
	// Exact counts outputs equal to the gold form after whitespace
	// normalization; Fold those equal when also lower-cased.
	Exact int `json:"exact"`
	Fold  int `json:"fold"`
	// InflectedExact counts the exact matches among the Inflected cases.
	InflectedExact int `json:"inflected_exact"`
	// Accuracy is Exact/Cases, FoldAccuracy Fold/Cases, InflectedAccuracy
	// InflectedExact/Inflected (0 when the denominator is 0).
	Accuracy          float64 `json:"accuracy"`
	FoldAccuracy      float64 `json:"fold_accuracy"`
	InflectedAccuracy float64 `json:"inflected_accuracy"`
}

// NameMismatch is a case the canonicalizer got wrong (not an exact match).
type NameMismatch struct {
	NameCase
	Got string `json:"got"`
}

// NameScores are the results of CanonicalNames.
type NameScores struct {
	// Types has one row per entity type, sorted by name; Corpora one per
	// corpus; All sums every case.
	Types   []NameScore    `json:"types"`
	Corpora []NameScore    `json:"corpora"`
	All     NameScore      `json:"all"`
	Errors  []NameMismatch `json:"errors,omitempty"`
}

// normalizeSpace collapses runs of white space into one space and trims the
// ends.
func normalizeSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// CanonicalNames runs c.Canonical on every gold case (type, mention, word
// before) and compares its output with the gold canonical form: exactly
// after white-space normalization (runs of spaces collapsed, ends trimmed),
// and also ignoring letter case. Scores are given per type, per corpus and
// overall; the mismatches are listed in gold order.
//
// hint, when not nil, gives the tagger's reading of each case's mention
// (TaggedHints), which c then uses (names.Canonicalizer.CanonicalHinted).
func CanonicalNames(gold []NameCase, c *names.Canonicalizer, hint NameHinter) NameScores {
	byType := map[string]*NameScore{}
	byCorpus := map[string]*NameScore{}
	var s NameScores
	s.All.Group = "all"
	for _, g := range gold {
		var h []names.Hint
		if hint != nil {
			h = hint(g)
		}
		got := normalizeSpace(c.CanonicalHinted(g.Type, g.Mention, g.Prev, h))
		want := normalizeSpace(g.Canonical)
		exact := got == want
		fold := strings.EqualFold(got, want)
		inflected := normalizeSpace(g.Mention) != want
		for _, row := range []*NameScore{rowOf(byType, g.Type), rowOf(byCorpus, g.Corpus()), &s.All} {
			row.Cases++
			if exact {
				row.Exact++
			}
			if fold {
				row.Fold++
			}
			if inflected {
				row.Inflected++
				if exact {
					row.InflectedExact++
				}
			}
		}
		if !exact {
			s.Errors = append(s.Errors, NameMismatch{NameCase: g, Got: got})
		}
	}
	s.Types = sortedRows(byType)
	s.Corpora = sortedRows(byCorpus)
	s.All.finish()
	return s
}

func rowOf(m map[string]*NameScore, key string) *NameScore {
	r := m[key]
	if r == nil {
		r = &NameScore{Group: key}
		m[key] = r
	}
	return r
}

func sortedRows(m map[string]*NameScore) []NameScore {
	out := make([]NameScore, 0, len(m))
	for _, r := range m {
		r.finish()
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Group < out[j].Group })
	return out
}

func (r *NameScore) finish() {
	r.Accuracy = nerRatio(r.Exact, r.Cases)
	r.FoldAccuracy = nerRatio(r.Fold, r.Cases)
	r.InflectedAccuracy = nerRatio(r.InflectedExact, r.Inflected)
}

// WriteTable writes the scores as an aligned table: per type, then per
// corpus, then overall.
func (s NameScores) WriteTable(w io.Writer) error {
	if _, err := fmt.Fprintln(w, "canonical names (nominative): accuracy on the gold list"); err != nil {
		return fmt.Errorf("eval: writing names table: %w", err)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "group\tcases\texact\texact %%\tcase-insens. %%\tinflected\tinflected exact %%\t\n")
	row := func(r NameScore) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f\t%.2f\t%d\t%.2f\t\n", r.Group, r.Cases, r.Exact,
			100*r.Accuracy, 100*r.FoldAccuracy, r.Inflected, 100*r.InflectedAccuracy)
	}
	for _, r := range s.Types {
		row(r)
	}
	fmt.Fprintf(tw, "\t\t\t\t\t\t\t\n")
	for _, r := range s.Corpora {
		row(r)
	}
	row(s.All)
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("eval: writing names table: %w", err)
	}
	return nil
}

// WriteErrors writes the mismatches, one a line: source, type, the word
// before, the mention, what the canonicalizer gave and the gold form.
func (s NameScores) WriteErrors(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, e := range s.Errors {
		fmt.Fprintf(bw, "%s\t%s\t[%s] %s\tgot %q\twant %q\n", e.Source, e.Type, e.Prev, e.Mention, e.Got, e.Canonical)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("eval: writing name errors: %w", err)
	}
	return nil
}

// NameHinter returns the tagger's reading of the words of a gold case's
// mention in its document (names.Hints), or nil.
type NameHinter func(NameCase) []names.Hint

// TaggedHints returns a NameHinter that reads a case's document with load
// (EventTextLoader's document IDs are the cases' sources), splits it into
// sentences, tags them with tag and finds the mention: the first run of
// tokens spelling it whose token before is the case's word before, or else
// the first run spelling it. Documents are read and tagged once.
func TaggedHints(load func(id string) ([]byte, error), tag func([]doc.Sentence)) NameHinter {
	docs := map[string][]doc.Token{}
	return func(g NameCase) []names.Hint {
		toks, ok := docs[g.Source]
		if !ok {
			if data, err := load(g.Source); err == nil {
				sents := tokenize.Split(string(data))
				tag(sents)
				for _, s := range sents {
					toks = append(toks, s.Tokens...)
				}
			}
			docs[g.Source] = toks
		}
		want := tokenize.Tokens(g.Mention)
		found := -1
		for i := 0; i+len(want) <= len(toks) && len(want) > 0; i++ {
			if !spells(toks[i:i+len(want)], want) {
				continue
			}
			if i > 0 && toks[i-1].Text == g.Prev || i == 0 && g.Prev == "" {
				found = i
				break
			}
			if found < 0 {
				found = i
			}
		}
		if found < 0 {
			return nil
		}
		return names.Hints(toks[found : found+len(want)])
	}
}

// spells reports whether the tokens have the texts of want.
func spells(toks, want []doc.Token) bool {
	for j, w := range want {
		if toks[j].Text != w.Text {
			return false
		}
	}
	return true
}

// NamesCommandOptions are the settings of `factgraph eval names`.
type NamesCommandOptions struct {
	Data     string // the shared data folder (holds factruEval/devset and nerel/dev)
	Gold     string // the canonical-name gold list
	EndToEnd bool   // also score the pipeline's entities end to end
	Errors   bool   // list the canonical-name mismatches
	JSON     bool   // print JSON instead of tables
	// Processor builds the pipeline for end-to-end scoring (pipeline.New
	// in the CLI).
	Processor func() (Processor, error)
	// Tag, when not nil, tags the sentences of the gold cases' documents
	// so that canonical names use the tagger's reading (TaggedHints); the
	// CLI passes the embedded tagger.
	Tag func([]doc.Sentence)
}

// NamesFlags registers the flags of `factgraph eval names` on fs, with data
// as the default data folder, and returns the options they fill.
func NamesFlags(fs *flag.FlagSet, data string) *NamesCommandOptions {
	o := &NamesCommandOptions{}
	fs.StringVar(&o.Data, "data", data, "folder holding the public corpora (factruEval/devset, nerel/dev)")
	fs.StringVar(&o.Gold, "gold", filepath.Join("testdata", "names", "canonical-gold.tsv"), "canonical-name gold list")
	fs.BoolVar(&o.EndToEnd, "e2e", true, "also score the entities the pipeline predicts, matched to gold mentions by span")
	fs.BoolVar(&o.Errors, "errors", false, "list the canonical-name mismatches")
	fs.BoolVar(&o.JSON, "json", false, "print the scores as JSON")
	return o
}

// NamesReport is what NamesCommand computes.
type NamesReport struct {
	Canonical NameScores   `json:"canonical"`
	FactRu    []CorefScore `json:"factru_dev_coref"`
	NEREL     []CorefScore `json:"nerel_dev_coref"`
}

// NamesCommand runs `factgraph eval names`: canonical-name accuracy on the
// gold list, then within-document merging (MUC, B³, CEAF-e and their
// CoNLL average) on factRuEval-2016 dev and NEREL dev, with the linker on gold mentions and, when o.EndToEnd,
// with the pipeline's own mentions. Tables (or JSON) go to stdout.
func NamesCommand(o NamesCommandOptions, stdout io.Writer) error {
	gold, err := ReadNameCasesFile(o.Gold)
	if err != nil {
		return fmt.Errorf("eval names: %w", err)
	}
	l, err := names.NewLinker()
	if err != nil {
		return fmt.Errorf("eval names: %w", err)
	}
	var rep NamesReport
	var hint NameHinter
	if o.Tag != nil {
		hint = TaggedHints(EventTextLoader(".", o.Data), o.Tag)
	}
	rep.Canonical = CanonicalNames(gold, l.Canon, hint)
	if !o.JSON {
		if err := rep.Canonical.WriteTable(stdout); err != nil {
			return err
		}
		if o.Errors {
			if err := rep.Canonical.WriteErrors(stdout); err != nil {
				return err
			}
		}
		fmt.Fprintln(stdout)
	}
	var p Processor
	if o.EndToEnd {
		if o.Processor == nil {
			return fmt.Errorf("eval names: end-to-end scoring needs a processor")
		}
		if p, err = o.Processor(); err != nil {
			return fmt.Errorf("eval names: %w", err)
		}
	}
	fr, err := factru.ReadDir(filepath.Join(o.Data, "factruEval", "devset"))
	if err != nil {
		return fmt.Errorf("eval names: %w", err)
	}
	nr, err := brat.ReadDir(filepath.Join(o.Data, "nerel", "dev"))
	if err != nil {
		return fmt.Errorf("eval names: %w", err)
	}
	rep.FactRu, rep.NEREL, err = CorefDev(fr, nr, l, p)
	if err != nil {
		return fmt.Errorf("eval names: %w", err)
	}
	if o.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return fmt.Errorf("eval names: %w", err)
		}
		return nil
	}
	if err := WriteCorefTable(stdout, "within-document merging, factRuEval-2016 dev (key: .coref groups; MUC, B3, CEAF-e in %; avg = (MUC+B3)/2, CoNLL = (MUC+B3+CEAF-e)/3)", rep.FactRu); err != nil {
		return err
	}
	fmt.Fprintln(stdout)
	return WriteCorefTable(stdout, "within-document merging, NEREL v1.1 dev (key: ALTERNATIVE_NAME, ABBREVIATION, same text [+ same Wikidata item])", rep.NEREL)
}

// CorefDev scores within-document merging on factRuEval-2016 dev (all gold
// mentions, and named mentions only) and on NEREL dev (key from relations
// and identical text, and with Wikidata links too): the exact-text
// baseline, l on gold mentions, and p end to end when p is not nil.
func CorefDev(fr []*factru.Document, nr []*brat.Document, l MentionLinker, p Processor) (factruRows, nerelRows []CorefScore, err error) {
	process := func(id, text string) (*doc.Document, error) {
		d, err := p.Process(id, []byte(text))
		if err != nil {
			return nil, fmt.Errorf("process %s: %w", id, err)
		}
		return d, nil
	}
	var fg, fn []CorefGold
	var fd []*doc.Document
	for _, d := range fr {
		g := FactRuCorefGold(d)
		fg = append(fg, g)
		fn = append(fn, g.Named())
		if p != nil {
			out, err := process(d.ID, d.Text)
			if err != nil {
				return nil, nil, err
			}
			fd = append(fd, out)
		}
	}
	factruRows = append(CorefRuns("all mentions: ", fg, l, fd), CorefRuns("named mentions: ", fn, l, fd)...)
	var ng, nw []CorefGold
	var nd []*doc.Document
	for _, d := range nr {
		ng = append(ng, NERELCorefGold(d, false))
		nw = append(nw, NERELCorefGold(d, true))
		if p != nil {
			out, err := process(d.ID, d.Text)
			if err != nil {
				return nil, nil, err
			}
			nd = append(nd, out)
		}
	}
	nerelRows = append(CorefRuns("relations+text: ", ng, l, nd), CorefRuns("+wikidata: ", nw, l, nd)...)
	return factruRows, nerelRows, nil
}
