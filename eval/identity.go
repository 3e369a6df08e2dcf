package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/ingest"
	"github.com/factgraph/factgraph/names"
	"github.com/factgraph/factgraph/store"
	"github.com/factgraph/factgraph/tokenize"
)

// This file scores cross-document identity: whether the knowledge store
// puts the mentions of one real-world entity, found in different documents,
// into one store entity, and keeps different entities apart. The key comes
// from NEREL's Wikidata links: entities normalized to the same Wikidata item
// (QID) are the same, entities with different QIDs are different.
// docs/identity.md defines the metrics and gives the figures.

// IdentityLink is one gold linked mention: a NEREL entity annotation that an
// N line normalizes to a Wikidata item.
type IdentityLink struct {
	// Doc is the NEREL document ID ("119336_text") and ID the annotation's
	// T-id ("T11").
	Doc string `json:"doc"`
	ID  string `json:"id"`
	// QID is the Wikidata item, "Q" and digits ("Q649").
	QID  string `json:"qid"`
	Type string `json:"type"`
	// Span is the annotation's extent, in code points of the text.
	doc.Span
	// Prev is the token just before the mention in the document, "" at the
	// start: the context names.Linker gives the canonicalizer.
	Prev string `json:"prev"`
	// Text is the text of the extent.
	Text string `json:"text"`
}

// key identifies the link across documents.
func (l IdentityLink) key() string { return l.Doc + "/" + l.ID }

// IdentityLinkHeader is the column line of an identity gold file.
const IdentityLinkHeader = "doc\tid\tqid\ttype\tstart\tend\tprev\ttext"

// NERELIdentityLinks returns the gold links of NEREL documents: every
// entity annotation with a "Reference … Wikidata:Q…" normalization (links to
// Wikidata:NULL and annotations outside the text are left out; an
// annotation with two links keeps the first). Discontinuous annotations are
// taken by their extent. The links are ordered by document, then by
// position.
func NERELIdentityLinks(docs []*brat.Document) []IdentityLink {
	var out []IdentityLink
	for _, d := range docs {
		runes := []rune(d.Text)
		byID := map[string]brat.Entity{}
		for _, e := range d.Entities {
			byID[e.ID] = e
		}
		var toks []doc.Token
		for _, s := range tokenize.Split(d.Text) {
			toks = append(toks, s.Tokens...)
		}
		seen := map[string]bool{}
		var links []IdentityLink
		for _, n := range d.Norms {
			qid, ok := strings.CutPrefix(n.RefID, "Wikidata:")
			if n.Type != "Reference" || !ok || !validQID(qid) || seen[n.Target] {
				continue
			}
			e, ok := byID[n.Target]
			ext := e.Extent()
			if !ok || ext.End > len(runes) || ext.Start >= ext.End {
				continue
			}
			seen[n.Target] = true
			l := IdentityLink{Doc: d.ID, ID: e.ID, QID: qid, Type: e.Type, Span: ext,
				Text: string(runes[ext.Start:ext.End])}
			j := sort.Search(len(toks), func(j int) bool { return toks[j].Start >= ext.Start }) - 1
			if j >= 0 {
				l.Prev = toks[j].Text
			}
			links = append(links, l)
		}
		sort.SliceStable(links, func(i, j int) bool {
			if links[i].Start != links[j].Start {
				return links[i].Start < links[j].Start
			}
			return links[i].End > links[j].End
		})
		out = append(out, links...)
	}
	return out
}

