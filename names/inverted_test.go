package names

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

func TestInvertedSubjectHints(t *testing.T) {
	tok := func(start int, text, pos, lemma, feats string) doc.Token {
		return doc.Token{Span: doc.Span{Start: start, End: start + len([]rune(text))}, Text: text, POS: pos, Lemma: lemma, Feats: feats}
	}
	fem := "Aspect=Perf|Gender=Fem|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"
	// «<before> <verb> Камиля Шаймиева <after>», the name read as a man's genitive
	build := func(before, verb, lemma, after string) ([]doc.Token, doc.Mention) {
		toks := []doc.Token{tok(0, before, "PUNCT", before, ""), tok(2, verb, "VERB", lemma, fem),
			tok(3+len([]rune(verb)), "Камиля", "PROPN", "Камиль", "Case=Gen|Gender=Masc|Number=Sing")}
		toks = append(toks, tok(toks[2].End+1, "Шаймиева", "PROPN", "Шаймиев", "Case=Gen|Gender=Masc|Number=Sing"))
		if after != "" {
			pos := "PUNCT"
			if after != "," {
				pos = "NOUN"
			}
			toks = append(toks, tok(toks[3].End, after, pos, after, ""))
		}
		return toks, doc.Mention{Span: doc.Span{Start: toks[2].Start, End: toks[3].End}, Type: "PERSON"}
	}
	transitive := func(w string) bool { return w == "поздравила" || w == "заявила" }
	tests := []struct {
		name                       string
		before, verb, lemma, after string
		want                       morph.Grammeme // the first word's case
	}{
		{"after an intransitive verb, ending the clause", ",", "вошла", "войти", ",", morph.Nomn},
		{"at the text's end", ",", "вошла", "войти", "", morph.Nomn},
		{"after a transitive verb: its object", ",", "поздравила", "поздравить", ",", morph.Gent},
		{"a quote's attribution after a dash", "—", "заявила", "заявить", ",", morph.Nomn},
		{"a dative verb's object", ",", "позвонила", "позвонить", ",", morph.Gent},
		{"words go on after the name", ",", "вошла", "войти", "совет", morph.Gent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, m := build(tt.before, tt.verb, tt.lemma, tt.after)
			got := invertedSubjectHints(Hints(toks[2:4]), toks, m, transitive)
			if got[0].Case != tt.want {
				t.Errorf("case of Камиля: %v, want %v", got[0].Case, tt.want)
			}
			if tt.want == morph.Nomn && (got[1].Gender != morph.Femn || !got[1].Apposed) {
				t.Errorf("surname: %+v, want a feminine nominative", got[1])
			}
		})
	}
}

func TestVowelSurname(t *testing.T) {
	person := func(name, text string) *group {
		return &group{typ: "PERSON", names: []string{name}, full: name, norm: Normalize(name),
			mentions: []doc.Mention{{Text: text, Type: "PERSON"}}}
	}
	tests := []struct {
		part, text, full string
		want             bool
	}{
		{"Гарсию", "Гарсию", "Алан Гарсия", true}, // the canonical name as written
		{"Кошт", "Кошту", "Антониу Кошта", true},  // the written form, read as Кошт's dative
		{"Кошт", "Кошт", "Антониу Кошта", false},  // no case ending
		{"Гарсию", "Гарсию", "Гарсия", false},     // a one-word name is no full name
		{"Петрову", "Петрову", "Анна Петрова", true},
		{"Иванову", "Иванову", "Иван Иванов", false}, // a surname in a consonant: looserPerson's
	}
	for _, tt := range tests {
		if got := vowelSurname(person(tt.part, tt.text), person(tt.full, tt.full)); got != tt.want {
			t.Errorf("%s (%s) of %s: %v, want %v", tt.part, tt.text, tt.full, got, tt.want)
		}
	}
}
