package eval

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/doc"
)

// GoldEvent is one hand-annotated event of testdata/events/gold.jsonl; the
// format and the annotation rules are in docs/event.md.
type GoldEvent struct {
	// Doc names the text: "nerel:<file>" (NEREL dev), "factru:<file>"
	// (factRuEval-2016 devset) or "repo:<path>" (a file of this repository).
	Doc  string `json:"doc"`
	Type string `json:"type"`
	// Trigger is the event's first mention; Mentions are its later ones
	// («встреча» … «на встрече»), which a prediction may match as well.
	Trigger  doc.Trigger   `json:"trigger"`
	Mentions []doc.Trigger `json:"mentions,omitempty"`
	// Date is ISO 8601 with the precision the text gives, XXXX for an
	// unstated year, or "" when the text dates the event nowhere.
	Date string `json:"date"`
	// Place and Participants are canonical names in the nominative;
	// "A|B" lists names that are equally right.
	Place        string   `json:"place"`
	Participants []string `json:"participants"`
	// Evidence is the sentence of the trigger.
	Evidence doc.Span `json:"evidence"`
	// Note explains an annotation decision.
	Note string `json:"note,omitempty"`
}

// spans returns the trigger and the later mentions of g.
func (g GoldEvent) spans() []doc.Span {
	out := []doc.Span{g.Trigger.Span}
	for _, m := range g.Mentions {
		out = append(out, m.Span)
	}
	return out
}

// ReadGoldEvents reads gold events, one JSON object a line (blank lines
// skipped); errors name the line. name is used in error messages.
func ReadGoldEvents(r io.Reader, name string) ([]GoldEvent, error) {
	var out []GoldEvent
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		b := strings.TrimSpace(sc.Text())
		if b == "" {
			continue
		}
		var g GoldEvent
		dec := json.NewDecoder(strings.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&g); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if g.Doc == "" || g.Type == "" || g.Trigger.End <= g.Trigger.Start {
			return nil, fmt.Errorf("%s:%d: an event needs doc, type and a non-empty trigger", name, line)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line, err)
	}
	return out, nil
}

// ReadGoldEventsFile reads gold events from a file with ReadGoldEvents.
func ReadGoldEventsFile(path string) ([]GoldEvent, error) {
	return readGoldFile(path, ReadGoldEvents)
}

// EventTextLoader returns the text a gold document ID names. It reads
// "repo:<path>" under root, "nerel:<file>" from <data>/nerel/dev/<file>.txt
// and "factru:<file>" from <data>/factruEval/devset/<file>.txt. A missing
// file gives an error wrapping fs.ErrNotExist.
func EventTextLoader(root, data string) func(id string) ([]byte, error) {
	return func(id string) ([]byte, error) {
		corpus, file, ok := strings.Cut(id, ":")
		if !ok || file == "" || strings.Contains(file, "..") {
			return nil, fmt.Errorf("bad document id %q (want repo:, nerel: or factru: and a file)", id)
		}
		var path string
		switch corpus {
		case "repo":
			path = filepath.Join(root, filepath.FromSlash(file))
		case "nerel":
			path = filepath.Join(data, "nerel", "dev", file+".txt")
		case "factru":
			path = filepath.Join(data, "factruEval", "devset", file+".txt")
		default:
			return nil, fmt.Errorf("bad document id %q: unknown corpus %q", id, corpus)
		}
		return os.ReadFile(path)
	}
}

// PredEvent is a predicted event with its entity IDs resolved to canonical
// names.
type PredEvent struct {
	Type    string   `json:"type"`
	Trigger doc.Span `json:"trigger"`
	Text    string   `json:"text"`
	Date    string   `json:"date,omitempty"`
	Place   string   `json:"place,omitempty"`
	// Participants are the names of the event's participants and of its
	// object arguments (the one appointed, arrested, met), deduplicated.
	Participants []string `json:"participants,omitempty"`
}

