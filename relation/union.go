package relation

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// Extractor finds typed relations between the mentions of a document; Model
// and Patterns are extractors.
type Extractor interface {
	Extract(text []rune, sents []doc.Sentence, mentions []doc.Mention) []Found
}

// WithRules returns m with the rule layers the pipeline adds to the model:
// Pronouns over it (the model run again with pronoun subjects as persons),
// Patterns beside them, Lists over both, Employers over these, Capitals
// over all, Contradictions over Capitals, and AltNames last.
func WithRules(m Extractor) Extractor {
	return InText{Base: AltNames{Base: Contradictions{Base: Capitals{Base: Employers{Base: Lists{Base: Union{Pronouns{Base: indexed{m}}, Patterns{}}}}}}}}
}

// indexed runs an Extractor and drops the relations it returns that index
// no mention: the rule layers above read the mentions a relation names.
type indexed struct {
	Base Extractor
}

// Extract runs Base and keeps the relations that index mentions.
func (x indexed) Extract(text []rune, sents []doc.Sentence, mentions []doc.Mention) []Found {
	return x.extractPairs(text, sents, mentions, nil)
}

// extractPairs is Extract over the pairs of mentions keep accepts (nil:
// all) when Base is a *Model, which then scores no other pair; any other
// Base is run whole.
func (x indexed) extractPairs(text []rune, sents []doc.Sentence, mentions []doc.Mention, keep func(head, tail int) bool) []Found {
	var out []Found
	if m, ok := x.Base.(*Model); ok {
		out = m.extractPairs(text, sents, mentions, keep)
	} else {
		out = x.Base.Extract(text, sents, mentions)
	}
	kept := out[:0]
	for _, f := range out {
		if f.indexes(len(mentions)) {
			kept = append(kept, f)
		}
	}
	return kept
}

// InText runs Base over the mentions whose spans lie within the text
// (doc.Span.Within) only, so that the rule layers may read the words
// around any mention they are given; the relations it returns index the
// mentions given to it. A mention outside the text (no recognizer gives
// one; a caller of the library may) takes part in no relation.
type InText struct {
	Base Extractor
}

// Extract runs Base over the mentions within text.
func (x InText) Extract(text []rune, sents []doc.Sentence, mentions []doc.Mention) []Found {
	if !slices.ContainsFunc(mentions, func(m doc.Mention) bool { return !m.Within(len(text)) }) {
		return x.Base.Extract(text, sents, mentions)
	}
	var in []doc.Mention
	var at []int // at[i] is the index in mentions of in[i]
	for i, m := range mentions {
		if m.Within(len(text)) {
			in = append(in, m)
			at = append(at, i)
		}
	}
	out := indexed(x).Extract(text, sents, in)
	for i, f := range out {
		out[i].Head, out[i].Tail = at[f.Head], at[f.Tail]
	}
	return out
}

// contextExtractor is an Extractor that can take the document's pattern
// context from the layer that runs it, so that the rule layers build it
// once per document (lazyContext) rather than each its own.
type contextExtractor interface {
	extract(text []rune, sents []doc.Sentence, mentions []doc.Mention, ctx func() *patternContext) []Found
}

// extractWith runs x over the document, handing it ctx when it takes one.
func extractWith(x Extractor, text []rune, sents []doc.Sentence, mentions []doc.Mention, ctx func() *patternContext) []Found {
	if y, ok := x.(contextExtractor); ok {
		return y.extract(text, sents, mentions, ctx)
	}
	return x.Extract(text, sents, mentions)
}

// Union runs extractors in order and returns what each finds, keeping for a
// (head, tail, type) triple only the first extractor's result.
type Union []Extractor

// Extract runs every extractor of u over the document.
func (u Union) Extract(text []rune, sents []doc.Sentence, mentions []doc.Mention) []Found {
	return u.extract(text, sents, mentions, lazyContext(sents, mentions))
}

