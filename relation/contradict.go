package relation

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// Contradictions drops the relations that the words around their two
// mentions contradict, written for news texts: contradicted has one case
// per relation type, which ORs the filters of that type, the cheap ones
// first. The filters are grouped by what they judge:
//
//   - places, LOCATED_IN, TAKES_PLACE_IN and HEADQUARTERED_IN
//     (contradictplace.go): a route's origin and destination, places
//     listed side by side, a place of a verb's subject and its object, a
//     place adjective of another name or of a list of adjectives
//     (contradictcoordinated.go), a seat phrase of another
//     organization, a city where an organization acts;
//   - posts and workplaces, WORKS_AS and WORKPLACE (contradictpost.go,
//     with apposed.go and clauses.go): a post or employer of another
//     person, of the other party, of a reported clause;
//   - origins, ORIGINS_FROM (contradictorigin.go): a nationality that
//     names another person;
//   - names, ALTERNATIVE_NAME and ABBREVIATION (contradictname.go): a
//     dateline's place, another event of one kind, another acronym's
//     expansion, a namesake, persons of other surnames or genders, posts
//     of other place adjectives;
//   - events' parties, PARTICIPANT_IN, AGENT and ORGANIZES
//     (contradictevent.go): the source of a report, what is visited, a
//     unit's parent, a word of the event's title, one on whose behalf
//     another acts (behalf.go), a person an award is named after
//     («наградил орденом Пирогова»: NEREL v1.1 train and dev relate no
//     person inside an AWARD to an event);
//   - dates and ages (contradictdate.go, contradictage.go): a bare length
//     of time, a number of a name, a term of a penalty, an age told of a
//     pronoun of the other gender;
//   - the others: kin (family.go), a sale's buyer (buyerOfSale), an
//     award's giver (clauses.go), a namesake's condition, a crime's victim
//     (crimesVictim).
//
// Each filter's doc comment tells its form, an example and the convention
// of NEREL it keeps to.
type Contradictions struct {
	Base Extractor
}

// Extract runs Base and drops the contradicted relations; an age told of
// a pronoun of the other gender goes to the one person of its sentence
// before it who may be of that gender (agedPerson), a workplace of
// another's rank in paired runs of places and names to the person's own
// (pairedPlace), and the workplace of its owner turns OWNER_OF
// (ownersOrganization).
func (r Contradictions) Extract(text []rune, sents []doc.Sentence, mentions []doc.Mention) []Found {
	out := r.Base.Extract(text, sents, mentions)
	kept := out[:0]
	var moved []Found // ages given to the person their pronoun names
	for _, f := range out {
		if !f.indexes(len(mentions)) || !contradicted(text, f, mentions) {
			kept = append(kept, f)
		} else if f.Type == "AGE_IS" && mentions[f.Head].Type == "PERSON" {
			if i := agedPerson(text, mentions[f.Head], mentions[f.Tail], mentions); i >= 0 {
				f.Head = i
				moved = append(moved, f)
			}
		} else if f.Type == "WORKPLACE" {
			if _, i := pairedPlace(text, f.Head, f.Tail, mentions); i >= 0 {
				f.Tail = i
				moved = append(moved, f)
			} else if h, t := mentions[f.Head], mentions[f.Tail]; h.Type == "PERSON" && ownersOrganization(text, h, t) {
				f.Type = "OWNER_OF"
				moved = append(moved, f)
			}
		}
	}
	for _, f := range moved {
		if !slices.ContainsFunc(kept, func(k Found) bool { return k.Type == f.Type && k.Head == f.Head && k.Tail == f.Tail }) {
			kept = append(kept, f)
		}
	}
	return oneWay(kept)
}

