package tagger

import (
	"fmt"
	"slices"
	"strings"

	"github.com/factgraph/factgraph/morph"
)

// A domain names the annotation conventions a sentence follows, such as
// those of one treebank ("gsd", "taiga"). A model trained with domains
// (TrainOptions.Domains) has, besides the features of every token, the
// same token's domain-conjoined features, which are only present when the
// sentence's domain is set: the domain alone, and the domain with the
// word, its 2- and 3-letter endings, its shape, the UPOS set of its
// candidates and the UPOS chosen for the previous token. They let the
// model follow one treebank's conventions where the corpora disagree,
// while its behaviour with no domain (the default, and what Default()
// does) is learned from all sentences alike. A domain also leaves out
// the lexical features (LexicalKeys) its training sentences do not mark
// (domainLexical).

// metaDomains is the Meta key listing the domains a model was trained
// with, space-separated.
const metaDomains = "domains"

// domainHash is the feature hash of a domain name; 0 for none.
func domainHash(d string) uint64 {
	if d == "" {
		return 0
	}
	return feat1(fDomain, d)
}

// domainFeats appends the domain-conjoined features of token i.
func (m *Model) domainFeats(dst []uint64, s *sentence, i int, prevU string) []uint64 {
	d := m.domain
	wi := s.info[i]
	return append(dst,
		d,
		hashU(wi.own[0], d), // word
		hashU(wi.own[2], d), // 2-letter ending
		hashU(wi.own[3], d), // 3-letter ending
		hashU(wi.own[7], d), // shape
		hashU(s.class[i], d^0x7f4a7c15),
		hashU(feat1(fPrevUPOS, prevU), d),
	)
}

// Domains returns the domains the model was trained with, sorted; none
// for a model trained without domains (such as one read from a file
// written before domains existed).
func (m *Model) Domains() []string {
	return strings.Fields(m.Meta[metaDomains])
}

// WithDomain returns a model that shares m's weights and tables and tags
// every sentence as one of domain d, one of m.Domains(); "" gives a model
// with no domain, which is how m itself tags unless it was made by
// WithDomain. An unknown domain is an error.
func (m *Model) WithDomain(d string) (*Model, error) {
	if d != "" && !slices.Contains(m.Domains(), d) {
		return nil, fmt.Errorf("tagger: domain %q not trained (the model knows %q)", d, m.Domains())
	}
	c := *m
	c.domain = domainHash(d)
	if m.net != nil {
		x, err := m.domainMix(d)
		if err != nil {
			return nil, fmt.Errorf("tagger: domain %q: %w", d, err)
		}
		c.mix = x
	}
	c.lexDrop, c.edits, c.lexAdd, c.fills = nil, nil, nil, nil
	if d != "" {
		c.lexAdd = lexicalAdds(m.Meta[metaLexicalAdd+d])
		c.fills = parseFills(m.Meta[metaFill+d])
	}
	if d != "" {
		es, err := parseTagEdits(m.Meta[metaTagEdits+d])
		if err != nil {
			return nil, fmt.Errorf("tagger: domain %q: %w", d, err)
		}
		c.edits = es
	}
	if ps := strings.Fields(m.Meta[metaLexicalDrop+d]); d != "" && len(ps) > 0 {
		c.lexDrop = map[string]bool{}
		for _, p := range ps {
			c.lexDrop[p] = true
		}
	}
	return &c, nil
}

