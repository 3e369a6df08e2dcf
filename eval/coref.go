package eval

import (
	"fmt"
	"io"
	"sort"
	"text/tabwriter"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/corpus/factru"
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/names"
	"github.com/factgraph/factgraph/tokenize"
)

// Clustering is a partition of one document's mentions into entities: each
// inner slice is one entity, given by its mentions' IDs. A mention should
// appear in at most one cluster.
type Clustering [][]string

// CorefDoc holds the key (gold) and response (system) clusterings of one
// document.
type CorefDoc struct {
	ID       string
	Key      Clustering
	Response Clustering
}

// PRF is a precision, recall and F1 triple (fractions, not percent).
type PRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func newPRF(p, r float64) PRF {
	s := PRF{Precision: p, Recall: r}
	if p+r > 0 {
		s.F1 = 2 * p * r / (p + r)
	}
	return s
}

// CorefScore is the score of a clustering of mentions against a key over a
// set of documents.
type CorefScore struct {
	// Name says what was scored ("factRuEval dev, gold mentions, linker").
	Name string `json:"name"`
	Docs int    `json:"docs"`
	// KeyMentions and KeyEntities count the key's mentions and clusters
	// (singletons included); ResponseEntities the response's clusters.
	KeyMentions      int `json:"key_mentions"`
	KeyEntities      int `json:"key_entities"`
	ResponseEntities int `json:"response_entities"`
	// Matched counts the key mentions the system found (end-to-end runs);
	// it equals KeyMentions when the system was given the key's mentions.
	Matched int `json:"matched"`
	MUC     PRF `json:"muc"`
	B3      PRF `json:"b3"`
	CEAFe   PRF `json:"ceafe"`
	// Avg is the mean of the MUC and B³ F1.
	Avg float64 `json:"avg_f1"`
	// CoNLL is the CoNLL-2012 score: the mean of the MUC, B³ and CEAF-e F1.
	CoNLL float64 `json:"conll_f1"`
}

// MUCCounts returns the numerators and denominators of the MUC link-based
// score (Vilain et al. 1995) of one document:
//
//	recall    = Σ_K (|K| − |p(K)|) / Σ_K (|K| − 1)
//	precision = Σ_R (|R| − |p'(R)|) / Σ_R (|R| − 1)
//
// where K runs over key clusters, p(K) is the partition of K induced by the
// response (a mention of K that no response cluster holds is a part of its
// own), and p'(R) is the partition of a response cluster R induced by the
// key, alike.
func MUCCounts(key, response Clustering) (rNum, rDen, pNum, pDen int) {
	rNum, rDen = mucSide(key, response)
	pNum, pDen = mucSide(response, key)
	return
}

// mucSide returns Σ (|K| − |p(K)|) and Σ (|K| − 1) over the clusters of a
// partitioned by b.
func mucSide(a, b Clustering) (num, den int) {
	of := clusterIndex(b)
	for _, k := range a {
		if len(k) == 0 {
			continue
		}
		parts := map[int]bool{}
		singles := 0
		for _, m := range k {
			if i, ok := of[m]; ok {
				parts[i] = true
			} else {
				singles++
			}
		}
		num += len(k) - (len(parts) + singles)
		den += len(k) - 1
	}
	return num, den
}

// clusterIndex maps each mention to the index of its cluster.
func clusterIndex(c Clustering) map[string]int {
	of := map[string]int{}
	for i, k := range c {
		for _, m := range k {
			of[m] = i
		}
	}
	return of
}

// B3Sums returns the sums and counts of the B³ mention-based score (Bagga &
// Baldwin 1998) of one document:
//
//	recall    = Σ_{m ∈ key} |K(m) ∩ R(m)| / |K(m)|, over n key mentions
//	precision = Σ_{m ∈ response} |K(m) ∩ R(m)| / |R(m)|, over n' response mentions
//
// with K(m) and R(m) the key and response clusters holding m; a mention
// missing from one side counts there as a singleton {m}. Every mention
// weighs the same.
func B3Sums(key, response Clustering) (rSum float64, rN int, pSum float64, pN int) {
	rSum, rN = b3Side(key, response)
	pSum, pN = b3Side(response, key)
	return
}

