package names

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/morph"
)

// adjectiveObliqueEnds are the endings of a masculine adjective's
// genitive (and animate accusative) and dative, which a Russian surname
// that declines like an adjective shares and no foreign name ends in.
var adjectiveObliqueEnds = []string{"ого", "его", "ому", "ему"}

// adjectiveObliqueSurname reads a capitalized word of a person's name that
// the dictionary does not know at all and the guesser reads as a
// masculine adjective in -ого, -его, -ому or -ему, after a stem of four
// letters or more, as that case of a man's surname that declines like an
// adjective, named by the adjective's lemma: «генерала Залужного»,
// «Валерию Залужному» → Залужный (the -о kept it as written, a foreign
// name that does not decline, as Ломбардо; the guesser's noun «залужном»
// named the dative). Surnames in -ский are read so already (personPOS);
// Диего's stem is short. nil when it does not apply. The readings' lemma
// is the nominative and their Word is empty (inflectName cannot inflect
// them).
func adjectiveObliqueSurname(w string, ps []morph.Parse) []morph.Parse {
	if len(ps) == 0 || !capitalized(w) || allCaps(w) {
		return nil
	}
	lw := strings.ToLower(w)
	long := false
	for _, e := range adjectiveObliqueEnds {
		if stem, ok := strings.CutSuffix(lw, e); ok && utf8.RuneCountInString(stem) >= 4 {
			long = true
		}
	}
	if !long {
		return nil
	}
	normal := ""
	var cases []morph.Grammeme
	for _, p := range ps {
		if p.Method() == morph.MethodDictionary {
			return nil // a word the dictionary knows is read by its readings
		}
		if p.Tag.POS() != morph.ADJF || p.Tag.Gender() != morph.Masc || !p.Tag.Is(morph.Sing) || p.Tag.Is(morph.Anum) {
			continue
		}
		if normal != "" && normal != p.Normal {
			return nil
		}
		normal = p.Normal
		if !slices.Contains(cases, p.Tag.Case()) {
			cases = append(cases, p.Tag.Case())
		}
	}
	if normal == "" || !strings.HasSuffix(normal, "ый") && !strings.HasSuffix(normal, "ий") && !strings.HasSuffix(normal, "ой") {
		return nil
	}
	return nameReadings("", normal, "masc,Surn", cases)
}