// domainList returns the sorted distinct non-empty domains of ds.
func domainList(ds []string) []string {
	var out []string
	for _, d := range ds {
		if d != "" && !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	slices.Sort(out)
	return out
}

// LexicalKeys are the features AddLexicalFeatures adds after tagging from
// its table and that the tagger does not learn: a training Token carries
// them in Lexical, not in Feats.
var LexicalKeys = []string{"PronType", "NumType", "Poss", "Reflex"}

// Meta key prefixes of a domain's lexical conventions: the lexical
// features its treebank leaves out ("UPOS|Key" words) and those it adds
// for a lemma ("UPOS|lemma|Key=Value" words).
const (
	metaLexicalDrop = "lexical_drop_"
	metaLexicalAdd  = "lexical_add_"
)

// minLexicalAdd is how many sentences must show a lexical feature for a
// lemma before a domain adds it.
const minLexicalAdd = 2

// domainLexical learns, for each domain of the training sentences, the
// lexical features (LexicalKeys) its treebank marks otherwise than
// AddLexicalFeatures: a (UPOS, key) pair that AddLexicalFeatures adds to
// the gold analyses of the domain's tokens and that their gold features
// (Token.Lexical) carry less than half of the time is left out (UD GSD
// marks no PronType and no Poss); a lexical feature that the gold
// analyses of a (UPOS, lemma) carry more than half of the time, in at
// least minLexicalAdd sentences, and that AddLexicalFeatures does not
// add, is added (UD Taiga: первый NumType=Ord). It returns the Meta
// entries recording them.
func domainLexical(sents [][]Token, domains []string) map[string]string {
	type key struct{ domain, part string }
	added, kept := map[key]int{}, map[key]int{}
	lemmas, extra := map[key]int{}, map[key]int{}
	seen := map[*Token]bool{} // a sentence repeated in the data counts once
	words := make([]string, 0, 64)
	for si, s := range sents {
		if domains == nil || domains[si] == "" || len(s) == 0 || seen[&s[0]] {
			continue
		}
		seen[&s[0]] = true
		d := domains[si]
		words = words[:0]
		for _, t := range s {
			words = append(words, t.Form)
		}
		q := questions(words)
		for ti, t := range s {
			if t.UPOS == "" {
				continue
			}
			a := Analysis{UPOS: t.UPOS, Feats: t.Feats, Lemma: t.Lemma}
			AddLexicalFeatures(&a, q[ti])
			for _, k := range LexicalKeys {
				if featValue("|"+a.Feats, k) == "" || featValue("|"+t.Feats, k) != "" {
					continue
				}
				kk := key{d, t.UPOS + "|" + k}
				added[kk]++
				if featValue("|"+t.Lexical, k) != "" {
					kept[kk]++
				}
			}
			ul := t.UPOS + "|" + lexicalLemmaKey(t.Lemma)
			lemmas[key{d, ul}]++
			for _, f := range appendFeats(nil, t.Lexical) {
				k, _, _ := strings.Cut(f, "=")
				if featValue("|"+a.Feats, k) == "" {
					extra[key{d, ul + "|" + f}]++
				}
			}
		}
	}
	out := map[string][]string{}
	for k, n := range added {
		if 2*kept[k] < n {
			out[metaLexicalDrop+k.domain] = append(out[metaLexicalDrop+k.domain], k.part)
		}
	}
	for k, n := range extra {
		upos, rest, _ := strings.Cut(k.part, "|")
		lemma, _, _ := strings.Cut(rest, "|")
		if n >= minLexicalAdd && 2*n > lemmas[key{k.domain, upos + "|" + lemma}] && !strings.ContainsAny(k.part, " \t") {
			out[metaLexicalAdd+k.domain] = append(out[metaLexicalAdd+k.domain], k.part)
		}
	}
	meta := map[string]string{}
	for mk, ps := range out {
		slices.Sort(ps)
		meta[mk] = strings.Join(ps, " ")
	}
	return meta
}

// lexicalLemmaKey is the lemma under which a domain's lexical additions
// are learned and looked up: the lower-cased lemma, except that numbers
// in digits (1926, 3-й) are all "0" and Roman numerals (XIX, the
// training data's xix) all "I", so
// that UD Taiga's NumType=Ord on ordinals so written is learned for all
// of them rather than for the few numbers its sentences repeat.
func lexicalLemmaKey(lemma string) string {
	if morph.RomanLetters(strings.ToUpper(lemma)) {
		return "I"
	}
	num, suffix, _ := strings.Cut(lemma, "-")
	if num != "" && strings.Trim(num, "0123456789") == "" && !strings.ContainsAny(suffix, "0123456789-") {
		return "0"
	}
	return strings.ToLower(lemma)
}

// lexicalAdds reads a domain's lexical additions from Meta: "UPOS|lemma"
// → features.
func lexicalAdds(s string) map[string][]string {
	var out map[string][]string
	for _, p := range strings.Fields(s) {
		i := strings.LastIndexByte(p, '|')
		if i <= 0 {
			continue
		}
		if out == nil {
			out = map[string][]string{}
		}
		out[p[:i]] = append(out[p[:i]], p[i+1:])
	}
	return out
}

// domainLexicalFeats applies the domain's lexical conventions to an
// analysis made by AddLexicalFeatures.
func (m *Model) domainLexicalFeats(a *Analysis) {
	if m.lexDrop != nil {
		a.Feats = dropFeats(a.UPOS, a.Feats, m.lexDrop)
	}
	fs := m.lexAdd[a.UPOS+"|"+lexicalLemmaKey(a.Lemma)]
	if len(fs) == 0 {
		return
	}
	all := appendFeats(nil, a.Feats)
	for _, f := range fs {
		k, _, _ := strings.Cut(f, "=")
		if featValue("|"+a.Feats, k) == "" {
			all = append(all, f)
		}
	}
	a.Feats = joinFeats(all)
}

// dropFeats removes from feats ("K=V|K=V") the features whose key is in
// drop under "UPOS|Key".
func dropFeats(upos, feats string, drop map[string]bool) string {
	if feats == "" {
		return feats
	}
	fs := strings.Split(feats, "|")
	out := fs[:0]
	for _, f := range fs {
		k, _, _ := strings.Cut(f, "=")
		if !drop[upos+"|"+k] {
			out = append(out, f)
		}
	}
	return strings.Join(out, "|")
}
