package tagger

import (
	"strings"
	"testing"

	"github.com/factgraph/factgraph/internal/cputime"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

const benchText = `Начальный ролик, или опенинг, как правило, представляет собой анимацию, изображающую главных героев. ` +
	`В результате нападения один сотрудник типографии был застрелен на месте, еще один получил ранения. ` +
	`Она решила попытаться остановить машину — хотя понимала, что это бесполезно. ` +
	`Министр иностранных дел России Сергей Лавров заявил в понедельник, что переговоры продолжатся в Женеве. ` +
	`Из стали, выплавленной на заводе в 1980 году, сделали 500 танков и тысячу боевых машин.`

func benchSentences() [][]string {
	var out [][]string
	for _, s := range tokenize.Split(strings.Repeat(benchText+" ", 20)) {
		var ws []string
		for _, t := range s.Tokens {
			ws = append(ws, t.Text)
		}
		out = append(out, ws)
	}
	return out
}

// BenchmarkTagWords tags news-like text with the word cache, as running
// text is tagged (its words repeat).
func BenchmarkTagWords(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	benchTag(b, m)
}

// BenchmarkTagWordsUncached is BenchmarkTagWords without the word cache:
// every word is analysed afresh, as in text of unseen words.
func BenchmarkTagWordsUncached(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	u := *m
	u.cache = nil
	benchTag(b, &u)
}

func benchTag(b *testing.B, m *Model) {
	sents := benchSentences()
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	m.TagWords(sents[0]) // warm up
	b.ResetTimer()
	cpu0 := cputime.Process()
	for b.Loop() {
		for _, s := range sents {
			m.TagWords(s)
		}
	}
	cpu := cputime.Process() - cpu0
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu > 0 {
		// throughput per CPU-second of the process: meaningful on a busy machine
		b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

func TestDefault(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	got := m.TagWords([]string{"Мама", "мыла", "раму", "."})
	want := []string{"NOUN", "VERB", "NOUN", "PUNCT"}
	lemmas := []string{"мама", "мыть", "рама", "."}
	for i := range want {
		if got[i].UPOS != want[i] || got[i].Lemma != lemmas[i] {
			t.Errorf("word %d: got %+v, want %s %s", i, got[i], want[i], lemmas[i])
		}
	}
	if got := m.TagWords(nil); len(got) != 0 {
		t.Errorf("empty sentence: got %v", got)
	}
}

// BenchmarkDecode decodes the embedded model (as Default does once per
// process; the dictionary is loaded before the timer starts).
func BenchmarkDecode(b *testing.B) {
	a, err := morph.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeBytes(defaultModel, a); err != nil {
			b.Fatal(err)
		}
	}
}
