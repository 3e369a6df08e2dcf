package tagger

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/nn"
)

// Token is one word of a training or evaluation sentence with its gold UD
// analysis (Feats in canonical order, universal features only; see
// UniversalFeats). In training, a token with an empty UPOS has no gold
// analysis: it is context for its neighbours but teaches nothing itself.
type Token struct {
	Form  string
	UPOS  string
	Feats string
	Lemma string
	// Lexical holds the gold lexical features (LexicalKeys), which are
	// not learned; only read for sentences with a domain (domainLexical).
	Lexical string
}

// Tag returns the token's tag, "UPOS" or "UPOS|Feats".
func (t Token) Tag() string { return Analysis{UPOS: t.UPOS, Feats: t.Feats}.Tag() }

// TrainOptions controls Train.
type TrainOptions struct {
	Epochs int    // passes over the training data (default 8)
	Bits   int    // log2 of the number of hashed weights (default 22)
	Seed   uint64 // shuffling seed
	// Analyzer gives the dictionary candidates; nil means morph.Default().
	Analyzer *morph.Analyzer
	// Domains, if set, holds the domain of each training sentence (same
	// length as the sentences; "" for none): see WithDomain.
	Domains []string
	// Dev, if set, is tagged (with no domain) after every epoch and its
	// UPOS accuracy logged.
	Dev [][]Token
	// Log receives progress lines; nil discards them.
	Log io.Writer
	// Neural, if set, also trains the neural candidate scorer
	// (TrainNeural's options), whose scores are added to the perceptron's.
	Neural *NeuralOptions
}

func (o *TrainOptions) defaults() error {
	nn.Default(&o.Epochs, 8)
	if o.Bits == 0 {
		o.Bits = 22
	}
	if o.Bits < 10 || o.Bits > 24 {
		return fmt.Errorf("train tagger: Bits %d out of range [10, 24]", o.Bits)
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	if o.Analyzer == nil {
		a, err := morph.Default()
		if err != nil {
			return fmt.Errorf("train tagger: %w", err)
		}
		o.Analyzer = a
	}
	return nil
}

// Train learns a tagger from gold sentences with a greedy averaged
// perceptron: left to right, each token's candidates are scored and the
// best one is kept as history for the next token; on a mistake the gold
// candidate's parts gain the token's features and the predicted one's lose
// them. The result depends only on the data and the options.
func Train(sents [][]Token, opt TrainOptions) (*Model, error) {
	if err := opt.defaults(); err != nil {
		return nil, err
	}
	if len(sents) == 0 {
		return nil, errors.New("train tagger: no training sentences")
	}
	if opt.Domains != nil && len(opt.Domains) != len(sents) {
		return nil, fmt.Errorf("train tagger: %d domains for %d sentences", len(opt.Domains), len(sents))
	}
	if opt.Neural != nil {
		return trainWithNetwork(sents, opt)
	}
	return trainPerceptron(sents, opt)
}

// trainPerceptron is Train without a network, for checked options.
func trainPerceptron(sents [][]Token, opt TrainOptions) (*Model, error) {
	m := &Model{
		Meta:     map[string]string{},
		bits:     uint8(opt.Bits),
		mask:     1<<opt.Bits - 1,
		w:        make([]float32, 1<<opt.Bits),
		tagIndex: map[string]int32{},
		an:       opt.Analyzer,
	}
	m.buildTables(sents)
	editMeta := m.learnTagEdits(sents, opt.Domains)
	edits := map[string]map[string][]tagEdit{}
	for k, v := range editMeta {
		es, err := parseTagEdits(v)
		if err != nil {
			return nil, err
		}
		edits[strings.TrimPrefix(k, metaTagEdits)] = es
	}
	tr := &trainer{m: m, acc: make([]float64, len(m.w)), ts: make([]int32, len(m.w))}
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x5eed))
	var buf []morph.Parse
	gold := make([]int32, 0, 64)
	words := make([]string, 0, 64)
	for ep := 1; ep <= opt.Epochs; ep++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var n, correct int
		for _, si := range order {
			s := sents[si]
			if opt.Domains != nil {
				m.domain = domainHash(opt.Domains[si])
				m.edits = edits[opt.Domains[si]]
			}
			gold, words = gold[:0], words[:0]
			for _, t := range s {
				id := int32(-1)
				if t.UPOS != "" {
					id = m.intern(t.Tag())
				}
				gold = append(gold, id)
				words = append(words, t.Form)
			}
			words = stripStress(words)
			var ss *sentence
			ss, buf = m.prepare(words, gold, buf)
			m.internCands(ss)
			c, k := tr.sentence(ss, gold)
			correct += c
			n += k
		}
		m.domain, m.edits = 0, nil
		fmt.Fprintf(opt.Log, "epoch %d: train tag accuracy %.2f%% (%d tokens, %d tags, %s)",
			ep, 100*float64(correct)/float64(max(n, 1)), n, len(m.tags), time.Since(start).Round(time.Second))
		if len(opt.Dev) > 0 {
			saved := m.w
			m.q, m.scale = quantize(tr.averaged())
			m.w = nil
			upos, tag := devAccuracy(m, opt.Dev)
			m.w, m.q = saved, nil
			fmt.Fprintf(opt.Log, "; dev UPOS %.2f%%, tag %.2f%%", 100*upos, 100*tag)
		}
		fmt.Fprintln(opt.Log)
	}
	m.q, m.scale = quantize(tr.averaged())
	m.w = nil
	m.Meta["epochs"] = fmt.Sprint(opt.Epochs)
	m.Meta["seed"] = fmt.Sprint(opt.Seed)
	if ds := domainList(opt.Domains); len(ds) > 0 {
		m.Meta[metaDomains] = strings.Join(ds, " ")
		maps.Copy(m.Meta, domainLexical(sents, opt.Domains))
		maps.Copy(m.Meta, learnFills(sents, opt.Domains))
		maps.Copy(m.Meta, editMeta)
	}
	return m, nil
}