// validQID reports whether s is "Q" followed by digits.
func validQID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' {
		return false
	}
	for _, r := range s[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// IdentityScored reports whether entities of the type take part in
// cross-document identity, i.e. whether store.IdentityKey may give them a
// key at all. Values and common nouns (DATE, PROFESSION, …) never merge by
// design, and NEREL links professions and the like to Wikidata classes
// («президент» → Q30461), not to referents, so they are left out of the
// gold.
func IdentityScored(typ string) bool {
	k, _ := store.IdentityKey(typ, "Иван Петров")
	return k != ""
}

// NamedIdentityLinks returns the indices of the links whose mention starts
// with a capital letter, a digit or a quote mark: names as written
// («России», «РФ»), not the adjectives and common nouns NEREL also links
// («российская», «полиция»).
func NamedIdentityLinks(links []IdentityLink) []int {
	var out []int
	for i, l := range links {
		r, _ := utf8.DecodeRuneInString(l.Text)
		if unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("«\"„“", r) {
			out = append(out, i)
		}
	}
	return out
}

// Subset returns the response restricted to the links at the indices idx,
// for scoring with the links restricted alike.
func (r IdentityResponse) Subset(idx []int) IdentityResponse {
	out := IdentityResponse{Name: r.Name, Entity: make([]string, len(idx)), Names: r.Names}
	for k, i := range idx {
		out.Entity[k] = r.Entity[i]
	}
	return out
}

// ScoredIdentityLinks returns the links whose types are IdentityScored.
func ScoredIdentityLinks(links []IdentityLink) []IdentityLink {
	var out []IdentityLink
	for _, l := range links {
		if IdentityScored(l.Type) {
			out = append(out, l)
		}
	}
	return out
}

// WriteIdentityLinks writes links as tab-separated lines under the header
// IdentityLinkHeader. Tabs and line breaks inside fields become spaces.
func WriteIdentityLinks(w io.Writer, links []IdentityLink) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, IdentityLinkHeader)
	clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
	for _, l := range links {
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%d\t%d\t%s\t%s\n", l.Doc, l.ID, l.QID, l.Type, l.Start, l.End,
			clean.Replace(l.Prev), clean.Replace(l.Text))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("eval: writing identity links: %w", err)
	}
	return nil
}