// b3Side returns Σ |A(m) ∩ B(m)| / |A(m)| over the mentions m of a.
func b3Side(a, b Clustering) (sum float64, n int) {
	of := clusterIndex(b)
	for _, k := range a {
		// overlap of k with each cluster of b
		overlap := map[int]int{}
		for _, m := range k {
			if i, ok := of[m]; ok {
				overlap[i]++
			}
		}
		for _, m := range k {
			common := 1 // m alone, when b lacks it
			if i, ok := of[m]; ok {
				common = overlap[i]
			}
			sum += float64(common) / float64(len(k))
			n++
		}
	}
	return sum, n
}

// ScoreCoref scores the documents' response clusterings against their keys
// with MUC, B³ and CEAF-e, summing numerators and denominators (MUC),
// mention scores (B³) and entity similarities and counts (CEAF-e) over all
// documents: a micro average, where a document weighs by its links (MUC),
// mentions (B³) or entities (CEAF-e). name labels the result.
func ScoreCoref(name string, docs []CorefDoc) CorefScore {
	s := CorefScore{Name: name, Docs: len(docs)}
	var mr, md, mp, mpd int
	var br, bp float64
	var brn, bpn int
	var ceafSim float64
	var ceafKey, ceafResp int
	for _, d := range docs {
		a, b, c, e := MUCCounts(d.Key, d.Response)
		mr, md, mp, mpd = mr+a, md+b, mp+c, mpd+e
		x, xn, y, yn := B3Sums(d.Key, d.Response)
		br, brn, bp, bpn = br+x, brn+xn, bp+y, bpn+yn
		sim, nk, nr := CEAFeSums(d.Key, d.Response)
		ceafSim, ceafKey, ceafResp = ceafSim+sim, ceafKey+nk, ceafResp+nr
		s.KeyEntities += len(d.Key)
		s.ResponseEntities += len(d.Response)
		for _, k := range d.Key {
			s.KeyMentions += len(k)
		}
	}
	s.Matched = s.KeyMentions
	s.MUC = newPRF(nerRatio(mp, mpd), nerRatio(mr, md))
	s.B3 = newPRF(b3Ratio(bp, bpn), b3Ratio(br, brn))
	s.CEAFe = newPRF(b3Ratio(ceafSim, ceafResp), b3Ratio(ceafSim, ceafKey))
	s.Avg = (s.MUC.F1 + s.B3.F1) / 2
	s.CoNLL = (s.MUC.F1 + s.B3.F1 + s.CEAFe.F1) / 3
	return s
}

func b3Ratio(sum float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// WriteCorefTable writes scores as an aligned table, one row each, in
// percent.
func WriteCorefTable(w io.Writer, title string, rows []CorefScore) error {
	if _, err := fmt.Fprintln(w, title); err != nil {
		return fmt.Errorf("eval: writing coreference table: %w", err)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "\tdocs\tmentions\tmatched\tkey ent.\tresp. ent.\tMUC P\tMUC R\tMUC F1\tB3 P\tB3 R\tB3 F1\tCEAFe P\tCEAFe R\tCEAFe F1\tavg F1\tCoNLL F1\t\n")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t\n", r.Name, r.Docs,
			r.KeyMentions, r.Matched, r.KeyEntities, r.ResponseEntities,
			100*r.MUC.Precision, 100*r.MUC.Recall, 100*r.MUC.F1, 100*r.B3.Precision, 100*r.B3.Recall, 100*r.B3.F1,
			100*r.CEAFe.Precision, 100*r.CEAFe.Recall, 100*r.CEAFe.F1, 100*r.Avg, 100*r.CoNLL)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("eval: writing coreference table: %w", err)
	}
	return nil
}

// unionFind groups string items; Clusters returns the groups in order of
// each group's first item as added.
type unionFind struct {
	parent map[string]string
	order  []string
}

func newUnionFind() *unionFind { return &unionFind{parent: map[string]string{}} }

