package eval

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/relation"
	"github.com/factgraph/factgraph/tokenize"
)

// RERelation is one relation between two typed argument spans, as scored:
// Arg1 is the head, Arg2 the tail.
type RERelation struct {
	Type string    `json:"type"`
	Arg1 TypedSpan `json:"arg1"`
	Arg2 TypedSpan `json:"arg2"`
}

// REDoc holds the gold and predicted relations of one document.
type REDoc struct {
	ID   string
	Gold []RERelation
	Pred []RERelation
}

// REScores are relation extraction scores: a micro average over all
// relation types and one row per type, sorted by type name. Rows use the
// NER score record: Gold, Pred and Correct count relations.
type REScores struct {
	Docs  int        `json:"docs"`
	Micro NERScore   `json:"micro"`
	Types []NERScore `json:"types"`
}

// ScoreRE scores predicted relations against gold ones by exact match. A
// relation is the tuple (document, relation type, Arg1 start, end and
// entity type, Arg2 start, end and entity type); gold and predicted
// relations are sets of such tuples (a tuple listed twice counts once), and
// a predicted relation is correct when the same tuple is gold. Direction
// matters: Arg1 and Arg2 are not interchangeable.
func ScoreRE(docs []REDoc) REScores {
	type key struct {
		doc string
		RERelation
	}
	gold := map[key]bool{}
	pred := map[key]bool{}
	for _, d := range docs {
		for _, r := range d.Gold {
			gold[key{d.ID, r}] = true
		}
		for _, r := range d.Pred {
			pred[key{d.ID, r}] = true
		}
	}
	c := typeCounts{}
	for k := range gold {
		correct := 0
		if pred[k] {
			correct = 1
		}
		c.add(k.Type, 1, 0, correct)
	}
	for k := range pred {
		c.add(k.Type, 0, 1, 0)
	}
	s := REScores{Docs: len(docs)}
	s.Types, s.Micro = c.scores()
	return s
}

// WriteTable writes the scores as an aligned text table: one row per
// relation type, then the micro average.
func (s REScores) WriteTable(w io.Writer, title string) error {
	return writeNERTable(w, fmt.Sprintf("%s, %d documents", title, s.Docs), withMicro(s.Types, s.Micro))
}

// BratGoldRelations returns the relations of a brat document (NEREL) whose
// arguments are both entities, each argument scored by its entity's extent
// and type.
func BratGoldRelations(d *brat.Document) []RERelation {
	ents := map[string]TypedSpan{}
	for _, e := range d.Entities {
		ents[e.ID] = TypedSpan{Span: e.Extent(), Type: e.Type}
	}
	var out []RERelation
	for _, r := range d.Relations {
		a, ok1 := ents[r.Arg1]
		b, ok2 := ents[r.Arg2]
		if ok1 && ok2 {
			out = append(out, RERelation{Type: r.Type, Arg1: a, Arg2: b})
		}
	}
	return out
}

// Relations converts the output of relation.Model.Extract into scored
// relations over the given mentions. Found values whose indexes fall
// outside mentions are skipped.
func Relations(found []relation.Found, mentions []doc.Mention) []RERelation {
	out := make([]RERelation, 0, len(found))
	for _, f := range found {
		if f.Head < 0 || f.Tail < 0 || f.Head >= len(mentions) || f.Tail >= len(mentions) {
			continue
		}
		h, t := mentions[f.Head], mentions[f.Tail]
		out = append(out, RERelation{Type: f.Type,
			Arg1: TypedSpan{Span: h.Span, Type: h.Type}, Arg2: TypedSpan{Span: t.Span, Type: t.Type}})
	}
	return out
}

// RE scores m on brat documents (NEREL dev) with gold entities: each
// document is segmented by seg, its entities (by extent) are given to
// m.Extract as mentions, and the relations found are scored against the
// gold ones with ScoreRE.
func RE(docs []*brat.Document, m relation.Extractor, seg func(string) []doc.Sentence) REScores {
	rd, _ := reGoldEntities(docs, m, seg)
	return ScoreRE(rd)
}