// unannotated are the event types the gold file does not annotate: OTHER
// and the told types added in the twenty-second session (COMPETITION, BAN,
// INSPECTION, OPENING; docs/event.md) and the twenty-fourth (VERDICT), so
// its precision still counts the types it annotates in full.
var unannotated = map[string]bool{"OTHER": true, "COMPETITION": true, "BAN": true, "INSPECTION": true, "OPENING": true, "VERDICT": true}

// PredEvents lists the events of d, except those of the types the gold file
// does not annotate (OTHER and the twenty-second session's), with names for
// entity IDs.
func PredEvents(d *doc.Document) []PredEvent {
	name := d.EntityNames()
	var out []PredEvent
	for _, v := range d.Events {
		if unannotated[v.Type] {
			continue
		}
		p := PredEvent{Type: v.Type, Trigger: v.Trigger.Span, Text: v.Trigger.Text, Date: v.Date, Place: name[v.Place]}
		seen := map[string]bool{}
		addName := func(id string) {
			n := name[id]
			if k := normEventName(n); n != "" && !seen[k] {
				seen[k] = true
				p.Participants = append(p.Participants, n)
			}
		}
		for _, id := range v.Participants {
			addName(id)
		}
		for _, a := range v.Arguments {
			if a.Role == "object" {
				addName(a.Entity)
			}
		}
		out = append(out, p)
	}
	return out
}

// EventDoc holds the gold and predicted events of one document.
type EventDoc struct {
	ID   string
	Gold []GoldEvent
	Pred []PredEvent
}

// EventTypeScore is one row of the per-type table: the typed trigger score
// of a gold type, and the argument scores of the events of that gold type
// that were matched regardless of type.
type EventTypeScore struct {
	Trigger NERScore `json:"trigger"`
	// Matched counts the gold events of the type matched by trigger
	// overlap alone; DateCorrect and PlaceCorrect count among them.
	Matched      int      `json:"matched"`
	DateCorrect  int      `json:"date_correct"`
	PlaceCorrect int      `json:"place_correct"`
	Participants NERScore `json:"participants"`
}

// EventMatch is one gold event and the prediction matched to it (Pred is
// nil for a missed event), or an unmatched prediction (Gold is nil).
type EventMatch struct {
	Doc  string     `json:"doc"`
	Gold *GoldEvent `json:"gold,omitempty"`
	Pred *PredEvent `json:"pred,omitempty"`
	// Duplicate marks an unmatched prediction that overlaps a gold event
	// another prediction already matched.
	Duplicate bool `json:"duplicate,omitempty"`
}

// EventScores are the event scores defined in docs/event.md.
type EventScores struct {
	Docs int `json:"docs"`
	// Untyped and Typed score triggers: a prediction is correct when it
	// overlaps a gold event's trigger or one of its mentions (Typed: and
	// has its type), one prediction per gold event.
	Untyped NERScore `json:"untyped"`
	Typed   NERScore `json:"typed"`
	// Duplicates counts the false positives that overlap an already
	// matched gold event.
	Duplicates int `json:"duplicates"`
	// Matched counts the untyped matches; the argument scores below are
	// over them.
	Matched       int      `json:"matched"`
	DateAccuracy  float64  `json:"date_accuracy"`
	PlaceAccuracy float64  `json:"place_accuracy"`
	Participants  NERScore `json:"participants"`
	// Types has one row per type, sorted by name.
	Types []EventTypeScore `json:"types"`
	// Matches lists every gold event and every prediction with its match,
	// for error analysis.
	Matches []EventMatch `json:"-"`
}

