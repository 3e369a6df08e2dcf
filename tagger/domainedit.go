package tagger

import (
	"fmt"
	"slices"
	"strings"

	"github.com/factgraph/factgraph/morph"
)

// Tag edits. Where a treebank's convention gives features the dictionary
// map does not (UD GSD: participles with Animacy in every case, numbers
// in digits with Case and Gender), its tags are candidates only for the
// words its training sentences contain. A tag edit generalises them: in
// the training sentences of a domain, a gold tag that none of the word's
// dictionary readings has is compared with the closest reading of the
// same UPOS (fewest differing features, at most maxEditSize), and the
// difference — features removed and added, keyed by the UPOS and the
// VerbForm — is counted. Edits seen at least minEditCount times are kept
// (Meta "tag_edits_<domain>"); when tagging in that domain, every
// candidate an edit applies to gets the edited tag as one more candidate,
// marked as such for the candidate features, and the model decides.

// metaTagEdits prefixes the Meta key of a domain's tag edits.
const metaTagEdits = "tag_edits_"

const (
	maxEditSize  = 3 // features removed plus added
	minEditCount = 3
)

// tagEdit is one learned edit: for a tag of UPOS/VerbForm cond that has
// the features of remove and none of the keys of add, the tag without
// remove and with add.
type tagEdit struct {
	cond   string
	remove []string
	add    []string
}

// String encodes the edit for Meta: cond;removed;added (features joined
// by "|").
func (e tagEdit) String() string {
	return e.cond + ";" + strings.Join(e.remove, "|") + ";" + strings.Join(e.add, "|")
}

func parseTagEdit(s string) (tagEdit, error) {
	parts := strings.Split(s, ";")
	if len(parts) != 3 {
		return tagEdit{}, fmt.Errorf("tagger: tag edit %q: want cond;removed;added", s)
	}
	split := func(s string) []string {
		if s == "" {
			return nil
		}
		return strings.Split(s, "|")
	}
	return tagEdit{cond: parts[0], remove: split(parts[1]), add: split(parts[2])}, nil
}

// editCond is the condition key of a tag: its UPOS and VerbForm.
func editCond(tag string) string {
	upos, feats := SplitTag(tag)
	return upos + "/" + featValue("|"+feats, "VerbForm")
}

// apply returns the edited tag, or "" if e does not apply to tag.
func (e tagEdit) apply(tag string) string {
	if editCond(tag) != e.cond {
		return ""
	}
	upos, feats := SplitTag(tag)
	fs := appendFeats(nil, feats)
	for _, r := range e.remove {
		if !slices.Contains(fs, r) {
			return ""
		}
	}
	out := make([]string, 0, len(fs)+len(e.add))
	for _, f := range fs {
		if !slices.Contains(e.remove, f) {
			out = append(out, f)
		}
	}
	for _, a := range e.add {
		k, _, _ := strings.Cut(a, "=")
		if featValue("|"+feats, k) != "" && !slices.ContainsFunc(e.remove, func(r string) bool { return strings.HasPrefix(r, k+"=") }) {
			return ""
		}
		out = append(out, a)
	}
	return Analysis{UPOS: upos, Feats: joinFeats(out)}.Tag()
}

// learnTagEdits counts the tag edits of each domain's training sentences
// and returns the Meta entries of those kept.
func (m *Model) learnTagEdits(sents [][]Token, domains []string) map[string]string {
	if m.an == nil || domains == nil {
		return nil
	}
	counts := map[string]map[string]int{} // domain → edit → count
	seen := map[*Token]bool{}             // a sentence repeated in the data counts once
	var buf []morph.Parse
	for si, s := range sents {
		d := domains[si]
		if d == "" || len(s) == 0 || seen[&s[0]] {
			continue
		}
		seen[&s[0]] = true
		for _, t := range s {
			if t.UPOS == "" {
				continue
			}
			gold := t.Tag()
			buf = m.an.AppendParses(buf[:0], t.Form)
			best, bestN := "", maxEditSize+1
			for _, p := range buf {
				for _, a := range m.mapParse(t.Form, p) {
					tag := a.Tag()
					if tag == gold {
						best, bestN = "", 0
						break
					}
					if a.UPOS != t.UPOS {
						continue
					}
					if n := featDiff(a.Feats, t.Feats); n < bestN {
						best, bestN = tag, n
					}
				}
				if bestN == 0 {
					break
				}
			}
			if best == "" {
				continue
			}
			e := editBetween(best, gold)
			if counts[d] == nil {
				counts[d] = map[string]int{}
			}
			counts[d][e.String()]++
		}
	}
	meta := map[string]string{}
	for d, c := range counts {
		var keep []string
		for e, n := range c {
			if n >= minEditCount {
				keep = append(keep, e)
			}
		}
		if len(keep) > 0 {
			slices.Sort(keep)
			meta[metaTagEdits+d] = strings.Join(keep, " ")
		}
	}
	return meta
}

// featDiff is the number of features in one of a and b but not the other.
func featDiff(a, b string) int {
	fa, fb := appendFeats(nil, a), appendFeats(nil, b)
	n := 0
	for _, f := range fa {
		if !slices.Contains(fb, f) {
			n++
		}
	}
	for _, f := range fb {
		if !slices.Contains(fa, f) {
			n++
		}
	}
	return n
}

// editBetween is the edit turning tag from into tag to (same UPOS).
func editBetween(from, to string) tagEdit {
	_, ff := SplitTag(from)
	_, tf := SplitTag(to)
	fa, fb := appendFeats(nil, ff), appendFeats(nil, tf)
	e := tagEdit{cond: editCond(from)}
	for _, f := range fa {
		if !slices.Contains(fb, f) {
			e.remove = append(e.remove, f)
		}
	}
	for _, f := range fb {
		if !slices.Contains(fa, f) {
			e.add = append(e.add, f)
		}
	}
	return e
}

// parseTagEdits reads a domain's edits from Meta, grouped by condition.
func parseTagEdits(s string) (map[string][]tagEdit, error) {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return nil, nil
	}
	out := map[string][]tagEdit{}
	for _, f := range fields {
		e, err := parseTagEdit(f)
		if err != nil {
			return nil, err
		}
		out[e.cond] = append(out[e.cond], e)
	}
	return out, nil
}

// editCands returns cs with the candidates the domain's tag edits make
// from them appended (cs itself if there are none). An edited tag equal
// to a candidate that only training added (the gold tag) marks that one.
func (m *Model) editCands(cs []cand) []cand {
	var out []cand
	for k := range cs {
		tag := m.tagString(&cs[k])
		for _, e := range m.edits[editCond(tag)] {
			nt := e.apply(tag)
			if nt == "" {
				continue
			}
			if out == nil {
				out = slices.Clone(cs)
			}
			found := false
			for j := range out {
				if m.tagString(&out[j]) == nt {
					found = true
					if c := &out[j]; c.dictRank < 0 && !c.fromLex && !c.suffix {
						c.edit = true
					}
					break
				}
			}
			if !found {
				c := m.newCand(nt, cs[k].lemma)
				c.edit = true
				out = append(out, c)
			}
		}
	}
	if out == nil {
		return cs
	}
	return out
}