// devAccuracy returns UPOS and whole-tag accuracy on gold sentences.
func devAccuracy(m *Model, dev [][]Token) (upos, tag float64) {
	var n, cu, ct int
	words := make([]string, 0, 64)
	for _, s := range dev {
		words = words[:0]
		for _, t := range s {
			words = append(words, t.Form)
		}
		for i, a := range m.TagWords(words) {
			n++
			if a.UPOS == s[i].UPOS {
				cu++
				if a.Feats == s[i].Feats {
					ct++
				}
			}
		}
	}
	return float64(cu) / float64(max(n, 1)), float64(ct) / float64(max(n, 1))
}

// intern returns the ID of a tag, adding it to the table.
func (m *Model) intern(tag string) int32 {
	if id, ok := m.tagIndex[tag]; ok {
		return id
	}
	id := int32(len(m.tags))
	m.tags = append(m.tags, tag)
	m.tagIndex[tag] = id
	m.parts = append(m.parts, m.layParts(tagParts(tag), true))
	return id
}

func (m *Model) internCands(s *sentence) {
	for i := range s.cands {
		for k := range s.cands[i] {
			c := &s.cands[i][k]
			if c.tag < 0 {
				c.tag = m.intern(c.tagStr)
				c.tagStr = ""
			}
		}
	}
}

// buildTables collects the tag table, the training lexicon, the ending
// table and the lemma rules.
func (m *Model) buildTables(sents [][]Token) {
	type wt struct {
		w   string
		tag int32
	}
	counts := map[wt]int32{}
	lemmaCounts := map[wt]map[string]int32{}
	sufCounts := map[string]map[int32]int32{}
	ruleCounts := map[string]map[lemmaRule]int32{}
	for _, s := range sents {
		for _, t := range s {
			if t.UPOS == "" {
				continue
			}
			id := m.intern(t.Tag())
			lw := lowerWord(t.Form)
			k := wt{lw, id}
			counts[k]++
			if lemmaCounts[k] == nil {
				lemmaCounts[k] = map[string]int32{}
			}
			lemmaCounts[k][t.Lemma]++
			if !hasLetter(lw) {
				continue
			}
			for n := 1; n <= 4; n++ {
				if utf8.RuneCountInString(lw) <= n {
					break
				}
				key := suffixKey(lw, n)
				if sufCounts[key] == nil {
					sufCounts[key] = map[int32]int32{}
				}
				sufCounts[key][id]++
			}
			if r, ok := ruleFor(lw, normLemma(t.Lemma)); ok {
				for n := 1; n <= 5; n++ {
					if utf8.RuneCountInString(lw) <= n {
						break
					}
					key := t.UPOS + "|" + suffix(lw, n)
					if ruleCounts[key] == nil {
						ruleCounts[key] = map[lemmaRule]int32{}
					}
					ruleCounts[key][r]++
				}
			}
		}
	}
	m.lex = map[string]lexWord{}
	keys := make([]wt, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].w != keys[j].w {
			return keys[i].w < keys[j].w
		}
		return keys[i].tag < keys[j].tag
	})
	for _, k := range keys {
		lx := m.lex[k.w]
		c := counts[k]
		lx.total += c
		lx.entries = append(lx.entries, lexEntry{tag: k.tag, count: c, lemma: best(lemmaCounts[k])})
		m.lex[k.w] = lx
	}
	m.suffixes = map[string][]int32{}
	for key, tc := range sufCounts {
		type pair struct{ tag, n int32 }
		var ps []pair
		for t, n := range tc {
			if n >= 2 {
				ps = append(ps, pair{t, n})
			}
		}
		sort.Slice(ps, func(i, j int) bool {
			if ps[i].n != ps[j].n {
				return ps[i].n > ps[j].n
			}
			return ps[i].tag < ps[j].tag
		})
		if len(ps) > maxSuffixTags {
			ps = ps[:maxSuffixTags]
		}
		for _, p := range ps {
			m.suffixes[key] = append(m.suffixes[key], p.tag)
		}
	}
	m.lemmas = map[string]lemmaRule{}
	for key, rc := range ruleCounts {
		var br lemmaRule
		var bn int32
		for r, n := range rc {
			if n > bn || (n == bn && (r.Cut < br.Cut || (r.Cut == br.Cut && r.Add < br.Add))) {
				br, bn = r, n
			}
		}
		if bn >= 2 {
			m.lemmas[key] = br
		}
	}
}

