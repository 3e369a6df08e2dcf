package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// opponent reports whether the organization t stands right after
// «против» (quotes allowed): «отличился в матче против „Нью-Йорк
// Рейнджерс“» — the team played against, not the player's.
func opponent(text []rune, t doc.Mention) bool {
	return t.Type == "ORGANIZATION" && wordBefore(text, t.Start) == "против"
}

// inQuotedName reports whether the place t lies inside a name in
// «guillemets» that opens inside h or right after it: «фестиваль
// российского кино „Окно в Европу“» is not held in Европа, «Всероссийского
// фестиваля „Шукшинские дни на Алтае“» names the Altai without placing the
// festival there for NEREL, «Русская служба „Голоса Америки“» has no seat
// told by its name. NEREL v1.1 train and dev relate no place so quoted to
// the name around it (7 of 7 with no relation). A name whose quotes open
// before it («„Единая Россия“») is left alone: NEREL relates its place;
// so is a place's adjective opening the quoted name («фестиваля
// „Ереванские перспективы“» is held in Ереван: NEREL dev's event places
// it there, 61 → 60 right places without this).
func inQuotedName(text []rune, h, t doc.Mention) bool {
	if t.Start <= h.Start || t.Start > len(text) || adjective(t.Text) {
		return false
	}
	for i := t.Start - 1; i >= max(h.Start-2, 0); i-- {
		switch text[i] {
		case '»':
			return false
		case '«':
			return i >= h.Start && (i <= h.End || strings.TrimSpace(string(text[h.End:i])) == "")
		}
	}
	return false
}

// receiveLemmas are the lemmas of the verbs of getting a thing: their
// subject is its receiver or buyer, not its maker.
var receiveLemmas = []string{"получить", "получать", "приобрести", "приобретать", "купить", "покупать", "закупить", "закупать"}

// receiver reports whether the organization h is the subject of a verb of
// getting (receiveLemmas) whose object is the product t after it, in one
// clause: «Компания „Аэрофлот“ получила первый отечественный самолет
// МС-21-310, построенный на Иркутском авиационном заводе» — the airline
// receives the plane, it does not make it.
func receiver(text []rune, h, t doc.Mention) bool {
	if h.Type != "ORGANIZATION" || h.End > t.Start || t.Start-h.End > 80 || strings.ContainsAny(string(text[h.End:t.Start]), ",.;:—–()!?") {
		return false
	}
	for _, w := range strings.FieldsFunc(string(text[h.End:t.Start]), func(r rune) bool { return !isWordRune(r) }) {
		if ps := readings(w); len(ps) > 0 && isAny(ps[0].Normal, receiveLemmas...) {
			return true
		}
	}
	return false
}