func (u *unionFind) add(x string) {
	if _, ok := u.parent[x]; !ok {
		u.parent[x] = x
		u.order = append(u.order, x)
	}
}

func (u *unionFind) find(x string) string {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *unionFind) union(a, b string) {
	u.add(a)
	u.add(b)
	ra, rb := u.find(a), u.find(b)
	if ra != rb {
		u.parent[rb] = ra
	}
}

func (u *unionFind) clusters() Clustering {
	idx := map[string]int{}
	var out Clustering
	for _, x := range u.order {
		r := u.find(x)
		i, ok := idx[r]
		if !ok {
			i = len(out)
			idx[r] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], x)
	}
	for _, k := range out {
		sort.Strings(k)
	}
	return out
}

// CorefMention is a gold mention for coreference scoring: its ID in the
// corpus (a factRuEval object ID, a NEREL T ID) and its span, text and
// NEREL type.
type CorefMention struct {
	ID string
	doc.Mention
	// Named is true when the mention holds a name (factRuEval: a name,
	// surname, patronymic, nickname, org_name or loc_name span), false for
	// descriptions such as «правительство».
	Named bool
}

// CorefGold is one document's gold mentions and their key clustering.
type CorefGold struct {
	ID       string
	Text     string
	Mentions []CorefMention
	Key      Clustering
}

// MentionLinker groups a document's mentions into entities; *names.Linker
// is one.
type MentionLinker interface {
	Link(text []rune, sents []doc.Sentence, mentions []doc.Mention) []doc.Entity
}

// FactRuCorefTypes maps factRuEval object types to the NEREL types given
// to the linker: Person → PERSON, Org → ORGANIZATION, Location and LocOrg →
// LOCATION (one type, since factRuEval's coreference groups mix the two:
// «Москвы» LocOrg and «Москве» Location in one group). Project and Facility
// objects are left out.
func FactRuCorefTypes() map[string]string {
	return map[string]string{"Person": "PERSON", "Org": "ORGANIZATION", "Location": "LOCATION", "LocOrg": "LOCATION"}
}

var factruNameSpans = map[string]bool{"name": true, "surname": true, "patronymic": true, "nickname": true, "org_name": true, "loc_name": true}

// FactRuCorefGold returns a factRuEval document's gold mentions — one per
// object of a type FactRuCorefTypes maps, spanning from its first span's
// start to its last span's end, widened to the closing quote when an
// opening quote is inside («партии „Яблоко“», whose name span stops before
// the closing quote) — and the key: the .coref groups, each
// restricted to those mentions, plus a singleton for every mention no group
// holds.
func FactRuCorefGold(d *factru.Document) CorefGold {
	types := FactRuCorefTypes()
	spans := d.SpanByID()
	runes := []rune(d.Text)
	g := CorefGold{ID: d.ID, Text: d.Text}
	have := map[string]bool{}
	for _, o := range d.Objects {
		typ, ok := types[o.Type]
		if !ok {
			continue
		}
		var ext doc.Span
		named, found := false, false
		for _, id := range o.SpanIDs {
			s, ok := spans[id]
			if !ok {
				continue
			}
			named = named || factruNameSpans[s.Type]
			if !found {
				ext, found = s.Extent(), true
				continue
			}
			ext.Start, ext.End = min(ext.Start, s.Extent().Start), max(ext.End, s.Extent().End)
		}
		if !found || ext.End > len(runes) {
			continue
		}
		ext = closeQuote(runes, ext)
		g.Mentions = append(g.Mentions, CorefMention{ID: o.ID, Mention: doc.Mention{Span: ext, Text: string(runes[ext.Start:ext.End]), Type: typ}, Named: named})
		have[o.ID] = true
	}
	in := map[string]bool{}
	for _, c := range d.Coref {
		var k []string
		for _, id := range c.ObjectIDs {
			if have[id] && !in[id] {
				k = append(k, id)
				in[id] = true
			}
		}
		if len(k) > 0 {
			g.Key = append(g.Key, k)
		}
	}
	for _, m := range g.Mentions {
		if !in[m.ID] {
			g.Key = append(g.Key, []string{m.ID})
		}
	}
	return g
}

