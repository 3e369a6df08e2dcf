package relation

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// othersNationality reports whether the nationality t, a singular word,
// stands right before a person p other than h (a post or one lower-case
// noun may stand between them) in a list with h: h joined to t by «и»
// («его», «её», «их» after it) or a comma, the nationality an adjective
// or a noun: «Журналист Андреа Рокелли и его российский коллега Андрей
// Миронов»; or h joined to p so, the nationality a noun, whose apposition
// is p alone: «бразилец Педро и Александр Соболев». An adjective may
// qualify the list after it («украинский режиссёр Олег Сенцов и антифашист
// Александр Кольченко» are both Ukrainian in NEREL train), and a plural
// qualifies all («российские теннисисты Андрей Рублёв и Карен Хачанов»).
func othersNationality(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if !isAny(t.Type, "NATIONALITY", "COUNTRY") || plural(t.Text) {
		return false
	}
	for _, p := range mentions {
		if p.Type != "PERSON" || p.Start < t.End || p.Start-t.End > 40 || p.Start < h.End && h.Start < p.End || !appositionGap(text, t.End, p.Start, mentions) {
			continue
		}
		if h.End <= t.Start {
			return listJoint(string(text[h.End:t.Start]), true)
		}
		return h.Start >= p.End && listJoint(string(text[p.End:h.Start]), false) && nounOnly(t.Text)
	}
	return false
}

// listJoint reports whether s, between two members of a list, is a comma
// or «и», followed by a possessive pronoun when possessive.
func listJoint(s string, possessive bool) bool {
	ws := strings.Fields(s)
	if len(ws) == 2 && possessive && isAny(strings.ToLower(ws[1]), "его", "её", "ее", "их") {
		ws = ws[:1]
	}
	return len(ws) == 1 && isAny(ws[0], ",", "и")
}

// nounOnly reports whether the last word of s reads as a noun and not as
// an adjective: «бразилец», not «бразильский».
func nounOnly(s string) bool {
	rs := lastReadings(s)
	return slices.ContainsFunc(rs, func(p morph.Parse) bool { return p.Tag.POS() == morph.NOUN }) &&
		!slices.ContainsFunc(rs, func(p morph.Parse) bool { return p.Tag.POS() == morph.ADJF })
}

// plural reports whether the last word of s reads only as a plural: all
// its dictionary readings are plural («бразильцы», «российские»), none
// without the dictionary.
func plural(s string) bool {
	rs := lastReadings(s)
	return len(rs) > 0 && !slices.ContainsFunc(rs, func(p morph.Parse) bool { return !p.Tag.Is(morph.Plur) })
}

// appositionGap reports whether text[from:to], between a nationality and
// a person, holds only spaces, a post (a PROFESSION mention from there) or
// one lower-case noun: «российский коллега Андрей Миронов».
func appositionGap(text []rune, from, to int, mentions []doc.Mention) bool {
	for _, m := range mentions {
		if m.Type == "PROFESSION" && m.Start >= from && m.End <= to && strings.TrimSpace(string(text[from:m.Start])) == "" {
			from = m.End
			break
		}
	}
	switch ws := strings.Fields(string(text[from:to])); len(ws) {
	case 0:
		return true
	case 1:
		w := ws[0]
		return unicode.IsLower(firstRune(w)) && strings.IndexFunc(w, func(r rune) bool { return !isWordRune(r) }) < 0 &&
			slices.ContainsFunc(readings(w), func(p morph.Parse) bool { return p.Tag.POS() == morph.NOUN })
	}
	return false
}

// parentGenitives are the genitive kind nouns of a parent organization
// named right after its unit (parentOf).
var parentGenitives = []string{"холдинга", "госкорпорации", "корпорации", "концерна", "группы", "объединения"}

