package relation

import (
	"strings"
)

// chineseSurnames are the commonest Chinese surnames as Russian writes
// them; a Chinese name puts the surname first («Чжан Лу», «Ван И»).
var chineseSurnames = map[string]bool{
	"ван": true, "ли": true, "чжан": true, "лю": true, "чэнь": true, "ян": true, "хуан": true, "чжао": true,
	"у": true, "ву": true, "чжоу": true, "сюй": true, "сунь": true, "ма": true, "чжу": true, "ху": true,
	"го": true, "хэ": true, "гао": true, "линь": true, "ло": true, "чжэн": true, "лян": true, "се": true,
	"сун": true, "тан": true, "хань": true, "фэн": true, "дэн": true, "цао": true, "пэн": true, "цзэн": true,
	"сяо": true, "тянь": true, "дун": true, "пань": true, "юань": true, "цай": true, "цзян": true, "юй": true,
	"ду": true, "чэн": true, "вэй": true, "су": true, "лу": true, "дин": true, "жэнь": true, "шэнь": true,
	"яо": true, "цуй": true, "цзинь": true, "ши": true, "фань": true, "фу": true, "ляо": true, "цзоу": true,
	"сюн": true, "мэн": true, "цинь": true, "бай": true, "цянь": true, "кун": true, "хоу": true, "шао": true,
}

// chineseNamesakes reports whether a and b, persons named by two words
// each, share a Chinese surname (chineseSurnames) as their first word and
// have given names that are not forms of one another: «Чжан Лу» and «Чжан
// Хунчжан», two crew members, are no other name of one person
// (ALTERNATIVE_NAME), as two Russians who share a first name are not.
// A given name and its inflected form («Цзиньпин», «Цзиньпина») are one.
func chineseNamesakes(a, b string) bool {
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(wa) != 2 || len(wb) != 2 || wa[0] != wb[0] || !chineseSurnames[wa[0]] {
		return false
	}
	x, y := []rune(strings.ReplaceAll(wa[1], "ё", "е")), []rune(strings.ReplaceAll(wb[1], "ё", "е"))
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) < 2 || strings.HasSuffix(wa[1], ".") || strings.HasSuffix(wb[1], ".") {
		return false // an initial
	}
	return !(strings.HasPrefix(string(y), string(x)) && len(y)-len(x) <= 2 || len(x) > 2 && strings.HasPrefix(string(y), string(x[:len(x)-1])) && len(y)-len(x) <= 1)
}
