package refine

import "github.com/factgraph/factgraph/doc"

// outletHeads are the lemmas of nouns of media outlets, besides the
// газета, телеканал and радиостанция of orgHeads, that introduce an
// outlet's name in quotes: журнала «Огонёк», интернет-издание «Правда
// Урала», медиахолдинга «Башинформ». NEREL v1.1 train tags the quoted
// name after them ORGANIZATION in 7 of 8 cases (журнал 5 of 6, издание
// 1 of 1, портал 1 of 1; the other is «номер журнала „Дилетант“», an
// issue: see issueNouns), dev in 2 of 2 (журнала «Русская речь»,
// медиахолдинга «Башинформ»). They stay out of orgHeads and kindBefore,
// which other rules read as kinds of organization before a genitive or
// an adjective or before a colon («оформлением книг и журналов:
// „Квант“, „Мурзилка“» are works, train 6 of 6).
var outletHeads = map[string]bool{
	"журнал": true, "издание": true, "интернет-издание": true, "медиахолдинг": true,
	"телекомпания": true, "телерадиокомпания": true, "портал": true, "интернет-портал": true,
}

// issueNouns are the lemmas of nouns of one issue of a periodical, whose
// genitive outlet noun names a work, not the outlet: «номер журнала
// „Дилетант“» (NEREL train WORK_OF_ART), «выпуск журнала», «обложка».
var issueNouns = map[string]bool{"номер": true, "выпуск": true, "обложка": true}

// outletNoun reports whether toks[k] is a noun of a media outlet
// (outletHeads) that is no issue noun's genitive (issueNouns).
func (r *Refiner) outletNoun(toks []doc.Token, k int) bool {
	if k < 0 || !anyIn(r.nounLemmas(toks[k].Text), outletHeads) {
		return false
	}
	return k == 0 || !anyIn(r.nounLemmas(toks[k-1].Text), issueNouns)
}

// namedProjects are the lemmas of nouns of plans and campaigns whose own
// quoted name may follow them: an event noun before their genitive does
// not type that name («форум программы „Новая жизнь — Россия“»).
var namedProjects = map[string]bool{"программа": true, "проект": true, "кампания": true, "инициатива": true}