// ReadIdentityLinks reads links written by WriteIdentityLinks; the header,
// blank lines and lines starting with # are skipped. name names the input
// in errors, which give its line.
func ReadIdentityLinks(r io.Reader, name string) ([]IdentityLink, error) {
	var out []IdentityLink
	err := readTSV(r, name, IdentityLinkHeader, 8, func(line int, f []string) error {
		start, err1 := strconv.Atoi(f[4])
		end, err2 := strconv.Atoi(f[5])
		if err1 != nil || err2 != nil || start < 0 || end <= start {
			return fmt.Errorf("%s:%d: bad span %q %q", name, line, f[4], f[5])
		}
		if f[0] == "" || f[1] == "" || f[3] == "" || f[7] == "" || !validQID(f[2]) {
			return fmt.Errorf("%s:%d: empty document, ID, type or text, or a QID that is not Q…", name, line)
		}
		out = append(out, IdentityLink{Doc: f[0], ID: f[1], QID: f[2], Type: f[3],
			Span: doc.Span{Start: start, End: end}, Prev: f[6], Text: f[7]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ReadIdentityLinksFile reads an identity gold file with ReadIdentityLinks.
func ReadIdentityLinksFile(path string) ([]IdentityLink, error) {
	return readGoldFile(path, ReadIdentityLinks)
}

// IdentityResponse is what a system did with the gold links: for each link
// (in the order of the links scored), the label of the entity the system
// put it in, or "" when the system has no mention there (an NER miss).
// Labels are compared for equality only; Names gives each label's display
// name for error listings.
type IdentityResponse struct {
	Name   string
	Entity []string
	Names  map[string]string
}

// IdentityScore is the score of one IdentityResponse.
type IdentityScore struct {
	Name string `json:"name"`
	// Type is the gold type the score is restricted to, "" for all.
	Type string `json:"type,omitempty"`
	// Links counts the gold links, Matched those the system placed in some
	// entity. Items counts the gold entities — (document, QID) pairs — and
	// CrossDocQIDs the QIDs found in two or more documents.
	Links        int `json:"links"`
	Matched      int `json:"matched"`
	Items        int `json:"items"`
	CrossDocQIDs int `json:"cross_doc_qids"`
	// GoldPairs counts the pairs of items of different documents with the
	// same QID; PredPairs the pairs of items of different documents that
	// the response puts in one entity — each item taken to be in the
	// response entity holding most of its links —; TruePairs those in
	// both.
	GoldPairs int `json:"gold_pairs"`
	PredPairs int `json:"pred_pairs"`
	TruePairs int `json:"true_pairs"`
	// Pairwise is precision TruePairs/PredPairs, recall
	// TruePairs/GoldPairs.
	Pairwise PRF `json:"pairwise"`
	// B3 is the B³ score over the gold links, across all documents: key
	// clusters by QID, response clusters by entity (unmatched links are
	// singletons).
	B3 PRF `json:"b3"`
	// FalseMerges counts the response entities holding links of two or
	// more QIDs from different documents; WithinDocFalseMerges those whose
	// QIDs differ only within one document.
	FalseMerges          int `json:"false_merges"`
	WithinDocFalseMerges int `json:"within_doc_false_merges"`
}

// FalseMerge is a response entity holding links of different QIDs.
type FalseMerge struct {
	Entity string `json:"entity"`
	Name   string `json:"name"`
	// CrossDoc is set when links of different QIDs come from different
	// documents (a cross-document false merge).
	CrossDoc bool `json:"cross_doc"`
	// Links holds the first link of each QID, and Docs the number of
	// documents of each, in the same order.
	Links []IdentityLink `json:"links"`
	Docs  []int          `json:"docs"`
}

// MissedMerge is a QID found in several documents whose items the response
// split over several entities (or did not find).
type MissedMerge struct {
	QID  string `json:"qid"`
	Type string `json:"type"`
	// Entities gives, for each response entity, its display name and the
	// number of documents it got; "" for the items not found.
	Entities []string `json:"entities"`
	Docs     []int    `json:"docs"`
}

// IdentityResult is the score of a response with its errors.
type IdentityResult struct {
	IdentityScore
	// Types scores the items of each gold type separately (pairs and B³
	// among them only), sorted by type.
	Types           []IdentityScore `json:"types"`
	FalseMergeList  []FalseMerge    `json:"false_merge_list,omitempty"`
	MissedMergeList []MissedMerge   `json:"missed_merge_list,omitempty"`
}

// ScoreIdentity scores the response r to the gold links (the links r was
// made for, in the same order): pairwise precision and recall of the
// cross-document pairs of gold entities, B³ over the links, and the false
// and missed merges.
func ScoreIdentity(links []IdentityLink, r IdentityResponse) IdentityResult {
	res := IdentityResult{IdentityScore: scoreIdentity(links, r.Entity)}
	res.Name = r.Name
	byType := map[string][]int{}
	for i, l := range links {
		byType[l.Type] = append(byType[l.Type], i)
	}
	var types []string
	for t := range byType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		ls := make([]IdentityLink, len(byType[t]))
		es := make([]string, len(byType[t]))
		for k, i := range byType[t] {
			ls[k], es[k] = links[i], r.Entity[i]
		}
		s := scoreIdentity(ls, es)
		s.Name, s.Type = r.Name, t
		res.Types = append(res.Types, s)
	}
	res.FalseMergeList = falseMerges(links, r)
	res.MissedMergeList = missedMerges(links, r)
	return res
}

// identityItem is a gold entity in one document: the links of one QID.
// label is the response entity holding most of its links (the first of
// them on ties), "" when the response has none of them.
type identityItem struct {
	doc, qid, label string
}

func identityItems(links []IdentityLink, entity []string) []identityItem {
	type acc struct {
		item   identityItem
		count  map[string]int
		labels []string // in order of first link
	}
	index := map[[2]string]*acc{}
	var order []*acc
	for i, l := range links {
		k := [2]string{l.Doc, l.QID}
		a := index[k]
		if a == nil {
			a = &acc{item: identityItem{doc: l.Doc, qid: l.QID}, count: map[string]int{}}
			index[k] = a
			order = append(order, a)
		}
		if lb := entity[i]; lb != "" {
			if a.count[lb] == 0 {
				a.labels = append(a.labels, lb)
			}
			a.count[lb]++
		}
	}
	items := make([]identityItem, len(order))
	for i, a := range order {
		for _, lb := range a.labels {
			if a.item.label == "" || a.count[lb] > a.count[a.item.label] {
				a.item.label = lb
			}
		}
		items[i] = a.item
	}
	return items
}

func scoreIdentity(links []IdentityLink, entity []string) IdentityScore {
	s := IdentityScore{Links: len(links)}
	for _, e := range entity {
		if e != "" {
			s.Matched++
		}
	}
	items := identityItems(links, entity)
	s.Items = len(items)
	perQID := map[string]int{}
	byLabel := map[string][]int{}
	for i, it := range items {
		perQID[it.qid]++
		if it.label != "" {
			byLabel[it.label] = append(byLabel[it.label], i)
		}
	}
	for _, n := range perQID {
		s.GoldPairs += n * (n - 1) / 2
		if n > 1 {
			s.CrossDocQIDs++
		}
	}
	for _, is := range byLabel {
		for a := 0; a < len(is); a++ {
			for b := a + 1; b < len(is); b++ {
				i, j := items[is[a]], items[is[b]]
				if i.doc == j.doc {
					continue // two QIDs of one document: not a cross-document pair
				}
				s.PredPairs++
				if i.qid == j.qid {
					s.TruePairs++
				}
			}
		}
	}
	s.Pairwise = newPRF(nerRatio(s.TruePairs, s.PredPairs), nerRatio(s.TruePairs, s.GoldPairs))

	keyIdx := map[string]int{}
	var key, resp Clustering
	respIdx := map[string]int{}
	for i, l := range links {
		k, ok := keyIdx[l.QID]
		if !ok {
			k = len(key)
			keyIdx[l.QID] = k
			key = append(key, nil)
		}
		key[k] = append(key[k], l.key())
		if entity[i] == "" {
			resp = append(resp, []string{l.key()})
			continue
		}
		r, ok := respIdx[entity[i]]
		if !ok {
			r = len(resp)
			respIdx[entity[i]] = r
			resp = append(resp, nil)
		}
		resp[r] = append(resp[r], l.key())
	}
	rs, rn, ps, pn := B3Sums(key, resp)
	s.B3 = newPRF(b3Ratio(ps, pn), b3Ratio(rs, rn))

	for _, fm := range falseMerges(links, IdentityResponse{Entity: entity}) {
		if fm.CrossDoc {
			s.FalseMerges++
		} else {
			s.WithinDocFalseMerges++
		}
	}
	return s
}

// falseMerges lists the response entities holding links of two or more
// QIDs, cross-document ones first, then by label.
func falseMerges(links []IdentityLink, r IdentityResponse) []FalseMerge {
	type qinfo struct {
		first IdentityLink
		docs  map[string]bool
	}
	byLabel := map[string]map[string]*qinfo{}
	order := map[string][]string{} // label → QIDs in order of first link
	for i, l := range links {
		lb := r.Entity[i]
		if lb == "" {
			continue
		}
		m := byLabel[lb]
		if m == nil {
			m = map[string]*qinfo{}
			byLabel[lb] = m
		}
		q := m[l.QID]
		if q == nil {
			q = &qinfo{first: l, docs: map[string]bool{}}
			m[l.QID] = q
			order[lb] = append(order[lb], l.QID)
		}
		q.docs[l.Doc] = true
	}
	var out []FalseMerge
	for lb, m := range byLabel {
		if len(m) < 2 {
			continue
		}
		fm := FalseMerge{Entity: lb, Name: r.Names[lb]}
		if fm.Name == "" {
			fm.Name = lb
		}
		docs := map[string]bool{}
		for _, q := range order[lb] {
			fm.Links = append(fm.Links, m[q].first)
			fm.Docs = append(fm.Docs, len(m[q].docs))
			for d := range m[q].docs {
				docs[d] = true
			}
		}
		// Cross-document when two QIDs occur in different documents:
		// some pair of QIDs is not confined to one shared document.
		fm.CrossDoc = len(docs) > 1
		out = append(out, fm)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].CrossDoc != out[j].CrossDoc {
			return out[i].CrossDoc
		}
		return out[i].Entity < out[j].Entity
	})
	return out
}

// missedMerges lists the QIDs of several documents whose items do not all
// share one response entity, the most widespread first.
func missedMerges(links []IdentityLink, r IdentityResponse) []MissedMerge {
	type qinfo struct {
		typ    string
		docs   map[string]bool
		labels map[string]map[string]bool // label → documents
		order  []string
	}
	byQID := map[string]*qinfo{}
	for i, l := range links {
		q := byQID[l.QID]
		if q == nil {
			q = &qinfo{typ: l.Type, docs: map[string]bool{}, labels: map[string]map[string]bool{}}
			byQID[l.QID] = q
		}
		q.docs[l.Doc] = true
		lb := r.Entity[i]
		if q.labels[lb] == nil {
			q.labels[lb] = map[string]bool{}
			q.order = append(q.order, lb)
		}
		q.labels[lb][l.Doc] = true
	}
	var out []MissedMerge
	for qid, q := range byQID {
		if len(q.docs) < 2 {
			continue
		}
		// Merged when one entity covers every document of the QID.
		full := false
		for _, ds := range q.labels {
			if len(ds) == len(q.docs) {
				full = true
			}
		}
		if full {
			continue
		}
		mm := MissedMerge{QID: qid, Type: q.typ}
		for _, lb := range q.order {
			name := r.Names[lb]
			if name == "" {
				name = lb
			}
			mm.Entities = append(mm.Entities, name)
			mm.Docs = append(mm.Docs, len(q.labels[lb]))
		}
		out = append(out, mm)
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].Entities) != len(out[j].Entities) {
			return len(out[i].Entities) > len(out[j].Entities)
		}
		return out[i].QID < out[j].QID
	})
	return out
}