// parentOf finds PART_OF from an organization named after its kind noun to
// the organization named after the genitive kind noun of a parent that
// follows it: «холдинг „Швабе“ госкорпорации „Ростех“», «завод „Купол“
// концерна „Алмаз-Антей“». The unit's own kind noun before it tells a
// name of a unit from a genitive chain of other words; NEREL relates a
// unit to its parent by PART_OF («X входит в Y», see Patterns); its train
// and dev hold no such chain. A sale or a share before the unit makes the
// kind noun a dative of the buyer («продажу … акций … компаний ТНК-BP
// корпорации „Роснефть“», factRuEval): no relation then.
func (c *patternContext) parentOf(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	k := ti + 1
	if k < len(toks) && strings.ContainsAny(toks[k].Text, "«\"„“") {
		k++
	}
	parent := c.startingAt(si, k, "ORGANIZATION")
	unit := c.leftOf(si, ti, "ORGANIZATION", 2)
	if parent < 0 || unit < 0 || c.tokenOf[unit].last < ti-2 || c.tokenOf[unit].last == ti-2 && !strings.ContainsAny(toks[ti-1].Text, "»\"“") {
		return out
	}
	if !hasPrefix(c.wordBeforeMention(unit), orgNouns) {
		return out
	}
	for _, t := range toks[:c.tokenOf[unit].first] {
		if hasPrefix(t.Text, []string{"прода", "переда", "уступ", "акци", "пакет"}) || isAnyFold(t.Text, []string{"долю", "доли", "долей"}) {
			return out // «продажу … акций компании ТНК-BP корпорации „Роснефть“»: a buyer in the dative
		}
	}
	return append(out, c.found("PART_OF", unit, parent))
}

// wholeByKind returns the organization that «в (состав) холдинга» after
// the trigger of PART_OF at token ti of sentence si names by its kind
// alone, with no name nor word after it: the one of that kind named last before
// (antecedent): «Прицел выпускает Новосибирский приборостроительный завод,
// входящий в состав холдинга» after «Холдинг „Швабе“ …». -1 when the
// words are others.
func (c *patternContext) wholeByKind(si, ti int) int {
	toks := c.sents[si].Tokens
	k := ti + 2 // past «в»
	if k < len(toks) && hasPrefix(toks[k].Text, []string{"состав", "структур"}) {
		k++
	}
	if k >= len(toks) || !hasPrefix(toks[k].Text, orgNouns) || k+1 < len(toks) && (isWordRune(firstRune(toks[k+1].Text)) || strings.ContainsAny(toks[k+1].Text, "«\"„“")) {
		return -1
	}
	return c.antecedent(si, toks[ti].Start, toks[k].Text)
}

// branchNouns name a unit of an organization in apposition to its name
// (branch).
var branchNouns = []string{"филиал", "филиалом", "подразделение", "подразделением", "отделение", "отделением"}

// branch finds PART_OF from an organization to the one its apposition
// names it a branch of: «Нижегородский авиастроительный завод „Сокол“,
// филиал корпорации „МиГ“, приступил …», «„Сокол“ — филиал „МиГ“». The
// branch noun follows a comma or a dash right after the unit, and the
// parent follows it, after a kind noun at most («корпорации»). NEREL
// relates a unit to the whole by PART_OF («X входит в Y»); neither its
// train nor its dev has such an apposition.
func (c *patternContext) branch(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	if ti < 2 || !isAny(toks[ti-1].Text, ",", "—", "–") {
		return out
	}
	unit := c.leftOf(si, ti-1, "ORGANIZATION", 2)
	whole := c.rightOf(si, ti, "ORGANIZATION", 3)
	if unit < 0 || whole < 0 || c.ms[unit] == c.ms[whole] {
		return out
	}
	for k := ti + 1; k < c.tokenOf[whole].first; k++ {
		if w := toks[k].Text; !strings.ContainsAny(w, "«\"„“") && !hasPrefix(w, orgNouns) {
			return out // «филиал в Москве», other words between
		}
	}
	return append(out, c.found("PART_OF", unit, whole))
}

// productionNouns name the making of a product after a verb of starting
// (startedProduction); startVerbs are those verbs.
var (
	productionNouns = []string{"выпуск", "выпуску", "производство", "производству", "сборку", "сборке", "изготовление", "изготовлению"}
	startVerbs      = []string{"начал", "начала", "начало", "начали", "начнет", "начнёт", "начнут", "приступил", "приступила", "приступило", "приступили", "приступит", "запустил", "запустила", "запустило", "запустили", "наладил", "наладила", "наладило", "освоил", "освоила", "освоило"}
)

