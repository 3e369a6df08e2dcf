package event

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

// agentElsewhere reports whether the relation model's AGENT head of the
// event of t (head, and the person holding it when it is a post, holder)
// is named in no mention of the verb trigger's sentence while another
// AGENT of the same event is: the subject of the sentence is the agent,
// not a party of the sentence before. Only for a trigger opening with a
// finite verb; not for a noun («в ходе встречи»
// after a sentence naming Лукашенко: its parties stand anywhere; NEREL
// train 0 of 1 right). NEREL train: 1 of 1 right («когда оборонный
// подрядчик купил Loral Systems»: Lockheed Martin, not Боб Стивенс). «Совет Евросоюза утвердил пакет санкций,
// сообщила верховный представитель ЕС Кая Каллас. … Кроме того, ЕС
// запретил импорт …»: Евросоюз, not Кая Каллас.
func (x *Extractor) agentElsewhere(d *doc.Document, ms []mention, sent []int, t trigger, head, holder string) bool {
	in := func(id string) bool {
		for _, mi := range sent {
			if ms[mi].entity == id {
				return true
			}
		}
		return false
	}
	if f := strings.Fields(t.text); len(f) == 0 || in(head) || in(holder) {
		return false
	} else if _, pos := x.lemma(f[0]); pos != morph.VERB {
		return false
	}
	for _, r := range d.Relations {
		if r.Tail == t.entity && r.Type == "AGENT" && r.Head != head && in(r.Head) {
			return true
		}
	}
	return false
}
