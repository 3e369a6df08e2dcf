package names

import "testing"

func TestZDiagSyl(t *testing.T) {
	for _, p := range [][2]string{{"Генпрокуратура", "Генеральная прокуратура РФ"}, {"Генпрокуратура", "Генеральная прокуратура"}, {"Центробанк", "Центральный банк РФ"}} {
		t.Log(p, Normalize(p[0]), syllabicOf(Normalize(p[0]), p[1]), compoundWord(p[0]))
	}
}