// startedProduction finds PRODUCES from the subject of a verb of starting
// to the products after a noun of making that the verb governs: «Завод
// „Сокол“ … приступил к серийной сборке учебного самолета Як-152»,
// «„АвтоВАЗ“ начал выпуск Lada Iskra». The subject is found as for the
// verbs of Patterns (subject), the products as theirs (list).
func (c *patternContext) startedProduction(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	v := -1
	for k := ti - 1; k >= 0 && k >= ti-3; k-- {
		if isAnyFold(toks[k].Text, startVerbs) {
			v = k
			break
		}
		if !isWordRune(firstRune(toks[k].Text)) {
			return out
		}
	}
	if v < 0 {
		return out
	}
	maker := c.subject(si, v)
	if maker < 0 {
		return out
	}
	return c.list(out, si, ti, "PRODUCT", patternReach, func(p int) Found { return c.found("PRODUCES", maker, p) })
}

// stayVerbs are the forms of «находиться» that tie what is owned to «в
// собственности X» (property).
var stayVerbs = []string{"находится", "находятся", "находился", "находилась", "находилось", "находились", "оказался", "оказалась", "оказались", "перешел", "перешёл", "перешла", "перешли"}

// property finds OWNER_OF from the organization or person after «в
// собственности» (a kind noun may stand between: «группы „Ютэйр“») to the organizations a verb of staying ties to it, after
// the owner («в собственности МНКТ находится ООО „ТНГК“», each one
// listed) or as its subject before the verb («„Азимут“ находится в
// собственности „Аэрофлота“»; an anaphoric subject as for Patterns:
// «Обе структуры полностью находятся в собственности Berkshire» when a
// noun of an organization refers back). NEREL dev has the first form once
// (МНКТ), train the second once, with «структуры» (no antecedent).
func (c *patternContext) property(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	if ti < 1 || !strings.EqualFold(toks[ti-1].Text, "в") {
		return out
	}
	k := ti + 1
	if k < len(toks) && (hasPrefix(toks[k].Text, orgNouns) || hasPrefix(toks[k].Text, []string{"групп"})) && c.startingAt(si, k, "ORGANIZATION") < 0 {
		k++ // «в собственности группы „Ютэйр“»
	}
	if k < len(toks) && strings.ContainsAny(toks[k].Text, "«\"„“") {
		k++
	}
	owner := c.startingAt(si, k, "ORGANIZATION", "PERSON")
	if owner < 0 {
		return out
	}
	if v := c.tokenOf[owner].last + 1; v < len(toks) && isAnyFold(strings.Trim(toks[v].Text, "»\"“"), stayVerbs) ||
		v+1 < len(toks) && strings.ContainsAny(toks[v].Text, "»\"“") && isAnyFold(toks[v+1].Text, stayVerbs) {
		return c.list(out, si, c.tokenOf[owner].last+1, "ORGANIZATION", 3, func(owned int) Found { return c.found("OWNER_OF", owner, owned) })
	}
	v := ti - 2
	for v >= 0 && isAnyFold(toks[v].Text, []string{"полностью", "частично", "целиком", "теперь", "также", "уже"}) {
		v--
	}
	if v < 0 || !isAnyFold(toks[v].Text, stayVerbs) {
		return out
	}
	owned := c.subject(si, v)
	if owned < 0 || c.ms[owned] == c.ms[owner] {
		return out
	}
	return append(out, c.found("OWNER_OF", owner, owned))
}

// becameVerbs tie a post in the instrumental before them to the person
// after them (becamePost).
var becameVerbs = []string{"стал", "стала", "станет", "становится", "назначен", "назначена", "избран", "избрана", "утвержден", "утверждён", "утверждена"}

