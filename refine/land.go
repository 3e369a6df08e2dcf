package refine

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/tokenize"
)

// landName reports whether a mention's text is a one-word name in the
// nominative (ending in a consonant) right after a form of «земля» (its
// lemmas): a German or Austrian state in apposition, «министр финансов
// земли Гессен», which NEREL dev tags STATE_OR_PROVINCE seven times (and
// the recognizer read as a PERSON). A name in the genitive is the land's
// owner, not its name («на земле Израиля», «земли Ханаана»), and ends in a
// vowel. NEREL train has no «земля» before a capitalized name.
func landName(lemmas []string, text string) bool {
	return slices.Contains(lemmas, "земля") && !strings.ContainsRune(text, ' ') && cyrillicName(text) && consonantEnd(text)
}

// placeOpenedPersons cuts a PERSON of three words or more whose first word
// is, in the very form, a one-word place mention of the document into the
// place and the person: «премьер-министр земли Гессен Фолькер Буфье», the
// post's state run into the name, once anchoredTypes has made «Гессен» a
// state elsewhere (placePersons, which runs before, knows only the places
// the dictionary does). NEREL v1.1 train has no predicted person of three
// words opening so; dev has two, both cut right.
func placeOpenedPersons(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var places map[string]string
	var added []doc.Mention
	drop := map[doc.Span]bool{}
	for _, m := range ms {
		if m.Type != "PERSON" || strings.Count(m.Text, " ") < 2 {
			continue
		}
		if places == nil {
			places = map[string]string{}
			for _, p := range ms {
				if isPlaceType(p.Type) && !strings.ContainsRune(p.Text, ' ') {
					places[p.Text] = p.Type
				}
			}
		}
		first, _, _ := strings.Cut(m.Text, " ")
		typ := places[first]
		toks := sentenceTokens(sents, m)
		i, j := mentionTokens(toks, m)
		if typ == "" || !tokenize.StartsUpper(first) || i < 0 || j < i+2 || toks[i].Text != first {
			continue
		}
		drop[m.Span] = true
		place, rest := toks[i].Span, doc.Span{Start: toks[i+1].Start, End: toks[j].End}
		added = append(added, doc.Mention{Span: rest, Text: string(text[rest.Start:rest.End]), Type: "PERSON"})
		if p := (doc.Mention{Span: place, Text: string(text[place.Start:place.End]), Type: typ}); !slices.Contains(ms, p) && !slices.Contains(added, p) {
			added = append(added, p) // (not when a post's rule has added it already)
		}
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m.Span] && m.Type == "PERSON" })
}