// best returns the most frequent string (the smallest among ties).
func best(c map[string]int32) string {
	var b string
	var bn int32
	for s, n := range c {
		if n > bn || (n == bn && s < b) {
			b, bn = s, n
		}
	}
	return b
}

// ruleFor derives the lemma rule turning form lw into lemma.
func ruleFor(lw, lemma string) (lemmaRule, bool) {
	if lemma == "" {
		return lemmaRule{}, false
	}
	a, b := []rune(lw), []rune(lemma)
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	if p == 0 {
		return lemmaRule{}, false
	}
	return lemmaRule{Cut: len(a) - p, Add: string(b[p:])}, true
}

// trainer holds the averaged perceptron's running sums.
type trainer struct {
	m    *Model
	acc  []float64 // sum over time of each weight
	ts   []int32   // time of each weight's last change
	tick int32
	sc   scorer
	hist []string
}

func (t *trainer) add(k uint64, d float32) {
	t.acc[k] += float64(t.tick-t.ts[k]) * float64(t.m.w[k])
	t.ts[k] = t.tick
	t.m.w[k] += d
}

func (t *trainer) averaged() []float32 {
	out := make([]float32, len(t.m.w))
	T := float64(max(t.tick, 1))
	for k, w := range t.m.w {
		a := t.acc[k] + float64(t.tick-t.ts[k])*float64(w)
		out[k] = float32(a / T)
	}
	return out
}

// sentence runs one greedy pass and updates on mistakes. It returns the
// number of correct tokens and of tokens.
func (t *trainer) sentence(s *sentence, gold []int32) (int, int) {
	m := t.m
	if cap(t.hist) < len(gold) {
		t.hist = make([]string, len(gold))
	}
	hist := t.hist[:len(gold)]
	correct, n := 0, 0
	for i := range gold {
		if a, ok := SocialToken(s.words, i); ok {
			hist[i] = a.Tag()
			continue
		}
		t.tick++
		cs := s.cands[i]
		k := 0
		if len(cs) > 1 {
			// (one candidate: nothing to learn, and the same choice)
			t.sc.feats = m.tokenFeats(t.sc.feats[:0], s, i, hist)
			k = argmax(m.score(&t.sc, s, i))
		}
		if gold[i] < 0 {
			// no gold analysis: context only
			hist[i] = m.tagString(&cs[k])
			continue
		}
		g := -1
		for j := range cs {
			if cs[j].tag == gold[i] {
				g = j
				break
			}
		}
		n++
		if cs[k].tag == gold[i] {
			correct++
		} else if g >= 0 {
			t.update(t.sc.feats, &cs[g], s.inDict[i], 1)
			t.update(t.sc.feats, &cs[k], s.inDict[i], -1)
		}
		hist[i] = m.tags[cs[k].tag]
	}
	return correct, n
}

func (t *trainer) update(feats []uint64, c *cand, inDict bool, d float32) {
	m := t.m
	ps := m.partsOf(c)
	for _, f := range feats {
		for _, p := range ps {
			t.add(slot(f, p, m.mask), d)
		}
	}
	for _, f := range candFeats(nil, c, inDict) {
		t.add(slot(f, partConst, m.mask), d)
		t.add(slot(f, ps[1], m.mask), d)
	}
}

// String describes the model briefly.
func (m *Model) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "tagger: %d tags, %d lexicon words, %d ending keys, %d lemma rules, 2^%d weights",
		len(m.tags), len(m.lex), len(m.suffixes), len(m.lemmas), m.bits)
	return b.String()
}
