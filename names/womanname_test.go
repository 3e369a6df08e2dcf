package names

import (
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

func TestFirstNameSubjectHints(t *testing.T) {
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	tok := func(start int, text, pos, feats string) doc.Token {
		return doc.Token{Span: doc.Span{Start: start, End: start + len([]rune(text))}, Text: text, POS: pos, Feats: feats}
	}
	fem := "Aspect=Perf|Gender=Fem|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"
	masc := "Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"
	gen := "Case=Gen|Gender=Masc|Number=Sing"
	tests := []struct {
		name, word, verb string
		want             morph.Grammeme // the gender given; 0: the tagger's hint kept
	}{
		{"a woman's first name before a feminine verb: «внучка Шаймиева Камиля вошла»", "Камиля", fem, morph.Femn},
		{"a man's genitive before a masculine verb has its own subject (guard)", "Камиля", masc, 0},
		{"a surname alone is left to the tagger (guard)", "Шаймиева", fem, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := []doc.Token{tok(0, "внучка", "NOUN", "Case=Nom"), tok(7, "Шаймиева", "PROPN", gen), tok(16, tt.word, "PROPN", gen),
				tok(17+len([]rune(tt.word)), "вошла", "VERB", tt.verb)}
			m := doc.Mention{Span: toks[2].Span, Type: "PERSON", Text: tt.word}
			got := c.firstNameSubjectHints(Hints(toks[2:3]), toks, m)
			if tt.want == 0 {
				if got[0].Case != morph.Gent {
					t.Errorf("hint %+v, want the tagger's genitive", got[0])
				}
				return
			}
			if got[0].Case != morph.Nomn || got[0].Gender != tt.want || !got[0].Apposed {
				t.Errorf("hint %+v, want a nominative of gender %v", got[0], tt.want)
			}
		})
	}
}

func TestDashPostHints(t *testing.T) {
	tok := func(start int, text, pos, feats string) doc.Token {
		return doc.Token{Span: doc.Span{Start: start, End: start + len([]rune(text))}, Text: text, POS: pos, Feats: feats}
	}
	gen := "Case=Gen|Gender=Masc|Number=Sing"
	post := "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing"
	tests := []struct {
		name      string
		before    doc.Token
		dash, pos string
		want      morph.Grammeme
	}{
		{"after a comma, a dash and an animate nominative: «, Ннека Угбома - руководитель»", tok(0, ",", "PUNCT", ""), "-", post, morph.Nomn},
		{"after a noun it depends on: «Сын Ннека Угбома — депутат» (guard)", tok(0, "Сын", "NOUN", "Case=Nom"), "—", post, morph.Gent},
		{"an inanimate noun after the dash (guard)", tok(0, ",", "PUNCT", ""), "-", "Animacy=Inan|Case=Nom|Gender=Masc|Number=Sing", morph.Gent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := []doc.Token{tt.before, tok(4, "Ннека", "PROPN", gen), tok(10, "Угбома", "PROPN", gen), tok(17, tt.dash, "PUNCT", ""),
				tok(19, "руководитель", "NOUN", tt.pos)}
			m := doc.Mention{Span: doc.Span{Start: 4, End: 16}, Type: "PERSON", Text: "Ннека Угбома"}
			got := dashPostHints(Hints(toks[1:3]), toks, m)
			if got[0].Case != tt.want || got[1].Case != tt.want {
				t.Errorf("cases %v %v, want %v", got[0].Case, got[1].Case, tt.want)
			}
		})
	}
}

// TestWomanSubjectHints: a name of a woman's first name and a surname that
// does not decline, before a feminine verb, is a nominative; guards: a
// masculine verb, a surname that declines, a man's first name.
func TestWomanSubjectHints(t *testing.T) {
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, first, last, verb string
		want                    bool // a feminine nominative given
	}{
		{"«Адвокат осужденного Марина Левченко заявила»: was Марин's genitive", "Марина", "Левченко", pastFem, true},
		{"a masculine verb (guard)", "Марина", "Левченко", pastMasc, false},
		{"a surname that declines tells the case itself (guard): «адвокат Александра Кокорина заявила»", "Александра", "Кокорина", pastFem, false},
		{"no woman's first name (guard)", "Ивана", "Левченко", pastFem, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := 20
			b := a + len([]rune(tt.first)) + 1
			v := b + len([]rune(tt.last)) + 1
			toks := []doc.Token{hintTok(0, "осужденного", "VERB", "Case=Gen|VerbForm=Part"), hintTok(a, tt.first, "PROPN", mascGen),
				hintTok(b, tt.last, "PROPN", mascGen), hintTok(v, "заявила", "VERB", tt.verb)}
			m := doc.Mention{Span: doc.Span{Start: a, End: toks[2].End}, Type: "PERSON", Text: tt.first + " " + tt.last}
			got := c.womanSubjectHints(Hints(toks[1:3]), toks, m)
			if is := got[0].Case == morph.Nomn && got[0].Gender == morph.Femn && got[1].Case == morph.Nomn; is != tt.want {
				t.Errorf("hints %+v, want a feminine nominative: %v", got, tt.want)
			}
		})
	}
}

// TestIndeclinablePost: a post's word that does not decline («замглавы»)
// gives the name after it no case; guard: a post that declines.
func TestIndeclinablePost(t *testing.T) {
	c, err := NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		post string
		want morph.Grammeme
	}{
		{"замглавы", morph.Gent},    // names24: the tagger's genitive stays; was the post's «nominative», and the name as written
		{"заместитель", morph.Nomn}, // (guard) the post's case
	} {
		at := len([]rune(tt.post)) + 1
		toks := []doc.Token{hintTok(0, tt.post, "NOUN", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing"),
			hintTok(at, "Никиты", "PROPN", mascGen), hintTok(at+7, "Стасишина", "PROPN", mascGen)}
		m := doc.Mention{Span: doc.Span{Start: at, End: toks[2].End}, Type: "PERSON", Text: "Никиты Стасишина"}
		ms := []doc.Mention{{Span: toks[0].Span, Type: "PROFESSION"}, m}
		if got := appositionHints(Hints(toks[1:]), toks, ms, m, c.indeclinable); got[0].Case != tt.want {
			t.Errorf("after %q: hint %+v, want case %v", tt.post, got[0], tt.want)
		}
	}
}

// The features of the tokens of TestWomanSubjectHints and
// TestIndeclinablePost.
const (
	pastFem  = "Aspect=Perf|Gender=Fem|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"
	pastMasc = "Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"
	mascGen  = "Case=Gen|Gender=Masc|Number=Sing"
)

// hintTok is a token of text at rune offset start.
func hintTok(start int, text, pos, feats string) doc.Token {
	return doc.Token{Span: doc.Span{Start: start, End: start + len([]rune(text))}, Text: text, POS: pos, Feats: feats}
}
