package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// concludedPapers are the lemmas of the documents «заключить» makes a
// signing of: «заключили контракт на поставку», «заключило соглашение о
// сотрудничестве», «заключили мирный договор» (NEREL train's one EVENT so
// worded). Not a deal («заключил сделку»: no NEREL event), custody
// («заключили под стражу»: an arrest) nor a marriage.
var concludedPapers = map[string]bool{"контракт": true, "соглашение": true, "договор": true, "меморандум": true,
	"госконтракт": true}

// concluded returns the index of the document that the finite «заключить»
// at toks[v] concludes — a word of concludedPapers at most four words
// after it («заключило с компанией «Кронштадт» государственный контракт»
// counts the name's words) or two before it («Контракт заключили …»), with
// no punctuation but quotes between — or -1.
func (x *Extractor) concluded(toks []doc.Token, v int) int {
	if v < 0 {
		return -1
	}
	if j := x.wordWithin(toks, v, 1, 6, concludedPapers); j >= 0 {
		return j
	}
	return x.wordWithin(toks, v, -1, 2, concludedPapers)
}

// collided reports whether the finite «столкнуться» at toks[v] tells a
// crash: a vehicle (vehicleLemmas) at most mishapWindow words before or
// after it in its clause — «Рейсовый автобус столкнулся с грузовиком»,
// «столкнулись грузовой и пассажирский поезда», «вертолет столкнулся с
// землей»; not «столкнулись с проблемой», «столкнулась с критикой».
func (x *Extractor) collided(toks []doc.Token, v int) bool {
	if v < 0 {
		return false
	}
	for _, step := range []int{-1, 1} {
		for j := v + step; j >= 0 && j < len(toks) && (j-v)*step <= mishapWindow; j += step {
			w := strings.Trim(toks[j].Text, "«»\"")
			l, pos := x.lemma(w)
			if vehicleLemmas[l] {
				return true
			}
			if pos == morph.PNCT || punctMark(toks[j].Text) {
				break
			}
		}
	}
	return false
}

// accidentBefore reports whether a trigger of out told an accident in a
// sentence before si other than the headline: «Life News приводит его
// рассказ об аварии: … И столкнулся с автомобилями» retells the accident
// told, no new one (NEREL train marks none such).
func accidentBefore(d *doc.Document, out []trigger, si int) bool {
	for _, t := range out {
		if t.sent < si && (t.typ == Accident || t.told == Accident) && (t.sent > 0 || !headline(d.Sentences[0])) {
			return true
		}
	}
	return false
}

// paperTerm reports whether a paper of concludedPapers followed by «на»,
// «о» or «об» (what it is about) stands between the start of a signing's
// trigger sp and a date at ds in its sentence toks: «заключили контракт
// на поставку 9 млн тонн нефти в 2026 году», «подписали соглашение о
// поставках газа в 2027 году» — the date is of the deliveries.
func (x *Extractor) paperTerm(toks []doc.Token, sp, ds doc.Span) bool {
	if ds.Start < sp.End {
		return false
	}
	for j := tokenAt(toks, sp.Start); j >= 0 && j+1 < len(toks) && toks[j+1].Start < ds.Start; j++ {
		if l, _ := x.lemma(toks[j].Text); concludedPapers[l] {
			switch strings.ToLower(toks[j+1].Text) {
			case "на", "о", "об":
				return true
			}
		}
	}
	return false
}
