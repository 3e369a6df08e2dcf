package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// attackerStems begin the forms of the nouns by which a news story names
// the one who attacked before it names him («стрелок», «нападавший»,
// «преступник»). Forms, not lemmas: the parser reads «стрелка» as the
// arrow and «нападавший» as the verb's participle. («Нападающий» is left:
// the forward of a football team.)
var attackerStems = []string{"стрелок", "стрелка", "стрелку", "стрелком", "нападавш", "преступник", "террорист", "смертник", "злоумышленник", "убийц"}

// attackerNoun reports whether the word is a form of an attacker's noun.
func attackerNoun(w string) bool {
	w = strings.ToLower(w)
	for _, st := range attackerStems {
		if strings.HasPrefix(w, st) && len([]rune(w))-len([]rune(st)) <= 3 {
			return true
		}
	}
	return false
}

// namingVerbs may stand between the attacker's noun and his name: «им является
// Габриэл Уортман», «стрелком оказался», «нападавшего звали Евгений Манюров».
var namingVerbs = map[string]bool{"являться": true, "оказаться": true, "звать": true, "быть": true}

// namedAttacker makes the person a later sentence names as the attacker a
// participant of the story's first ATTACK, which has no person: «Число жертв
// стрельбы в Канаде достигло 16 человек» … «Была установлена личность
// преступника — им является 51-летний Габриэл Уортман»; «Личность
// преступника раскрыта. Это 19-летний Джон Эрнест»; «Полиция задержала
// стрелка, 17-летнего школьника Димитриоса Пагуртзиса». The name follows the
// attacker's noun in its sentence with no verb between but one of naming,
// or opens the next sentence («Это», «Им»). NEREL relates the attacker to
// the attack (AGENT or PARTICIPANT_IN) wherever the story names him.
func (x *Extractor) namedAttacker(d *doc.Document, ms []mention, bySent map[int][]int, types map[string]string, out []doc.Event) {
	k := -1
	for i := range out {
		if out[i].Type == Attack {
			k = i
			break
		}
	}
	if k < 0 {
		return
	}
	for _, p := range out[k].Participants {
		if types[p] == "PERSON" {
			return
		}
	}
	for si, s := range d.Sentences {
		if si == 0 || s.Start < out[k].Trigger.Start {
			continue
		}
		for ti, tok := range s.Tokens {
			if !attackerNoun(tok.Text) || ti+1 < len(s.Tokens) && strings.ToLower(s.Tokens[ti+1].Text) == "из" {
				// («стрелок из Лас-Вегаса Стивен Пэддок»: of another attack)
				continue
			}
			p := x.nameAfter(s.Tokens, ti+1, ms, bySent[si])
			if p == "" && si+1 < len(d.Sentences) && len(d.Sentences[si+1].Tokens) > 0 && !hasPersonAfter(ms, bySent[si], tok.End) {
				next := d.Sentences[si+1].Tokens
				switch strings.ToLower(next[0].Text) {
				case "это", "им", "ей":
					p = x.nameAfter(next, 1, ms, bySent[si+1])
				}
			}
			if p != "" {
				addParticipant(&out[k], doc.Argument{Role: RoleAgent, Entity: p})
				return
			}
		}
	}
}

// nameAfter returns the entity of the first PERSON mention from toks[from]
// on, when no verb but one of naming (namingVerbs) and no stop stands
// before it; "" if none.
func (x *Extractor) nameAfter(toks []doc.Token, from int, ms []mention, inSent []int) string {
	for i := from; i < len(toks); i++ {
		for _, mi := range inSent {
			if m := ms[mi]; !m.nested && m.Type == "PERSON" && m.Start == toks[i].Start {
				return m.entity
			}
		}
		w := toks[i].Text
		if w == "." || w == ";" || w == "!" || w == "?" {
			return ""
		}
		if l, pos := x.lemma(strings.ToLower(w)); (pos == morph.VERB || pos == morph.INFN || pos == morph.PRTS) && !namingVerbs[l] {
			return ""
		}
	}
	return ""
}

// hasPersonAfter reports whether a PERSON mention of the sentence starts at
// or after pos.
func hasPersonAfter(ms []mention, inSent []int, pos int) bool {
	for _, mi := range inSent {
		if m := ms[mi]; m.Type == "PERSON" && m.Start >= pos {
			return true
		}
	}
	return false
}
