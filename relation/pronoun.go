package relation

import (
	"sort"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// Pronouns adds to what Base finds the facts a sentence states of a person
// it names by a pronoun subject, «он» or «она» («Хинштейн занимал пост
// председателя комитета. Он родился в Москве в 1974 году»): Base is run
// once more over the sentences with such a pronoun before any person they
// name, with a PERSON mention on the pronoun, and what it relates to the
// pronoun is given to the antecedent, the subject of the nearest of the
// three sentences before that names a person whose name may have the
// pronoun's gender (pronounAntecedent). The model has never seen a pronoun
// as a mention, but its cues for a person's relations are the words around
// and between the arguments. NEREL annotates these relations across the
// sentence boundary: in NEREL v1.1 train, 430 gold relations join the
// antecedent so chosen to a mention of one of the 708 sentences with such a
// pronoun (87 join another person named before). On train with gold
// entities, over the model alone, the layer adds 400 relations of which 214
// are right (54 %; WORKS_AS 48 of 83, PARTICIPANT_IN 52 of 104, WORKPLACE 22
// of 52, MEDICAL_CONDITION 15 of 24, AWARDED_WITH 11 of 13), above the 31 %
// at which an added relation raises a micro F1 of 62; on dev 35 of 56. The
// types it is seldom right about are left out (pronounSkips).
type Pronouns struct {
	Base Extractor
}

// Extract runs Base over the document and again over its sentences with a
// pronoun subject.
func (p Pronouns) Extract(text []rune, sents []doc.Sentence, mentions []doc.Mention) []Found {
	return p.extract(text, sents, mentions, lazyContext(sents, mentions))
}

// extract is Extract with the document's pattern context from ctx, which
// Base shares when it takes one.
func (p Pronouns) extract(text []rune, sents []doc.Sentence, mentions []doc.Mention, ctx func() *patternContext) []Found {
	out := extractWith(p.Base, text, sents, mentions, ctx)
	have := map[Found]bool{}
	for _, f := range out {
		have[relKey(f)] = true
	}
	subs := pronounSubjects(ctx())
	if len(subs) == 0 {
		return possessiveWorks(ctx(), subs, zeroSubjectPass(p.Base, text, sents, mentions, ctx(), subs, out, have), have)
	}
	// the sentences with a pronoun subject, and the mentions with one
	// PERSON mention more on each pronoun, standing for its antecedent
	ms := append([]doc.Mention(nil), mentions...)
	var ss []doc.Sentence
	stand := map[int]pronounSubject{} // mention index of a pronoun → its subject
	for _, s := range subs {
		ss = append(ss, sents[s.sent])
		tok := sents[s.sent].Tokens[s.tok]
		stand[len(ms)] = s
		ms = append(ms, doc.Mention{Span: tok.Span, Text: tok.Text, Type: "PERSON"})
	}
	out = standIn(standInPairs(p.Base, text, ss, ms, len(mentions)), stand, mentions, sents, out, have)
	return possessiveWorks(ctx(), subs, zeroSubjectPass(p.Base, text, sents, mentions, ctx(), subs, out, have), have)
}

// standIn gives to each pronoun's antecedent what found, Base's relations
// over the sentences with a stand-in PERSON mention (stand: its index →
// the subject it stands for), relates to the stand-in, and adds them to
// out unless have holds them already.
func standIn(found []Found, stand map[int]pronounSubject, mentions []doc.Mention, sents []doc.Sentence, out []Found, have map[Found]bool) []Found {
	// the posts a person named in these sentences holds are not the
	// pronoun's («Он сменил Николая Патрушева, который стал помощником
	// президента»; NEREL v1.1 train: 0 of 4)
	held := map[int]bool{}
	for _, f := range found {
		if f.Type == "WORKS_AS" && f.Head >= 0 && f.Head < len(mentions) && mentions[f.Head].Type == "PERSON" {
			held[f.Tail] = true
		}
	}
	for _, f := range found {
		s, head := stand[f.Head]
		t, tail := stand[f.Tail]
		if head == tail { // neither or both
			continue
		}
		if pronounSkips[f.Type] && !(f.Type == "PRODUCES" && createsAfter(sents[s.sent].Tokens, s.tok)) || f.Type == "WORKS_AS" && held[f.Tail] {
			continue
		}
		if tail {
			s = t
			f.Tail = s.ante
		} else {
			f.Head = s.ante
		}
		if !f.indexes(len(mentions)) || have[relKey(f)] {
			continue
		}
		have[relKey(f)] = true
		f.Evidence = doc.Span{Start: sents[s.anteSent].Start, End: sents[s.sent].End}
		out = append(out, f)
	}
	return out
}

// standInPairs runs base over the sentences of a pronoun pass, whose
// mentions ms are the document's n and a stand-in PERSON mention for each
// pronoun after them, scoring (when base is the indexed model) only the
// pairs standIn reads: those with a stand-in, and those from a PERSON (the
// posts he holds are not the pronoun's). Most pairs of these sentences
// join two named mentions, which the first pass has related already.
func standInPairs(base Extractor, text []rune, sents []doc.Sentence, ms []doc.Mention, n int) []Found {
	x, ok := base.(indexed)
	if !ok {
		return base.Extract(text, sents, ms)
	}
	return x.extractPairs(text, sents, ms, func(head, tail int) bool {
		return head >= n || tail >= n || ms[head].Type == "PERSON"
	})
}

// pronounSkips are the relation types Pronouns does not give an antecedent:
// those it is right about in under a quarter of at least nine cases in
// NEREL v1.1 train (PRODUCES 3 of 12).
var pronounSkips = map[string]bool{"PRODUCES": true}

// pronounSubject is a sentence whose subject is a pronoun standing for a
// person named before: the sentence, the pronoun's token, and the
// antecedent mention with its sentence.
type pronounSubject struct {
	sent, tok      int
	ante, anteSent int
}

// pronounSubjects returns the sentences that hold «он» or «она» before
// any person they name (the first such pronoun: in the nominative, a
// subject nearly always), each with the antecedent of its pronoun;
// sentences without one are left out.
func pronounSubjects(c *patternContext) []pronounSubject {
	var out []pronounSubject
	for si := 1; si < len(c.sents); si++ {
		named := len(c.sents[si].Tokens) // the first token of a person
		for _, k := range c.bySent[si] {
			if c.ms[k].Type == "PERSON" {
				named = min(named, c.tokenOf[k].first)
			}
		}
		for ti, t := range c.sents[si].Tokens[:named] {
			g, ok := pronounGenders[strings.ToLower(t.Text)]
			if !ok && ti == 0 && named == len(c.sents[si].Tokens) {
				// «Уроженка Казани окончила НГУ»: a sentence that opens
				// with «Уроженец» and names no one speaks of the person
				// before, as «Она» would
				g, ok = nativeWords[strings.ToLower(t.Text)]
			}
			if !ok {
				continue
			}
			if k, ks := pronounAntecedent(c, si, g); k >= 0 {
				out = append(out, pronounSubject{si, ti, k, ks})
			}
			break
		}
	}
	return out
}

// pronounGenders are the personal pronouns of a person subject, with their
// genders.
var pronounGenders = map[string]morph.Grammeme{"он": morph.Masc, "она": morph.Femn}

// pronounAntecedent returns the person a pronoun of gender g in sentence
// si stands for, with its sentence: in the nearest of the three sentences
// before that names a person whose name may have that gender, the first
// such person whose name may be in the nominative (the subject: «С
// Петровым встретился Иванов»), else the first; a person inside another
// mention is none («Окончил МГУ имени Ломоносова»; NEREL v1.1 train with
// gold entities: 7 right relations more, 4 wrong fewer with the
// eighteenth session's left-out subjects, 2 right CONVICTED_OF fewer). On NEREL v1.1 train the
// first person named rather than the last makes 10 more of what Pronouns
// adds right, the nominative 2 more.
func pronounAntecedent(c *patternContext, si int, g morph.Grammeme) (int, int) {
	for s := si - 1; s >= 0 && s >= si-3; s-- {
		ps := []int{}
		for _, k := range c.bySent[s] {
			if c.ms[k].Type == "PERSON" && !nestedIn(c.ms, k) {
				ps = append(ps, k)
			}
		}
		sort.SliceStable(ps, func(a, b int) bool { return c.ms[ps[a]].Start < c.ms[ps[b]].Start })
		first := -1
		for _, k := range ps {
			if nameGenders(c.ms[k].Text)[g] {
				if nominative(c.ms[k].Text) {
					return k, s
				}
				if first < 0 {
					first = k
				}
			}
		}
		if first >= 0 {
			return first, s
		}
	}
	return -1, -1
}

// nameGenders returns the genders a person's name may have: those every
// word of it the dictionary reads as a first name, surname or patronymic
// allows («Алексея Смирнова»: masculine; «Хинштейн»: either, a foreign
// surname that does not decline for a woman). Words it does not know as a
// name do not restrict it (the guesser reads foreign names at random:
// «Сиссе», a man, as a woman's name), and names whose words disagree may
// be of either gender, as are names of common gender («Саша»). On NEREL
// v1.1 train, agreement takes 12 relations off what Pronouns adds, 2 of them
// right (on dev 4, all right: three are R. Kelly's, «Келли» being a
// woman's name in the dictionary).
func nameGenders(name string) map[morph.Grammeme]bool {
	both := map[morph.Grammeme]bool{morph.Masc: true, morph.Femn: true}
	out := map[morph.Grammeme]bool{morph.Masc: true, morph.Femn: true}
	for _, w := range strings.Fields(name) {
		can := map[morph.Grammeme]bool{}
		for _, p := range readings(w) {
			if !p.Tag.PersonName() || p.Method() != morph.MethodDictionary {
				continue
			}
			if p.Tag.Is(morph.MsF) {
				can[morph.Masc], can[morph.Femn] = true, true
			} else {
				can[p.Tag.Gender()] = true
			}
		}
		if len(can) == 0 {
			continue
		}
		for g := range out {
			if !can[g] {
				delete(out, g)
			}
		}
	}
	if len(out) == 0 {
		return both
	}
	return out
}

// nominative reports whether the last word of a name may be in the
// nominative, as it may when it has no reading at all.
func nominative(name string) bool {
	ps := lastReadings(name)
	for _, p := range ps {
		if p.Tag.Case() == morph.Nomn {
			return true
		}
	}
	return len(ps) == 0
}
