package relation

import "strings"

// groupPostWords are the lower-case words a post may hold before «группы»
// for the group to be the business group of a company (groupEmployer):
// «президент группы», «генеральный директор группы», «председатель
// правления группы». Not «глава», «руководитель», «участник», «солист»:
// «руководитель рабочей группы», «главой преступной группы», «солистка
// группы „Блестящие“» (NEREL train holds bands, no company's group).
var groupPostWords = []string{"президент", "президента", "президенту", "президентом", "вице-президент", "вице-президента", "вице-президентом",
	"генеральный", "генерального", "генеральному", "генеральным", "исполнительный", "исполнительного", "исполнительным",
	"финансовый", "финансового", "финансовым", "директор", "директора", "директору", "директором",
	"гендиректор", "гендиректора", "гендиректором", "председатель", "председателя", "председателем", "правления", "первый", "первого", "первым"}

// companyKinds are the stems of nouns that name a business in an
// organization's name («Группа компаний», «холдинг „Металлоинвест“»).
var companyKinds = []string{"компани", "холдинг", "корпорац", "концерн"}

// groupEmployer returns the company a business post ending in «группы»
// refers to when no organization named «группа» is in reach («Президент
// группы Григорий Федоришин» after «Новолипецкий металлургический комбинат
// (НЛМК) … Продажи металлопродукции группы»): every word of the post but
// the last is one of groupPostWords, and the employer is the last business
// organization (a plant, a company by its legal form, its trade or a
// company noun in its name) within the post's sentence and the three
// before, else the lead's organization named with a company noun or a
// plant (farEmployer); -1 when none. NEREL v1.1 train and dev hold no
// such post.
func (c *patternContext) groupEmployer(post int) int {
	mt := c.tokenOf[post]
	if mt.sent < 0 || mt.last <= mt.first {
		return -1
	}
	toks := c.sents[mt.sent].Tokens
	if !strings.HasPrefix(strings.ToLower(toks[mt.last].Text), "групп") {
		return -1
	}
	for k := mt.first; k < mt.last; k++ {
		if !isAnyFold(toks[k].Text, groupPostWords) {
			return -1
		}
	}
	business := func(i int) bool {
		if boardName(c.ms[i].Text) {
			return false
		}
		if c.company(i) || c.plant(i) || c.tradeBefore(i) {
			return true
		}
		for _, k := range companyKinds {
			if namesKind(c.ms[i].Text, k) || c.kindBefore(i, k) {
				return true
			}
		}
		return false
	}
	if best := c.lastOrgWithin(post, 3, business); best >= 0 {
		return best
	}
	for _, k := range companyKinds {
		if best := c.farEmployer(post, k); best >= 0 {
			return best
		}
	}
	return c.farEmployer(post, "предприяти")
}
