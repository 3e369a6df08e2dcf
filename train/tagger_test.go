package train

import (
	"testing"

	"github.com/factgraph/factgraph/corpus/conllu"
	"github.com/factgraph/factgraph/tagger"
)

func TestOpenCorporaToken(t *testing.T) {
	tests := []struct {
		form, lemma, upos, feats string
		wantUPOS, wantLemma      string
	}{
		// short passive participles are VERB in UD Russian, even with an
		// adjective reading of the same lemma (расположенный «inclined»)
		{"назначена", "НАЗНАЧЕННЫЙ", "ADJ", "Case=Nom|Gender=Fem|Number=Sing|Variant=Short", "VERB", "назначить"},
		{"расположено", "РАСПОЛОЖЕННЫЙ", "ADJ", "Case=Nom|Gender=Neut|Number=Sing|Variant=Short", "VERB", "расположить"},
		// должен has no participle reading
		{"должен", "ДОЛЖНЫЙ", "ADJ", "Case=Nom|Gender=Masc|Number=Sing|Variant=Short", "ADJ", "должный"},
		// Cyrillic words OpenCorpora left unanalysed: a capitalized one is
		// a PROPN with the dictionary's noun guess, others get no gold tag
		{"Юнайтед", "ЮНАЙТЕД", "X", "_", "PROPN", "Юнайтед"},
		{"1970-х", "1970-Х", "X", "_", "", ""},
		{"юй", "ЮЙ", "X", "_", "", ""},
		// Latin and Roman stay as before
		{"Google", "GOOGLE", "X", "_", "X", "Google"},
		{"XIV", "XIV", "X", "_", "NUM", "XIV"},
		// digits in groups: NUM, as in UD GSD and Taiga
		{"7,5", "7,5", "X", "_", "NUM", "7,5"},
		{"12.03.2005", "12.03.2005", "X", "_", "NUM", "12.03.2005"},
		{"+", "+", "X", "_", "SYM", "+"},
		// a numeral in words has its nominative as lemma, one in digits itself
		{"трёх", "ТРИ", "NUM", "Case=Gen", "NUM", "три"},
		{"12", "12", "NUM", "_", "NUM", "12"},
		// данный is ADJ in UD GSD and Taiga
		{"данном", "ДАННЫЙ", "DET", "Case=Loc|Gender=Masc|Number=Sing", "ADJ", "данный"},
	}
	for _, tt := range tests {
		got := OpenCorporaToken(conllu.Word{Form: tt.form, Lemma: tt.lemma, UPOS: tt.upos, Feats: tt.feats})
		if got.UPOS != tt.wantUPOS || got.Lemma != tt.wantLemma {
			t.Errorf("OpenCorporaToken(%s %s %s) = %s %q (%s), want %s %q", tt.form, tt.upos, tt.feats, got.UPOS, got.Lemma, got.Feats, tt.wantUPOS, tt.wantLemma)
		}
	}
}

func TestDateOrdinals(t *testing.T) {
	ts := []tagger.Token{
		{Form: "в", UPOS: "ADP", Lemma: "в"},
		{Form: "1980", UPOS: "NUM", Lemma: "1980"},
		{Form: "году", UPOS: "NOUN", Feats: "Animacy=Inan|Case=Loc|Gender=Masc|Number=Sing", Lemma: "год"},
		{Form: "и", UPOS: "CCONJ", Lemma: "и"},
		{Form: "1990-х", UPOS: "NUM", Lemma: "1990-х"},
		{Form: "годах", UPOS: "NOUN", Feats: "Animacy=Inan|Case=Loc|Gender=Masc|Number=Plur", Lemma: "год"},
		{Form: "500", UPOS: "NUM", Lemma: "500"},
		{Form: "танков", UPOS: "NOUN", Feats: "Animacy=Inan|Case=Gen|Gender=Masc|Number=Plur", Lemma: "танк"},
		{Form: "20", UPOS: "NUM", Lemma: "20"},
		{Form: "гг.", UPOS: "NOUN", Feats: "Animacy=Inan|Case=Gen|Gender=Masc|Number=Plur", Lemma: "год"},
		{Form: "12", UPOS: "NUM", Lemma: "12"},
		{Form: "мая", UPOS: "NOUN", Feats: "Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing", Lemma: "май"},
		{Form: "на", UPOS: "ADP", Lemma: "на"},
		{Form: "1", UPOS: "NUM", Lemma: "1"},
		{Form: "июня", UPOS: "NOUN", Feats: "Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing", Lemma: "июнь"},
	}
	dateOrdinals(ts)
	want := []string{"ADP", "ADJ|Case=Loc|Degree=Pos|Gender=Masc|Number=Sing", "NOUN|Animacy=Inan|Case=Loc|Gender=Masc|Number=Sing",
		"CCONJ", "NUM", "NOUN|Animacy=Inan|Case=Loc|Gender=Masc|Number=Plur", "NUM", "NOUN|Animacy=Inan|Case=Gen|Gender=Masc|Number=Plur",
		"ADJ|Case=Gen|Degree=Pos|Number=Plur", "NOUN|Animacy=Inan|Case=Gen|Gender=Masc|Number=Plur",
		"ADJ|Case=Gen|Degree=Pos|Gender=Neut|Number=Sing", "NOUN|Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing",
		"ADP", "ADJ|Case=Acc|Degree=Pos|Gender=Neut|Number=Sing", "NOUN|Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing"}
	for i, tok := range ts {
		if tok.Tag() != want[i] {
			t.Errorf("token %d %s: %s, want %s", i, tok.Form, tok.Tag(), want[i])
		}
	}
}