// IdentityRuleResponse applies the identity rule alone to the gold, with
// perfect mentions and perfect within-document grouping: each link gets
// the identity key (store.IdentityKey) of its canonical name (c.Canonical
// on the mention's text with the word before it), and the links of one
// QID and type in one document — a gold entity — all take the key most
// frequent among them (the first on ties), or a label of their own when
// none of them has a key (a surname alone, an acronym of two letters, …).
// Gold entities with the same key are merged. This separates the rule and
// the canonical names from NER and within-document linking errors.
func IdentityRuleResponse(links []IdentityLink, c *names.Canonicalizer) IdentityResponse {
	r := IdentityResponse{Name: "identity rule on gold entities", Entity: make([]string, len(links)), Names: map[string]string{}}
	type group struct {
		keys  []string       // in order of first mention
		count map[string]int // key → mentions
		why   string         // why the first mention has no key
		name  string         // canonical name of the first mention
		idx   []int
	}
	groups := map[[3]string]*group{}
	var order [][3]string
	for i, l := range links {
		k := [3]string{l.Doc, l.QID, l.Type}
		g := groups[k]
		if g == nil {
			g = &group{count: map[string]int{}}
			groups[k] = g
			order = append(order, k)
		}
		name := l.Text
		if c != nil {
			name = c.Canonical(l.Type, l.Text, l.Prev)
		}
		key, why := store.IdentityKey(l.Type, name)
		if len(g.idx) == 0 {
			g.name, g.why = name, why
		}
		if key != "" {
			if g.count[key] == 0 {
				g.keys = append(g.keys, key)
			}
			g.count[key]++
		}
		g.idx = append(g.idx, i)
	}
	for _, k := range order {
		g := groups[k]
		lb := ""
		for _, key := range g.keys {
			if lb == "" || g.count[key] > g.count[lb] {
				lb = key
			}
		}
		if lb == "" {
			lb = "local:" + k[0] + ":" + k[1] + ":" + k[2]
			r.Names[lb] = fmt.Sprintf("%s (%s, stays: %s)", g.name, k[0], g.why)
		} else {
			r.Names[lb] = lb
		}
		for _, i := range g.idx {
			r.Entity[i] = lb
		}
	}
	return r
}

