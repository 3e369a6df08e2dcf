package event

import "github.com/factgraph/factgraph/doc"

// pastTold reports whether an untyped (Other) event's trigger at span is
// told by a verb in the past: the trigger holds one («Центральный банк
// отозвал лицензию», «возбудил уголовное дело») or is the object right
// after one («ввело санкции», «провела первичное публичное размещение
// акций»). A lead's untyped event so told happened on the dateline's day;
// one named by a noun alone («Сталинградской битвы», «кинофестиваль»,
// «Церемония») has a time of its own the story need not tell.
func pastTold(toks []doc.Token, span doc.Span) bool {
	first, last := doc.TokenRange(toks, span)
	if first < 0 || charged(toks) {
		return false
	}
	for k := first; k <= last; k++ {
		if pastFinite(toks[k]) {
			return true
		}
	}
	return first > 0 && pastFinite(toks[first-1])
}

// pastFinite reports whether t is a finite verb in the past as the tagger
// read it.
func pastFinite(t doc.Token) bool {
	return doc.VerbTense([]doc.Token{t}, t.Span) < 0
}

// charged reports whether a sentence opens by giving the charge of an
// investigation or a prosecution: «По данным следствия, он похитил 120 млн
// рублей», «По версии обвинения, …» — a crime told as the background of
// the story, on a day of its own.
func charged(toks []doc.Token) bool {
	if len(toks) < 3 || toks[0].Text != "По" && toks[0].Text != "по" {
		return false
	}
	switch toks[1].Text {
	case "данным", "версии", "мнению":
	default:
		return false
	}
	switch toks[2].Text {
	case "следствия", "следователей", "обвинения", "полиции", "прокуратуры", "СК", "МВД", "ФСБ":
		return true
	}
	return false
}