// NERELCorefTypes are the NEREL types whose entities are scored for
// coreference: the named-entity types of people, organizations and places.
var NERELCorefTypes = map[string]bool{
	"PERSON": true, "ORGANIZATION": true, "COUNTRY": true, "CITY": true, "STATE_OR_PROVINCE": true,
	"DISTRICT": true, "LOCATION": true, "FACILITY": true,
}

// NERELCorefGold returns a NEREL document's entities of NERELCorefTypes as
// mentions (discontinuous ones by their extent) and a key built by linking
// two mentions when
//   - an ALTERNATIVE_NAME or ABBREVIATION relation joins them (either
//     direction, whatever their types), or
//   - they have the same type and the same text after names.Normalize, or
//   - when wikidata is true, they are normalized to the same Wikidata item
//     (N lines),
//
// and taking the connected components. NEREL annotates no coreference, so
// this key is an approximation; docs/names.md lists what it misses.
func NERELCorefGold(d *brat.Document, wikidata bool) CorefGold {
	g := CorefGold{ID: d.ID, Text: d.Text}
	runes := []rune(d.Text)
	u := newUnionFind()
	byText := map[string]string{}
	for _, e := range d.Entities {
		if !NERELCorefTypes[e.Type] {
			continue
		}
		ext := e.Extent()
		if ext.End > len(runes) {
			continue
		}
		m := CorefMention{ID: e.ID, Mention: doc.Mention{Span: ext, Text: string(runes[ext.Start:ext.End]), Type: e.Type}, Named: true}
		g.Mentions = append(g.Mentions, m)
		u.add(e.ID)
		k := e.Type + "\x00" + names.Normalize(m.Text)
		if first, ok := byText[k]; ok {
			u.union(first, e.ID)
		} else {
			byText[k] = e.ID
		}
	}
	for _, r := range d.Relations {
		if r.Type != "ALTERNATIVE_NAME" && r.Type != "ABBREVIATION" {
			continue
		}
		if _, ok := u.parent[r.Arg1]; !ok {
			continue
		}
		if _, ok := u.parent[r.Arg2]; !ok {
			continue
		}
		u.union(r.Arg1, r.Arg2)
	}
	if wikidata {
		byRef := map[string]string{}
		for _, n := range d.Norms {
			if _, ok := u.parent[n.Target]; !ok || n.RefID == "" {
				continue
			}
			if first, ok := byRef[n.RefID]; ok {
				u.union(first, n.Target)
			} else {
				byRef[n.RefID] = n.Target
			}
		}
	}
	g.Key = u.clusters()
	return g
}

// mentionKey identifies a mention by span and type.
type mentionKey struct {
	start, end int
	typ        string
}

// entityClusters turns entities over g's mentions back into a clustering
// of mention IDs. Mentions the entities do not hold are left out.
func entityClusters(g CorefGold, es []doc.Entity) Clustering {
	ids := map[mentionKey][]string{}
	for _, m := range g.Mentions {
		k := mentionKey{m.Start, m.End, m.Type}
		ids[k] = append(ids[k], m.ID)
	}
	var out Clustering
	for _, e := range es {
		var c []string
		for _, m := range e.Mentions {
			k := mentionKey{m.Start, m.End, m.Type}
			if q := ids[k]; len(q) > 0 {
				c = append(c, q[0])
				ids[k] = q[1:]
			}
		}
		if len(c) > 0 {
			out = append(out, c)
		}
	}
	return out
}

// LinkGold runs l on g's gold mentions (with their gold types) and returns
// the clustering it makes. sents is the document's segmentation.
func LinkGold(g CorefGold, l MentionLinker, sents []doc.Sentence) Clustering {
	ms := make([]doc.Mention, len(g.Mentions))
	for i, m := range g.Mentions {
		ms[i] = m.Mention
	}
	return entityClusters(g, l.Link([]rune(g.Text), sents, ms))
}