// IdentityLinkerResponse runs l on all the gold entity annotations of each
// document (every type, by extent, with their gold types), as if the NER
// were perfect, and labels each link with the identity key of the entity
// that holds its mention (or a label of its own when the entity has no
// key). It measures within-document linking plus the identity rule.
func IdentityLinkerResponse(docs []*brat.Document, links []IdentityLink, l MentionLinker) IdentityResponse {
	r := IdentityResponse{Name: "linker + rule on gold mentions", Entity: make([]string, len(links)), Names: map[string]string{}}
	byDoc := linksByDoc(links)
	for _, d := range docs {
		idx := byDoc[d.ID]
		if len(idx) == 0 {
			continue
		}
		runes := []rune(d.Text)
		ms, _ := d.Mentions(runes)
		type mk struct {
			span doc.Span
			typ  string
		}
		owner := map[mk]string{}
		for _, e := range l.Link(runes, tokenize.Split(d.Text), ms) {
			key, why := store.IdentityKey(e.Type, e.Name)
			lb := key
			if key == "" {
				lb = "local:" + d.ID + ":" + e.ID
				r.Names[lb] = fmt.Sprintf("%s (%s, stays: %s)", e.Name, d.ID, why)
			} else {
				r.Names[lb] = key
			}
			for _, m := range e.Mentions {
				if _, ok := owner[mk{m.Span, m.Type}]; !ok {
					owner[mk{m.Span, m.Type}] = lb
				}
			}
		}
		for _, i := range idx {
			r.Entity[i] = owner[mk{links[i].Span, links[i].Type}]
		}
	}
	return r
}

