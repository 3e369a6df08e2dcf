package refine

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// latinOrganizations adds an ORGANIZATION for a name in Latin letters right
// after a noun naming a kind of organization («компания Oracle»,
// «агентство Associated Press», «газета Sydney Morning Herald») that no
// mention overlaps, and for the other occurrences of the same name in the
// document that no mention overlaps («… сделки Oracle и Sun»). In NEREL
// v1.1 train an ORGANIZATION starts at such a name in 129 of 134 cases and
// is the name exactly in 90 (the others run on over a dot or an
// apostrophe the tokens split: «L'Est Republicain»); the rest are letters
// («группе E»), which are left out. anchoredTypes types the name's other
// mentions (95 of 95 in train); this finds those the recognizer missed.
func (r *Refiner) latinOrganizations(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	names := map[string]bool{}
	var added []doc.Mention
	add := func(s doc.Span) {
		if overlapsAny(ms, s) || overlapsAny(added, s) {
			return
		}
		name := string(text[s.Start:s.End])
		names[name] = true
		added = append(added, doc.Mention{Span: s, Text: name, Type: "ORGANIZATION"})
	}
	for _, s := range sents {
		toks := s.Tokens
		for i := 1; i < len(toks); i++ {
			j := latinName(toks, i)
			if j < 0 || !tokenize.IsWord(toks[i-1].Text) || !anyIn(r.nounLemmas(toks[i-1].Text), orgHeads) {
				continue
			}
			add(doc.Span{Start: toks[i].Start, End: toks[j].End})
		}
	}
	if len(names) == 0 {
		return ms
	}
	for _, s := range sents {
		toks := s.Tokens
		for i := range toks {
			if j := latinName(toks, i); j >= 0 {
				if sp := (doc.Span{Start: toks[i].Start, End: toks[j].End}); names[string(text[sp.Start:sp.End])] {
					add(sp)
				}
			}
		}
	}
	return withAdded(ms, added)
}

// latinName returns the index of the last token of the name in Latin
// letters that starts at toks[i] and does not continue one before it (a
// bracket or quote may come right before it): a
// capitalized Latin word of two letters or more, then Latin words (a small
// one only before a capitalized one: «Folha de Sao Paulo»), digits and «&»
// between capitalized ones; -1 when toks[i] starts no such name.
func latinName(toks []doc.Token, i int) int {
	// (most words start with a byte no Latin capital starts with: one of
	// ASCII but A–Z, or D0 or D1, the letters U+0400–U+047F)
	if w := toks[i].Text; w == "" || w[0] < utf8.RuneSelf && (w[0] < 'A' || w[0] > 'Z') || w[0] == 0xD0 || w[0] == 0xD1 {
		return -1
	}
	first, _ := decodeFirst(toks[i].Text)
	if !latinCapital(first) || utf8.RuneCountInString(toks[i].Text) < 2 || !latinWord(toks[i].Text) {
		return -1
	}
	if i > 0 && toks[i-1].End == toks[i].Start && !strings.Contains(latinOpeners, toks[i-1].Text) || i > 0 && latinWord(toks[i-1].Text) {
		return -1
	}
	last := i
	for k := i + 1; k < len(toks); k++ {
		w := toks[k].Text
		if !latinWord(w) && w != "&" && !allDigits(w) {
			break
		}
		if c, _ := decodeFirst(w); latinWord(w) && latinCapital(c) || allDigits(w) {
			last = k
		}
	}
	return last
}

// latinOpeners are the brackets and quotes a name may follow with no space
// between: «(Committee to Protect Journalists)».
const latinOpeners = "(«\"„“"

// latinWord reports whether w is a word of Latin letters, with digits,
// hyphens and dots inside («Hewlett-Packard», «comScore», «Gzt.Ru»).
func latinWord(w string) bool {
	if c, _ := decodeFirst(w); !isLatin(c) {
		return false
	}
	for _, c := range w {
		if !isLatin(c) && !unicode.IsDigit(c) && c != '-' && c != '.' {
			return false
		}
	}
	return !strings.HasSuffix(w, "-") && !strings.HasSuffix(w, ".")
}

func allDigits(w string) bool {
	for _, c := range w {
		if !unicode.IsDigit(c) {
			return false
		}
	}
	return w != ""
}

