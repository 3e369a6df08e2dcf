package eval

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"text/tabwriter"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/doc"
)

// The roles an event argument is scored in on NEREL, and the NEREL
// relations that give them (docs/event.md, "NEREL dev"): participants from
// PARTICIPANT_IN, AGENT and ORGANIZES (Arg1 a person, an organization or a
// country; Arg2 the event), the place from TAKES_PLACE_IN (Arg2 of the
// event) and the time from POINT_IN_TIME, START_TIME and END_TIME.
const (
	RoleParticipant = "participant"
	RolePlace       = "place"
	RoleTime        = "time"
)

// eventRoles lists the scored roles in table order.
var eventRoles = []string{RoleParticipant, RolePlace, RoleTime}

// nerelArgRole maps a NEREL relation with an EVENT argument to the role of
// its other argument; eventIsArg1 says the event is Arg1.
func nerelArgRole(rel, otherType string) (role string, eventIsArg1 bool) {
	switch rel {
	case "PARTICIPANT_IN", "AGENT", "ORGANIZES":
		switch otherType {
		case "PERSON", "ORGANIZATION", "COUNTRY":
			return RoleParticipant, false
		}
	case "TAKES_PLACE_IN":
		return RolePlace, true
	case "POINT_IN_TIME", "START_TIME", "END_TIME":
		return RoleTime, true
	}
	return "", false
}

// EventArg is one argument of an event: a role and, for gold, the
// argument's extent; for predictions, the extents of every mention of the
// argument's entity.
type EventArg struct {
	Role  string
	Spans []doc.Span
}

// NERELEvent is a gold or predicted event as NEREL dev scores it: the
// spans that name it and its arguments.
type NERELEvent struct {
	Spans []doc.Span
	Args  []EventArg
}

// NERELGoldEvents reads the events of a NEREL document: its EVENT entities,
// those joined by ALTERNATIVE_NAME taken as one event, with the arguments
// their relations give (nerelArgRole), each (role, extent) once.
func NERELGoldEvents(d *brat.Document) []NERELEvent {
	ents := map[string]brat.Entity{}
	u := newUnionFind()
	for _, e := range d.Entities {
		ents[e.ID] = e
		if e.Type == "EVENT" {
			u.add(e.ID)
		}
	}
	isEvent := func(id string) bool { return ents[id].Type == "EVENT" }
	for _, r := range d.Relations {
		if r.Type == "ALTERNATIVE_NAME" && isEvent(r.Arg1) && isEvent(r.Arg2) {
			u.union(r.Arg1, r.Arg2)
		}
	}
	clusters := u.clusters()
	of := map[string]int{}
	out := make([]NERELEvent, len(clusters))
	for i, c := range clusters {
		for _, id := range c {
			of[id] = i
			out[i].Spans = append(out[i].Spans, ents[id].Extent())
		}
	}
	type argKey struct {
		ev   int
		role string
		span doc.Span
	}
	seen := map[argKey]bool{}
	for _, r := range d.Relations {
		a1, ok1 := ents[r.Arg1]
		a2, ok2 := ents[r.Arg2]
		if !ok1 || !ok2 {
			continue
		}
		ev, other := a2, a1
		if a1.Type == "EVENT" {
			ev, other = a1, a2
		} else if a2.Type != "EVENT" {
			continue
		}
		role, eventIsArg1 := nerelArgRole(r.Type, other.Type)
		if role == "" || eventIsArg1 != (ev.ID == a1.ID) {
			continue
		}
		k := argKey{of[ev.ID], role, other.Extent()}
		if !seen[k] {
			seen[k] = true
			out[k.ev].Args = append(out[k.ev].Args, EventArg{Role: role, Spans: []doc.Span{k.span}})
		}
	}
	return out
}

// NERELPredEvents lists the events of d (of every type, OTHER included:
// NEREL's EVENT entities are not limited to the taxonomy) with the spans
// that name each (the trigger and the mentions of its EVENT entity) and
// its arguments: participants, agents, organizers and objects as
// participants, the place, and time arguments.
func NERELPredEvents(d *doc.Document) []NERELEvent {
	spans := map[string][]doc.Span{}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			spans[e.ID] = append(spans[e.ID], m.Span)
		}
	}
	out := make([]NERELEvent, 0, len(d.Events))
	for _, v := range d.Events {
		ev := NERELEvent{Spans: []doc.Span{v.Trigger.Span}}
		if v.Entity != "" {
			ev.Spans = append(ev.Spans, spans[v.Entity]...)
		}
		seen := map[[2]string]bool{}
		add := func(role, id string) {
			k := [2]string{role, id}
			if id == "" || seen[k] || len(spans[id]) == 0 {
				return
			}
			seen[k] = true
			ev.Args = append(ev.Args, EventArg{Role: role, Spans: spans[id]})
		}
		for _, id := range v.Participants {
			add(RoleParticipant, id)
		}
		add(RolePlace, v.Place)
		for _, a := range v.Arguments {
			switch a.Role {
			case "agent", "participant", "organizer", "object":
				add(RoleParticipant, a.Entity)
			case "place":
				add(RolePlace, a.Entity)
			case "time":
				add(RoleTime, a.Entity)
			}
		}
		out = append(out, ev)
	}
	return out
}

