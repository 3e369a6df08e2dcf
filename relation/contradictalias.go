package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// repeatedWording reports whether the two names of an ALTERNATIVE_NAME,
// other than persons', are one wording repeated, whatever the case of the
// letters: «задержан» in the headline and «задержан» in the lead,
// «московского метро» twice, «Китая» twice. NEREL links a name to another
// wording of it (Китая — КНР, «нацистского» — «НСДАП»); a repetition is
// the same name again and, outside persons (where it relates one name of
// two bearers), gets no ALTERNATIVE_NAME in two cases of three in NEREL
// v1.1 train.
func repeatedWording(h, t doc.Mention) bool {
	return h.Type != "PERSON" && strings.EqualFold(strings.TrimSpace(h.Text), strings.TrimSpace(t.Text))
}