// contradicted reports whether the words around f's mentions contradict
// it: each case ORs the filters of one relation type, the cheap ones first.
func contradicted(text []rune, f Found, mentions []doc.Mention) bool {
	h, t := mentions[f.Head], mentions[f.Tail]
	switch f.Type {
	case "LOCATED_IN":
		return h.End <= t.Start && samePrepositionList(text, h, t) || t.End <= h.Start && samePrepositionList(text, t, h) ||
			joinedPlaces(text, h, t) || joinedPlaces(text, t, h) || routeEnds(text, h, t) ||
			h.Type == "FACILITY" && adjectiveBefore(text, h, t, mentions, "ORGANIZATION") ||
			placeInside(text, t, h, mentions) || placeInsideTimed(text, t, h, mentions) || originNotContainer(text, h, t, mentions) ||
			coordinatedAdjective(text, h, t, mentions) || birthplace(text, t) && apart(text, h, t) || placeList(text, h, t, mentions)
	case "TAKES_PLACE_IN":
		return inQuotedName(text, h, t) || h.Type == "EVENT" && adjectiveBefore(text, h, t, mentions, "CITY", "FACILITY", "DISTRICT", "STATE_OR_PROVINCE", "LOCATION", "COUNTRY")
	case "HEADQUARTERED_IN":
		return h.Start >= t.End && seatPhrase(text, t) || datelineCredit(text, h, t) || actsIn(text, h, t) || inQuotedName(text, h, t) || birthplace(text, t) || districtAdjective(text, h, t, mentions)
	case "PLACE_RESIDES_IN":
		return birthplace(text, t)
	case "WORKS_AS":
		return h.Type == "PERSON" && (honoree(text, h) && !titleBefore(text, t, h) || nextPersonsPost(text, h, t, mentions, true) || companionPost(text, h, t) || reportedPost(text, h, t, mentions) ||
			othersPost(text, h, t, mentions) || heldByOther(text, h, t, mentions) || whoseHolder(text, h, t, mentions) || objectBeforeSubject(text, h, t) ||
			kinsPost(text, h, t, mentions) || clientOfPost(text, h, t, mentions) || complementPost(text, h, t, mentions) ||
			organizationsRole(text, h, t, mentions) || addresseePost(text, t) || pairedOther(text, f, mentions) || agentsPost(text, h, t) ||
			genitiveApposition(text, h, t, mentions))
	case "WORKPLACE":
		return dependentCountry(t, mentions) || honoree(text, h) || outsideRole(h) || orderedBody(text, h, t) || h.Type == "PERSON" && (unpostedSource(text, h, t, mentions) || newsSource(text, h, t)) || h.End <= t.Start && trailingSource(text, t, h) || opponent(text, t) || h.Type == "PERSON" && (nextPersonsPost(text, h, t, mentions, false) || teamsOpponent(text, h, t) || reported(text, h, t) || reportedPostsPlace(text, h, t, mentions) ||
			laterClauseTeam(text, h, t, mentions) || othersWorkplace(text, h, t, mentions) || founderOnly(text, h, t) || pairedOther(text, f, mentions) || ownersOrganization(text, h, t) || agentsWorkplace(text, h, t, mentions) ||
			leadingSource(text, h, t, mentions))
	case "MEMBER_OF":
		return opponent(text, t)
	case "INCOME", "EXPENDITURE":
		return h.Type == "PERSON" && (reported(text, h, t) || reportedMoney(text, h, t))
	case "ORIGINS_FROM":
		return h.Type == "PERSON" && (t.Type == "NATIONALITY" && (opensSentence(text, t) && verbBetween(text, t, h) || acrossVerb(text, h, t)) ||
			othersNationality(text, h, t, mentions) || postPlace(text, t, mentions) || ledGroup(text, t))
	case "ALTERNATIVE_NAME", "ABBREVIATION":
		alt, persons := f.Type == "ALTERNATIVE_NAME", h.Type == "PERSON" && t.Type == "PERSON"
		if alt && (inDateline(text, h) != inDateline(text, t) || repeatedWording(h, t) || h.Type == "EVENT" && t.Type == "EVENT" && otherEventOfKind(h.Text, t.Text) ||
			h.Type == "PROFESSION" && t.Type == "PROFESSION" && (otherPlacesPost(h, t, mentions) || otherBodysPost(h, t, mentions) || otherHoldersPosts(text, h, t, mentions)) || topicOf(text, h, t) || otherWorkKind(text, h, t)) {
			return true
		}
		if h.Type == "ORGANIZATION" && t.Type == "ORGANIZATION" {
			first := h
			if t.Start < h.Start {
				first = t
			}
			return otherExpansion(h, t, mentions) || otherExpansion(t, h, mentions) || alt && plantOfOther(h, t) || ownerOfSubsidiary(text, first) ||
				pairedAcronym(h, t, mentions) || pairedAcronym(t, h, mentions)
		}
		return h.Type == "PERSON" && t.Type == "ORGANIZATION" && namesakeOf(text, h.Start) || h.Type == "ORGANIZATION" && t.Type == "PERSON" && namesakeOf(text, t.Start) ||
			alt && persons && (otherSurname(text, h, t, mentions) || otherSurname(text, t, h, mentions) || relativeNamed(text, h, t, mentions) ||
				othersSurname(h, t, mentions) || othersSurname(t, h, mentions)) ||
			alt && (otherNumber(h, t) || otherModels(h, t) || otherTerms(h, t)) || alt && persons && (otherGenders(h.Text, t.Text) || twoSurnames(h.Text, t.Text) || chineseNamesakes(h.Text, t.Text))
	case "PARTICIPANT_IN", "AGENT", "ORGANIZES":
		organizes := f.Type == "ORGANIZES"
		return !organizes && h.Type == "ORGANIZATION" && parentAfterUnit(text, h, mentions) ||
			h.Type == "PERSON" && insideType(h, mentions, "AWARD") ||
			f.Type == "AGENT" && (visited(text, h, t) || attributive(text, h, t) || objectBeforeVerb(text, h, t) || OnBehalf(text, h)) ||
			t.Type == "EVENT" && (organizes && h.Type == "ORGANIZATION" && namesOtherOrganizer(h, t, mentions) ||
				isAny(h.Type, "COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION") && titleWord(text, h, t) ||
				h.Type == "PERSON" && (f.Type == "PARTICIPANT_IN" && othersGoal(text, h, t, mentions) || !organizes && nounsGenitive(text, h) || trailingSource(text, h, t)) ||
				!organizes && ReportedSource(text, h.Span, t.Span))
	case "POINT_IN_TIME", "START_TIME", "END_TIME", "DATE_OF_BIRTH", "DATE_OF_DEATH", "DATE_OF_CREATION", "DATE_FOUNDED_IN", "DATE_DEFUNCT_IN":
		return (t.Type == "DATE" || t.Type == "TIME") && (bareDuration(t.Text) || dateInName(h, t, mentions))
	case "AGE_IS":
		return insideType(t, mentions, "PENALTY") || h.Type == "PERSON" && pronounsAge(text, h, t)
	case "PENALIZED_AS", "CONVICTED_OF":
		return crimesVictim(text, h, mentions) || h.Type == "PERSON" && trailingSource(text, h, t)
	case "SIBLING":
		return otherKin(text, h, t)
	case "SUBEVENT_OF":
		return kindBeforeName(text, h, t)
	case "PRODUCES":
		// (a product makes nothing: NEREL train and dev's 692 PRODUCES
		// have no PRODUCT head; «Союз-2.1б» and its upper stage «Фрегат»)
		// (nor does the source of a clause of report make what the
		// sentence tells of after it: «Как сообщил глава Роскосмоса Дмитрий
		// Баканов, разгонный блок „Бриз-М“ штатно отделился»)
		// (nor does a post of no maker make a work: «Космонавты установили
		// на поверхности модуля „Наука“ …», nonMakerPost)
		return h.Type == "PRODUCT" || receiver(text, h, t) || h.Type == "PERSON" && ReportedSource(text, h.Span, t.Span) ||
			h.Type == "PROFESSION" && t.Type == "WORK_OF_ART" && nonMakerPost(h.Text)
	case "OWNER_OF":
		return t.Start > h.End && (buyerOfSale(text, h, t) || partOfVerbBetween(text, h, t))
	case "AWARDED_WITH":
		return h.Type == "PERSON" && awardGiver(text, h, t, mentions)
	case "MEDICAL_CONDITION":
		// «вакцину … разработанную Центром имени Гамалеи»: a name, no
		// patient (for every type it cost NEREL train 14 right relations:
		// NEREL relates the persons organizations are named after)
		return h.Type == "PERSON" && namesakeOf(text, h.Start)
	}
	return false
}