// extract is Extract with the document's pattern context from ctx, handed
// on to the extractors that take it.
func (u Union) extract(text []rune, sents []doc.Sentence, mentions []doc.Mention, ctx func() *patternContext) []Found {
	var out []Found
	seen := map[[2]int]map[string]bool{}
	for _, x := range u {
		for _, f := range extractWith(x, text, sents, mentions, ctx) {
			k := [2]int{f.Head, f.Tail}
			if seen[k][f.Type] {
				continue
			}
			if seen[k] == nil {
				seen[k] = map[string]bool{}
			}
			seen[k][f.Type] = true
			out = append(out, f)
		}
	}
	return out
}

// employerTypes are the types of the employer a post can name inside it.
var employerTypes = map[string]bool{"ORGANIZATION": true, "COUNTRY": true, "STATE_OR_PROVINCE": true, "CITY": true}

// Employers adds to what Base finds, for every WORKS_AS relation from a
// person to a post whose words name an employer («директор Федеральной
// службы …», «глава Удмуртии»), WORKPLACE from the person and from the post
// to that employer: the organizations, countries, regions and cities inside
// the post that are not inside an organization inside it. On NEREL v1.1
// train such employers are the person's WORKPLACE in 77 % of cases (ORGANIZATION)
// and the post's in 85 %.
type Employers struct {
	Base Extractor
}

// Extract runs Base, drops the posts a person holds only as part of a
// larger one (nestedPosts) and the posts of another clause when one stands
// right before the person (farPosts), gives a post that names no one the
// person of the sentence before (anaphoricPosts), and adds the inferred
// WORKPLACE relations. A
// post that names its employer by a kind of organization only («генеральный
// директор концерна») has the organization of that kind named last before
// it for employer (anaphoricEmployer).
func (e Employers) Extract(text []rune, sents []doc.Sentence, mentions []doc.Mention) []Found {
	return e.extract(text, sents, mentions, lazyContext(sents, mentions))
}

// extract is Extract with the document's pattern context from ctx, which
// Base shares when it takes one.
func (e Employers) extract(text []rune, sents []doc.Sentence, mentions []doc.Mention, ctx func() *patternContext) []Found {
	out := anaphoricPosts(farPosts(nestedPosts(extractWith(e.Base, text, sents, mentions, ctx), mentions), mentions, ctx), mentions, ctx)
	have := map[[2]int]bool{}
	for _, f := range out {
		if f.Type == "WORKPLACE" {
			have[[2]int{f.Head, f.Tail}] = true
		}
	}
	// mentions by start, to find those inside a post without a scan
	byStart := make([]int, len(mentions))
	for i := range byStart {
		byStart[i] = i
	}
	sort.Slice(byStart, func(a, b int) bool { return mentions[byStart[a]].Start < mentions[byStart[b]].Start })
	n := len(out)
	for _, f := range out[:n] {
		if f.Type != "WORKS_AS" || !f.indexes(len(mentions)) || mentions[f.Head].Type != "PERSON" {
			continue
		}
		employers := employersIn(mentions, byStart, f.Tail)
		if strings.Contains(mentions[f.Tail].Text, " компани") {
			if k := ctx().nationalCompany(f.Tail); k >= 0 {
				employers = []int{k} // «председатель правления российской компании»: not the country
			}
		}
		if len(employers) == 0 {
			if k := ctx().anaphoricEmployer(f.Tail); k >= 0 {
				employers = []int{k}
			} else if k := ctx().regionEmployer(f.Tail); k >= 0 {
				employers = []int{k} // «министр строительства региона»
			}
		}
		for _, k := range employers {
			if postedTo(text, mentions[f.Tail], mentions[k]) || representedBy(text, mentions[f.Tail], mentions[k]) {
				continue
			}
			for _, from := range []int{f.Head, f.Tail} {
				if have[[2]int{from, k}] {
					continue
				}
				have[[2]int{from, k}] = true
				out = append(out, Found{Type: "WORKPLACE", Head: from, Tail: k, Score: f.Score, Evidence: f.Evidence})
			}
		}
	}
	return othersEmployers(heldByNext(out, mentions, text, ctx), mentions, text, byStart, ctx)
}