// normEventName normalizes a name for comparison: lower case, ё as е,
// without quotes, with single spaces.
func normEventName(s string) string {
	s = strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(s, "ё", "е"), "Ё", "Е"))
	s = strings.Map(func(r rune) rune {
		switch r {
		case '«', '»', '"', '“', '”', '„', '\'':
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// nameMatches reports whether name equals one of the "|"-separated
// alternatives of gold, after normEventName.
func nameMatches(gold, name string) bool {
	n := normEventName(name)
	for _, alt := range strings.Split(gold, "|") {
		if normEventName(alt) == n {
			return true
		}
	}
	return false
}

// participantCounts returns the gold and predicted participant counts of a
// matched pair and how many gold names a distinct prediction matched.
func participantCounts(gold, pred []string) (g, p, correct int) {
	used := make([]bool, len(pred))
	for _, gn := range gold {
		for j, pn := range pred {
			if !used[j] && nameMatches(gn, pn) {
				used[j] = true
				correct++
				break
			}
		}
	}
	return len(gold), len(pred), correct
}

// overlap returns the number of code points a and b share.
func overlap(a, b doc.Span) int {
	return max(0, min(a.End, b.End)-max(a.Start, b.Start))
}

// matchEvents pairs predictions with gold events of one document: first
// by the gold trigger, then by the gold mentions; within each pass the
// pairs with more shared code points go first. With typed, only events of
// the same type pair. It returns, per prediction, the gold index or -1.
func matchEvents(gold []GoldEvent, pred []PredEvent, typed bool) []int {
	type pair struct{ g, p, ov, pass int }
	var pairs []pair
	for gi, g := range gold {
		for pi, p := range pred {
			if typed && g.Type != p.Type {
				continue
			}
			for si, s := range g.spans() {
				if ov := overlap(s, p.Trigger); ov > 0 {
					pass := 1
					if si == 0 {
						pass = 0
					}
					pairs = append(pairs, pair{gi, pi, ov, pass})
				}
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		a, b := pairs[i], pairs[j]
		if a.pass != b.pass {
			return a.pass < b.pass
		}
		if a.ov != b.ov {
			return a.ov > b.ov
		}
		return pred[a.p].Trigger.Start < pred[b.p].Trigger.Start
	})
	order := make([][2]int, len(pairs))
	for i, pr := range pairs {
		order[i] = [2]int{pr.g, pr.p}
	}
	return greedyMatch(len(pred), len(gold), order)
}

// greedyMatch takes (gold, prediction) index pairs in order of preference
// and returns, per prediction, the gold index matched to it or -1, each
// gold item and each prediction matched at most once.
func greedyMatch(nPred, nGold int, pairs [][2]int) []int {
	out := make([]int, nPred)
	for i := range out {
		out[i] = -1
	}
	taken := make([]bool, nGold)
	for _, pr := range pairs {
		if g, p := pr[0], pr[1]; out[p] < 0 && !taken[g] {
			out[p], taken[g] = g, true
		}
	}
	return out
}

// ScoreEvents scores predicted events against gold ones; docs/event.md
// defines every figure.
func ScoreEvents(docs []EventDoc) EventScores {
	s := EventScores{Docs: len(docs)}
	type counts struct {
		gold, pred, correct    int
		matched, date, place   int
		pGold, pPred, pCorrect int
	}
	byType := map[string]*counts{}
	get := func(t string) *counts {
		c := byType[t]
		if c == nil {
			c = &counts{}
			byType[t] = c
		}
		return c
	}
	var all counts
	var typedCorrect int
	for _, d := range docs {
		for _, g := range d.Gold {
			get(g.Type).gold++
		}
		for _, p := range d.Pred {
			get(p.Type).pred++
		}
		all.gold += len(d.Gold)
		all.pred += len(d.Pred)
		typed := matchEvents(d.Gold, d.Pred, true)
		for _, gi := range typed {
			if gi >= 0 {
				typedCorrect++
				get(d.Gold[gi].Type).correct++
			}
		}
		untyped := matchEvents(d.Gold, d.Pred, false)
		hit := make([]int, len(d.Gold))
		for i := range hit {
			hit[i] = -1
		}
		for pi, gi := range untyped {
			if gi < 0 {
				continue
			}
			hit[gi] = pi
			all.correct++
			g, p := d.Gold[gi], d.Pred[pi]
			c := get(g.Type)
			c.matched++
			all.matched++
			if strings.TrimSpace(g.Date) == strings.TrimSpace(p.Date) {
				c.date++
				all.date++
			}
			if (g.Place == "" && p.Place == "") || (g.Place != "" && nameMatches(g.Place, p.Place)) {
				c.place++
				all.place++
			}
			pg, pp, pc := participantCounts(g.Participants, p.Participants)
			c.pGold += pg
			c.pPred += pp
			c.pCorrect += pc
			all.pGold += pg
			all.pPred += pp
			all.pCorrect += pc
		}
		for gi := range d.Gold {
			m := EventMatch{Doc: d.ID, Gold: &d.Gold[gi]}
			if pi := hit[gi]; pi >= 0 {
				m.Pred = &d.Pred[pi]
			}
			s.Matches = append(s.Matches, m)
		}
		for pi, gi := range untyped {
			if gi >= 0 {
				continue
			}
			m := EventMatch{Doc: d.ID, Pred: &d.Pred[pi]}
			for _, g := range d.Gold {
				for _, sp := range g.spans() {
					if overlap(sp, d.Pred[pi].Trigger) > 0 {
						m.Duplicate = true
					}
				}
			}
			if m.Duplicate {
				s.Duplicates++
			}
			s.Matches = append(s.Matches, m)
		}
	}
	s.Untyped = newNERScore("untyped", all.gold, all.pred, all.correct)
	s.Typed = newNERScore("typed", all.gold, all.pred, typedCorrect)
	s.Matched = all.matched
	s.DateAccuracy = nerRatio(all.date, all.matched)
	s.PlaceAccuracy = nerRatio(all.place, all.matched)
	s.Participants = newNERScore("participants", all.pGold, all.pPred, all.pCorrect)
	types := make([]string, 0, len(byType))
	for t := range byType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		c := byType[t]
		s.Types = append(s.Types, EventTypeScore{
			Trigger:      newNERScore(t, c.gold, c.pred, c.correct),
			Matched:      c.matched,
			DateCorrect:  c.date,
			PlaceCorrect: c.place,
			Participants: newNERScore(t, c.pGold, c.pPred, c.pCorrect),
		})
	}
	return s
}

// Events runs p on the text of every document the gold events name
// (load reads it) and scores the events it finds with ScoreEvents.
// Documents whose text load cannot find (an error wrapping
// fs.ErrNotExist) are left out and listed in skipped; a gold trigger whose
// text differs from the document's is an error.
func Events(gold []GoldEvent, p Processor, load func(id string) ([]byte, error)) (s EventScores, skipped []string, err error) {
	var ids []string
	byDoc := map[string][]GoldEvent{}
	for _, g := range gold {
		if _, ok := byDoc[g.Doc]; !ok {
			ids = append(ids, g.Doc)
		}
		byDoc[g.Doc] = append(byDoc[g.Doc], g)
	}
	var docs []EventDoc
	for _, id := range ids {
		text, err := load(id)
		if errors.Is(err, fs.ErrNotExist) {
			skipped = append(skipped, id)
			continue
		}
		if err != nil {
			return EventScores{}, nil, fmt.Errorf("eval events: %w", err)
		}
		out, err := p.Process(id, text)
		if err != nil {
			return EventScores{}, nil, fmt.Errorf("eval events: process %s: %w", id, err)
		}
		runes := []rune(out.Text)
		for _, g := range byDoc[id] {
			for _, t := range append([]doc.Trigger{g.Trigger}, g.Mentions...) {
				if t.Start < 0 || t.End > len(runes) || string(runes[t.Start:t.End]) != t.Text {
					return EventScores{}, nil, fmt.Errorf("eval events: %s: gold span %d-%d is not %q", id, t.Start, t.End, t.Text)
				}
			}
		}
		docs = append(docs, EventDoc{ID: id, Gold: byDoc[id], Pred: PredEvents(out)})
	}
	return ScoreEvents(docs), skipped, nil
}

// WriteTable writes the scores as aligned text tables: triggers, then
// arguments, each with one row per type and a total row.
func (s EventScores) WriteTable(w io.Writer, title string) error {
	pct := func(a, b int) string {
		if b == 0 {
			return "-"
		}
		return fmt.Sprintf("%.2f", 100*float64(a)/float64(b))
	}
	fmt.Fprintf(w, "%s, %d documents\n", title, s.Docs)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "type\tgold\tpred\ttyped ok\tP %%\tR %%\tF1 %%\tmatched\tdate %%\tplace %%\tpart P %%\tpart R %%\tpart F1 %%\t\n")
	for _, r := range s.Types {
		t := r.Trigger
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t%d\t%s\t%s\t%.2f\t%.2f\t%.2f\t\n", t.Type, t.Gold, t.Pred, t.Correct,
			100*t.Precision, 100*t.Recall, 100*t.F1, r.Matched, pct(r.DateCorrect, r.Matched), pct(r.PlaceCorrect, r.Matched),
			100*r.Participants.Precision, 100*r.Participants.Recall, 100*r.Participants.F1)
	}
	fmt.Fprintf(tw, "typed\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t\t\t\t\t\t\t\n", s.Typed.Gold, s.Typed.Pred, s.Typed.Correct,
		100*s.Typed.Precision, 100*s.Typed.Recall, 100*s.Typed.F1)
	fmt.Fprintf(tw, "untyped\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t\n", s.Untyped.Gold, s.Untyped.Pred, s.Untyped.Correct,
		100*s.Untyped.Precision, 100*s.Untyped.Recall, 100*s.Untyped.F1, s.Matched, 100*s.DateAccuracy, 100*s.PlaceAccuracy,
		100*s.Participants.Precision, 100*s.Participants.Recall, 100*s.Participants.F1)
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("eval: writing event table: %w", err)
	}
	_, err := fmt.Fprintf(w, "duplicates among the false positives: %d\n", s.Duplicates)
	return err
}

