package relation

import (
	"slices"
	"testing"

	"github.com/factgraph/factgraph/tokenize"
)

// TestFarHolderPlace: a person who holds a post of the next sentence
// (anaphoricPosts) does not work for the country named in it; the post
// does, and the person keeps the organization named in a post.
func TestFarHolderPlace(t *testing.T) {
	tests := map[string]struct {
		text     string
		mentions [][2]string
		want     []string
	}{
		"a country in a post of the next sentence": {
			text:     "Обама призвал возобновить переговоры. Президент США заявил, что готов помочь.",
			mentions: [][2]string{{"Обама", "PERSON"}, {"Президент США", "PROFESSION"}, {"США", "COUNTRY"}},
			want:     []string{"Обама WORKS_AS Президент США", "Президент США WORKPLACE США"}},
		"a country in a post of the same sentence (guard)": {
			text:     "Президент США Барак Обама заявил, что готов помочь.",
			mentions: [][2]string{{"Президент США", "PROFESSION"}, {"США", "COUNTRY"}, {"Барак Обама", "PERSON"}},
			want: []string{"Барак Обама WORKPLACE США", "Барак Обама WORKS_AS Президент США",
				"Президент США WORKPLACE США"}},
		"an organization in a post of the next sentence (guard)": {
			text:     "Иван Петров выступил на форуме. Глава «Роснефти» заявил, что готов помочь.",
			mentions: [][2]string{{"Иван Петров", "PERSON"}, {"Глава «Роснефти»", "PROFESSION"}, {"Роснефти", "ORGANIZATION"}},
			want: []string{"Глава «Роснефти» WORKPLACE Роснефти", "Иван Петров WORKPLACE Роснефти",
				"Иван Петров WORKS_AS Глава «Роснефти»"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			ms := mentionsIn(t, tt.text, tt.mentions...)
			base := fixed{}
			for i, m := range ms {
				if m.Type == "PROFESSION" && ms[0].Type == "PERSON" && ms[0].End < m.Start {
					base = append(base, Found{Type: "WORKS_AS", Head: 0, Tail: i})
				}
				if m.Type == "PERSON" && i > 0 {
					base = append(base, Found{Type: "WORKS_AS", Head: i, Tail: 0})
				}
			}
			got := facts(Employers{Base: base}.Extract([]rune(tt.text), tokenize.Split(tt.text), ms), ms)
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