// reGoldEntities runs m over docs with their gold entities as mentions and
// returns the relations of each document and its sentences.
func reGoldEntities(docs []*brat.Document, m relation.Extractor, seg func(string) []doc.Sentence) ([]REDoc, [][]doc.Sentence) {
	rd := make([]REDoc, 0, len(docs))
	ss := make([][]doc.Sentence, 0, len(docs))
	for _, d := range docs {
		runes := []rune(d.Text)
		mentions, _ := d.Mentions(runes)
		sents := seg(d.Text)
		found := m.Extract(runes, sents, mentions)
		rd = append(rd, REDoc{ID: d.ID, Gold: BratGoldRelations(d), Pred: Relations(found, mentions)})
		ss = append(ss, sents)
	}
	return rd, ss
}

// InSentence keeps of each document's gold and predicted relations those
// whose two arguments lie in one sentence (sents[i] are the sentences of
// docs[i]): the setting of the published in-sentence NEREL figures.
func InSentence(docs []REDoc, sents [][]doc.Sentence) []REDoc {
	return keepRelations(docs, func(i int, r RERelation) bool { return oneSentence(sents[i], r) })
}

// oneSentence reports whether both arguments of r lie in one of sents.
func oneSentence(sents []doc.Sentence, r RERelation) bool {
	a, b := doc.SentenceOf(sents, r.Arg1.Span), doc.SentenceOf(sents, r.Arg2.Span)
	return a >= 0 && a == b
}

// Nested keeps of each document's gold and predicted relations those whose
// one argument lies within the other («Купол» in «ИЭМЗ «Купол»»): the
// setting of the published in-sentence nested NEREL figures.
func Nested(docs []REDoc) []REDoc {
	return keepRelations(docs, func(_ int, r RERelation) bool {
		return r.Arg1.Contains(r.Arg2.Span) || r.Arg2.Contains(r.Arg1.Span)
	})
}

// keepRelations keeps of each document's gold and predicted relations those
// keep accepts; i indexes the document.
func keepRelations(docs []REDoc, keep func(i int, r RERelation) bool) []REDoc {
	out := make([]REDoc, len(docs))
	for i, d := range docs {
		filter := func(rs []RERelation) []RERelation {
			var k []RERelation
			for _, r := range rs {
				if keep(i, r) {
					k = append(k, r)
				}
			}
			return k
		}
		out[i] = REDoc{ID: d.ID, Gold: filter(d.Gold), Pred: filter(d.Pred)}
	}
	return out
}

// REClassify scores m in the relation-classification setting of the
// published NEREL baselines: every in-sentence gold relation's pair of gold
// entities is given, and m.Classify names its type (NONE not allowed). The
// predictions are one per distinct gold pair (a pair whose entity types
// admit no relation gets none), scored with ScoreRE: recall is the share of
// gold relations typed right, precision the share of typed pairs typed
// right (they differ only where a pair holds two relations or none could be
// typed). With none, the model may also answer that the pair holds no
// relation (m.Extract instead of m.Classify, the pair left untyped). Score
// the result with ScoreRE, whole or through Nested.
func REClassify(docs []*brat.Document, m *relation.Model, seg func(string) []doc.Sentence, none bool) []REDoc {
	classify := m.Classify
	if none {
		classify = m.Extract
	}
	rd := make([]REDoc, 0, len(docs))
	for _, d := range docs {
		runes := []rune(d.Text)
		mentions, _ := d.Mentions(runes)
		sents := seg(d.Text)
		var gold []RERelation
		type pair struct{ a, b TypedSpan }
		asked := map[pair]bool{}
		for _, r := range BratGoldRelations(d) {
			if oneSentence(sents, r) {
				gold = append(gold, r)
				asked[pair{r.Arg1, r.Arg2}] = true
			}
		}
		var pred []RERelation
		for _, r := range Relations(classify(runes, sents, mentions), mentions) {
			if asked[pair{r.Arg1, r.Arg2}] {
				pred = append(pred, r)
			}
		}
		rd = append(rd, REDoc{ID: d.ID, Gold: gold, Pred: pred})
	}
	return rd
}

// REEndToEnd scores m on brat documents with the entities p predicts: p
// segments each text and finds its mentions (every mention of every entity
// of its output), m.Extract relates them, and the relations are scored with
// ScoreRE, so that a relation counts only when both its arguments were
// found with the gold span and type.
func REEndToEnd(docs []*brat.Document, m relation.Extractor, p Processor) (REScores, error) {
	rd, err := reEndToEndDocs(docs, m, p)
	if err != nil {
		return REScores{}, err
	}
	return ScoreRE(rd), nil
}

