package event

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// mannerPhrase returns the index of the «с» or «со» that opens a manner
// phrase of toks ending at toks[end-1]: «с», at most three adjectives
// and the noun («с рабочим визитом», «с официальным визитом»); -1 if
// toks[from:end] is none. The noun is toks[end-1].
func (x *Extractor) mannerPhrase(toks []doc.Token, from, end int) int {
	if end-from < 2 || end-from > 5 {
		return -1
	}
	if w := strings.ToLower(toks[from].Text); w != "с" && w != "со" {
		return -1
	}
	for k := from + 1; k < end-1; k++ {
		// (the likeliest reading of «рабочим» is the worker's noun)
		if _, pos := x.lemma(strings.ToLower(toks[k].Text)); pos != morph.ADJF && !x.adjectiveForm(toks[k].Text) {
			return -1
		}
	}
	return from
}

// adjectiveForm reports whether some reading of the word is an adjective.
func (x *Extractor) adjectiveForm(w string) bool {
	return slices.ContainsFunc(x.A.Parse(strings.ToLower(w)), func(p morph.Parse) bool { return p.Tag.POS() == morph.ADJF })
}

// mannerAhead returns the index in prev of the event of a noun in «с» and
// the instrumental that stands right before the verb trigger t, of its
// type and word group: «Казань с рабочим визитом посетил президент
// Казахстана» is one visit (the order of mannerOf reversed); -1 if none.
// The verb's event takes the noun's place in prev.
func (x *Extractor) mannerAhead(d *doc.Document, prev []doc.Event, t trigger) int {
	toks := d.Sentences[t.sent].Tokens
	i := tokenAt(toks, t.span.Start)
	if !t.verb && verbs[x.eventLemma(t.text)] == "" || i < 2 {
		return -1
	}
	lemma := family(x.eventLemma(t.text))
	for k := len(prev) - 1; k >= 0; k-- {
		e := prev[k]
		if e.Evidence != d.Sentences[t.sent].Span || e.Type != t.typ || e.Trigger.End != toks[i-1].End {
			continue
		}
		if family(x.eventLemma(e.Trigger.Text)) != lemma {
			return -1
		}
		for j := i - 2; j >= 0 && j >= i-5; j-- {
			if x.mannerPhrase(toks, j, i) >= 0 && toks[j].End <= e.Trigger.Start {
				return k
			}
		}
		return -1
	}
	return -1
}

// frontedPlace reports whether the place mention m opens the clause of the
// visit verb t and only a manner phrase stands between them: «Казань с
// рабочим визитом посетил президент Казахстана» visits Казань, the object
// put first (the verb's place is otherwise the one after it).
//
// A date that opens the clause may stand before the place: «31 июля Муром
// посетят журналисты из Дании и Италии» visits Муром (openingTime).
func (x *Extractor) frontedPlace(toks []doc.Token, ms []mention, idx []int, t trigger, m mention) bool {
	a, v := tokenAt(toks, m.Start), tokenAt(toks, t.span.Start)
	if a < 0 || v < 0 || m.End > t.span.Start {
		return false
	}
	if a > 0 && !strings.ContainsAny(toks[a-1].Text, ",:;—–.") && !openingTime(toks, ms, idx, a) {
		return false
	}
	e := a
	for e < v && toks[e].End <= m.End {
		e++
	}
	return e == v || x.mannerPhrase(toks, e, v) == e
}

// openingTime reports whether a DATE or TIME mention ending right before
// toks[a] opens its clause (the sentence's start or a punctuation mark
// before it, «в» or «во» aside): «31 июля», «В пятницу».
func openingTime(toks []doc.Token, ms []mention, idx []int, a int) bool {
	for _, mi := range idx {
		m := ms[mi]
		if (m.Type != "DATE" && m.Type != "TIME") || m.End != toks[a-1].End {
			continue
		}
		s := tokenAt(toks, m.Start)
		if s > 0 && (strings.ToLower(toks[s-1].Text) == "в" || strings.ToLower(toks[s-1].Text) == "во") {
			s--
		}
		if s == 0 || s > 0 && strings.ContainsAny(toks[s-1].Text, ",:;—–.") {
			return true
		}
	}
	return false
}
