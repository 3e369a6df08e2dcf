package event

import "testing"

// TestVisitClause pins that a name in a participle clause after the place a
// visit is to («посетила завод …, входящий в холдинг «Швабе»») is no object
// of the visit (twentieth session, helper ex20), while a name after the
// place with no clause between stays one.
func TestVisitClause(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ name, text, want string }{
		{"a participle clause's name", "Делегация посетила Уральский завод, входящий в холдинг «Швабе».",
			"VISIT(посетила) date= place=Уральский завод [place=Уральский завод]"},
		{"(guard) no clause: the object stays", "Делегация посетила Уральский завод и холдинг «Швабе».",
			"VISIT(посетила) date= place=Уральский завод [object=Швабе, place=Уральский завод]"},
	}
	for _, c := range cases {
		d := build(t, c.text, ent{"Уральский завод", "ORGANIZATION", ""}, ent{"Швабе", "ORGANIZATION", ""})
		for i := range d.Sentences[0].Tokens {
			if d.Sentences[0].Tokens[i].Text == "входящий" {
				d.Sentences[0].Tokens[i].Feats = "Case=Nom|VerbForm=Part"
			}
		}
		if got := describe(d, x.Extract(d)); got != c.want {
			t.Errorf("%s: got\n%s\nwant\n%s", c.name, got, c.want)
		}
	}
}