// reEndToEndDocs runs p and m over docs and returns the gold and predicted
// relations of each document.
func reEndToEndDocs(docs []*brat.Document, m relation.Extractor, p Processor) ([]REDoc, error) {
	rd := make([]REDoc, 0, len(docs))
	for _, d := range docs {
		out, err := p.Process(d.ID, []byte(d.Text))
		if err != nil {
			return nil, fmt.Errorf("process %s: %w", d.ID, err)
		}
		var mentions []doc.Mention
		eachMention(out, func(_ *doc.Entity, m doc.Mention) { mentions = append(mentions, m) })
		found := m.Extract([]rune(out.Text), out.Sentences, mentions)
		rd = append(rd, REDoc{ID: d.ID, Gold: BratGoldRelations(d), Pred: Relations(found, mentions)})
	}
	return rd, nil
}

// RECommandOptions are the settings of `factgraph eval re`.
type RECommandOptions struct {
	Data      string // the shared data folder (holds nerel/dev)
	Model     string // a model file; empty means relation.Default()
	Patterns  bool   // add relation.Patterns and relation.Employers to the model, as the pipeline does
	EndToEnd  bool   // also score with entities predicted by the pipeline
	JSON      bool   // print JSON instead of tables
	Errors    string // when set, a file to write each miss and false relation to (see WriteREErrors)
	Processor func() (Processor, error)
}

// REFlags registers the flags of `factgraph eval re` on fs, with data as the
// default data folder, and returns the options they fill.
func REFlags(fs *flag.FlagSet, data string) *RECommandOptions {
	o := &RECommandOptions{}
	fs.StringVar(&o.Data, "data", data, "folder holding the public corpora (nerel/dev)")
	fs.StringVar(&o.Model, "model", "", "relation model file (default: the embedded model)")
	fs.BoolVar(&o.Patterns, "patterns", true, "add the rules (relation.Patterns, relation.Employers) to the model, as the pipeline does")
	fs.BoolVar(&o.EndToEnd, "e2e", true, "also score end to end, with the entities the pipeline predicts")
	fs.BoolVar(&o.JSON, "json", false, "print the scores as JSON")
	fs.StringVar(&o.Errors, "errors", "", "write each missed and false relation (gold entities, then end to end) to this file, one a line")
	return o
}

