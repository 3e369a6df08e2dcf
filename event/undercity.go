package event

import (
	"slices"
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// unplacedNear are the types of the events that a place near which they
// happen («под Парижем») does not place: a statement is where it was said,
// not a place the sentence names near another thing («Адвокат
// родственников расстрелянных под Катынью военнопленных заявил»); a visit
// is to a place, read by locative; a death NEREL does not place there
// («Арафат скончался … в военном госпитале под Парижем»: NEREL train
// places the transfer «доставили» in Париж, not the death).
var unplacedNear = map[string]bool{Statement: true, Visit: true, Death: true}

// underCity reports whether the place mention m (of the sentence whose
// mentions inSent lists; none of them opening with «под»: NEREL tags «Под
// Алма-Атой» a LOCATION of its own, which places the event as it is) follows «под» right before it and can be in the
// instrumental: «под Хабаровском столкнулись два грузовика», «скончался …
// под Парижем» — near the place, which places an event that happens there
// as «в» does. Not «под Москву» (a direction), nor «под руководством
// Минска» (the name not right after «под»).
func (x *Extractor) underCity(d *doc.Document, ms []mention, inSent []int, m mention) bool {
	toks := d.Sentences[m.sent].Tokens
	i := tokenAt(toks, m.Start)
	if i <= 0 || strings.ToLower(toks[i-1].Text) != "под" {
		return false
	}
	if slices.ContainsFunc(inSent, func(mi int) bool { return ms[mi].Start == toks[i-1].Start }) {
		return false
	}
	return slices.ContainsFunc(x.A.Parse(toks[i].Text), func(p morph.Parse) bool { return p.Tag.Case() == morph.Ablt })
}