func TestUDTokenConventions(t *testing.T) {
	tests := []struct {
		w                      conllu.Word
		upos, feats, wantLemma string
	}{
		{conllu.Word{Form: "не", Lemma: "не", UPOS: "PART", Feats: "_"}, "PART", "Polarity=Neg", "не"},
		{conllu.Word{Form: "много", Lemma: "много", UPOS: "NUM", Feats: "Degree=Pos"}, "NUM", "", "много"},
		{conllu.Word{Form: "можно", Lemma: "можно", UPOS: "VERB", Feats: "Degree=Pos"}, "VERB", "", "можно"},
		{conllu.Word{Form: "надо", Lemma: "надо", UPOS: "ADV", Feats: "Degree=Pos"}, "VERB", "", "надо"},
		{conllu.Word{Form: "всё", Lemma: "всё", UPOS: "PRON", Feats: "Case=Nom|Number=Sing"}, "PRON", "Case=Nom|Number=Sing", "всё"},
		{conllu.Word{Form: "ещё", Lemma: "ещё", UPOS: "ADV", Feats: "Degree=Pos"}, "ADV", "Degree=Pos", "еще"},
		{conllu.Word{Form: "12:30", Lemma: "12:30", UPOS: "X", Feats: "_"}, "NUM", "", "12:30"},
		{conllu.Word{Form: "увидим", Lemma: "видеть", UPOS: "VERB", Feats: "Aspect=Perf|Mood=Ind|Number=Plur|Person=1|Tense=Fut|VerbForm=Fin|Voice=Act"}, "VERB", "Aspect=Perf|Mood=Ind|Number=Plur|Person=1|Tense=Fut|VerbForm=Fin|Voice=Act", "увидеть"},
		{conllu.Word{Form: "видим", Lemma: "видеть", UPOS: "VERB", Feats: "Aspect=Imp|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin|Voice=Act"}, "VERB", "Aspect=Imp|Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin|Voice=Act", "видеть"},
	}
	for _, tt := range tests {
		got := UDToken(tt.w)
		if got.UPOS != tt.upos || got.Feats != tt.feats || got.Lemma != tt.wantLemma {
			t.Errorf("UDToken(%s) = %s %q %q, want %s %q %q", tt.w.Form, got.UPOS, got.Feats, got.Lemma, tt.upos, tt.feats, tt.wantLemma)
		}
	}
}

