package ner

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// cacheSentences hold quotes, sentence bounds and repeated words: the
// positions whose features differ from one occurrence of a word to another.
var cacheSentences = []string{
	"В октябре 2024 года в российском городе Ижевске было организовано 24-е заседание межправительственной комиссии .",
	"«Газпром» и « Роснефть » подписали соглашение в Москве , сообщил министр Дмитрий Шугаев .",
	"Москве",
	"Дмитрий Шугаев",
	"\" Москве \" в Москве «",
	"министр и Дмитрий и Шугаев .",
	"« Газпром и Роснефть и Лукойл » и министр",
	"министр Дмитрий Шугаев сообщил в Ижевске , что «Газпром» подписали соглашение .",
}

// TestWordEntries checks that inference from the word entries, cached or
// not, reads the features and network inputs the training code computes:
// the same perceptron weights for every token and the same LSTM states, bit
// for bit.
func TestWordEntries(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.net == nil || m.words == nil {
		t.Fatal("the default model has no network or no word cache")
	}
	levels := m.levels()
	for pass := range 3 { // cold cache, entries cached, gates cached
		for _, s := range cacheSentences {
			words := strings.Fields(s)
			info := sentenceInfo(words, m.lex, m.clusters)
			ws := make([]*wordEntry, len(words))
			cached := make([]bool, len(words))
			winfo := make([]tokenInfo, len(words))
			for i, w := range words {
				ws[i], cached[i] = m.word(w)
				if cached[i] && ws[i].sums == nil && i%2 == 0 { // some with sums, some not
					ws[i] = m.withSums(ws[i])
					m.words.Put(w, ws[i])
				}
				winfo[i] = ws[i].info
			}
			setQuotes(winfo, words)
			for i := range words {
				want := m.ids(nil, baseFeatures(nil, info, i, levels))
				got, _ := m.baseIDs(nil, nil, ws, winfo, i)
				cmp := func(a, b span) int { return int(a.start) - int(b.start) }
				slices.SortFunc(want, cmp)
				slices.SortFunc(got, cmp)
				if !slices.Equal(got, want) {
					t.Fatalf("pass %d, %q, token %d: features %v, want %v", pass, s, i, got, want)
				}
				wa := make([]int32, m.scoreLen())
				m.addWeights(wa, want)
				ga := make([]int32, m.scoreLen())
				rest, _ := m.baseScores(ga, nil, nil, ws, winfo, i)
				m.addWeights(ga, rest)
				if !slices.Equal(ga, wa) {
					t.Fatalf("pass %d, %q, token %d: scores differ", pass, s, i)
				}
			}
			var tw, tg netTape
			m.net.encode(m.net.input(info, levels), &tw, nil, 0, 0)
			m.net.encodeWords(ws, cached, winfo, &tg, m.words, words)
			for i := range tw.hs {
				for j, v := range tw.hs[i] {
					if math.Float32bits(tg.hs[i][j]) != math.Float32bits(v) {
						t.Fatalf("pass %d, %q: state %d[%d] = %v, want %v", pass, s, i, j, tg.hs[i][j], v)
					}
				}
			}
		}
	}
	if e, _ := m.word("Москве"); e.gates == nil || e.sums == nil {
		t.Error("no gates or sums cached for a word seen in plain positions")
	}
}
