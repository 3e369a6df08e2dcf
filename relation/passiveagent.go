package relation

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// passiveEndings are the endings of a short passive participle in the
// past («задержан», «арестована», «осуждены», «обвинён»).
var passiveEndings = []string{"ан", "ян", "ен", "ён", "ана", "яна", "ена", "ёна", "аны", "яны", "ены", "ёны"}

// passiveAgent reports whether the mention m is the agent of a short
// passive participle right before it, a plural in the instrumental
// («задержан сотрудниками ФСБ», «были задержаны полицейскими»): those who
// acted on the subject, not the subject's post.
func passiveAgent(text []rune, m doc.Mention) bool {
	f := strings.Fields(m.Text)
	if len(f) == 0 {
		return false
	}
	if first := strings.ToLower(f[0]); !strings.HasSuffix(first, "ами") && !strings.HasSuffix(first, "ями") {
		return false
	}
	w := wordBefore(text, m.Start)
	if len([]rune(w)) < 5 {
		return false // («дан», «сын»: no participle)
	}
	for _, e := range passiveEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// agentsPost reports whether the post t told of the person h is the agent
// of a passive participle after h (passiveAgent): «Сафронов был задержан
// сотрудниками ФСБ» tells no Сафронов's post.
func agentsPost(text []rune, h, t doc.Mention) bool {
	return h.End <= t.Start && passiveAgent(text, t)
}

// agentsWorkplace reports whether the organization t told as the person
// h's workplace lies in a post after h that is the agent of a passive
// participle (agentsPost): «задержан сотрудниками ФСБ» gives Сафронов no
// workplace in the ФСБ.
func agentsWorkplace(text []rune, h, t doc.Mention, mentions []doc.Mention) bool {
	if h.End > t.Start {
		return false
	}
	for _, p := range mentions {
		if p.Type == "PROFESSION" && p.Start <= t.Start && t.End <= p.End && agentsPost(text, h, p) {
			return true
		}
	}
	return false
}
