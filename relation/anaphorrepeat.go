package relation

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
)

// unheldRepeat reports whether the anaphoric post mentions[post] repeats a
// post that no one holds, by fs (nor lies inside a held post), named
// before it in the sentence of the person mentions[person] or after it: a
// post whose words (lemmas) begin with the anaphor's, when the person
// holds no post of that noun. The repeat then refers to whoever the
// earlier post names, not to the person named next to it: «Полиция
// задержала водителя внедорожника, … сообщил представитель ГУ МВД Валерий
// Горелых. По его словам, 34-летний водитель скрылся …» — the driver is
// not the spokesman. On NEREL v1.1 train with gold entities anaphoricPosts
// gave such repeats 9 relations, none right (dev: 1, wrong); an unheld
// post further back (the sentences before the person's) is the person's
// more often (train 9 of 44, dev 4 of 4), and is left alone.
func unheldRepeat(fs []Found, mentions []doc.Mention, tokenOf []mentionTokens, person, post int) bool {
	noun := postNoun(mentions[post].Text)
	if noun == "" {
		return false
	}
	held := map[int]bool{}
	name := surname(mentions[person].Text)
	for _, f := range fs {
		if f.Type != "WORKS_AS" || f.Tail == post || mentions[f.Head].Type != "PERSON" {
			continue
		}
		held[f.Tail] = true
		if samePerson(mentions, f.Head, person, name) && postNoun(mentions[f.Tail].Text) == noun {
			return false
		}
	}
	words := postLemmas(mentions[post].Text)
	for k, m := range mentions {
		if k == post || m.Type != "PROFESSION" || m.Start >= mentions[post].Start || tokenOf[k].sent < tokenOf[person].sent || insideHeld(mentions, held, k) {
			continue
		}
		if ws := postLemmas(m.Text); len(ws) >= len(words) && slices.Equal(ws[:len(words)], words) {
			return true
		}
	}
	return false
}

// insideHeld reports whether mentions[k] is held or lies inside a held
// mention («журналиста» of «журналиста-расследователя Ивана Голунова»).
func insideHeld(mentions []doc.Mention, held map[int]bool, k int) bool {
	m := mentions[k]
	for h := range held {
		if o := mentions[h]; o.Start <= m.Start && m.End <= o.End {
			return true
		}
	}
	return false
}
