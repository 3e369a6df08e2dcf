package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/factgraph/factgraph/corpus/factru"
	"github.com/factgraph/factgraph/doc"
)

// The three types of the naeval factRuEval-2016 metric, in naeval's order.
const (
	PER = "PER"
	ORG = "ORG"
	LOC = "LOC"
)

var naevalTypes = [...]string{PER, ORG, LOC}

// FactRuDoc is one factRuEval document prepared for NaevalScore.
type FactRuDoc struct {
	ID string
	// Tokens are the document's tokens from the tokenizer under evaluation
	// (naeval uses razdel), in code points of the text the gold offsets
	// index (factru.Document.Text).
	Tokens []doc.Span
	// Gold holds PER, ORG and LOC spans, as FactRuGoldSpans returns them.
	Gold []TypedSpan
	// Pred holds predicted spans in the predictor's own types; NaevalScore
	// maps them to PER, ORG and LOC.
	Pred []TypedSpan
}

// NaevalDropped counts the spans NaevalScore set aside before scoring.
type NaevalDropped struct {
	// GoldOverlap and PredOverlap count spans removed by the overlap filter.
	GoldOverlap int `json:"gold_overlap"`
	PredOverlap int `json:"pred_overlap"`
	// GoldMisaligned and PredMisaligned count spans whose start is not a
	// token start or whose end is not a token end.
	GoldMisaligned int `json:"gold_misaligned"`
	PredMisaligned int `json:"pred_misaligned"`
	// GoldOtherType counts gold spans not typed PER, ORG or LOC;
	// PredUnmapped counts predicted spans whose type the map lacks.
	GoldOtherType int `json:"gold_other_type"`
	PredUnmapped  int `json:"pred_unmapped"`
}

// NaevalScores are the factRuEval-2016 scores of NaevalScore, one row per
// type in the order PER, ORG, LOC.
type NaevalScores struct {
	Docs int `json:"docs"`
	// Token is naeval's token-level score: Gold, Pred and Correct count
	// tokens tagged with the type in gold, in prediction and in both.
	Token []NERScore `json:"token"`
	// Span is the exact-span score on the same filtered spans: Gold, Pred
	// and Correct count spans.
	Span    []NERScore    `json:"span"`
	Dropped NaevalDropped `json:"dropped"`
}

// NERELTypeMap returns the map from NEREL entity types to naeval's types
// that NaevalScore uses when given none: PERSON → PER; ORGANIZATION → ORG;
// COUNTRY, CITY, STATE_OR_PROVINCE, DISTRICT and LOCATION → LOC. Other NEREL
// types (FACILITY, NATIONALITY, …) are not mapped, so their spans are
// dropped. docs/eval.md explains the choice.
func NERELTypeMap() map[string]string {
	return map[string]string{
		"PERSON":            PER,
		"ORGANIZATION":      ORG,
		"COUNTRY":           LOC,
		"CITY":              LOC,
		"STATE_OR_PROVINCE": LOC,
		"DISTRICT":          LOC,
		"LOCATION":          LOC,
	}
}

// FactRuGoldSpans returns the gold spans naeval takes from a factRuEval
// document's objects, in object order:
//   - Person: one PER span from the smallest start to the largest end of the
//     object's spans;
//   - Org: its org_name spans, typed ORG;
//   - Location and LocOrg: their loc_name spans, typed LOC.
//
// Within one Org, Location or LocOrg object the selected spans go through the
// overlap filter (see NaevalScore). Other object types (Project, Facility)
// give nothing. A span ID given twice in .spans resolves to its last line.
func FactRuGoldSpans(d *factru.Document) []TypedSpan {
	spans := d.SpanByID()
	var out []TypedSpan
	for _, o := range d.Objects {
		var want, typ string
		switch o.Type {
		case "Person":
			ext, ok := doc.Span{}, false
			for _, id := range o.SpanIDs {
				s, found := spans[id]
				if !found {
					continue
				}
				e := s.Extent()
				if !ok {
					ext, ok = e, true
					continue
				}
				ext.Start = min(ext.Start, e.Start)
				ext.End = max(ext.End, e.End)
			}
			if ok {
				out = append(out, TypedSpan{Span: ext, Type: PER})
			}
			continue
		case "Org":
			want, typ = "org_name", ORG
		case "Location", "LocOrg":
			want, typ = "loc_name", LOC
		default:
			continue
		}
		var sel []TypedSpan
		for _, id := range o.SpanIDs {
			if s, ok := spans[id]; ok && s.Type == want {
				sel = append(sel, TypedSpan{Span: s.Extent(), Type: typ})
			}
		}
		kept, _ := naevalOverlapFilter(sel)
		out = append(out, kept...)
	}
	return out
}

