package train

import (
	"testing"

	"github.com/factgraph/factgraph/corpus/conllu"
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
	}
	for _, tt := range tests {
		got := OpenCorporaToken(conllu.Word{Form: tt.form, Lemma: tt.lemma, UPOS: tt.upos, Feats: tt.feats})
		if got.UPOS != tt.wantUPOS || got.Lemma != tt.wantLemma {
			t.Errorf("OpenCorporaToken(%s %s %s) = %s %q (%s), want %s %q", tt.form, tt.upos, tt.feats, got.UPOS, got.Lemma, got.Feats, tt.wantUPOS, tt.wantLemma)
		}
	}
}
