package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// takingPost lists verbs that tell an appointment only with the post they
// govern: «вступил в эту должность», «заступил на пост»,
// «выдвинул на пост», «утвержден на этот пост». Alone they tell none
// («вступил в партию», «выдвинул инициативу»; «занял пост», which NEREL marks once in four, is left).
var takingPost = map[string]bool{"вступить": true, "заступить": true, "выдвинуть": true, "утвердить": true}

// postWords are the words that may stand between such a verb and its post:
// the preposition and a demonstrative or possessive («в эту должность», «на
// свой пост»).
var postWords = map[string]bool{"в": true, "на": true, "этот": true, "эта": true, "эту": true, "этом": true, "этой": true,
	"свой": true, "свою": true, "своем": true, "своём": true, "своей": true, "его": true, "её": true, "ее": true, "их": true}

// postPhrase returns the index of «пост» or «должность» that the verb at
// toks[k] governs, with only postWords between («выдвинул на пост»,
// «вступил в эту должность»), -1 if none. A name between («выдвинул
// Хантсмена на должность») leaves the verb alone: NEREL marks the verb only.
func (x *Extractor) postPhrase(toks []doc.Token, k int) int {
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if l, _ := x.lemma(toks[j].Text); l == "пост" || l == "должность" {
			return j
		}
		if !postWords[strings.ToLower(toks[j].Text)] {
			return -1
		}
	}
	return -1
}

// tookPost returns the end of the post a verb of takingPost at toks[k]
// governs, a finite verb or a short participle («утвержден на этот пост»;
// an infinitive, «решил вступить в должность», is an intention NEREL leaves,
// and so is a future, «если президент выдвинет её на пост»), and whether
// there is one: the verb and its post make an appointment.
func (x *Extractor) tookPost(toks []doc.Token, k int) (int, bool) {
	if k < 0 {
		return 0, false
	}
	l, pos := x.lemma(toks[k].Text)
	if !takingPost[l] || pos != morph.VERB && pos != morph.PRTS || doc.VerbTense(toks, toks[k].Span) > 0 {
		return 0, false
	}
	p := x.postPhrase(toks, k)
	if p < 0 {
		return 0, false
	}
	return toks[p].End, true
}