func linksByDoc(links []IdentityLink) map[string][]int {
	out := map[string][]int{}
	for i, l := range links {
		out[l.Doc] = append(out[l.Doc], i)
	}
	return out
}

// IdentityStoreResponse reads back from st the documents of docs (found by
// the hash of their text) and labels each link with the store entity of
// the stored mention with exactly its span — of its type when there are
// several — or "" when the pipeline found no mention with that span.
func IdentityStoreResponse(ctx context.Context, st store.Store, docs []*brat.Document, links []IdentityLink) (IdentityResponse, error) {
	r := IdentityResponse{Name: "pipeline + store (end to end)", Entity: make([]string, len(links)), Names: map[string]string{}}
	byDoc := linksByDoc(links)
	for _, d := range docs {
		idx := byDoc[d.ID]
		if len(idx) == 0 {
			continue
		}
		id, err := st.DocumentIDByHash(ctx, store.Hash(d.Text))
		if store.ErrorCode(err) == store.ENOTFOUND {
			continue // not stored (refused by the pipeline): every link unmatched
		}
		if err != nil {
			return r, fmt.Errorf("look up %s: %w", d.ID, err)
		}
		page, err := st.Document(ctx, id)
		if err != nil {
			return r, fmt.Errorf("read %s: %w", d.ID, err)
		}
		for _, e := range page.Entities {
			lb := "store:" + strconv.FormatInt(e.ID, 10)
			if e.Key != "" {
				r.Names[lb] = fmt.Sprintf("#%d %s [%s]", e.ID, e.Name, e.Key)
			} else {
				r.Names[lb] = fmt.Sprintf("#%d %s (%s, no key)", e.ID, e.Name, d.ID)
			}
		}
		bySpan := map[doc.Span][]store.Mention{}
		for _, m := range page.Mentions {
			bySpan[m.Span] = append(bySpan[m.Span], m)
		}
		for _, i := range idx {
			cands := bySpan[links[i].Span]
			if len(cands) == 0 {
				continue
			}
			best := cands[0]
			for _, m := range cands {
				if m.Type == links[i].Type {
					best = m
					break
				}
			}
			r.Entity[i] = "store:" + strconv.FormatInt(best.EntityID, 10)
		}
	}
	return r, nil
}