// culpritNouns are the stems of the nouns of one who commits a crime,
// which govern their victim in the genitive: «убийца полицейского».
var culpritNouns = []string{"убийц", "насильник", "похитител", "грабител", "истязател", "мучител"}

// crimesVictim reports whether h, the convict of a PENALIZED_AS or
// CONVICTED_OF, is the victim of a crime: it ends a longer CRIME mention
// after its start («убийство полицейского») or follows a culprit noun
// («Убийце полицейского назначили пожизненное заключение»). NEREL gives
// the penalty and the crime to the convict only, never to the genitive
// object of a crime or of its culprit.
func crimesVictim(text []rune, h doc.Mention, mentions []doc.Mention) bool {
	before := wordBefore(text, h.Start)
	for _, n := range culpritNouns {
		if strings.HasPrefix(before, n) {
			return true
		}
	}
	for _, o := range mentions {
		if o.Type == "CRIME" && o.Start < h.Start && h.End <= o.End {
			return true
		}
	}
	return false
}

// saleVerbs open a sale; shareNouns name what is sold; dativeOrgNouns
// introduce an organization in the dative.
var (
	saleVerbs      = []string{"продал", "продала", "продали", "продаст", "продадут", "продает", "продаёт", "продают"}
	shareNouns     = []string{"дол", "пакет", "акци"}
	dativeOrgNouns = []string{"компании", "банку", "холдингу", "фонду", "группе", "корпорации", "госкорпорации", "структуре", "концерну", "обществу"}
)