// ExactTextClusters is the baseline clustering that groups mentions of
// the same type whose texts are equal after names.Normalize.
func ExactTextClusters(g CorefGold) Clustering {
	u := newUnionFind()
	first := map[string]string{}
	for _, m := range g.Mentions {
		u.add(m.ID)
		k := m.Type + "\x00" + names.Normalize(m.Text)
		if f, ok := first[k]; ok {
			u.union(f, m.ID)
		} else {
			first[k] = m.ID
		}
	}
	return u.clusters()
}

// MatchEntities maps the entities a pipeline found in a document onto g's
// gold mentions: a gold mention is matched when some predicted mention has
// exactly its span (any type); matched gold mentions are grouped as their
// predicted entities group them, and the predicted mentions that match no
// gold mention are ignored (scoring over gold mentions only). It returns
// the clustering and the number of gold mentions matched; unmatched ones
// are absent, so scoring counts each as a singleton.
func MatchEntities(g CorefGold, d *doc.Document) (Clustering, int) {
	ids := map[doc.Span][]string{}
	for _, m := range g.Mentions {
		ids[m.Span] = append(ids[m.Span], m.ID)
	}
	used := map[string]bool{}
	var out Clustering
	for _, e := range d.Entities {
		var c []string
		for _, m := range e.Mentions {
			for _, id := range ids[m.Span] {
				if !used[id] {
					used[id] = true
					c = append(c, id)
				}
			}
		}
		if len(c) > 0 {
			out = append(out, c)
		}
	}
	return out, len(used)
}

// Named returns g restricted to its named mentions (Mention.Named), the key
// restricted alike.
func (g CorefGold) Named() CorefGold {
	out := CorefGold{ID: g.ID, Text: g.Text}
	keep := map[string]bool{}
	for _, m := range g.Mentions {
		if m.Named {
			out.Mentions = append(out.Mentions, m)
			keep[m.ID] = true
		}
	}
	out.Key = restrictClusters(g.Key, keep)
	return out
}

func restrictClusters(c Clustering, keep map[string]bool) Clustering {
	var out Clustering
	for _, k := range c {
		var r []string
		for _, m := range k {
			if keep[m] {
				r = append(r, m)
			}
		}
		if len(r) > 0 {
			out = append(out, r)
		}
	}
	return out
}

// CorefRuns scores, on the gold documents, the exact-text baseline, the
// linker on gold mentions and, when docs holds the pipeline's output for
// each gold document (same order; nil to skip), the pipeline end to end.
// prefix starts each row's name.
func CorefRuns(prefix string, golds []CorefGold, l MentionLinker, docs []*doc.Document) []CorefScore {
	var base, linked, e2e []CorefDoc
	matched := 0
	for i, g := range golds {
		base = append(base, CorefDoc{ID: g.ID, Key: g.Key, Response: ExactTextClusters(g)})
		linked = append(linked, CorefDoc{ID: g.ID, Key: g.Key, Response: LinkGold(g, l, tokenize.Split(g.Text))})
		if docs != nil {
			c, n := MatchEntities(g, docs[i])
			matched += n
			e2e = append(e2e, CorefDoc{ID: g.ID, Key: g.Key, Response: c})
		}
	}
	rows := []CorefScore{
		ScoreCoref(prefix+"exact-text baseline", base),
		ScoreCoref(prefix+"linker, gold mentions", linked),
	}
	if docs != nil {
		s := ScoreCoref(prefix+"pipeline end to end", e2e)
		s.Matched = matched
		rows = append(rows, s)
	}
	return rows
}

// closeQuote widens ext to the closing quote just after it when ext holds
// more opening than closing quotes.
func closeQuote(runes []rune, ext doc.Span) doc.Span {
	open := 0
	for _, r := range runes[ext.Start:ext.End] {
		switch r {
		case '«', '„':
			open++
		case '»', '“':
			open--
		}
	}
	if open > 0 && ext.End < len(runes) && (runes[ext.End] == '»' || runes[ext.End] == '“') {
		ext.End++
	}
	return ext
}