// WriteIdentityTable writes the scores as an aligned table (percentages),
// one row per result and then, for each result, per type.
func WriteIdentityTable(w io.Writer, title string, results []IdentityResult, perType bool) error {
	if _, err := fmt.Fprintln(w, title); err != nil {
		return fmt.Errorf("eval: writing identity table: %w", err)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "run\ttype\tlinks\tmatched\titems\tgold pairs\tpred pairs\tpair P\tpair R\tpair F1\tB3 P\tB3 R\tB3 F1\tfalse merges\twithin-doc\t\n")
	row := func(s IdentityScore) {
		t := s.Type
		if t == "" {
			t = "all"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%d\t%d\t\n", s.Name, t,
			s.Links, s.Matched, s.Items, s.GoldPairs, s.PredPairs,
			100*s.Pairwise.Precision, 100*s.Pairwise.Recall, 100*s.Pairwise.F1,
			100*s.B3.Precision, 100*s.B3.Recall, 100*s.B3.F1, s.FalseMerges, s.WithinDocFalseMerges)
	}
	for _, r := range results {
		row(r.IdentityScore)
	}
	if perType {
		for _, r := range results {
			for _, s := range r.Types {
				if s.GoldPairs > 0 || s.PredPairs > 0 {
					row(s)
				}
			}
		}
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("eval: writing identity table: %w", err)
	}
	return nil
}

// WriteIdentityErrors lists a result's false merges (every one) and its
// missed merges (at most limit; all when limit ≤ 0).
func WriteIdentityErrors(w io.Writer, r IdentityResult, limit int) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s: %d entities merge different QIDs\n", r.Name, len(r.FalseMergeList))
	for _, fm := range r.FalseMergeList {
		where := "within one document"
		if fm.CrossDoc {
			where = "across documents"
		}
		fmt.Fprintf(bw, "  %s — %s:", fm.Name, where)
		for i, l := range fm.Links {
			fmt.Fprintf(bw, " %s %q (%s/%s, %d docs);", l.QID, l.Text, l.Doc, l.ID, fm.Docs[i])
		}
		fmt.Fprintln(bw)
	}
	fmt.Fprintf(bw, "%s: %d QIDs of several documents not merged\n", r.Name, len(r.MissedMergeList))
	for i, mm := range r.MissedMergeList {
		if limit > 0 && i >= limit {
			fmt.Fprintf(bw, "  … %d more\n", len(r.MissedMergeList)-i)
			break
		}
		fmt.Fprintf(bw, "  %s %s:", mm.QID, mm.Type)
		for j, e := range mm.Entities {
			if e == "" {
				e = "(not found)"
			}
			fmt.Fprintf(bw, " %s ×%d;", e, mm.Docs[j])
		}
		fmt.Fprintln(bw)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("eval: writing identity errors: %w", err)
	}
	return nil
}

// IdentityCommandOptions are the settings of `factgraph eval identity`.
type IdentityCommandOptions struct {
	Data    string // the shared data folder (holds nerel/dev)
	DB      string // the SQLite file to ingest into; "" means a temporary one
	Workers int    // documents processed in parallel; 0 means all cores
	Errors  bool   // list the false and missed merges
	PerType bool   // add per-type rows
	JSON    bool   // print JSON instead of tables
	// Processor builds the pipeline (pipeline.New in the CLI), and
	// OpenStore opens a store at a path (sqlite.Open in the CLI).
	Processor func() (Processor, error)
	OpenStore func(path string) (store.Store, error)
}

// IdentityFlags registers the flags of `factgraph eval identity` on fs,
// with data as the default data folder, and returns the options they fill.
func IdentityFlags(fs *flag.FlagSet, data string) *IdentityCommandOptions {
	o := &IdentityCommandOptions{}
	fs.StringVar(&o.Data, "data", data, "folder holding the public corpora (nerel/dev)")
	fs.StringVar(&o.DB, "db", "", "SQLite file to ingest NEREL dev into (default: a temporary file, removed after)")
	fs.IntVar(&o.Workers, "workers", 0, "documents processed in parallel (default: all cores)")
	fs.BoolVar(&o.Errors, "errors", false, "list the false merges and the missed merges")
	fs.BoolVar(&o.PerType, "types", false, "add a row per gold entity type")
	fs.BoolVar(&o.JSON, "json", false, "print the scores as JSON")
	return o
}

