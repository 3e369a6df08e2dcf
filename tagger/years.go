package tagger

import (
	"slices"
	"strings"
)

// yearNouns are the forms of «год» a year in digits agrees with.
var yearNouns = map[string]bool{
	"год": true, "года": true, "году": true, "годом": true, "годе": true, "годы": true,
	"годов": true, "годам": true, "годами": true, "годах": true,
}

// genitiveMonths are the month names in the genitive («9 мая 1945»).
var genitiveMonths = map[string]bool{
	"января": true, "февраля": true, "марта": true, "апреля": true, "мая": true, "июня": true,
	"июля": true, "августа": true, "сентября": true, "октября": true, "ноября": true, "декабря": true,
}

// YearNoun reports whether w, in lower case, is a form of «год».
func YearNoun(w string) bool { return yearNouns[w] }

// GenitiveMonth reports whether w, in lower case, is a month name in the
// genitive («мая»).
func GenitiveMonth(w string) bool { return genitiveMonths[w] }

// yearOrdinals re-tags as ordinal adjectives the years in digits (1000 to
// 2099) the model left cardinal numbers: UD Russian GSD and Taiga tag a year
// ADJ wherever it stands (187 of the 198 such numbers of their dev sets:
// «войны 1904 года», «(1751 —», «с 1736 по»), not before what it counts
// («1990 человек», «2000 евро»). The features agree with a form of «год»
// after the year, in the plural for the first year of a range («1904—1905
// годах»); without one the year is genitive after a month («мая 1945»),
// else nominative, masculine singular.
func yearOrdinals(words []string, out []Analysis) {
	for i, w := range words {
		if out[i].UPOS != "NUM" || !isYear(w) {
			continue
		}
		j, plural := i+1, false
		if j+1 < len(words) && isDash(words[j]) && isYear(words[j+1]) {
			j, plural = j+2, true
		}
		next := ""
		if j < len(words) {
			next = strings.ToLower(words[j])
		}
		var feats string
		switch {
		case YearNoun(next) && out[j].UPOS == "NOUN":
			feats = agreeWithYear(out[j].Feats, plural)
		case next != "" && i+1 < len(words) && !plural && counts(out[i+1].UPOS):
			continue
		case i > 0 && GenitiveMonth(strings.ToLower(words[i-1])):
			feats = "Case=Gen|Degree=Pos|Gender=Masc|Number=Sing"
		default:
			feats = "Case=Nom|Degree=Pos|Gender=Masc|Number=Sing"
		}
		out[i] = Analysis{UPOS: "ADJ", Feats: feats, Lemma: w}
	}
}

// counts reports whether a word of this part of speech after a number is
// what the number counts.
func counts(upos string) bool {
	return upos == "NOUN" || upos == "PROPN" || upos == "ADJ" || upos == "SYM"
}

// agreeWithYear returns the features of a year before a form of «год»
// whose features are feats: its case and number, its gender in the
// singular, Animacy in the accusative; plural forces the plural.
func agreeWithYear(feats string, plural bool) string {
	f := map[string]string{}
	for _, kv := range strings.Split(feats, "|") {
		if k, v, ok := strings.Cut(kv, "="); ok {
			f[k] = v
		}
	}
	if plural {
		f["Number"] = "Plur"
	}
	out := []string{"Degree=Pos"}
	for _, k := range []string{"Case", "Number"} {
		if v := f[k]; v != "" {
			out = append(out, k+"="+v)
		}
	}
	if v := f["Gender"]; v != "" && f["Number"] == "Sing" {
		out = append(out, "Gender="+v)
	}
	if f["Case"] == "Acc" && f["Animacy"] != "" {
		out = append(out, "Animacy="+f["Animacy"])
	}
	slices.Sort(out)
	return strings.Join(out, "|")
}

// isYear reports whether w is a year in four digits from 1000 to 2099.
func isYear(w string) bool {
	if len(w) != 4 || !(w[0] == '1' || w[0] == '2' && w[1] == '0') {
		return false
	}
	for i := range 4 {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// isDash reports whether w is a hyphen or dash between the years of a range.
func isDash(w string) bool {
	switch w {
	case "-", "–", "—", "--":
		return true
	}
	return false
}