// partOfVerbBetween reports whether the words from h to t, at most six,
// hold a verb of being part (partOfTriggers) and «в»: «Учалинский ГОК
// входит в состав УГМК» — h is a part of t, which owns it, not its owner.
func partOfVerbBetween(text []rune, h, t doc.Mention) bool {
	words := strings.Fields(strings.ToLower(string(text[h.End:t.Start])))
	if len(words) > 6 {
		return false
	}
	for i, w := range words {
		if hasPrefix(w, partOfTriggers) && i+1 < len(words) && (words[i+1] == "в" || words[i+1] == "во") {
			return true
		}
	}
	return false
}

// buyerOfSale reports whether t, after h, is the buyer in «… продал(а) долю
// … компании T»: a sale verb and a share noun stand between h's start and
// t in its sentence, and t follows an organization noun in the dative:
// «продал свою долю в „Быстринском ГОКе“ компании „Интергеопроект“» —
// neither the seller nor what is sold owns the buyer (OWNER_OF). NEREL has
// no sale of a share to a named buyer.
func buyerOfSale(text []rune, h, t doc.Mention) bool {
	if !isAny(wordBefore(text, t.Start), dativeOrgNouns...) {
		return false
	}
	span := string(text[:t.Start])
	if k := strings.LastIndexAny(span, ".!?"); k >= 0 {
		span = span[k+1:]
	}
	words := strings.Fields(strings.ToLower(span))
	verb := -1
	for i, w := range words {
		if isAny(strings.Trim(w, ",«»\"„“"), saleVerbs...) {
			verb = i
		}
	}
	if verb < 0 {
		return false
	}
	for _, w := range words[verb+1:] {
		for _, n := range shareNouns {
			if strings.HasPrefix(w, n) {
				return true
			}
		}
	}
	return false
}
