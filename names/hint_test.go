package names

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

func TestSubjectHints(t *testing.T) {
	tok := func(start int, text, pos, feats string) doc.Token {
		return doc.Token{Span: doc.Span{Start: start, End: start + len([]rune(text))}, Text: text, POS: pos, Feats: feats}
	}
	fem := "Aspect=Perf|Gender=Fem|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"
	name := func(start int) []doc.Token {
		return []doc.Token{tok(start, "Кая", "PROPN", "Case=Acc|Gender=Masc|Number=Sing"), tok(start+4, "Каллас", "PROPN", "Case=Nom|Gender=Masc|Number=Sing")}
	}
	tests := []struct {
		name string
		toks []doc.Token
		at   int // the name's first token
		want morph.Grammeme
	}{
		{"opening the sentence", append(name(0), tok(11, "заявила", "VERB", fem)), 0, morph.Femn},
		{"after a comma", append(append([]doc.Token{tok(0, "Итак", "ADV", ""), tok(4, ",", "PUNCT", "")}, name(6)...), tok(17, "заявила", "VERB", fem)), 2, morph.Femn},
		{"a dependent of another noun", append(append([]doc.Token{tok(0, "Министр", "NOUN", "Case=Nom")}, name(8)...), tok(19, "заявила", "VERB", fem)), 1, morph.Masc},
		{"no past verb after it", append(name(0), tok(11, "заявит", "VERB", "Number=Sing|Tense=Fut|VerbForm=Fin")), 0, morph.Masc},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := doc.Mention{Span: doc.Span{Start: tt.toks[tt.at].Start, End: tt.toks[tt.at+1].End}, Type: "PERSON"}
			got := subjectHints(Hints(tt.toks[tt.at:tt.at+2]), tt.toks, m, nil)
			if got[0].Gender != tt.want {
				t.Errorf("gender of Кая: %v, want %v", got[0].Gender, tt.want)
			}
		})
	}
	// after a proper noun, a name that reads as a nominative of the verb's
	// gender is its subject; after a common noun it is not
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	tagged := func(prevText, prevPOS, surname string) []doc.Token {
		return []doc.Token{tok(0, "Жительница", "NOUN", "Case=Nom"), tok(11, prevText, prevPOS, "Case=Gen"),
			tok(23, "Анастасия", "PROPN", "Case=Gen|Gender=Masc|Number=Sing"), tok(33, surname, "PROPN", "Case=Gen|Gender=Masc|Number=Sing"),
			tok(46, "стала", "VERB", fem)}
	}
	// names24b: after a common noun in the genitive, a name the tagger
	// reads as a nominative of the verb's gender is its subject
	// (genitiveHead: «… партии Экрем Имамоглу заявил»); one it reads in
	// the genitive is not (the cases below)
	masc := "Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"
	for feats, want := range map[string]morph.Grammeme{"Case=Nom|Gender=Masc|Number=Sing": morph.Masc, "Case=Gen|Gender=Masc|Number=Sing": morph.Femn} {
		toks := []doc.Token{tok(0, "партии", "NOUN", "Case=Gen|Gender=Fem|Number=Sing"), tok(7, "Экрем", "PROPN", feats),
			tok(13, "Имамоглу", "PROPN", "Case=Dat|Gender=Masc|Number=Sing"), tok(22, "заявил", "VERB", masc)}
		m := doc.Mention{Span: doc.Span{Start: toks[1].Start, End: toks[2].End}, Type: "PERSON"}
		h := Hints(toks[1:3])
		h[0].Gender = morph.Femn // (to see the rule's gender)
		if got := subjectHints(h, toks, m, c.nominativeOf); got[0].Gender != want {
			t.Errorf("Экрем tagged %s: gender %v, want %v", feats, got[0].Gender, want)
		}
	}
	// (a woman's surname in -ова the dictionary does not know reads as a
	// nominative too: «в Линце Анастасия Павлюченкова уступила»)
	for _, surname := range []string{"Кравченко", "Павлюченкова"} {
		for prev, want := range map[string]morph.Grammeme{"PROPN": morph.Femn, "NOUN": morph.Masc} {
			toks := tagged("Новосибирска", prev, surname)
			m := doc.Mention{Span: doc.Span{Start: toks[2].Start, End: toks[3].End}, Type: "PERSON"}
			if got := subjectHints(Hints(toks[2:4]), toks, m, c.nominativeOf); got[0].Gender != want {
				t.Errorf("%s after a %s: gender of Анастасия %v, want %v", surname, prev, got[0].Gender, want)
			}
		}
	}
}

func TestSurnameAsFull(t *testing.T) {
	known := func(w string) bool { return w == "Попова" || w == "Обама" || w == "Кейта" }
	tests := []struct {
		part, full, want string
	}{
		{"Попов", "Анна Попова", "Попова"},       // the full name's surname, a known one
		{"Барак", "Барак Обама", "Барак"},        // a first name alone stays
		{"Сандерс", "Берни Сандерса", "Сандерс"}, // the full name ends in an unknown oblique form
		{"Кейт", "Ибрахим Бубакар Кейта", "Кейта"},
	}
	for _, tt := range tests {
		part := &group{typ: "PERSON", names: []string{tt.part}, full: tt.part, norm: Normalize(tt.part)}
		full := &group{typ: "PERSON", names: []string{tt.full}, full: tt.full, norm: Normalize(tt.full)}
		surnameAsFull(part, full, known)
		if part.names[0] != tt.want {
			t.Errorf("%s into %s: %s, want %s", tt.part, tt.full, part.names[0], tt.want)
		}
	}
}