// latinRuns joins the pieces of a name in Latin letters that the recognizer
// split into several organizations («Industrial and Commercial» and «Bank
// of China»), or cut after a small word («Bank of» in «Bank of East
// Asia»): the organizations inside one name of latinName become one
// spanning the name. Places inside it stay, nested.
func latinRuns(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var joined []doc.Mention
	drop := map[doc.Span]bool{}
	eachLatinName(sents, func(toks []doc.Token, i, j int) {
		run := doc.Span{Start: toks[i].Start, End: toks[j].End}
		var parts []doc.Span
		cut := false
		for _, m := range ms {
			if m.Type != "ORGANIZATION" || m.Start < run.Start || m.End > run.End {
				continue
			}
			if m.Span == run {
				parts = nil
				break
			}
			parts = append(parts, m.Span)
			if last := m.Text[strings.LastIndexAny(m.Text, " ")+1:]; latinSmallWords[last] {
				cut = true
			}
		}
		if len(parts) >= 2 || len(parts) == 1 && cut {
			for _, p := range parts {
				drop[p] = true
			}
			joined = append(joined, doc.Mention{Span: run, Text: string(text[run.Start:run.End]), Type: "ORGANIZATION"})
		}
	})
	return withReplaced(ms, joined, func(m doc.Mention) bool { return m.Type == "ORGANIZATION" && drop[m.Span] })
}

// eachLatinName calls fn for each name in Latin letters (latinName) of
// sents, with the tokens of its sentence and the indexes of its first and
// last token; the search goes on after the name.
func eachLatinName(sents []doc.Sentence, fn func(toks []doc.Token, i, j int)) {
	for _, s := range sents {
		toks := s.Tokens
		for i := 0; i < len(toks); i++ {
			if j := latinName(toks, i); j > i {
				fn(toks, i, j)
				i = j
			}
		}
	}
}

// latinSmallWords are the small words inside names in Latin letters.
var latinSmallWords = map[string]bool{"of": true, "and": true, "the": true, "for": true, "de": true, "&": true, "to": true, "in": true, "on": true}

// latinDateStart starts a DATE after the words in Latin letters that open
// it when Cyrillic words follow («ChatGPT летом» → «летом»): a date in a
// Russian text reads in Russian, and the Latin name before it is another
// thing. Roman numerals («XX века») and one-letter words (a Latin «c» for
// «с») stay.
func latinDateStart(text []rune, m doc.Mention) doc.Mention {
	if m.Type != "DATE" {
		return m
	}
	words := fields(m.Text)
	k := 0
	for k < len(words) && latinWord(words[k]) && utf8.RuneCountInString(words[k]) > 1 && !morph.RomanLetters(words[k]) {
		k++
	}
	if k == 0 || k == len(words) {
		return m
	}
	i := strings.Index(m.Text, words[k])
	start := m.Start + utf8.RuneCountInString(m.Text[:i])
	if start >= m.End || start > len(text) {
		return m
	}
	m.Start = start
	m.Text = string(text[m.Start:m.End])
	return m
}

// latinAfterWord calls f for each name in Latin letters, tokens i to j
// of a sentence's toks (latinName), right after a word, toks[i-1]: the
// scan of latinKinds and latinCompanies, which then read that word as the
// name's head noun («смартфон iPhone», «стартап Anthropic»).
func latinAfterWord(sents []doc.Sentence, f func(toks []doc.Token, i, j int)) {
	for _, s := range sents {
		toks := s.Tokens
		for i := 1; i < len(toks); i++ {
			if j := latinName(toks, i); j >= 0 && tokenize.IsWord(toks[i-1].Text) {
				f(toks, i, j)
			}
		}
	}
}

// latinKinds types a name in Latin letters right after a noun naming a
// kind of product, event or award: a PRODUCT after one of latinProductHeads
// («нейросети GigaChat», «смартфон iPhone»), an EVENT after one of
// latinEventHeads («конференции AI Journey»), an AWARD after one of
// awardHeads («лауреат премии Grammy», thrice in NEREL dev; train has no
// Latin name after them). The recognizer, which reads Latin
// names as organizations, made them ORGANIZATION; a mention of another
// type or none is left alone.
func (r *Refiner) latinKinds(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var out []doc.Mention
	latinAfterWord(sents, func(toks []doc.Token, i, j int) {
		typ := ""
		switch lemmas := r.nounLemmas(toks[i-1].Text); {
		case anyIn(lemmas, latinProductHeads):
			typ = "PRODUCT"
		case anyIn(lemmas, latinEventHeads) || r.exhibitSubject(toks, i-1):
			typ = "EVENT"
		case anyIn(lemmas, awardHeads):
			typ = "AWARD"
		default:
			return
		}
		sp := doc.Span{Start: toks[i].Start, End: toks[j].End}
		for k, m := range ms {
			// (the recognizer may have left out the year the name
			// ends with: «авиасалоне Dubai Airshow 2025»)
			// (an exhibition's name with its year is read as a model's:
			// «выставке IDEX-2025», a PRODUCT)
			if m.Start == sp.Start && m.End <= sp.End && (m.Type == "ORGANIZATION" || (m.Type == "FACILITY" || m.Type == "PRODUCT") && typ == "EVENT") {
				out = own(out, ms)
				out[k].Type, out[k].Span, out[k].Text = typ, sp, string(text[sp.Start:sp.End])
			}
		}
	})
	if out == nil {
		return ms
	}
	return sortedMentions(out) // (a name run on over its year changed its end)
}

