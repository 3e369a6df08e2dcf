package pipeline

import (
	"testing"
	"time"

	"github.com/factgraph/factgraph/tokenize"
)

// TestDatelineRefYear: a dateline that names its year gives the text its
// day whatever the date the text was given; one without stands for it
// within maxDatelineLag days only.
func TestDatelineRefYear(t *testing.T) {
	ref := time.Date(2025, 11, 20, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ text, want string }{
		// the report's day, with its year: «во вторник» is 3 February 2026
		{"Стрельба в Хьюстоне\n\nХЬЮСТОН, 3 февраля 2026. /ТАСС/. Неизвестный открыл огонь во вторник.", "2026-02-03"},
		{"Визит\n\nКАЗАНЬ, 12 марта 2026 г. /ТАСС/. Президент прибыл в Казань.", "2026-03-12"},
		// no year: within the lag only
		{"Визит\n\nКАЗАНЬ, 12 ноября. /ТАСС/. Президент прибыл в Казань.", "2025-11-12"},
		{"Визит\n\nКАЗАНЬ, 3 февраля. /ТАСС/. Президент прибыл в Казань.", "2025-11-20"},
	} {
		got := datelineRef([]rune(tt.text), tokenize.Split(tt.text), ref).Format("2006-01-02")
		if got != tt.want {
			t.Errorf("%q: got %s, want %s", tt.text, got, tt.want)
		}
	}
}