// WriteErrors writes one line per missed gold event, false positive and
// matched event whose type, date, place or participants differ.
func (s EventScores) WriteErrors(w io.Writer) error {
	for _, m := range s.Matches {
		var line string
		switch {
		case m.Gold != nil && m.Pred == nil:
			line = fmt.Sprintf("MISS %s %s %q %d-%d", m.Doc, m.Gold.Type, m.Gold.Trigger.Text, m.Gold.Trigger.Start, m.Gold.Trigger.End)
		case m.Gold == nil:
			kind := "FP"
			if m.Duplicate {
				kind = "DUP"
			}
			line = fmt.Sprintf("%s %s %s %q %d-%d", kind, m.Doc, m.Pred.Type, m.Pred.Text, m.Pred.Trigger.Start, m.Pred.Trigger.End)
		default:
			g, p := m.Gold, m.Pred
			var diffs []string
			if g.Type != p.Type {
				diffs = append(diffs, fmt.Sprintf("type %s≠%s", p.Type, g.Type))
			}
			if g.Date != p.Date {
				diffs = append(diffs, fmt.Sprintf("date %q≠%q", p.Date, g.Date))
			}
			if !((g.Place == "" && p.Place == "") || (g.Place != "" && nameMatches(g.Place, p.Place))) {
				diffs = append(diffs, fmt.Sprintf("place %q≠%q", p.Place, g.Place))
			}
			if _, _, c := participantCounts(g.Participants, p.Participants); c != len(g.Participants) || c != len(p.Participants) {
				diffs = append(diffs, fmt.Sprintf("participants %q≠%q", p.Participants, g.Participants))
			}
			if len(diffs) == 0 {
				continue
			}
			line = fmt.Sprintf("ARGS %s %s %q: %s", m.Doc, g.Type, g.Trigger.Text, strings.Join(diffs, "; "))
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return fmt.Errorf("eval: writing event errors: %w", err)
		}
	}
	return nil
}