// NaevalScore computes the naeval factRuEval-2016 metric (natasha/naeval,
// naeval/ner) and an exact-span score on the same spans. typeMap maps
// predicted types to PER, ORG and LOC; nil means NERELTypeMap().
//
// For each document:
//  1. Gold spans not typed PER, ORG or LOC are dropped; predicted spans are
//     mapped through typeMap, and those of unmapped types dropped.
//  2. Gold and predicted spans each go through the overlap filter: sorted by
//     start, longer first (stable), a span is dropped when it starts before
//     the end of the last span kept.
//  3. Spans whose start is not the start of a token or whose end is not the
//     end of a token are dropped. naeval applies this to gold spans too.
//  4. For each type, every token is tagged I if it falls in a span of that
//     type, else O, walking tokens and the start-sorted spans together as
//     naeval's spans_io does (for aligned, non-overlapping spans: I exactly
//     when the token lies inside the span).
//
// Token scores sum, per type over all documents, the tokens tagged I in
// prediction (Pred), in gold (Gold) and in both (Correct). Span scores count
// spans of step 3 matching exactly in start, end and type.
func NaevalScore(docs []FactRuDoc, typeMap map[string]string) NaevalScores {
	if typeMap == nil {
		typeMap = NERELTypeMap()
	}
	type counts struct{ gold, pred, correct int }
	var tok, span [len(naevalTypes)]counts
	var dropped NaevalDropped
	for _, d := range docs {
		tokens := append([]doc.Span(nil), d.Tokens...)
		sort.SliceStable(tokens, func(i, j int) bool {
			if tokens[i].Start != tokens[j].Start {
				return tokens[i].Start < tokens[j].Start
			}
			return tokens[i].End < tokens[j].End
		})
		var gold, pred []TypedSpan
		for _, s := range d.Gold {
			if naevalTypeIndex(s.Type) < 0 {
				dropped.GoldOtherType++
				continue
			}
			gold = append(gold, s)
		}
		for _, s := range d.Pred {
			t, ok := typeMap[s.Type]
			if !ok || naevalTypeIndex(t) < 0 {
				dropped.PredUnmapped++
				continue
			}
			pred = append(pred, TypedSpan{Span: s.Span, Type: t})
		}
		var n int
		gold, n = naevalOverlapFilter(gold)
		dropped.GoldOverlap += n
		pred, n = naevalOverlapFilter(pred)
		dropped.PredOverlap += n
		gold, n = naevalAlignFilter(gold, tokens)
		dropped.GoldMisaligned += n
		pred, n = naevalAlignFilter(pred, tokens)
		dropped.PredMisaligned += n
		for i, typ := range naevalTypes {
			g := naevalTags(tokens, naevalOfType(gold, typ))
			p := naevalTags(tokens, naevalOfType(pred, typ))
			for k := range tokens {
				if p[k] {
					tok[i].pred++
					if g[k] {
						tok[i].correct++
					}
				}
				if g[k] {
					tok[i].gold++
				}
			}
			gs, ps := naevalOfType(gold, typ), naevalOfType(pred, typ)
			span[i].gold += len(gs)
			span[i].pred += len(ps)
			span[i].correct += naevalExactMatches(gs, ps)
		}
	}
	s := NaevalScores{Docs: len(docs), Dropped: dropped}
	for i, typ := range naevalTypes {
		s.Token = append(s.Token, newNERScore(typ, tok[i].gold, tok[i].pred, tok[i].correct))
		s.Span = append(s.Span, newNERScore(typ, span[i].gold, span[i].pred, span[i].correct))
	}
	return s
}

