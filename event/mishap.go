package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// mishapNouns are the lemmas of the nouns of an accident or a disaster
// that an EVENT mention the recognizer found may hold and `nouns` lacks
// because, out of context, they name something else too: a collision is
// an accident only between vehicles («столкновение с грузовиком»; not
// «столкновения демонстрантов с полицией»), an explosion only of gas or a
// boiler («взрыв бытового газа»; not a bomb's, an attack), a landing only
// an emergency one («экстренную посадку»; emergencyLandings in refine
// makes it an EVENT). The others are
// an accident wherever the recognizer tags them («возгорание»,
// «обрушение», «паводок», «подтопление»).
var mishapNouns = map[string]string{
	"столкновение": "vehicle", "взрыв": "gas", "возгорание": "", "обрушение": "", "паводок": "",
	"подтопление": "", "затопление": "", "посадка": "emergency",
}

// mishapVerbs are the lemmas of the verbs of an accident: a vehicle that
// crashed, sank, caught fire or left the rails («разбился вертолет»,
// «затонуло судно», «сошел с рельсов» — «сойти» only with «рельс»), a
// building that fell in («обрушилась кровля»).
var mishapVerbs = map[string]string{
	"разбиться": "", "затонуть": "", "загореться": "", "сгореть": "", "обрушиться": "", "сойти": "rails",
}

// vehicleLemmas are the lemmas of the words of a vehicle (or of the
// ground a falling aircraft hits) that make «столкновение» an accident.
var vehicleLemmas = map[string]bool{
	"автомобиль": true, "машина": true, "грузовик": true, "автобус": true, "микроавтобус": true, "поезд": true,
	"электричка": true, "трамвай": true, "троллейбус": true, "самолет": true, "вертолет": true, "судно": true,
	"теплоход": true, "катер": true, "лодка": true, "мотоцикл": true, "легковушка": true, "фура": true,
	"тепловоз": true, "локомотив": true, "вагон": true, "иномарка": true, "внедорожник": true, "маршрутка": true,
	"автомашина": true, "земля": true, "танкер": true, "сухогруз": true, "самосвал": true, "тягач": true,
	"велосипедист": true, "пешеход": true, "лайнер": true, "борт": true, "состав": true, "кроссовер": true,
}

// gasLemmas are the lemmas of the words that make «взрыв» an accident: gas
// and what holds or burns it («взрыв газового баллона», «взрыв котла»).
var gasLemmas = map[string]bool{
	"газ": true, "газовый": true, "баллон": true, "котел": true, "газовоздушный": true, "метан": true,
	"бытовой": true, "газопровод": true, "котельная": true,
}

// emergencyLandings are the lemmas of the adjectives that make «посадка»
// an accident: an emergency, forced or crash landing («экстренную
// посадку», «вынужденная посадка», «аварийной посадки», «жесткой
// посадки»: twenty-fifth session).
var emergencyLandings = map[string]bool{"экстренный": true, "вынужденный": true, "аварийный": true, "жесткий": true, "жёсткий": true}

// mishapWindow is how many words after an EVENT mention (and before it)
// mishap reads for the vehicle or the gas.
const mishapWindow = 4

// mishap returns Accident for an EVENT mention m of sentence tokens toks
// that mentionType left Other and that tells an accident or a disaster by
// a word of mishapNouns or mishapVerbs with the context it needs (a
// vehicle, gas, the rails in m or in mishapWindow words around it); Other
// otherwise. Such an event, typed, is dated by the dateline of a report
// that names no day («ВОЛГОГРАД, 29 мая. … Семь вагонов … сошли с
// рельсов»), as the other accidents are.
func (x *Extractor) mishap(toks []doc.Token, m mention) string {
	first, last := doc.TokenRange(toks, m.Span)
	if first < 0 {
		return Other
	}
	need := ""
	found := false
	for i := first; i <= last && !found; i++ {
		l, _ := x.lemma(toks[i].Text)
		if c, ok := mishapNouns[l]; ok {
			need, found = c, true
		} else if c, ok := mishapVerbs[l]; ok {
			need, found = c, true
		}
	}
	if !found {
		return Other
	}
	if need == "" {
		return Accident
	}
	for i := max(0, first-mishapWindow); i < min(len(toks), last+1+mishapWindow); i++ {
		l, _ := x.lemma(strings.Trim(toks[i].Text, "«»\""))
		switch {
		case need == "vehicle" && vehicleLemmas[l], need == "gas" && gasLemmas[l], need == "rails" && l == "рельс",
			need == "emergency" && emergencyLandings[l]:
			return Accident
		}
	}
	return Other
}

