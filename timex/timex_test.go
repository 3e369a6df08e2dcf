package timex

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"
)

// refDate is the reference date "R" of testdata/normalize.txt: a Tuesday.
var refDate = time.Date(2024, 10, 15, 0, 0, 0, 0, time.UTC)

type normCase struct {
	line   int
	text   string
	ref    time.Time
	want   string // "" for no date
	mod    string
	approx bool
}

// loadCases reads testdata/normalize.txt: one case a line,
// "text | ref | want [| mod] [| approx]".
func loadCases(t *testing.T) []normCase {
	t.Helper()
	f, err := os.Open("testdata/normalize.txt")
	if err != nil {
		t.Fatalf("open cases: %v", err)
	}
	defer f.Close()
	var cases []normCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "|")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		if len(parts) < 3 {
			t.Fatalf("normalize.txt:%d: want at least 3 fields: %q", n, line)
		}
		c := normCase{line: n, text: parts[0]}
		switch parts[1] {
		case "-":
		case "R":
			c.ref = refDate
		default:
			c.ref, err = time.Parse("2006-01-02", parts[1])
			if err != nil {
				t.Fatalf("normalize.txt:%d: bad ref: %v", n, err)
			}
		}
		if parts[2] != "-" {
			c.want = parts[2]
		}
		if len(parts) > 3 {
			c.mod = parts[3]
		}
		if len(parts) > 4 {
			c.approx = parts[4] == "approx"
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read cases: %v", err)
	}
	return cases
}

// TestNormalize runs the table in testdata/normalize.txt.
func TestNormalize(t *testing.T) {
	cases := loadCases(t)
	if len(cases) < 200 {
		t.Errorf("only %d cases, want at least 200", len(cases))
	}
	for _, c := range cases {
		v, ok := Normalize(c.text, c.ref)
		if c.want == "" {
			if ok {
				t.Errorf("normalize.txt:%d: Normalize(%q) = %q, want no date", c.line, c.text, v.Value)
			}
			continue
		}
		if !ok {
			t.Errorf("normalize.txt:%d: Normalize(%q) found no date, want %q", c.line, c.text, c.want)
			continue
		}
		if v.Value != c.want || v.Mod != c.mod || v.Approx != c.approx {
			t.Errorf("normalize.txt:%d: Normalize(%q) = %q mod %q approx %v, want %q mod %q approx %v",
				c.line, c.text, v.Value, v.Mod, v.Approx, c.want, c.mod, c.approx)
		}
		if err := validValue(v); err != "" {
			t.Errorf("normalize.txt:%d: Normalize(%q): %s", c.line, c.text, err)
		}
	}
}

func TestNormalizeFields(t *testing.T) {
	v, ok := Normalize("с 10 по 12 октября 2024 года", time.Time{})
	if !ok || v.Start != "2024-10-10" || v.End != "2024-10-12" || v.Precision != Day {
		t.Errorf("range: got %+v, %v", v, ok)
	}
	v, ok = Normalize("в октябре 2024 года", time.Time{})
	if !ok || v.Precision != Month || v.Start != "" || v.End != "" {
		t.Errorf("month: got %+v, %v", v, ok)
	}
	v, ok = Normalize("два года", time.Time{})
	if !ok || v.Precision != Duration {
		t.Errorf("duration: got %+v, %v", v, ok)
	}
	if Day.String() != "day" || Precision(200).String() != "precision(200)" {
		t.Errorf("Precision.String: %q %q", Day, Precision(200))
	}
}

// validValue checks the shape of a value; it returns "" when it is valid.
func validValue(v Value) string {
	if v.Value == "" {
		return "empty value"
	}
	if (v.Start == "") != (v.End == "") {
		return "only one end of a range"
	}
	if v.Start != "" && v.Value != v.Start+"/"+v.End {
		return "range value is not Start/End"
	}
	switch v.Mod {
	case "", ModStart, ModMid, ModEnd, ModBefore, ModAfter, ModOnOrAfter, ModOnOrBefore, ModMoreThan, ModLessThan, ModEqualOrLess:
	default:
		return "unknown mod " + v.Mod
	}
	for _, r := range v.Value {
		if !(r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || strings.ContainsRune("-:/+._", r)) {
			return "bad character in " + v.Value
		}
	}
	return ""
}