// EventsCommandOptions are the settings of `factgraph eval events`.
type EventsCommandOptions struct {
	Gold   string // the gold file (testdata/events/gold.jsonl)
	Root   string // the folder "repo:" documents are relative to
	Data   string // the shared data folder (holds nerel/dev, factruEval/devset)
	Errors bool   // also list every error
	JSON   bool   // print JSON instead of tables
	// NEREL also scores the events of every NEREL dev document against its
	// EVENT entities and their relations (NERELEvents), when found.
	NEREL bool
	// Processor builds the pipeline to score (pipeline.New in the CLI).
	Processor func() (Processor, error)
}

// EventsFlags registers the flags of `factgraph eval events` on fs, with
// data as the default data folder, and returns the options they fill.
func EventsFlags(fs *flag.FlagSet, data string) *EventsCommandOptions {
	o := &EventsCommandOptions{}
	fs.StringVar(&o.Gold, "gold", filepath.Join("testdata", "events", "gold.jsonl"), "gold events, one JSON object a line")
	fs.StringVar(&o.Root, "root", ".", "folder that repo: documents of the gold file are relative to (the repository root)")
	fs.StringVar(&o.Data, "data", data, "folder holding the public corpora (nerel/dev, factruEval/devset)")
	fs.BoolVar(&o.Errors, "errors", false, "also list missed, spurious and mis-argued events")
	fs.BoolVar(&o.JSON, "json", false, "print the scores as JSON")
	fs.BoolVar(&o.NEREL, "nerel", true, "also score against NEREL dev's EVENT entities and their arguments")
	return o
}