// becamePost finds WORKS_AS from the person after a verb of becoming or
// appointing to the post in the instrumental that ends right before the
// verb: «Председателем жюри стал режиссер Павел Лунгин», «Мэром Детройта
// избран легендарный баскетболист Дэйв Бинг». The person follows within
// eight tokens, no comma, colon, dash or parenthesis between, and is no
// genitive of a noun (dependentName). NEREL train
// relates them so in 29 of 33 such phrases (the others: a post of the
// person's own before him, «тренером стал тренер „академиков“ Сергей
// Первушин», which WORKS_AS gives too).
func (c *patternContext) becamePost(out []Found, si, ti int) []Found {
	post := -1
	for _, i := range c.bySent[si] {
		if mt := c.tokenOf[i]; c.ms[i].Type == "PROFESSION" && mt.last == ti-1 && instrumental(c.sents[si].Tokens[mt.first].Text) &&
			(post < 0 || c.ms[i].End-c.ms[i].Start > c.ms[post].End-c.ms[post].Start) {
			post = i
		}
	}
	if post < 0 {
		return out
	}
	toks := c.sents[si].Tokens
	for k := ti + 1; k < len(toks) && k <= ti+8; k++ {
		if p := c.startingAt(si, k, "PERSON"); p >= 0 && !c.dependentName(si, k) {
			return append(out, c.found("WORKS_AS", p, post))
		}
		if isAny(toks[k].Text, ",", ";", ":", "(", ")", "—", "–") {
			break
		}
	}
	return out
}

// dependentName reports whether the name starting at token k of sentence
// si is the genitive of the common noun right before it, which no post or
// nationality mention covers: «близкий друг В. Лукашенко экс-пограничник
// Вадим Зайцев» — the friend's friend is not the subject.
func (c *patternContext) dependentName(si, k int) bool {
	if k < 1 {
		return false
	}
	for _, i := range c.bySent[si] {
		if mt := c.tokenOf[i]; mt.last == k-1 && isAny(c.ms[i].Type, "PROFESSION", "NATIONALITY") {
			return false
		}
	}
	w := c.sents[si].Tokens[k-1].Text
	ps := readings(w)
	return unicode.IsLower(firstRune(w)) && len(ps) > 0 && ps[0].Tag.POS() == morph.NOUN
}

// predicatePost reports whether post mention i is the predicate of a verb
// of becoming or appointing right after it, in the instrumental: its
// holder is that verb's subject after it, even with a post of his own
// before his name («Председателем жюри стал режиссер Павел Лунгин»), which
// farPost must not take for a post of another clause.
func (c *patternContext) predicatePost(i int) bool {
	mt := c.tokenOf[i]
	if mt.sent < 0 {
		return false
	}
	toks := c.sents[mt.sent].Tokens
	return mt.last+1 < len(toks) && isAnyFold(toks[mt.last+1].Text, becameVerbs) && instrumental(toks[mt.first].Text)
}

// laterClauseTeam reports whether the organization t, after the person h,
// opens a later clause of its own after a comma, «у» before it and a
// finite verb and another person after it: «Голы у победителей забили
// бразилец Педро и Александр Соболев, у „Спартака“ отличился аргентинец
// Эсекьель Барко» — the scorers before the comma are not Spartak's.
func laterClauseTeam(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if t.Start < h.End || !strings.Contains(string(text[h.End:t.Start]), ",") || wordBefore(text, t.Start) != "у" {
		return false
	}
	w, p := previousWord(text, t.Start)
	if w != "у" || strings.TrimRight(strings.TrimSpace(string(text[max(0, p-2):p])), " ") != "," {
		return false
	}
	for _, o := range mentions {
		if o.Type != "PERSON" || o.Start < t.End || o.Start-t.End > 60 || strings.ContainsAny(string(text[t.End:o.Start]), ",.;:—–()!?") {
			continue
		}
		for _, w := range strings.FieldsFunc(string(text[t.End:o.Start]), func(r rune) bool { return !isWordRune(r) }) {
			if ps := readings(w); unicode.IsLower(firstRune(w)) && len(ps) > 0 && ps[0].Tag.POS() == morph.VERB {
				return true // (a finite verb, reflexive too: «отличился»)
			}
		}
		return false
	}
	return false
}
