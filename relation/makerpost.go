package relation

import "strings"

// makerStems are the folded stems of the posts of those who make works
// (режиссёр, писатель, певица, мастер …): found anywhere in a post's
// words («главным режиссером», «кинорежиссёр»).
var makerStems = []string{"режисс", "писател", "исполнител", "мастер", "певиц", "певец", "певч", "музыкант", "композитор", "художник",
	"автор", "поэт", "сценарист", "продюсер", "дизайнер", "архитектор", "скульптор", "рэпер", "актер", "актёр", "актрис", "фотограф",
	"драматург", "хореограф", "создател", "живопис", "солист", "гитарист", "вокалист", "прозаик", "литератор", "кинематографист",
	"аниматор", "иллюстратор", "мультипликатор", "оператор", "сочинител", "публицист", "журналист", "блогер", "блоггер", "разработчик",
	"конструктор", "изобретател", "ученый", "учёный", "исследовател", "дирижер", "дирижёр", "пианист", "скрипач", "барабанщик", "диджей",
	"модельер", "ювелир", "гравер", "график", "карикатурист", "декоратор", "постановщик", "переводчик", "редактор"}

// nonMakerPost reports whether a post names no maker of works (makerStems):
// a PRODUCES from it to a WORK_OF_ART is the model's reading of a subject
// that only handles the work («Космонавты установили на внешней
// поверхности модуля „Наука“ научную аппаратуру»: no «космонавты PRODUCES
// Наука»). NEREL v1.1 train gold has PRODUCES from a post to a WORK_OF_ART
// 20 times, each a maker's (режиссёр 8, мастер 7, писатель 2, певица,
// певец, исполнитель); dev once (музыкант).
func nonMakerPost(post string) bool {
	w := strings.ToLower(post)
	for _, s := range makerStems {
		if strings.Contains(w, s) {
			return false
		}
	}
	return true
}