// NERELEventScores score predicted events against NEREL's: events by
// overlap of their names, arguments by role and exact extent.
type NERELEventScores struct {
	Docs int `json:"docs"`
	// Events: a prediction is correct when one of its spans overlaps a
	// span of a gold event, one prediction per gold event.
	Events NERScore `json:"events"`
	// Args has one row per role and a micro row ("all"), end to end: gold
	// counts every argument of every gold event, pred every argument of
	// every predicted event, and an argument is correct when its event is
	// matched and one mention of its entity has the extent of a gold
	// argument of the same role of the matched gold event.
	Args []NERScore `json:"args"`
	// Matched is the same over matched events only: the arguments of
	// missed gold events and of unmatched predictions are not counted.
	Matched []NERScore `json:"matched"`
}

// matchNERELEvents pairs predictions with gold events of one document,
// the pairs sharing more code points first; it returns, per prediction,
// the gold index or -1.
func matchNERELEvents(gold, pred []NERELEvent) []int {
	type pair struct{ g, p, ov int }
	var pairs []pair
	for gi, g := range gold {
		for pi, p := range pred {
			best := 0
			for _, a := range g.Spans {
				for _, b := range p.Spans {
					best = max(best, overlap(a, b))
				}
			}
			if best > 0 {
				pairs = append(pairs, pair{gi, pi, best})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].ov > pairs[j].ov })
	order := make([][2]int, len(pairs))
	for i, pr := range pairs {
		order[i] = [2]int{pr.g, pr.p}
	}
	return greedyMatch(len(pred), len(gold), order)
}

// argCounts counts, per role, the gold and predicted arguments of a
// matched pair and the correct ones (each gold argument used once).
func argCounts(gold, pred NERELEvent, counts map[string]*[3]int) {
	used := make([]bool, len(gold.Args))
	for _, a := range gold.Args {
		counts[a.Role][0]++
	}
	for _, a := range pred.Args {
		counts[a.Role][1]++
		for gi, g := range gold.Args {
			if !used[gi] && g.Role == a.Role && slices.Contains(a.Spans, g.Spans[0]) {
				used[gi] = true
				counts[a.Role][2]++
				break
			}
		}
	}
}

// ScoreNERELEvents scores the predicted events of each document (pred[i]
// for gold[i]).
func ScoreNERELEvents(gold, pred [][]NERELEvent) NERELEventScores {
	all := map[string]*[3]int{}
	matched := map[string]*[3]int{}
	for _, r := range eventRoles {
		all[r], matched[r] = new([3]int), new([3]int)
	}
	var ng, np, nc int
	for i := range gold {
		g, p := gold[i], pred[i]
		m := matchNERELEvents(g, p)
		ng += len(g)
		np += len(p)
		hit := make([]bool, len(g))
		for pi, gi := range m {
			if gi < 0 {
				argCounts(NERELEvent{}, p[pi], all)
				continue
			}
			nc++
			hit[gi] = true
			argCounts(g[gi], p[pi], all)
			argCounts(g[gi], p[pi], matched)
		}
		for gi, h := range hit {
			if !h {
				argCounts(g[gi], NERELEvent{}, all)
			}
		}
	}
	rows := func(c map[string]*[3]int) []NERScore {
		var out []NERScore
		var t [3]int
		for _, r := range eventRoles {
			x := c[r]
			out = append(out, newNERScore(r, x[0], x[1], x[2]))
			for j := range t {
				t[j] += x[j]
			}
		}
		return append(out, newNERScore("all", t[0], t[1], t[2]))
	}
	return NERELEventScores{Docs: len(gold), Events: newNERScore("events", ng, np, nc), Args: rows(all), Matched: rows(matched)}
}

// NERELEvents runs p on every NEREL document and scores its events with
// ScoreNERELEvents.
func NERELEvents(docs []*brat.Document, p Processor) (NERELEventScores, error) {
	gold := make([][]NERELEvent, len(docs))
	pred := make([][]NERELEvent, len(docs))
	for i, d := range docs {
		out, err := p.Process(d.ID, []byte(d.Text))
		if err != nil {
			return NERELEventScores{}, fmt.Errorf("process %s: %w", d.ID, err)
		}
		gold[i], pred[i] = NERELGoldEvents(d), NERELPredEvents(out)
	}
	return ScoreNERELEvents(gold, pred), nil
}

// WriteTable writes the NEREL event scores as an aligned text table.
func (s NERELEventScores) WriteTable(w io.Writer, title string) error {
	fmt.Fprintf(w, "%s, %d documents\n", title, s.Docs)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "\tgold\tpred\tcorrect\tP %%\tR %%\tF1 %%\t\n")
	row := func(name string, r NERScore) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t\n", name, r.Gold, r.Pred, r.Correct, 100*r.Precision, 100*r.Recall, 100*r.F1)
	}
	row("events", s.Events)
	for _, r := range s.Args {
		row(r.Type, r)
	}
	for _, r := range s.Matched {
		row(r.Type+" (matched events)", r)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("eval: writing NEREL event table: %w", err)
	}
	return nil
}