func TestNationalityApposition(t *testing.T) {
	tok := func(start int, text, pos, feats string) doc.Token {
		return doc.Token{Span: doc.Span{Start: start, End: start + len([]rune(text))}, Text: text, POS: pos, Feats: feats}
	}
	tests := []struct {
		name      string
		nat       doc.Token
		want      morph.Grammeme
		apposed   bool
		mentioned string // the type of the mention over nat
	}{
		{"a nationality's noun in the dative: the name's case, «канадцу Уэйну Гретцки»", tok(0, "канадцу", "NOUN", "Case=Dat|Gender=Masc|Number=Sing"), morph.Datv, true, "NATIONALITY"},
		{"in the nominative, «японец Дзироэмон Кимура»", tok(0, "японец", "NOUN", "Case=Nom|Gender=Masc|Number=Sing"), morph.Nomn, true, "NATIONALITY"},
		{"in the genitive the tagger's reading stays (guard), «бразильца Жана-Шарля»", tok(0, "бразильца", "NOUN", "Case=Gen|Gender=Masc|Number=Sing"), morph.Accs, false, "NATIONALITY"},
		{"a nationality's adjective (guard)", tok(0, "канадскому", "ADJ", "Case=Dat|Gender=Masc|Number=Sing"), morph.Accs, false, "NATIONALITY"},
		{"a noun of no mention (guard)", tok(0, "канадцу", "NOUN", "Case=Dat|Gender=Masc|Number=Sing"), morph.Accs, false, "DATE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := tt.nat.End + 1
			toks := []doc.Token{tt.nat, tok(at, "Уэйну", "PROPN", "Case=Acc|Gender=Fem|Number=Sing"), tok(at+6, "Гретцки", "PROPN", "Case=Gen|Gender=Fem|Number=Sing")}
			m := doc.Mention{Span: doc.Span{Start: at, End: toks[2].End}, Type: "PERSON"}
			ms := []doc.Mention{{Span: tt.nat.Span, Type: tt.mentioned}, m}
			got := appositionHints(Hints(toks[1:]), toks, ms, m, nil)
			if got[0].Case != tt.want || got[0].Apposed != tt.apposed {
				t.Errorf("hint of Уэйну: case %v apposed %v, want %v %v", got[0].Case, got[0].Apposed, tt.want, tt.apposed)
			}
		})
	}
}

func TestPostWord(t *testing.T) {
	tok := func(text, pos, feats string) doc.Token { return doc.Token{Text: text, POS: pos, Feats: feats} }
	noun := tok("сотрудник", "NOUN", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing")
	tests := []struct {
		name string
		post []doc.Token
		want int
	}{
		{"an adjective read as an inanimate accusative: the noun's case, «стала старший научный сотрудник»",
			[]doc.Token{tok("старший", "ADJ", "Animacy=Inan|Case=Acc|Degree=Pos|Gender=Masc|Number=Sing"), tok("научный", "ADJ", "Case=Nom|Gender=Masc|Number=Sing"), noun}, 2},
		{"an adjective in the nominative keeps its own (guard)",
			[]doc.Token{tok("старший", "ADJ", "Case=Nom|Gender=Masc|Number=Sing"), noun}, 0},
		{"an adjective in the animate accusative keeps its own (guard), «назначил старшего научного сотрудника»",
			[]doc.Token{tok("старшего", "ADJ", "Animacy=Anim|Case=Acc|Gender=Masc|Number=Sing"), tok("сотрудника", "NOUN", "Animacy=Anim|Case=Acc|Gender=Masc|Number=Sing")}, 0},
		{"a post of a noun first (guard)", []doc.Token{noun}, 0},
		{"no noun: the first word (guard)", []doc.Token{tok("старший", "ADJ", "Animacy=Inan|Case=Acc|Gender=Masc|Number=Sing")}, 0},
	}
	for _, tt := range tests {
		if got := postWord(tt.post); got != tt.want {
			t.Errorf("%s: %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestWomanSurnames(t *testing.T) {
	women := map[string]bool{"евгения": true, "александра": true}
	person := func(text string) doc.Mention { return doc.Mention{Text: text, Type: "PERSON"} }
	tests := []struct {
		name     string
		mentions []doc.Mention
		given    map[string]morph.Grammeme // surnameGenders' answer
		want     morph.Grammeme            // the gender of «григорьева»
	}{
		{"a surname alone in a woman's oblique case makes the full name a woman's",
			[]doc.Mention{person("Евгения Григорьева"), person("Григорьевой")}, nil, morph.Femn},
		{"a man's first name (guard)",
			[]doc.Mention{person("Сергея Григорьева"), person("Григорьевой")}, nil, 0},
		{"two first names share the surname (guard)",
			[]doc.Mention{person("Евгения Григорьева"), person("Александра Григорьева"), person("Григорьевой")}, nil, 0},
		{"a verb gave the man's (guard)",
			[]doc.Mention{person("Евгения Григорьева"), person("Григорьевой")}, map[string]morph.Grammeme{"григорьева": morph.Masc}, morph.Masc},
		{"no oblique woman's form (guard)",
			[]doc.Mention{person("Евгения Григорьева"), person("Григорьев")}, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			genders := map[string]morph.Grammeme{}
			for k, g := range tt.given {
				genders[k] = g
			}
			womanSurnames(tt.mentions, genders, func(w string) bool { return women[w] })
			if got := genders["григорьева"]; got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