func TestRomanOrdinalsAndSocialTokens(t *testing.T) {
	ts := []tagger.Token{
		{Form: "в", UPOS: "ADP", Lemma: "в"},
		{Form: "XIX", UPOS: "NUM", Lemma: "XIX"},
		{Form: "веке", UPOS: "NOUN", Feats: "Animacy=Inan|Case=Loc|Gender=Masc|Number=Sing", Lemma: "век"},
		{Form: "Карла", UPOS: "PROPN", Feats: "Animacy=Anim|Case=Gen|Gender=Masc|Number=Sing", Lemma: "Карл"},
		{Form: "V", UPOS: "NUM", Lemma: "V"},
		{Form: "и", UPOS: "CCONJ", Lemma: "и"},
		{Form: "XX", UPOS: "NUM", Lemma: "XX"},
		{Form: "@user", UPOS: "X", Lemma: "@user"},
		{Form: "#море", UPOS: "NOUN", Feats: "Case=Nom", Lemma: "#море"},
		{Form: "#отдых", UPOS: "NOUN", Feats: "Case=Nom", Lemma: "#отдых"},
	}
	romanOrdinals(ts)
	SocialTokens(ts)
	want := []string{"ADP", "ADJ|Case=Loc|Degree=Pos|Gender=Masc|Number=Sing", "NOUN|Animacy=Inan|Case=Loc|Gender=Masc|Number=Sing",
		"PROPN|Animacy=Anim|Case=Gen|Gender=Masc|Number=Sing", "ADJ|Case=Gen|Degree=Pos|Gender=Masc|Number=Sing", "CCONJ", "",
		"PROPN", "X", "X"}
	for i, tok := range ts {
		got := tok.Tag()
		if tok.UPOS == "" {
			got = ""
		}
		if got != want[i] {
			t.Errorf("token %d %s: %q, want %q", i, tok.Form, got, want[i])
		}
	}
}

func TestDemonstrativePronouns(t *testing.T) {
	ts := []tagger.Token{
		{Form: "кроме", UPOS: "ADP", Lemma: "кроме"},
		{Form: "того", UPOS: "DET", Feats: "Case=Gen|Gender=Masc|Number=Sing", Lemma: "тот"},
		{Form: ",", UPOS: "PUNCT", Lemma: ","},
		{Form: "того", UPOS: "DET", Feats: "Case=Gen|Gender=Masc|Number=Sing", Lemma: "тот"},
		{Form: "дома", UPOS: "NOUN", Feats: "Case=Gen|Gender=Masc|Number=Sing", Lemma: "дом"},
		{Form: "тот", UPOS: "DET", Feats: "Case=Nom|Gender=Masc|Number=Sing", Lemma: "тот"},
		{Form: ".", UPOS: "PUNCT", Lemma: "."},
	}
	demonstrativePronouns(ts)
	want := []string{"ADP", "PRON|Animacy=Inan|Case=Gen|Gender=Neut|Number=Sing", "PUNCT",
		"DET|Case=Gen|Gender=Masc|Number=Sing", "NOUN|Case=Gen|Gender=Masc|Number=Sing", "DET|Case=Nom|Gender=Masc|Number=Sing", "PUNCT"}
	for i, tok := range ts {
		if tok.Tag() != want[i] {
			t.Errorf("token %d %s: %s, want %s", i, tok.Form, tok.Tag(), want[i])
		}
	}
}

func TestUnknownAdjectives(t *testing.T) {
	tests := []struct {
		words    []conllu.Word
		wantUPOS string
		wantLem  string
	}{
		{[]conllu.Word{{Form: "Сулакского", Lemma: "СУЛАКСКОГО", UPOS: "X", Feats: "_"}, {Form: "района", Lemma: "РАЙОН", UPOS: "NOUN", Feats: "Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing"}}, "ADJ", "сулакский"},
		{[]conllu.Word{{Form: "Ливерморской", Lemma: "ЛИВЕРМОРСКОЙ", UPOS: "X", Feats: "_"}, {Form: "лаборатории", Lemma: "ЛАБОРАТОРИЯ", UPOS: "NOUN", Feats: "Animacy=Inan|Case=Gen|Gender=Fem|Number=Sing"}}, "ADJ", ""}, // the guesser's lemma may be ливерморской (as морской)
		// no agreeing noun next: the name stays
		{[]conllu.Word{{Form: "Сулакского", Lemma: "СУЛАКСКОГО", UPOS: "X", Feats: "_"}, {Form: "сказал", Lemma: "СКАЗАТЬ", UPOS: "VERB", Feats: "Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin"}}, "PROPN", ""},
	}
	for _, tt := range tests {
		ts := TaggerSentences([]*conllu.Sentence{{Words: tt.words}}, OpenCorporaToken)[0]
		unknownAdjectives(ts, tt.words)
		if ts[0].UPOS != tt.wantUPOS || tt.wantLem != "" && ts[0].Lemma != tt.wantLem {
			t.Errorf("%s %s: got %s %q (%s), want %s %q", tt.words[0].Form, tt.words[1].Form, ts[0].UPOS, ts[0].Lemma, ts[0].Feats, tt.wantUPOS, tt.wantLem)
		}
	}
}