func naevalTypeIndex(t string) int {
	for i, n := range naevalTypes {
		if n == t {
			return i
		}
	}
	return -1
}

// naevalOverlapFilter is naeval's filter_overlapping: spans sorted by start
// and then by end descending (stable) are walked keeping the last kept span;
// a span starting before that span's end is dropped. The kept spans are
// returned in their input order, with the number dropped.
func naevalOverlapFilter(spans []TypedSpan) ([]TypedSpan, int) {
	order := make([]int, len(spans))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		sa, sb := spans[order[a]], spans[order[b]]
		if sa.Start != sb.Start {
			return sa.Start < sb.Start
		}
		return sa.End > sb.End
	})
	drop := make([]bool, len(spans))
	prev := -1
	n := 0
	for _, i := range order {
		if prev >= 0 && spans[prev].End > spans[i].Start {
			drop[i] = true
			n++
			continue
		}
		prev = i
	}
	kept := make([]TypedSpan, 0, len(spans)-n)
	for i, s := range spans {
		if !drop[i] {
			kept = append(kept, s)
		}
	}
	return kept, n
}

// naevalAlignFilter is naeval's filter_misaligned_spans followed by its
// sort_spans: it keeps the spans whose start is some token's start and whose
// end is some token's end, sorted by start (stable), with the number dropped.
func naevalAlignFilter(spans []TypedSpan, tokens []doc.Span) ([]TypedSpan, int) {
	starts := make(map[int]bool, len(tokens))
	ends := make(map[int]bool, len(tokens))
	for _, t := range tokens {
		starts[t.Start] = true
		ends[t.End] = true
	}
	var kept []TypedSpan
	for _, s := range spans {
		if starts[s.Start] && ends[s.End] {
			kept = append(kept, s)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].Start < kept[j].Start })
	return kept, len(spans) - len(kept)
}

func naevalOfType(spans []TypedSpan, typ string) []TypedSpan {
	var out []TypedSpan
	for _, s := range spans {
		if s.Type == typ {
			out = append(out, s)
		}
	}
	return out
}

// naevalTags is naeval's spans_io for one type: it walks the tokens in order
// with the current span (spans sorted by start); a token at or after the
// current span's start is tagged I, and a token ending at or after the
// current span's end moves on to the next span.
func naevalTags(tokens []doc.Span, spans []TypedSpan) []bool {
	tags := make([]bool, len(tokens))
	j := 0
	for k, t := range tokens {
		if j >= len(spans) {
			break
		}
		if t.Start >= spans[j].Start {
			tags[k] = true
		}
		if t.End >= spans[j].End {
			j++
		}
	}
	return tags
}

// naevalExactMatches counts predicted spans matching a gold span of the same
// type exactly, each gold span matched once.
func naevalExactMatches(gold, pred []TypedSpan) int {
	left := map[TypedSpan]int{}
	for _, g := range gold {
		left[g]++
	}
	n := 0
	for _, p := range pred {
		if left[p] > 0 {
			left[p]--
			n++
		}
	}
	return n
}

// WriteTable writes the token-level and exact-span tables and the counts of
// spans set aside.
func (s NaevalScores) WriteTable(w io.Writer) error {
	if err := writeNERTable(w, fmt.Sprintf("naeval factRuEval-2016, token level, %d documents", s.Docs), s.Token); err != nil {
		return err
	}
	if err := writeNERTable(w, "exact spans after the same filters", s.Span); err != nil {
		return err
	}
	dr := s.Dropped
	_, err := fmt.Fprintf(w, "dropped: gold %d overlapping, %d misaligned, %d other type; pred %d overlapping, %d misaligned, %d unmapped type\n",
		dr.GoldOverlap, dr.GoldMisaligned, dr.GoldOtherType, dr.PredOverlap, dr.PredMisaligned, dr.PredUnmapped)
	if err != nil {
		return fmt.Errorf("eval: writing naeval table: %w", err)
	}
	return nil
}

// String returns the tables written by WriteTable.
func (s NaevalScores) String() string {
	var b strings.Builder
	_ = s.WriteTable(&b)
	return b.String()
}