// RECommand runs `factgraph eval re`: NEREL dev relation scores with gold
// entities and, when o.EndToEnd, with the entities o.Processor predicts
// (pipeline.New in the CLI). Tables (or JSON) go to stdout.
func RECommand(o RECommandOptions, stdout io.Writer) error {
	model, err := loadRelationModel(o.Model)
	if err != nil {
		return err
	}
	var m relation.Extractor = model
	if o.Patterns {
		m = relation.WithRules(model)
	}
	docs, err := brat.ReadDir(filepath.Join(o.Data, "nerel", "dev"))
	if err != nil {
		return fmt.Errorf("eval re: %w", err)
	}
	report := map[string]any{}
	start := time.Now()
	rd, sents := reGoldEntities(docs, m, tokenize.Split)
	var errs bytes.Buffer
	if o.Errors != "" {
		WriteREErrors(&errs, "gold", docs, rd)
	}
	gold := ScoreRE(rd)
	report["nerel_dev_gold_entities"] = gold
	goldTime := time.Since(start)
	within := ScoreRE(InSentence(rd, sents))
	report["nerel_dev_gold_entities_in_sentence"] = within
	if !o.JSON {
		if err := gold.WriteTable(stdout, "NEREL v1.1 dev relations, gold entities (exact type, Arg1 and Arg2 extent and type)"); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "(%v)\n\n", goldTime.Round(time.Millisecond))
		fmt.Fprintf(stdout, "in-sentence relations only (both arguments in one sentence), gold entities: P %.2f R %.2f F1 %.2f (%d gold, %d predicted)\n\n",
			100*within.Micro.Precision, 100*within.Micro.Recall, 100*within.Micro.F1, within.Micro.Gold, within.Micro.Pred)
	}
	for _, none := range []bool{false, true} {
		classified := REClassify(docs, model, tokenize.Split, none)
		all, nested := ScoreRE(classified), ScoreRE(Nested(classified))
		key, how := "nerel_dev_classification_in_sentence", "its type asked"
		if none {
			key, how = key+"_none_allowed", "its type or none asked"
		}
		report[key] = all
		report[key+"_nested"] = nested
		if o.JSON {
			continue
		}
		for _, c := range []struct {
			what string
			s    REScores
		}{{"in-sentence", all}, {"in-sentence nested", nested}} {
			fmt.Fprintf(stdout, "%s relation classification (each gold related pair given, %s), model alone: P %.2f R %.2f F1 %.2f (%d gold, %d typed)\n",
				c.what, how, 100*c.s.Micro.Precision, 100*c.s.Micro.Recall, 100*c.s.Micro.F1, c.s.Micro.Gold, c.s.Micro.Pred)
		}
	}
	if !o.JSON {
		fmt.Fprintln(stdout)
	}
	if o.EndToEnd {
		if o.Processor == nil {
			return fmt.Errorf("eval re: end-to-end scoring needs a processor")
		}
		p, err := o.Processor()
		if err != nil {
			return fmt.Errorf("eval re: %w", err)
		}
		erd, err := reEndToEndDocs(docs, m, p)
		if err != nil {
			return fmt.Errorf("eval re: %w", err)
		}
		if o.Errors != "" {
			WriteREErrors(&errs, "e2e", docs, erd)
		}
		e2e := ScoreRE(erd)
		report["nerel_dev_end_to_end"] = e2e
		if !o.JSON {
			if err := e2e.WriteTable(stdout, "NEREL v1.1 dev relations, entities predicted by the pipeline (same match)"); err != nil {
				return err
			}
		}
	}
	if o.Errors != "" {
		if err := os.WriteFile(o.Errors, errs.Bytes(), 0o644); err != nil {
			return fmt.Errorf("eval re: %w", err)
		}
	}
	if o.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(report); err != nil {
			return fmt.Errorf("eval re: %w", err)
		}
	}
	return nil
}

func loadRelationModel(path string) (*relation.Model, error) {
	if path == "" {
		m, err := relation.Default()
		if err != nil {
			return nil, fmt.Errorf("eval re: %w", err)
		}
		return m, nil
	}
	m, err := relation.Load(path)
	if err != nil {
		return nil, fmt.Errorf("eval re: %w", err)
	}
	return m, nil
}

// WriteREErrors writes, for each document of rd (in the order of docs), its
// missed gold relations ("miss") and its predicted relations that are not
// gold ("false"), one a line, tab-separated: label, document, miss or false,
// type, the head's text and type, the tail's text and type, and the text
// around both arguments (newlines as spaces, at most 300 characters).
func WriteREErrors(w io.Writer, label string, docs []*brat.Document, rd []REDoc) {
	texts := map[string][]rune{}
	for _, d := range docs {
		texts[d.ID] = []rune(d.Text)
	}
	cut := func(t []rune, s doc.Span) string {
		if s.Start < 0 || s.End > len(t) || s.Start > s.End {
			return "?"
		}
		return string(t[s.Start:s.End])
	}
	for _, d := range rd {
		t := texts[d.ID]
		gold, pred := map[RERelation]bool{}, map[RERelation]bool{}
		for _, r := range d.Gold {
			gold[r] = true
		}
		for _, r := range d.Pred {
			pred[r] = true
		}
		line := func(kind string, r RERelation) {
			lo, hi := min(r.Arg1.Start, r.Arg2.Start), max(r.Arg1.End, r.Arg2.End)
			lo, hi = max(lo-60, 0), min(hi+60, len(t))
			ctx := cut(t, doc.Span{Start: lo, End: hi})
			if len([]rune(ctx)) > 300 {
				ctx = string([]rune(ctx)[:300])
			}
			ctx = strings.ReplaceAll(ctx, "\n", " ")
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", label, d.ID, kind, r.Type,
				cut(t, r.Arg1.Span), r.Arg1.Type, cut(t, r.Arg2.Span), r.Arg2.Type, ctx)
		}
		for _, r := range d.Gold {
			if !pred[r] {
				line("miss", r)
				pred[r] = true // once
			}
		}
		for _, r := range d.Pred {
			if !gold[r] {
				line("false", r)
				gold[r] = true
			}
		}
	}
}
