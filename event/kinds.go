package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// The event types added in the twenty-second session (docs/event.md,
// docs/format.md). They are given last (tellKinds) to events outside the
// taxonomy that an EVENT mention of the recognizer told: such an event
// keeps the arguments, the date and the coreference of an Other one (its
// relations; the rules tuned on NEREL's read it as before), and only its
// type says what it is.
const (
	// Competition is a sports contest: a match, a tournament, a
	// championship, the Olympic games, a fight in the ring.
	Competition = "COMPETITION"
	// Ban is a prohibition enacted: «запрет на ввоз», «запретил продажу».
	Ban = "BAN"
	// Inspection is a check or a search by an authority: «проверка»,
	// «инспекция», «ревизия», «обыск».
	Inspection = "INSPECTION"
	// Opening is the opening of a place, a show or an event: «открытие
	// выставки», «открыл памятник».
	Opening = "OPENING"
	// Verdict is a court's ruling on a case (twenty-fourth session): a
	// sentence, a conviction, an acquittal, a fine or a sum recovered, a
	// sentence upheld or overturned: «приговорил к восьми годам»,
	// «признан виновным», «отменил приговор», «оправдан судом».
	Verdict = "VERDICT"
)

// kindLemmas map the lemmas of the nouns and verbs of the told types to
// them. «осудить» is a verdict only as a short participle («осужден»),
// «виновный» as the adjective of «признан виновным». «игра» is a game only inside an EVENT mention of the recognizer
// («Олимпийских игр»); «открыть» is no opening with what kindNot lists.
var kindLemmas = map[string]string{
	"матч": Competition, "турнир": Competition, "чемпионат": Competition, "первенство": Competition,
	"олимпиада": Competition, "соревнование": Competition, "финал": Competition, "полуфинал": Competition,
	"четвертьфинал": Competition, "поединок": Competition, "спартакиада": Competition,
	"универсиада": Competition, "игра": Competition, "регата": Competition, "марафон": Competition,
	"запрет": Ban, "запретить": Ban, "запрещать": Ban, "запрещение": Ban,
	"проверка": Inspection, "инспекция": Inspection, "ревизия": Inspection, "обыск": Inspection,
	"обыскать": Inspection, "обыскивать": Inspection, "досмотр": Inspection, "аудит": Inspection,
	"открытие": Opening, "открыть": Opening, "открываться": Opening, "открыться": Opening,
	"приговор": Verdict, "приговорить": Verdict, "виновный": Verdict, "оправдать": Verdict, "оправдание": Verdict,
	"оштрафовать": Verdict, "взыскать": Verdict, "осудить": Verdict,
}

// kindNot are the lemmas after «открыть» (or «открытие») that make it no
// opening: fire opened («открыли огонь»: an attack), a case, an account,
// a score, a border or a view opened.
var kindNot = map[string]bool{
	"огонь": true, "стрельба": true, "дело": true, "счет": true, "счёт": true, "граница": true,
	"глаз": true, "доступ": true, "путь": true, "возможность": true, "дверь": true, "тайна": true,
	"лицо": true, "перспектива": true, "вакансия": true,
	// a discovery, not an opening: «открыл мазерный эффект»
	"эффект": true, "закон": true, "явление": true, "элемент": true, "планета": true, "звезда": true,
	"вид": true, "остров": true, "месторождение": true, "вирус": true, "способ": true, "секрет": true,
}

// tellKinds types the events of out that are Other and were told by an
// EVENT mention (their Entity set) by toldKind: «обыски» INSPECTION, «приговорил» VERDICT,
// «открытии кинофестиваля» OPENING, «Олимпийских игр» COMPETITION, and a
// «встреча» in a sentence of sport (sportsMatch) COMPETITION too.
func (x *Extractor) tellKinds(d *doc.Document, out []doc.Event, outSent []int) {
	for i := range out {
		e := &out[i]
		if e.Type != Other || e.Entity == "" || outSent[i] < 0 || outSent[i] >= len(d.Sentences) {
			continue
		}
		toks := d.Sentences[outSent[i]].Tokens
		if k := x.toldKind(toks, e.Trigger.Span); k != Other {
			e.Type = k
		} else if x.eventLemma(e.Trigger.Text) == "встреча" && x.sportsMatch(d, outSent[i]) {
			e.Type = Competition
		}
	}
}