// postedTo reports whether the place k inside the post follows «в», «во»
// or «при» in it: where the post is held, not whom for («послом США в
// России», «послом в России»).
func postedTo(text []rune, post, k doc.Mention) bool {
	return k.Type != "ORGANIZATION" && k.Start > post.Start && isAny(wordBefore(text, k.Start), "в", "во", "при")
}

// heldByNext drops WORKS_AS from a person to a post when the person stands
// right after the post in another case than the post's, and another person
// who also WORKS_AS it right after him in the post's case: «Адвокат
// Иванова Денис Бурмистров» — the post is Бурмистров's, Иванов is whose
// lawyer he is. The post must open its sentence or follow a punctuation
// mark. The cases are the tagger's, of each mention's first word.
func heldByNext(fs []Found, mentions []doc.Mention, text []rune, ctx func() *patternContext) []Found {
	valid := func(i int) bool { return i >= 0 && i < len(mentions) }
	holds := map[[2]int]bool{} // (person, post)
	for _, f := range fs {
		if f.Type == "WORKS_AS" && valid(f.Head) && valid(f.Tail) && mentions[f.Head].Type == "PERSON" {
			holds[[2]int{f.Head, f.Tail}] = true
		}
	}
	// opens reports whether m opens its sentence or follows a punctuation
	// mark («в депутаты МГД Кирилла Гончарова Валерий Костенок» is a
	// candidate's post, not Костенок's)
	opens := func(m doc.Mention) bool {
		k := m.Start - 1
		for k >= 0 && unicode.IsSpace(text[k]) {
			k--
		}
		return k < 0 || unicode.IsPunct(text[k])
	}
	next := func(a, b doc.Mention) bool {
		return a.End < b.Start && b.Start <= len(text) && strings.TrimSpace(string(text[a.End:b.Start])) == ""
	}
	out := fs[:0:0]
	for _, f := range fs {
		if f.Type == "WORKS_AS" && holds[[2]int{f.Head, f.Tail}] && next(mentions[f.Tail], mentions[f.Head]) && opens(mentions[f.Tail]) {
			dropped := false
			c := ctx()
			post, person := c.caseOf(f.Tail), c.caseOf(f.Head)
			for k := range holds {
				if k[1] == f.Tail && k[0] != f.Head && next(mentions[f.Head], mentions[k[0]]) && post != "" && person != post && c.caseOf(k[0]) == post {
					dropped = true
					break
				}
			}
			if dropped {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// caseOf returns the case the tagger read in the first word of mention i
// («Case=Gen»), or "" when the mention does not start a word.
func (c *patternContext) caseOf(i int) string {
	mt := c.tokenOf[i]
	if mt.sent < 0 {
		return ""
	}
	t := c.sents[mt.sent].Tokens[mt.first]
	if t.Start != c.ms[i].Start {
		return ""
	}
	for _, f := range strings.Split(t.Feats, "|") {
		if strings.HasPrefix(f, "Case=") {
			return f
		}
	}
	return ""
}

// othersEmployers drops WORKPLACE from a person who holds a post of his own
// to an organization named inside another person's post: «Президент
// Казахстана Касым-Жомарт Токаев принял … председателя правления ПАО
// „Газпром“ Алексея Миллера» — Газпром is Миллер's employer, not Токаев's.
// The person's own posts must name an employer, not that organization
// (places are left alone: «британским премьер-министром» names one
// country for two). byStart lists the mention indexes by start.
// A place inside another person's post is dropped too when the person's
// own posts name organizations only, inside them or by a kind noun
// referring back (anaphoricEmployer): «генеральный директор компании
// Александр Шевелев и губернатор Вологодской области Георгий Филимонов» —
// the region is the governor's, not the company director's (placeFor);
// the two persons must stand in one coordination, only «и» or a comma
// between the one and the other's post (coordinated: NEREL train has
// «Министр экономики Калининградской области Вадим Амстель освобожден …,
// новым главой министерства стала Анастасия Кузнецова», the region's too).
func othersEmployers(fs []Found, mentions []doc.Mention, text []rune, byStart []int, ctx func() *patternContext) []Found {
	valid := func(i int) bool { return i >= 0 && i < len(mentions) }
	posts := map[int][]int{}   // person → posts
	holders := map[int][]int{} // post → persons
	for _, f := range fs {
		if f.Type == "WORKS_AS" && valid(f.Head) && valid(f.Tail) && mentions[f.Head].Type == "PERSON" {
			posts[f.Head] = append(posts[f.Head], f.Tail)
			holders[f.Tail] = append(holders[f.Tail], f.Head)
		}
	}
	if len(holders) < 2 {
		return fs
	}
	// the employers named inside each held post, and the posts that name each
	in := map[int][]int{}
	named := map[int]map[int]bool{}
	for q := range holders {
		ks := employersIn(mentions, byStart, q)
		in[q] = ks
		for _, k := range ks {
			if named[k] == nil {
				named[k] = map[int]bool{}
			}
			named[k][q] = true
		}
	}
	// placeFor reports whether the person's own posts name organizations
	// only, at least one, so that a place inside another's post is not his
	placeFor := func(person int) bool {
		some := false
		for _, q := range posts[person] {
			ks := in[q]
			if len(ks) == 0 {
				if k := ctx().anaphoricEmployer(q); k >= 0 {
					ks = []int{k}
				}
			}
			for _, k := range ks {
				if mentions[k].Type != "ORGANIZATION" {
					return false
				}
				some = true
			}
		}
		return some
	}
	// joined reports whether only «и» or a comma stands between mentions a
	// and b, a first
	joined := func(a, b int) bool {
		x, y := mentions[a], mentions[b]
		if x.End > y.Start || y.Start > len(text) {
			return false
		}
		gap := strings.TrimSpace(string(text[x.End:y.Start]))
		return gap == "и" || gap == ","
	}
	// coordinated reports whether the person and the other's post q stand
	// in one coordination: the person right before q, or q's holder right
	// before a post of the person
	coordinated := func(person, q int) bool {
		if joined(person, q) {
			return true
		}
		for _, h := range holders[q] {
			for _, own := range posts[person] {
				if joined(h, own) {
					return true
				}
			}
		}
		return false
	}
	others := func(person, org int) bool {
		if named[org] == nil {
			return false
		}
		if mentions[org].Type != "ORGANIZATION" {
			if !placeFor(person) {
				return false
			}
			for q := range named[org] {
				for _, own := range posts[person] {
					if mentions[own].Start <= mentions[q].Start && mentions[q].End <= mentions[own].End {
						return false // («помощником премьер-министра России»)
					}
				}
			}
			for q := range named[org] {
				if !slices.Contains(holders[q], person) && coordinated(person, q) {
					return true
				}
			}
			return false
		}
		employer := false // a post of his own names an employer
		for _, q := range posts[person] {
			if named[org][q] {
				return false
			}
			employer = employer || len(in[q]) > 0
		}
		if !employer {
			return false
		}
		for q := range named[org] {
			if !slices.Contains(holders[q], person) {
				return true
			}
		}
		return false
	}
	out := fs[:0:0]
	for _, f := range fs {
		if f.Type == "WORKPLACE" && valid(f.Head) && valid(f.Tail) && others(f.Head, f.Tail) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// employersIn returns the mentions of employer types inside mentions[p] that
// are not inside an organization mention inside it. byStart lists the
// mention indexes by start.
func employersIn(mentions []doc.Mention, byStart []int, p int) []int {
	post := mentions[p]
	inside := func(a, b doc.Mention) bool { return a.Start >= b.Start && a.End <= b.End && a != b }
	from := sort.Search(len(byStart), func(i int) bool { return mentions[byStart[i]].Start >= post.Start })
	var in []int // the mentions inside the post
	for _, k := range byStart[from:] {
		if mentions[k].Start >= post.End {
			break
		}
		if k != p && inside(mentions[k], post) {
			in = append(in, k)
		}
	}
	var out []int
	for _, k := range in {
		if !employerTypes[mentions[k].Type] {
			continue
		}
		nested := false
		for _, j := range in {
			if j != k && mentions[j].Type == "ORGANIZATION" && inside(mentions[k], mentions[j]) {
				nested = true
				break
			}
		}
		if !nested {
			out = append(out, k)
		}
	}
	return out
}

// nestedPosts drops WORKS_AS from a person to a post that lies inside
// another post of the same person: the deputy of «заместителя министра
// обороны» is not the minister (NEREL v1.1 train: a person who WORKS_AS
// such an outer post also WORKS_AS the post inside it in 7 cases of 293),
// and «генеральный директор» inside «генеральный директор
// „Рособоронэкспорта“» is not another post (a post at the start of the
// outer one: 6 of 947).
func nestedPosts(fs []Found, mentions []doc.Mention) []Found {
	valid := func(i int) bool { return i >= 0 && i < len(mentions) }
	posts := map[int][]int{} // person → posts
	for _, f := range fs {
		if f.Type == "WORKS_AS" && valid(f.Head) && valid(f.Tail) {
			posts[f.Head] = append(posts[f.Head], f.Tail)
		}
	}
	out := fs[:0:0]
	for _, f := range fs {
		if f.Type == "WORKS_AS" && valid(f.Head) && valid(f.Tail) {
			q := mentions[f.Tail]
			inner := false
			for _, o := range posts[f.Head] {
				if p := mentions[o]; o != f.Tail && p.Start <= q.Start && q.End <= p.End && p.Span != q.Span {
					inner = true
					break
				}
			}
			if inner {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// farPosts drops WORKS_AS from a person to a post of another clause when a
// post stands right before the person: «На встрече с главой Удмуртии
// присутствовал генеральный директор завода Фанил Зиятдинов» — the
// director is not the head of Udmurtia. The other post must end before the
// one next to the person with a finite verb between them. In NEREL v1.1
// train the person holds such a post in 31 of 391 cases («Игорь Сечин,
// вице-премьер … председатель „Роснефти“» are rarer than the meeting's
// host). Without the dictionary (morph.Default failing) nothing is
// dropped.
func farPosts(fs []Found, mentions []doc.Mention, ctx func() *patternContext) []Found {
	if _, err := morph.Default(); err != nil {
		return fs
	}
	valid := func(i int) bool { return i >= 0 && i < len(mentions) }
	out := fs[:0:0]
	for _, f := range fs {
		if f.Type == "WORKS_AS" && valid(f.Head) && valid(f.Tail) && mentions[f.Head].Type == "PERSON" {
			if ctx().farPost(f.Head, f.Tail) {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// farPost reports whether the post ends before another post that stands
// right before the person, with a finite verb between the two posts; not
// when the post is that verb's predicate (predicatePost: «Председателем
// жюри стал режиссер Павел Лунгин»).
func (c *patternContext) farPost(person, post int) bool {
	pt, qt := c.tokenOf[person], c.tokenOf[post]
	if pt.sent < 0 || qt.sent != pt.sent || pt.first == 0 || c.predicatePost(post) {
		return false
	}
	for _, k := range c.bySent[pt.sent] {
		kt := c.tokenOf[k]
		if c.ms[k].Type != "PROFESSION" || k == post || kt.last != pt.first-1 || qt.last >= kt.first {
			continue
		}
		for _, t := range c.sents[pt.sent].Tokens[qt.last+1 : kt.first] {
			if ps := readings(t.Text); len(ps) > 0 && ps[0].Tag.POS() == morph.VERB {
				return true
			}
		}
	}
	return false
}
