package names

import (
	"sort"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// dativeVerbs are the lemmas of verbs whose person object right after them
// is in the dative («позвонил Киру Стармеру», «ответил Руслану Бойко»,
// «вручил Николу Пашиняну»): verbs of speaking, giving, helping and
// permitting, with their aspect pairs.
var dativeVerbs = map[string]bool{
	"позвонить": true, "звонить": true, "дозвониться": true, "сказать": true, "говорить": true,
	"сообщить": true, "сообщать": true, "ответить": true, "отвечать": true, "написать": true,
	"писать": true, "помочь": true, "помогать": true, "предложить": true, "предлагать": true,
	"пообещать": true, "обещать": true, "передать": true, "передавать": true, "вручить": true,
	"вручать": true, "направить": true, "направлять": true, "отправить": true, "отправлять": true,
	"послать": true, "посылать": true, "прислать": true, "присылать": true, "дать": true,
	"давать": true, "отдать": true, "подарить": true, "дарить": true, "показать": true,
	"объяснить": true, "рассказать": true, "рассказывать": true, "поручить": true, "поручать": true,
	"доверить": true, "доверять": true, "присвоить": true, "присваивать": true, "пожелать": true,
	"желать": true, "выразить": true, "выражать": true, "предоставить": true, "предоставлять": true,
	"запретить": true, "запрещать": true, "разрешить": true, "разрешать": true, "позволить": true,
	"позволять": true, "приказать": true, "велеть": true, "посоветовать": true, "советовать": true,
	"рекомендовать": true, "порекомендовать": true, "напомнить": true, "напоминать": true,
	"угрожать": true, "пригрозить": true, "грозить": true, "противостоять": true, "проиграть": true,
	"проигрывать": true, "уступить": true, "уступать": true, "аплодировать": true, "верить": true,
	"поверить": true, "мешать": true, "помешать": true, "принадлежать": true, "посвятить": true,
	"отказать": true, "отказывать": true, "предъявить": true, "предъявлять": true, "платить": true,
	"заплатить": true, "выплатить": true, "отомстить": true, "завидовать": true, "возразить": true,
	"доложить": true, "докладывать": true, "пожаловаться": true, "жаловаться": true,
	"сочувствовать": true, "соболезновать": true, "адресовать": true, "вменить": true,
	"вменять": true, "инкриминировать": true, "продать": true, "вернуть": true,
}

// eitherVerbs are the lemmas of transitive verbs whose person right after
// them is as often a dative as an accusative («объявил Юрию выговор»,
// «объявил Юлию победительницей»): they say nothing of its case.
var eitherVerbs = map[string]bool{
	"объявить": true, "объявлять": true, "вынести": true, "выносить": true, "представить": true,
	"представлять": true, "простить": true, "оставить": true, "выдать": true, "выписать": true,
	"родить": true, "назвать": true,
}

// governmentHints gives a person's name of two words or more right after a
// verb the case the verb governs, where the tagger read the name alone:
// after a verb of dativeVerbs every word is in the dative, as in
// apposition to a post (Apposed: «позвонил Киру Стармеру» is Кир's dative,
// not Кира's accusative; «позвонил Николу Пашиняну», whose words may be
// indeclinable foreign names elsewhere); after another verb the
// dictionary reads as transitive (transitive, when not nil), a word the
// tagger read as a dative is the verb's accusative object
// («спросили Юлию Свириденко», «поздравил Александру Петрову»: Юлия and
// Александра, not Юлий's and Александр's dative). A name in apposition to
// a post keeps the post's case; a participle is left out. hints are the tagger's for m's tokens;
// toks the document's tokens.
func governmentHints(hints []Hint, toks []doc.Token, m doc.Mention, transitive func(string) bool) []Hint {
	if len(hints) < 2 || hints[0].Apposed {
		return hints
	}
	j := sort.Search(len(toks), func(j int) bool { return toks[j].Start >= m.Start })
	if j == 0 || j >= len(toks) || toks[j].Start != m.Start {
		return hints
	}
	v := toks[j-1]
	if v.POS != "VERB" || strings.Contains(v.Feats, "VerbForm=Part") {
		// (a participle's name may be its agent: «стихи, написанные
		// А. Араповым»)
		return hints
	}
	lemma := strings.ToLower(v.Lemma)
	cas := morph.Grammeme(0)
	switch {
	case dativeVerbs[lemma]:
		cas = morph.Datv
	case eitherVerbs[lemma] || transitive == nil || !transitive(v.Text):
		return hints
	default:
		cas = morph.Accs
	}
	out := append([]Hint(nil), hints...)
	for i := range out {
		if cas == morph.Datv {
			if out[i].Case != cas {
				out[i].Case, out[i].Gender, out[i].Lemma = cas, 0, ""
			}
			out[i].Apposed = true
		} else if out[i].Case == morph.Datv {
			out[i].Case, out[i].Gender, out[i].Lemma = cas, 0, ""
		}
	}
	return out
}

// transitive reports whether the dictionary reads w as a form of a
// transitive verb («спросили», «поздравил»; not «позвонил»).
func (c *Canonicalizer) transitive(w string) bool {
	for _, p := range c.A.Parse(w) {
		if p.Tag.Is(morph.Tran) {
			return true
		}
	}
	return false
}
