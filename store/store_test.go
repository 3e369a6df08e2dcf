package store

import (
	"errors"
	"fmt"
	"testing"

	"github.com/factgraph/factgraph/doc"
)

func TestIdentityKey(t *testing.T) {
	tests := []struct {
		typ, name, key string
	}{
		{"PERSON", "Дмитрий Шугаев", "PERSON:дмитрий шугаев"},
		{"PERSON", "  Пётр   АЛЕКСЕЕВ ", "PERSON:петр алексеев"},
		{"PERSON", "Шугаев", ""},
		{"PERSON", "В. Шугаев", ""},
		{"PERSON", "В. В. Путин", ""},
		{"PERSON", "Владимир Владимирович Путин", "PERSON:владимир владимирович путин"},
		{"PERSON", "Анна-Мария Ли", "PERSON:анна мария ли"},
		{"ORGANIZATION", "«Ростех»", "ORGANIZATION:ростех"},
		{"ORGANIZATION", "ЕС", ""},
		{"ORGANIZATION", "МВД", "ORGANIZATION:мвд"},
		{"ORGANIZATION", "123", ""},
		{"CITY", "Ростов-на-Дону", "CITY:ростов на дону"},
		{"DATE", "12 октября 2024", ""},
		{"PROFESSION", "министр обороны", ""},
		{"MONEY", "5 млн рублей", ""},
		{"EVENT", "", ""},
		{"PRODUCT", "Су-57", "PRODUCT:су 57"},
	}
	for _, tt := range tests {
		key, reason := IdentityKey(tt.typ, tt.name)
		if key != tt.key {
			t.Errorf("IdentityKey(%s, %q) = %q, want %q", tt.typ, tt.name, key, tt.key)
		}
		if (key == "") == (reason == "") {
			t.Errorf("IdentityKey(%s, %q): key %q with reason %q", tt.typ, tt.name, key, reason)
		}
	}
}

func TestQueryTerms(t *testing.T) {
	tests := []struct {
		q    string
		want string
	}{
		{"Шугаев", "[шугаев]"},
		{`"Ижевск" OR NEAR(a*)`, "[ижевск or near a]"},
		{"  ", "[]"},
		{"ёлка", "[елка]"},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(QueryTerms(tt.q)); got != tt.want {
			t.Errorf("QueryTerms(%q) = %s, want %s", tt.q, got, tt.want)
		}
	}
}

func TestErrorCode(t *testing.T) {
	cause := errors.New("disk full")
	tests := []struct {
		err       error
		code, msg string
	}{
		{nil, "", ""},
		{cause, EINTERNAL, "Internal error."},
		{Errorf(ENOTFOUND, "entity %d not found", 7), ENOTFOUND, "entity 7 not found"},
		{fmt.Errorf("wrapped: %w", Errorf(EINVALID, "bad")), EINVALID, "bad"},
		{Internal("store document", cause), EINTERNAL, "store document failed"},
		{Internal("x", Errorf(ECONFLICT, "c")), ECONFLICT, "c"},
	}
	for _, tt := range tests {
		if got := ErrorCode(tt.err); got != tt.code {
			t.Errorf("ErrorCode(%v) = %q, want %q", tt.err, got, tt.code)
		}
		if got := ErrorMessage(tt.err); got != tt.msg {
			t.Errorf("ErrorMessage(%v) = %q, want %q", tt.err, got, tt.msg)
		}
	}
	if !errors.Is(Internal("x", cause), cause) {
		t.Errorf("Internal does not wrap its cause")
	}
	if Internal("x", nil) != nil {
		t.Errorf("Internal(nil) != nil")
	}
}

func TestValidDate(t *testing.T) {
	for _, s := range []string{"", "2024", "2024-10", "2024-10-12", "2024-10-12T09:30:00Z", "2024-10-12T09:30:00+03:00", "2024-10-12 09:30"} {
		if !ValidDate(s) {
			t.Errorf("ValidDate(%q) = false", s)
		}
	}
	for _, s := range []string{"12.10.2024", "2024-13", "2024-02-30", "вчера", "20241012"} {
		if ValidDate(s) {
			t.Errorf("ValidDate(%q) = true", s)
		}
	}
}

func TestSnippet(t *testing.T) {
	const m0, m1 = MarkStart, MarkEnd
	tests := []struct {
		text  string
		terms []string
		width int
		want  string
	}{
		{"Дмитрий Шугаев посетил Ижевск.", []string{"ижевск"}, 10, "Дмитрий Шугаев посетил " + m0 + "Ижевск" + m1 + "."},
		{"один два три четыре пять шесть семь Ижевск восемь девять десять", []string{"ижев"}, 4,
			"…семь " + m0 + "Ижевск" + m1 + " восемь девять…"},
		{"Нет совпадений тут", []string{"ижевск"}, 2, "Нет совпадений…"},
		{"Ёлка и елка", []string{"елка"}, 5, m0 + "Ёлка" + m1 + " и " + m0 + "елка" + m1},
		{"", []string{"x"}, 5, ""},
		{"!!!", []string{"x"}, 5, "!!!"},
	}
	for _, tt := range tests {
		if got := Snippet(tt.text, tt.terms, tt.width); got != tt.want {
			t.Errorf("Snippet(%q, %q, %d) = %q, want %q", tt.text, tt.terms, tt.width, got, tt.want)
		}
	}
}

func TestMentionContext(t *testing.T) {
	text := "Один два три\nчетыре пять шесть"
	whole := func(m doc.Span) (string, string) { return MentionContext(text, 0, 30, m) }
	tests := []struct {
		window        string
		off, chars    int
		m             doc.Span
		before, after string
	}{
		// «три» in the whole text: no cut within ContextChars.
		{text, 0, 30, doc.Span{Start: 9, End: 12}, "Один два ", " четыре пять шесть"},
		// A window short of the context on either side.
		{"два три\nчетыре пять", 5, 30, doc.Span{Start: 13, End: 19}, "", ""},
		{"Один два три\nчетыре", 0, 30, doc.Span{Start: 13, End: 19}, "", ""},
		// A window that does not hold the mention.
		{"два", 5, 30, doc.Span{Start: 13, End: 19}, "", ""},
		{text, 0, 30, doc.Span{Start: 5, End: 100}, "", ""},
	}
	for _, tt := range tests {
		b, a := MentionContext(tt.window, tt.off, tt.chars, tt.m)
		if b != tt.before || a != tt.after {
			t.Errorf("MentionContext(%q, %d, %d, %v) = %q, %q; want %q, %q", tt.window, tt.off, tt.chars, tt.m, b, a, tt.before, tt.after)
		}
	}
	if b, a := whole(doc.Span{Start: 0, End: 4}); b != "" || a != " два три четыре пять шесть" {
		t.Errorf("at the start: %q %q", b, a)
	}
}