func TestNormalizeTense(t *testing.T) {
	ref := time.Date(2023, 11, 12, 0, 0, 0, 0, time.UTC) // a Sunday
	tests := []struct {
		text  string
		tense Tense
		want  string
	}{
		{"3 марта", TenseUnknown, "2024-03-03"}, // nearer
		{"3 марта", TensePast, "2023-03-03"},
		{"3 марта", TenseFuture, "2024-03-03"},
		{"20 ноября", TensePast, "2022-11-20"},
		{"20 ноября", TenseUnknown, "2023-11-20"},
		{"12 ноября", TensePast, "2023-11-12"}, // the day itself is not after ref
		{"в октябре", TenseFuture, "2024-10"},
		{"в ноябре", TensePast, "2023-11"}, // the month has begun
		{"в ноябре", TenseFuture, "2023-11"},
		{"весной", TensePast, "2023-SP"},
		{"в понедельник", TensePast, "2023-11-06"},
		{"в понедельник", TenseFuture, "2023-11-13"},
		{"в прошлый понедельник", TenseFuture, "2023-11-06"},      // the word wins
		{"12 октября 2020 года", TenseFuture, "2020-10-12"},       // a year given stays
		{"с 10 по 14 ноября", TensePast, "2023-11-10/2023-11-14"}, // begun, not yet ended
		{"с 10 по 14 ноября", TenseUnknown, "2023-11-10/2023-11-14"},
		{"с 28 ноября по 3 декабря", TensePast, "2022-11-28/2022-12-03"}, // not begun this year
		{"с 28 декабря по 3 января", TensePast, "2022-12-28/2023-01-03"},
		{"на 4 декабря", TensePast, "2023-12-04"}, // «отложил на 4 декабря»: a day set, the nearest
		{"на 4 ноября", TensePast, "2023-11-04"},
		{"4 декабря", TensePast, "2022-12-04"},
	}
	for _, tt := range tests {
		v, ok := NormalizeTense(tt.text, ref, tt.tense)
		if !ok || v.Value != tt.want {
			t.Errorf("NormalizeTense(%q, %d) = %q, %v; want %q", tt.text, tt.tense, v.Value, ok, tt.want)
		}
	}
}

func TestNormalizeAfter(t *testing.T) {
	tests := []struct{ before, text, want string }{
		{"перенесли", "на 15 часов", "T15:00"},
		{"Назначено", "на 10 часов", "T10:00"},
		{"намечено", "на 19 часов", "T19:00"},
		{"задержали", "на три часа", "PT3H"},
		{"", "на 6 часов", "PT6H"},
		{"задержали", "на три часа дня", "T15:00"},
		{"перенесли", "на 14:00", "T14:00"},
		{"задержали", "на 14:00", "T14:00"},
	}
	for _, tt := range tests {
		v, ok := NormalizeAfter(tt.text, tt.before, time.Time{}, TenseUnknown)
		if !ok || v.Value != tt.want {
			t.Errorf("NormalizeAfter(%q, %q) = %q, %v; want %q", tt.text, tt.before, v.Value, ok, tt.want)
		}
	}
}

func TestClauseTense(t *testing.T) {
	tests := []struct {
		sentence, at string // at: the text whose start is the offset
		want         Tense
	}{
		// the reported clause's own tense: no past from «сообщил»
		{"Боярский сообщил, что депутаты проведут совещание 2 декабря.", "2 декабря", TenseUnknown},
		{"Боярский сообщил, что совещание прошло 2 декабря.", "2 декабря", TensePast},
		{"Он заявил, что завод откроется в марте.", "в марте", TenseFuture},
		// the main clause: not the reported clause's future
		{"2 декабря министр заявил, что завод будет построен.", "2 декабря", TensePast},
		{"3 марта — день писателя, сообщили в музее.", "3 марта", TensePast}, // the sentence's
		{"Заседание пройдёт 3 марта.", "3 марта", TenseFuture},
		// a state going on since a day: the day has passed
		{"В регионе с 3 мая действует режим чрезвычайной ситуации.", "с 3 мая", TensePast},
		{"С 1 января вступает в силу закон.", "С 1 января", TenseUnknown},
		{"В регионе до 3 мая действует режим.", "до 3 мая", TenseUnknown},
	}
	for _, tt := range tests {
		at := len([]rune(tt.sentence[:strings.Index(tt.sentence, tt.at)]))
		if got := ClauseTense(tt.sentence, at); got != tt.want {
			t.Errorf("ClauseTense(%q, %q) = %d, want %d", tt.sentence, tt.at, got, tt.want)
		}
	}
}

func TestSentenceTense(t *testing.T) {
	tests := []struct {
		sentence string
		want     Tense
	}{
		{"24-е заседание прошло 3 марта.", TensePast},
		{"Министр заявил, что работы завершены.", TensePast},
		{"Заседание пройдёт 3 марта.", TenseFuture},
		{"Резервные дни запланированы на 22–25 июня.", TenseFuture}, // plural
		{"Выставка продлится до 15 марта.", TenseFuture},
		{"Сессия состоится в октябре, как было решено.", TenseFuture}, // a marker of the future wins
		{"3 марта — день писателя.", TenseUnknown},
		{"", TenseUnknown},
	}
	for _, tt := range tests {
		if got := SentenceTense(tt.sentence); got != tt.want {
			t.Errorf("SentenceTense(%q) = %d, want %d", tt.sentence, got, tt.want)
		}
	}
}

// TestExtendedTerm reads each sentence at its « до ».
func TestExtendedTerm(t *testing.T) {
	for sentence, want := range map[string]bool{
		"Суд продлил срок содержания под стражей до 15 декабря.": true,
		"Арест бизнесмена продлен до 3 марта.":                   true,
		"Суд продлил арест до декабря.":                          true,
		// (guards) lasting till a day; no extension; a year
		"Выставка продлилась до 15 марта.": false,
		"Суд арестовал его до 15 декабря.": false,
		"Суд продлил арест до 2026 года.":  false,
	} {
		at := len([]rune(sentence[:strings.Index(sentence, " до ")+1]))
		if got := ExtendedTerm(sentence, at); got != want {
			t.Errorf("ExtendedTerm(%q) = %v, want %v", sentence, got, want)
		}
	}
}
