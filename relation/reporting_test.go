package relation

import (
	"strings"
	"testing"

	"github.com/factgraph/factgraph/doc"
)

func TestReportedSource(t *testing.T) {
	tests := []struct {
		text, source, event string
		want                bool
	}{
		{"Как сообщил пресс-секретарь Кремля Дмитрий Песков, Путин встретился с Дюминым.", "Дмитрий Песков", "встретился", true},
		{"По словам Ивана Петрова, переговоры прошли успешно.", "Ивана Петрова", "переговоры", true},
		{"Как известно, Дмитрий Песков встретился с журналистами.", "Дмитрий Песков", "встретился", false}, // no verb of saying
		{"Дмитрий Песков, как сообщил ТАСС, встретился с журналистами.", "Дмитрий Песков", "встретился", false},
		{"Как сообщил Песков. Путин встретился с Дюминым.", "Песков", "встретился", false},                           // another sentence
		{"По словам Ибрагимбекова, такое решение он принял в связи с выборами.", "Ибрагимбекова", "выборами", false}, // «он»: the source himself
		{"По данным следствия 3 февраля в квартире Пётр Завьялов, находясь в гневе, ударил ножом.", "Пётр Завьялов", "ударил", false},
	}
	for _, tt := range tests {
		text := []rune(tt.text)
		span := func(s string) doc.Span {
			i := strings.Index(tt.text, s)
			start := len([]rune(tt.text[:i]))
			return doc.Span{Start: start, End: start + len([]rune(s))}
		}
		if got := ReportedSource(text, span(tt.source), span(tt.event)); got != tt.want {
			t.Errorf("ReportedSource(%q, %q, %q) = %v, want %v", tt.text, tt.source, tt.event, got, tt.want)
		}
		// (the events ask the part that does not depend on the event once
		// per name, the other per trigger)
		if got := ReportOpened(text, span(tt.source)) && ReportClosedBefore(text, span(tt.source), span(tt.event)); got != tt.want {
			t.Errorf("ReportOpened && ReportClosedBefore(%q, %q, %q) = %v, want %v", tt.text, tt.source, tt.event, got, tt.want)
		}
	}
}