// exhibitSubjects are the lemmas of the nouns that name what an
// exhibition shows between its noun and its name in Latin letters:
// «выставке вооружений IDEX», «салоне вооружений и военной техники
// ADEX-2024».
var exhibitSubjects = map[string]bool{"вооружение": true, "техника": true, "оружие": true, "снаряжение": true}

// maxExhibitSubject bounds the words of the subject exhibitSubject skips.
const maxExhibitSubject = 5

// exhibitSubject reports whether toks[k] ends the subject of an exhibition
// (exhibitSubjects, with their adjectives and «и») that a noun of
// latinEventHeads opens: «выставке вооружений и военной техники».
func (r *Refiner) exhibitSubject(toks []doc.Token, k int) bool {
	subject := false
	for stop := k - maxExhibitSubject; k > 0 && k >= stop; k-- {
		w := toks[k].Text
		if !tokenize.IsWord(w) {
			return false
		}
		lemmas := r.nounLemmas(w)
		switch {
		case anyIn(lemmas, exhibitSubjects):
			subject = true
		case !subject:
			return false
		case fold(w) == "и" || r.adjectiveCases(w) != 0 && len(lemmas) == 0:
		default:
			return subject && anyIn(lemmas, latinEventHeads)
		}
	}
	return false
}

// latinProductHeads are nouns of software and devices whose name in Latin
// letters after them is the product's, not its maker's (unlike «самолет
// Air France», «модель Dior»).
var latinProductHeads = map[string]bool{"нейросеть": true, "суперкомпьютер": true, "чат-бот": true, "смартфон": true,
	"планшет": true, "ноутбук": true, "процессор": true, "браузер": true, "мессенджер": true, "приставка": true, "антивирус": true}

// latinEventHeads are nouns of events whose name in Latin letters after
// them is the event's (not «акции Apple», the company's shares).
var latinEventHeads = map[string]bool{"конференция": true, "саммит": true, "хакатон": true, "фестиваль": true,
	"кинофестиваль": true, "конкурс": true, "выставка": true, "турнир": true, "форум": true, "авиасалон": true, "автосалон": true, "салон": true, "чемпионат": true}

// latinLists makes a one-word name in Latin letters of another type than a
// product an ORGANIZATION when the names it is listed between, right before
// and after it past a comma or «и», are one-word Latin organizations and
// none is of its own type: «Microsoft, Meta и Alphabet» (Meta read as a
// city).
func latinLists(text []rune, ms []doc.Mention) []doc.Mention {
	oneLatin := func(m doc.Mention) bool {
		return m.Text != "" && !strings.Contains(m.Text, " ") && latinCapital(firstRune(m.Text)) && latinWord(m.Text)
	}
	// listed reports whether b follows a in a list: «a, b» or «a и b»
	listed := func(a, b doc.Mention) bool {
		if a.End < 0 || a.End >= b.Start || b.Start > len(text) {
			return false
		}
		// what stands between, blanks aside, is one comma or «и»
		// (read without building a string: every pair is asked)
		var mark rune
		for _, r := range text[a.End:b.Start] {
			switch {
			case unicode.IsSpace(r):
			case mark != 0:
				return false
			default:
				mark = r
			}
		}
		return mark == ',' || mark == 'и'
	}
	latin := make([]bool, len(ms))
	for i, m := range ms {
		latin[i] = oneLatin(m)
	}
	var out []doc.Mention
	for i, m := range ms {
		if m.Type == "ORGANIZATION" || m.Type == "PRODUCT" || !latin[i] {
			continue
		}
		before, after, same := false, false, false
		for j, o := range ms {
			org := o.Type == "ORGANIZATION" && latin[j]
			switch {
			case o.Span == m.Span:
			case listed(o, m):
				before = before || org
				same = same || o.Type == m.Type
			case listed(m, o):
				after = after || org
				same = same || o.Type == m.Type
			}
		}
		if before && after && !same {
			out = own(out, ms)
			out[i].Type = "ORGANIZATION"
		}
	}
	if out == nil {
		return ms
	}
	return out
}