// derailed reports whether the verb at toks[k] («сойти») has «рельс»
// within two words of it, before or after: «с рельсов сошли восемь
// вагонов», «поезд сошел с рельсов» (a derailment the recognizer left
// without an EVENT mention; NEREL v1.1 train and dev have none).
func (x *Extractor) derailed(toks []doc.Token, k int) bool {
	if k < 0 {
		return false
	}
	for j := max(0, k-2); j < min(len(toks), k+3); j++ {
		if l, _ := x.lemma(toks[j].Text); l == "рельс" {
			return true
		}
	}
	return false
}

// addedOpening reports whether sentence s opens by adding another event to
// those told: «Кроме того», «Помимо этого», «Также», «В тот же день»,
// «Еще»: «Кроме того, под Хабаровском столкнулись два грузовика» after a
// crash landing is another accident, no retelling of it (accidentBefore).
func addedOpening(s doc.Sentence) bool {
	w := func(i int) string {
		if i < len(s.Tokens) {
			return strings.ToLower(s.Tokens[i].Text)
		}
		return ""
	}
	switch w(0) {
	case "также", "еще", "ещё":
		return true
	case "кроме", "помимо":
		return w(1) == "того" || w(1) == "этого"
	case "в":
		return w(1) == "тот" && w(2) == "же"
	}
	return false
}

// accidentTold reports whether a trigger of out told an accident in a
// sentence before si, the headline's among them: «Пассажирский поезд сошел
// с рельсов» … «Семь вагонов … сошли с рельсов» is the headline's
// derailment told again (the headline's is an EVENT mention, which does
// not join the lead's verb).
func accidentTold(out []trigger, si int) bool {
	for _, t := range out {
		if t.sent < si && (t.typ == Accident || t.told == Accident) {
			return true
		}
	}
	return false
}

// buildingParts are the lemmas of the parts of a building or a structure
// whose fall is an accident: «обрушилась кровля», «Часть перекрытия
// обрушилась», «обрушился пролет моста» (not «обрушились акции», «на него
// обрушился шквал критики»).
var buildingParts = map[string]bool{
	"кровля": true, "крыша": true, "перекрытие": true, "потолок": true, "стена": true, "здание": true, "дом": true,
	"мост": true, "балкон": true, "козырек": true, "козырёк": true, "лестница": true, "пролет": true, "пролёт": true,
	"свод": true, "трибуна": true, "навес": true, "фасад": true, "подъезд": true, "перрон": true, "эстакада": true,
	"купол": true, "ангар": true, "склад": true, "конструкция": true, "сооружение": true, "стропило": true,
}

// fellIn reports whether the verb at toks[k] («обрушиться») has a word of
// buildingParts within three words of it, before or after: «Часть
// перекрытия обрушилась в пятиэтажном жилом доме», «обрушилась кровля
// торгового центра» (a collapse the recognizer left without an EVENT
// mention).
func (x *Extractor) fellIn(toks []doc.Token, k int) bool {
	if k < 0 {
		return false
	}
	for j := max(0, k-3); j < min(len(toks), k+4); j++ {
		if l, _ := x.lemma(toks[j].Text); j != k && buildingParts[l] {
			return true
		}
	}
	return false
}