// toldKind returns the type of the EVENT mention at span of sentence
// tokens toks that the taxonomy leaves Other: the type of the first word of
// it in kindLemmas (not «открыть» with a word of kindNot within two words
// after it), or Other.
func (x *Extractor) toldKind(toks []doc.Token, span doc.Span) string {
	first, last := doc.TokenRange(toks, span)
	if first < 0 {
		return Other
	}
	if k := x.approvedKind(toks, first, last); k != "" {
		return k
	}
	for i := first; i <= last; i++ {
		l, pos := x.lemma(strings.Trim(toks[i].Text, "«»\"“”„,.()"))
		k, ok := kindLemmas[l]
		if !ok || (pos == morph.PRTF || pos == morph.ADJF) && l != "виновный" {
			continue // «запрещённого обгона»: the overtaking is the event
		}
		if l == "виновный" && i > 0 && strings.EqualFold(toks[i-1].Text, "себя") {
			continue // «признал себя виновным»: a plea, no ruling
		}
		if l == "осудить" && pos != morph.PRTS {
			continue // «осудил нападение»: condemned, no court's; «осужден» is
		}
		if k == Opening && x.openedNot(toks, i) {
			return Other
		}
		return k
	}
	return Other
}

// openedNot reports whether the word of opening at toks[i] opens fire, a
// case, an account or the like (kindNot within two words after it).
func (x *Extractor) openedNot(toks []doc.Token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+2; j++ {
		if l, _ := x.lemma(toks[j].Text); kindNot[l] {
			return true
		}
	}
	return false
}

// sportsLemmas are the lemmas of a sentence that make its «встреча» a
// match, not a meeting: «Первые два периода встречи с канадцами россияне
// проигрывали, затем … сравнять счёт», «Лучший игрок встречи — форвард
// «Кельна»».
var sportsLemmas = map[string]bool{
	"матч": true, "турнир": true, "чемпионат": true, "первенство": true, "гол": true, "шайба": true,
	"мяч": true, "тайм": true, "сборная": true, "соперник": true, "игрок": true, "футболист": true,
	"хоккеист": true, "теннисист": true, "баскетболист": true, "волейболист": true, "финал": true,
	"полуфинал": true, "четвертьфинал": true, "лига": true, "стадион": true, "ничья": true,
	"болельщик": true, "форвард": true, "вратарь": true, "зритель": true, "плей-офф": true, "арбитр": true,
}

// sportsMatch reports whether a «встреча» of sentence si of d is a match:
// the sentence or the one before it holds a word of sportsLemmas, or
// «счёт» not after «за» («сравнять счёт»; not «за счёт казны»): «Лучшим
// игроком матча стал …» «На «Первом канале» встречу комментировали …».
func (x *Extractor) sportsMatch(d *doc.Document, si int) bool {
	for s := max(0, si-1); s <= si && s < len(d.Sentences); s++ {
		if x.sportsIn(d.Sentences[s].Tokens) {
			return true
		}
	}
	return false
}

// sportsIn reports whether toks hold a word of sportsLemmas or «счёт» not
// after «за».
func (x *Extractor) sportsIn(toks []doc.Token) bool {
	for i, t := range toks {
		l, _ := x.lemma(t.Text)
		if sportsLemmas[l] {
			return true
		}
		if (l == "счет" || l == "счёт") && (i == 0 || !strings.EqualFold(toks[i-1].Text, "за")) {
			return true
		}
	}
	return false
}
