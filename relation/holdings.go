package relation

import "strings"

// enterpriseWords are the forms of «предприятие» that may open the
// enterprises of a holding (enterprises).
var enterpriseWords = []string{"предприятие", "предприятия", "предприятий", "предприятиями"}

// enterprises finds OWNER_OF from a holding to its enterprises: «Крупнейшие
// предприятия холдинга — Лебединский и Михайловский горно-обогатительные
// комбинаты, предприятия „Уральская сталь“ и „УралМетКом“» (each listed
// after the dash), «Лебединский ГОК, крупнейшее предприятие холдинга» (the
// organization before the comma). The holding is the organization named
// after the kind noun («предприятия холдинга „Металлоинвест“») or the one
// it refers back to (antecedent), which may have been defined by it
// («„Металлоинвест“ — один из крупнейших горно-металлургических
// холдингов», definedAs).
func (c *patternContext) enterprises(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	k := ti + 1
	if k >= len(toks) || !hasPrefix(toks[k].Text, []string{"холдинг", "компани", "концерн", "корпорац", "госкорпорац", "групп"}) {
		return out
	}
	owner, end := -1, k
	at := k + 1
	if at < len(toks) && toks[at].Text == "«" {
		at++
	}
	if o := c.startingAt(si, at, "ORGANIZATION"); o >= 0 {
		owner, end = o, c.tokenOf[o].last
		if end+1 < len(toks) && toks[end+1].Text == "»" {
			end++
		}
	} else {
		owner = c.antecedent(si, toks[ti].Start, toks[k].Text)
	}
	if owner < 0 {
		return out
	}
	rel := func(x int) Found { return c.found("OWNER_OF", owner, x) }
	if end+1 < len(toks) && (toks[end+1].Text == "—" || toks[end+1].Text == "–") {
		return c.list(out, si, end+1, "ORGANIZATION", 3, rel)
	}
	j := ti - 1
	for j >= 0 && j >= ti-3 && toks[j].Text != "," {
		j-- // «, одно из крупнейших предприятий», «, крупнейшее предприятие»
	}
	if j >= 1 && toks[j].Text == "," {
		if x := c.leftOf(si, j, "ORGANIZATION", 2); x >= 0 && x != owner {
			return append(out, rel(x))
		}
	}
	return out
}

// definedAs reports whether organization mention i is defined, right after
// it, by a dash and a noun phrase of kind within four words: «„Металлоинвест“
// — один из крупнейших горно-металлургических холдингов».
func (c *patternContext) definedAs(i int, kind string) bool {
	mt := c.tokenOf[i]
	toks := c.sents[mt.sent].Tokens
	k := mt.last + 1
	if k < len(toks) && toks[k].Text == "»" {
		k++
	}
	if k >= len(toks) || toks[k].Text != "—" && toks[k].Text != "–" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		if strings.HasPrefix(strings.ToLower(toks[j].Text), kind) {
			return true
		}
		if toks[j].Text == "," || toks[j].Text == "." {
			return false
		}
	}
	return false
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

// branchNouns name a unit of an organization in apposition to its name
// (branch).
var branchNouns = []string{"филиал", "филиалом", "подразделение", "подразделением", "отделение", "отделением"}

// branch finds PART_OF from an organization to the one its apposition
// names it a branch of: «Нижегородский авиастроительный завод „Сокол“,
// филиал корпорации „МиГ“, приступил …», «„Сокол“ — филиал „МиГ“»,
// «Иркутский авиазавод является филиалом ПАО „Яковлев“». The branch noun
// follows a comma, a dash or a copula in the instrumental
// (founderCopulas) right after the unit, and the parent follows it, after
// a kind noun or a legal form at most («корпорации», «ПАО»). NEREL
// relates a unit to the whole by PART_OF («X входит в Y»); neither its
// train nor its dev has such an apposition.
func (c *patternContext) branch(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	copula := ti >= 2 && isAnyFold(toks[ti-1].Text, founderCopulas) && hasSuffix(toks[ti].Text, "ом", "ем")
	if ti < 2 || !copula && !isAny(toks[ti-1].Text, ",", "—", "–") {
		return out
	}
	unit := c.leftOf(si, ti-1, "ORGANIZATION", 2)
	whole := c.rightOf(si, ti, "ORGANIZATION", 3)
	if unit < 0 || whole < 0 || c.ms[unit] == c.ms[whole] {
		return out
	}
	for k := ti + 1; k < c.tokenOf[whole].first; k++ {
		if w := toks[k].Text; !strings.ContainsAny(w, "«\"„“") && !hasPrefix(w, orgNouns) && !legalForms[w] {
			return out // «филиал в Москве», other words between
		}
	}
	return append(out, c.found("PART_OF", unit, whole))
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

// kindOwner returns the organization that a lower-case kind noun in the
// dative right after «принадлежащий» (token ti of sentence si) refers
// back to («Новотроицкий комбинат, принадлежащий холдингу, выплавил …»
// after «Холдинг „Уральская сталь“»): the last one named with the kind
// within the sentence and the two before (antecedent, ofKind); -1 when
// the word after the participle is no such noun or a name follows it.
func (c *patternContext) kindOwner(si, ti int) int {
	toks := c.sents[si].Tokens
	k := ti + 1
	if !hasPrefix(strings.ToLower(toks[ti].Text), []string{"принадлежащ", "подконтрольн"}) || k >= len(toks) || !isLowerWord(toks[k].Text) || !dativeOnly(toks[k].Text) {
		return -1
	}
	kind := orgKind(strings.ToLower(toks[k].Text))
	if kind == "" || k+1 < len(toks) && (strings.ContainsAny(toks[k+1].Text, "«\"„“") || c.startingAt(si, k+1, "ORGANIZATION", "PERSON") >= 0) {
		return -1
	}
	if o := c.antecedent(si, toks[ti].Start, toks[k].Text); o >= 0 && c.ofKind(o, kind) {
		return o
	}
	return -1
}