// EventsCommand runs `factgraph eval events`: it scores the events
// o.Processor extracts against the gold file, on every document whose text
// is found (the others are named on stdout), and prints tables or JSON.
func EventsCommand(o EventsCommandOptions, stdout io.Writer) error {
	if o.Processor == nil {
		return errors.New("eval events: no processor")
	}
	gold, err := ReadGoldEventsFile(o.Gold)
	if err != nil {
		return fmt.Errorf("eval events: %w", err)
	}
	p, err := o.Processor()
	if err != nil {
		return fmt.Errorf("eval events: %w", err)
	}
	s, skipped, err := Events(gold, p, EventTextLoader(o.Root, o.Data))
	if err != nil {
		return err
	}
	var nerel *NERELEventScores
	nerelDir := filepath.Join(o.Data, "nerel", "dev")
	if o.NEREL {
		docs, err := brat.ReadDir(nerelDir)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			fmt.Fprintf(stdout, "NEREL dev not found in %s: its event scores are left out\n\n", nerelDir)
		case err != nil:
			return fmt.Errorf("eval events: %w", err)
		default:
			ns, err := NERELEvents(docs, p)
			if err != nil {
				return fmt.Errorf("eval events: %w", err)
			}
			nerel = &ns
		}
	}
	if o.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(map[string]any{"events": s, "skipped": skipped, "nerel": nerel}); err != nil {
			return fmt.Errorf("eval events: %w", err)
		}
		return nil
	}
	if len(skipped) > 0 {
		fmt.Fprintf(stdout, "skipped %d documents whose text was not found (is -data right?): %s\n\n", len(skipped), strings.Join(skipped, ", "))
	}
	if err := s.WriteTable(stdout, "Events (trigger overlap; arguments over untyped matches)"); err != nil {
		return err
	}
	if nerel != nil {
		fmt.Fprintln(stdout)
		if err := nerel.WriteTable(stdout, "NEREL v1.1 dev events (EVENT entities; arguments from their relations, exact extents)"); err != nil {
			return err
		}
	}
	if o.Errors {
		fmt.Fprintln(stdout)
		return s.WriteErrors(stdout)
	}
	return nil
}
