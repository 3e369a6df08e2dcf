package refine

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tokenize"
)

// platformHeads are the names of the network and its services that open a
// hyphenated compound with a common noun («интернет-провайдеры»,
// «Telegram-канале», «твиттер-аккаунт», «YouTube-блогером»), folded.
var platformHeads = map[string]bool{"интернет": true, "фейсбук": true, "facebook": true, "твиттер": true, "twitter": true,
	"телеграм": true, "telegram": true, "youtube": true, "ютуб": true, "instagram": true, "инстаграм": true,
	"вконтакте": true, "tiktok": true, "тикток": true, "whatsapp": true}

// platformParts ends a PRODUCT mention of one hyphenated word whose first
// part is the network or one of its services (platformHeads) and whose
// second part is a lower-case Russian word at that first part: the
// «интернет» of «интернет-провайдеры», the «Telegram» of «Telegram-канале».
// When the second part is a post or an occupation («YouTube-блогером»,
// «интернет-активист»), the whole word is a PROFESSION as well. NEREL
// tags the service alone: train has 22 such parts (15 «интернет-…», none
// of a whole compound as a PRODUCT), and the recognizer, which reads the
// hyphenated word as one token, gave the whole word as a PRODUCT 15 times.
func (r *Refiner) platformParts(text []rune, ms []doc.Mention) []doc.Mention {
	var have map[doc.Mention]bool // (the mentions of ms, made at the first word split)
	var added []doc.Mention
	drop := map[doc.Mention]bool{}
	for _, m := range ms {
		if m.Type != "PRODUCT" {
			continue
		}
		head, tail, ok := strings.Cut(m.Text, "-")
		if !ok || !platformHeads[fold(head)] || tail == "" || strings.ContainsAny(tail, " -") || !lowerCyrillic(tail) {
			continue
		}
		drop[m] = true
		if have == nil {
			have = make(map[doc.Mention]bool, len(ms))
			for _, o := range ms {
				have[o] = true
			}
		}
		part := doc.Span{Start: m.Start, End: m.Start + len([]rune(head))}
		for _, n := range []doc.Mention{{Span: part, Text: string(text[part.Start:part.End]), Type: "PRODUCT"}, {Span: m.Span, Text: m.Text, Type: "PROFESSION"}} {
			if n.Type == "PROFESSION" && !r.platformPost(tail) || have[n] {
				continue
			}
			have[n] = true
			added = append(added, n)
		}
	}
	return dropAndAdd(ms, added, drop)
}

// dropAndAdd returns ms without the mentions of drop and with added
// (withReplaced); ms itself when drop is empty. ms is not changed.
func dropAndAdd(ms, added []doc.Mention, drop map[doc.Mention]bool) []doc.Mention {
	if len(drop) == 0 {
		return ms
	}
	if len(added) == 0 {
		return slices.DeleteFunc(slices.Clone(ms), func(m doc.Mention) bool { return drop[m] })
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m] })
}

// lowerCyrillic reports whether w is all lower-case Cyrillic letters.
func lowerCyrillic(w string) bool {
	for _, c := range w {
		if !unicode.Is(unicode.Cyrillic, c) || !tokenize.IsLower(c) {
			return false
		}
	}
	return w != ""
}

// platformPost reports whether the likeliest reading of w is a noun of a
// post or an occupation («блогером», «активист»), not another animate noun
// («провайдеры»).
func (r *Refiner) platformPost(w string) bool {
	ps := r.parse(w)
	if len(ps) == 0 || ps[0].Method() != morph.MethodDictionary || ps[0].Tag.POS() != morph.NOUN || !ps[0].Tag.Is(morph.Anim) {
		return false
	}
	return occupation(ps[0]) || postLemmas[ps[0].Normal] || strings.HasSuffix(ps[0].Normal, "ист")
}