// IdentityReport is what IdentityCommand computes: the identity rule on
// gold entities, the linker and the rule on gold mentions, and the
// pipeline with the store end to end.
type IdentityReport struct {
	Docs   int          `json:"docs"`
	Ingest ingest.Stats `json:"ingest"`
	// Results score all the links of IdentityScored types; Named only
	// those of NamedIdentityLinks.
	Results []IdentityResult `json:"results"`
	Named   []IdentityResult `json:"named"`
}

// IdentityCommand runs `factgraph eval identity`: it builds the gold from
// the Wikidata links of NEREL v1.1 dev, ingests the dev texts through the
// pipeline into a store (o.DB or a temporary SQLite file) and scores
// cross-document identity three ways (see IdentityReport). Tables (or JSON)
// go to stdout.
func IdentityCommand(ctx context.Context, o IdentityCommandOptions, stdout io.Writer) error {
	rep, err := IdentityEval(ctx, o)
	if err != nil {
		return fmt.Errorf("eval identity: %w", err)
	}
	if o.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return fmt.Errorf("eval identity: %w", err)
		}
		return nil
	}
	title := fmt.Sprintf("cross-document identity, NEREL v1.1 dev (%d docs; key: Wikidata QIDs; pairs of (doc, QID) across documents, B3 over linked mentions; %%)", rep.Docs)
	if err := WriteIdentityTable(stdout, title, rep.Results, o.PerType); err != nil {
		return err
	}
	fmt.Fprintln(stdout)
	if err := WriteIdentityTable(stdout, "the same, mentions written as names only (capitalized: «России», not «российская»)", rep.Named, o.PerType); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "ingest: %d stored, %d failed, %.1f docs/s\n", rep.Ingest.Stored, rep.Ingest.Failed, rep.Ingest.DocsPerSecond())
	if o.Errors {
		for _, r := range rep.Results {
			fmt.Fprintln(stdout)
			if err := WriteIdentityErrors(stdout, r, 0); err != nil {
				return err
			}
		}
	}
	return nil
}

// IdentityEval computes the report of IdentityCommand.
func IdentityEval(ctx context.Context, o IdentityCommandOptions) (IdentityReport, error) {
	var rep IdentityReport
	if o.Processor == nil || o.OpenStore == nil {
		return rep, fmt.Errorf("a processor and a store are needed")
	}
	dir := filepath.Join(o.Data, "nerel", "dev")
	docs, err := brat.ReadDir(dir)
	if err != nil {
		return rep, err
	}
	rep.Docs = len(docs)
	links := ScoredIdentityLinks(NERELIdentityLinks(docs))
	l, err := names.NewLinker()
	if err != nil {
		return rep, err
	}
	named := NamedIdentityLinks(links)
	namedLinks := make([]IdentityLink, len(named))
	for k, i := range named {
		namedLinks[k] = links[i]
	}
	score := func(r IdentityResponse) {
		rep.Results = append(rep.Results, ScoreIdentity(links, r))
		rep.Named = append(rep.Named, ScoreIdentity(namedLinks, r.Subset(named)))
	}
	score(IdentityRuleResponse(links, l.Canon))
	score(IdentityLinkerResponse(docs, links, l))

	p, err := o.Processor()
	if err != nil {
		return rep, err
	}
	path := o.DB
	if path == "" {
		tmp, err := os.MkdirTemp("", "factgraph-identity-")
		if err != nil {
			return rep, err
		}
		defer os.RemoveAll(tmp)
		path = filepath.Join(tmp, "identity.db")
	}
	st, err := o.OpenStore(path)
	if err != nil {
		return rep, err
	}
	defer st.Close()
	inputs := make([]string, len(docs))
	for i, d := range docs {
		inputs[i] = filepath.Join(dir, d.ID+".txt")
	}
	if rep.Ingest, err = ingest.Run(ctx, st, p, inputs, ingest.Options{Workers: o.Workers}); err != nil {
		return rep, fmt.Errorf("ingest: %w", err)
	}
	r, err := IdentityStoreResponse(ctx, st, docs, links)
	if err != nil {
		return rep, err
	}
	score(r)
	return rep, nil
}
