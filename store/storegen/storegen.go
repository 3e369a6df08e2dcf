// Package storegen generates synthetic news documents, already extracted,
// for benchmarks and load tests of the store: store.Store.PutDocument takes
// them without running the pipeline. It is apart from store/storetest so
// that commands (factgraph loadtest) can use it without linking the
// testing package.
package storegen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/store"
)

var (
	genFirst  = []string{"Дмитрий", "Анна", "Сергей", "Ольга", "Игорь", "Мария", "Алексей", "Елена", "Павел", "Наталья", "Виктор", "Ирина", "Андрей", "Татьяна", "Михаил", "Юлия"}
	genLast   = []string{"Шугаев", "Иванова", "Петров", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева", "Козлов", "Новикова", "Морозов", "Волкова", "Орлов", "Зайцева", "Белов", "Егорова", "Павлов", "Семенова", "Голубев", "Виноградова"}
	genOrgs   = []string{"Ростех", "Газпром", "Сбербанк", "Минобороны", "Роскосмос", "Аэрофлот", "Калашников", "Росатом", "Лукойл", "Норникель", "ВТБ", "РЖД", "Ростелеком", "Яндекс", "Роснефть", "Совкомфлот"}
	genCities = []string{"Москва", "Ижевск", "Казань", "Новосибирск", "Екатеринбург", "Самара", "Пермь", "Уфа", "Омск", "Томск", "Тула", "Курск"}
	genFill   = []string{"сообщил", "заявил", "отметил", "в рамках", "соглашения", "по итогам", "переговоров", "компания", "проекта", "развития", "производства", "поставки", "в этом году", "на встрече", "представители", "регионе"}
)

// Document returns a synthetic news document, the same for the same
// seed and i: about 1,500 characters naming 12 entities drawn from small
// pools (so that documents share full-name persons, organizations and
// cities and merge across documents), with 4 relations and an event.
// Benchmarks of every backend use it.
func Document(seed uint64, i int) (*doc.Document, store.Meta) {
	rng := rand.New(rand.NewPCG(seed, uint64(i)))
	var (
		b    strings.Builder
		ents []doc.Entity
		pos  int // code points written
	)
	write := func(s string) { b.WriteString(s); pos += utf8.RuneCountInString(s) }
	fmt.Fprintf(&b, "Выпуск %d. ", i)
	pos = utf8.RuneCountInString(b.String())
	mention := func(typ, name string) {
		for k := range ents {
			if ents[k].Name == name && ents[k].Type == typ {
				ents[k].Mentions = append(ents[k].Mentions, doc.Mention{Span: doc.Span{Start: pos, End: pos + utf8.RuneCountInString(name)}, Text: name, Type: typ})
				write(name)
				return
			}
		}
		ents = append(ents, doc.Entity{ID: fmt.Sprintf("E%d", len(ents)+1), Type: typ, Name: name,
			Mentions: []doc.Mention{{Span: doc.Span{Start: pos, End: pos + utf8.RuneCountInString(name)}, Text: name, Type: typ}}})
		write(name)
	}
	for s := 0; s < 12; s++ {
		switch s % 3 {
		case 0:
			mention("PERSON", genFirst[rng.IntN(len(genFirst))]+" "+genLast[rng.IntN(len(genLast))])
		case 1:
			mention("ORGANIZATION", genOrgs[rng.IntN(len(genOrgs))])
		case 2:
			mention("CITY", genCities[rng.IntN(len(genCities))])
		}
		for w := 0; w < 10; w++ {
			write(" " + genFill[rng.IntN(len(genFill))])
		}
		write(". ")
	}
	text := b.String()
	d := &doc.Document{Lang: "ru", Text: text, Sentences: []doc.Sentence{{Span: doc.Span{Start: 0, End: pos}}},
		Entities: ents, Relations: []doc.Relation{}, Events: []doc.Event{}}
	for r := 0; r < 4 && len(ents) > 1; r++ {
		h, t := rng.IntN(len(ents)), rng.IntN(len(ents))
		if h == t {
			continue
		}
		d.Relations = append(d.Relations, doc.Relation{Type: []string{"WORKPLACE", "LOCATED_IN", "PARTNER"}[r%3],
			Head: ents[h].ID, Tail: ents[t].ID, Evidence: ents[h].Mentions[0].Span})
	}
	d.Events = append(d.Events, doc.Event{ID: "V1", Type: "MEETING",
		Trigger: doc.Trigger{Span: ents[0].Mentions[0].Span, Text: ents[0].Mentions[0].Text},
		Date:    "2024-10", Place: ents[len(ents)-1].ID, Participants: []string{ents[0].ID}})
	return d, store.Meta{Title: fmt.Sprintf("Новость %d", i), URL: fmt.Sprintf("https://example.org/%d", i),
		Date: "2024-10-12", Source: fmt.Sprintf("gen/%d", i)}
}
