package morph

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// sourceDir is the pymorphy2 dictionary used by the tests that convert or
// compare against the original files.
const sourceDir = "../../shared/data/opencorpora-dict"

func testAnalyzer(t testing.TB) *Analyzer {
	t.Helper()
	a, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return a
}

// findParse returns the first parse with the given lemma whose tag has all
// the grammemes.
func findParse(ps []Parse, normal string, grammemes ...string) (Parse, bool) {
	for _, p := range ps {
		if (normal == "" || p.Normal == normal) && p.Tag.HasAll(grammemes...) {
			return p, true
		}
	}
	return Parse{}, false
}

func TestParseTable(t *testing.T) {
	a := testAnalyzer(t)
	tests := []struct {
		word, normal string
		tag          string // comma-separated grammemes that some parse must have
		top          bool   // that parse must be the best one
		method       Method
	}{
		// nouns
		{"стол", "стол", "NOUN,inan,masc,sing,nomn", false, MethodDictionary},
		{"столами", "стол", "NOUN,plur,ablt", true, MethodDictionary},
		{"Ижевске", "ижевск", "NOUN,Geox,sing,loct", true, MethodDictionary},
		{"Удмуртии", "удмуртия", "NOUN,Geox,femn,gent", true, MethodDictionary},
		{"Москве", "москва", "NOUN,Geox,loct", false, MethodDictionary},
		{"России", "россия", "NOUN,Geox,gent", false, MethodDictionary},
		{"людьми", "человек", "NOUN,plur,ablt", true, MethodDictionary},
		{"еж", "ёж", "NOUN,sing,nomn", false, MethodDictionary},
		{"ёлка", "ёлка", "NOUN,femn,nomn", true, MethodDictionary},
		{"ЁЛКИ", "ёлка", "NOUN,femn,gent", false, MethodDictionary},
		// adjectives
		{"электромеханического", "электромеханический", "ADJF,masc,sing,gent", false, MethodDictionary},
		{"красивая", "красивый", "ADJF,femn,sing,nomn", true, MethodDictionary},
		{"государственной", "государственный", "ADJF,femn,sing,gent", false, MethodDictionary},
		{"лучше", "хороший", "COMP", false, MethodDictionary},
		// verbs
		{"стали", "стать", "VERB,plur,past", true, MethodDictionary},
		{"провёл", "провести", "VERB,masc,sing,past", true, MethodDictionary},
		{"провел", "провести", "VERB,masc,sing,past", true, MethodDictionary},
		{"заявил", "заявить", "VERB,perf,sing,past", true, MethodDictionary},
		{"идти", "идти", "INFN", true, MethodDictionary},
		{"сделанный", "сделать", "PRTF,pssv", true, MethodDictionary},
		// names
		{"Дмитрия", "дмитрий", "NOUN,Name,masc,gent", false, MethodDictionary},
		{"Александр", "александр", "NOUN,Name,masc,nomn", true, MethodDictionary},
		{"Марией", "мария", "NOUN,Name,femn,ablt", true, MethodDictionary},
		{"Сергеевич", "сергей", "NOUN,Patr,masc,nomn", true, MethodDictionary}, // OpenCorpora files patronymics under the first name
		{"Бречалов", "бречалов", "NOUN,Surn,masc,nomn", true, MethodDictionary},
		{"Ивановой", "иванов", "NOUN,Surn,femn,gent", false, MethodDictionary},
		// out of vocabulary
		{"Шугаева", "шугаев", "NOUN,Surn,masc,sing,gent", false, 0},
		{"шугаевым", "шугаев", "NOUN,Surn,masc,sing,ablt", true, 0},
		{"Сергеевичем", "сергей", "NOUN,Patr,masc,ablt", true, MethodDictionary},
		{"Зиятдинов", "зиятдинов", "NOUN,Surn,masc,sing,nomn", false, MethodSuffix},
		{"зиятдиновым", "зиятдинов", "NOUN,Surn,masc,ablt", false, 0},
		{"Зиятдиновой", "зиятдинов", "NOUN,Surn,femn,gent", false, 0},
		{"гуглить", "гуглить", "INFN", true, 0},
		{"сверхзвукового", "сверхзвуковой", "ADJF,gent", false, 0},
		{"квазичастица", "квазичастица", "NOUN,nomn", false, 0},
		// hyphens
		{"интернет-магазина", "интернет-магазин", "NOUN,gent", true, MethodDictionary},
		{"человека-паука", "человек-паук", "NOUN,gent", true, MethodHyphen},
		{"шоу-программы", "шоу-программа", "NOUN,femn,sing,gent", true, MethodHyphen},
		{"кто-то", "кто-то", "NPRO,nomn", true, MethodDictionary},
		{"пошёл-таки", "пойти-таки", "VERB,past", true, MethodHyphen},
		{"по-кошачьему", "по-кошачьему", "ADVB", true, MethodHyphen},
		{"экс-мэра", "экс-мэр", "NOUN,gent", false, MethodPrefix},
		{"Санкт-Петербурге", "санкт-петербург", "NOUN,Geox,loct", true, MethodDictionary},
		// tokens
		{"2024", "2024", "NUMB,intg", true, MethodToken},
		{"-3,5", "-3,5", "NUMB,real", true, MethodToken},
		{"«", "«", "PNCT", true, MethodToken},
		{"XIV", "xiv", "ROMN", true, MethodToken},
		{"iPhone", "iphone", "LATN", true, MethodToken},
		{"А", "а", "Init,Name", false, MethodInitial},
		{"ъъъ", "ъъъ", "UNKN", true, MethodUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			ps := a.Parse(tt.word)
			grams := strings.Split(tt.tag, ",")
			p, ok := findParse(ps, tt.normal, grams...)
			if !ok {
				t.Fatalf("Parse(%q): no parse with lemma %q and %v; got %v", tt.word, tt.normal, grams, ps)
			}
			if tt.top && ps[0].Normal != p.Normal {
				t.Errorf("Parse(%q): best parse %v, want lemma %q", tt.word, ps[0], tt.normal)
			}
			if tt.top && !ps[0].Tag.HasAll(grams...) {
				t.Errorf("Parse(%q): best parse %v lacks %v", tt.word, ps[0], grams)
			}
			if tt.method != 0 && p.Method() != tt.method {
				t.Errorf("Parse(%q): %v has method %d, want %d", tt.word, p, p.Method(), tt.method)
			}
			sum := 0.0
			for _, q := range ps {
				sum += q.Score
			}
			if sum < 0.99 || sum > 1.01 {
				t.Errorf("Parse(%q): scores sum to %v", tt.word, sum)
			}
			for i := 1; i < len(ps); i++ {
				if ps[i].Score > ps[i-1].Score {
					t.Errorf("Parse(%q): not sorted by score at %d", tt.word, i)
				}
			}
		})
	}
}

func TestInflect(t *testing.T) {
	a := testAnalyzer(t)
	tests := []struct {
		word   string
		from   string // grammemes selecting the parse
		want   []string
		result string
		tag    string // grammemes the result must have
	}{
		{"Шугаева", "Surn,masc,gent", []string{"nomn"}, "шугаев", "Surn,masc,sing,nomn"},
		{"Шугаевой", "Surn,femn,gent", []string{"nomn"}, "шугаева", "Surn,femn,sing,nomn"},
		{"Дмитрия", "Name,masc,gent", []string{"nomn"}, "дмитрий", "Name,masc,nomn"},
		{"Ижевске", "Geox,loct", []string{"nomn"}, "ижевск", "Geox,nomn"},
		{"Удмуртии", "Geox,gent", []string{"nomn"}, "удмуртия", "Geox,nomn"},
		{"электромеханического", "ADJF,masc,gent", []string{"nomn"}, "электромеханический", "ADJF,masc,sing,nomn"},
		{"электромеханического", "ADJF,neut,gent", []string{"nomn"}, "электромеханическое", "ADJF,neut,sing,nomn"},
		{"стол", "NOUN,nomn", []string{"plur", "datv"}, "столам", "NOUN,plur,datv"},
		{"красивая", "ADJF,femn", []string{"plur"}, "красивые", "ADJF,plur,nomn"},
		{"красивая", "ADJF,femn", []string{"masc"}, "красивый", "ADJF,masc,sing,nomn"},
		{"высшего", "ADJF,Supr,neut", []string{"nomn"}, "высшее", "ADJF,Supr,neut,sing,nomn"}, // not высочайшее, the other superlative
		{"человека-паука", "NOUN,gent", []string{"plur", "datv"}, "людям-паукам", "NOUN,plur,datv"},
		{"интернет-магазина", "NOUN,gent", []string{"plur", "ablt"}, "интернет-магазинами", "NOUN,plur,ablt"},
		{"шугаевым", "Surn,ablt", []string{"gent"}, "шугаева", "Surn,gent"},
		{"иду", "VERB,1per", []string{"past", "femn"}, "шла", "VERB,past,femn"},
		{"Сергеевичем", "Patr,ablt", []string{"nomn"}, "сергеевич", "Patr,masc,nomn"},
		{"Зиятдиновой", "Surn,femn,gent", []string{"nomn"}, "зиятдинова", "Surn,femn,nomn"},
		{"Зиятдиновой", "Surn,femn,gent", []string{"masc", "nomn"}, "зиятдинов", "Surn,masc,nomn"},
	}
	for _, tt := range tests {
		t.Run(tt.word+"→"+strings.Join(tt.want, ","), func(t *testing.T) {
			p, ok := findParse(a.Parse(tt.word), "", strings.Split(tt.from, ",")...)
			if !ok {
				t.Fatalf("no parse of %q with %s: %v", tt.word, tt.from, a.Parse(tt.word))
			}
			q, ok := a.Inflect(p, tt.want...)
			if !ok {
				t.Fatalf("Inflect(%v, %v) failed", p, tt.want)
			}
			if q.Word != tt.result || !q.Tag.HasAll(strings.Split(tt.tag, ",")...) {
				t.Errorf("Inflect(%v, %v) = %v, want %s with %s", p, tt.want, q, tt.result, tt.tag)
			}
			if q.Normal != p.Normal {
				t.Errorf("Inflect changed the lemma: %q → %q", p.Normal, q.Normal)
			}
		})
	}
}

func TestInflectFailures(t *testing.T) {
	a := testAnalyzer(t)
	p := a.Parse("стол")[0]
	if _, ok := a.Inflect(p, "nosuchgrammeme"); ok {
		t.Error("Inflect with an unknown grammeme succeeded")
	}
	if _, ok := a.Inflect(p, "VERB"); ok {
		t.Error("Inflect of a noun to VERB succeeded")
	}
	u := a.Parse("ъъъ")[0]
	if u.Inflectable() {
		t.Fatalf("%v is inflectable", u)
	}
	if _, ok := a.Inflect(u, "gent"); ok {
		t.Error("Inflect of UNKN to gent succeeded")
	}
	if q, ok := a.Inflect(u, "UNKN"); !ok || q.Word != "ъъъ" {
		t.Errorf("Inflect(UNKN, UNKN) = %v, %v", q, ok)
	}
	if w, err := a.InflectWord(p, "plur", "gent"); err != nil || w != "столов" {
		t.Errorf("InflectWord = %q, %v", w, err)
	}
	if _, err := a.InflectWord(p, "VERB"); err == nil {
		t.Error("InflectWord to VERB: no error")
	}
	if q, ok := a.InflectTo(p, Plur, Ablt); !ok || q.Word != "столами" {
		t.Errorf("InflectTo(стол, Plur, Ablt) = %v, %v", q, ok)
	}
}

func TestLexeme(t *testing.T) {
	a := testAnalyzer(t)
	p, ok := findParse(a.Parse("Шугаевым"), "шугаев", "Surn", "masc", "ablt")
	if !ok {
		t.Fatal("no Surn parse of Шугаевым")
	}
	lex := a.Lexeme(p)
	var words []string
	for _, q := range lex {
		words = append(words, q.Word)
		if q.Normal != "шугаев" {
			t.Errorf("lexeme form %v has lemma %q", q, q.Normal)
		}
	}
	got := strings.Join(words, " ")
	for _, w := range []string{"шугаев", "шугаева", "шугаеву", "шугаевым", "шугаеве", "шугаевой", "шугаевы", "шугаевых"} {
		if !strings.Contains(" "+got+" ", " "+w+" ") {
			t.Errorf("lexeme of Шугаевым lacks %q: %s", w, got)
		}
	}
	if lex[0].Word != "шугаев" || a.Normalize(p).Word != "шугаев" {
		t.Errorf("first form %v, Normalize %v", lex[0], a.Normalize(p))
	}
	if got := a.Lexeme(a.Parse("123")[0]); len(got) != 1 || got[0].Word != "123" {
		t.Errorf("Lexeme(123) = %v", got)
	}
}

func TestTag(t *testing.T) {
	tag, err := ParseTag("NOUN,anim,masc,Sgtm,Surn sing,gent")
	if err != nil {
		t.Fatal(err)
	}
	if !tag.Has("Surn") || !tag.Is(Surn) || tag.Has("Name") || tag.Is(Name) || tag.Has("bogus") {
		t.Error("Has/Is wrong")
	}
	if tag.POS() != NOUN || tag.Case() != Gent || tag.Number() != Sing || tag.Gender() != Masc {
		t.Errorf("POS/Case/Number/Gender = %v/%v/%v/%v", tag.POS(), tag.Case(), tag.Number(), tag.Gender())
	}
	if tag.String() != "NOUN,anim,masc,Sgtm,Surn sing,gent" {
		t.Errorf("String() = %q", tag.String())
	}
	if got := len(tag.Grammemes()); got != 7 {
		t.Errorf("Grammemes() has %d entries", got)
	}
	if _, err := ParseTag("NOUN,foo"); err == nil {
		t.Error("ParseTag accepted an unknown grammeme")
	}
	if _, err := ParseTag(""); err == nil {
		t.Error("ParseTag accepted an empty tag")
	}
	for i := 1; i < numGrammemes; i++ {
		g := Grammeme(i)
		if h, ok := GrammemeOf(g.String()); !ok || h != g {
			t.Errorf("GrammemeOf(%q) = %v, %v", g.String(), h, ok)
		}
	}
	if Gen2.Parent() != Gent || Gent.Parent() != CAse || Surn.Parent() != 0 || Grammeme(0).String() != "" {
		t.Error("Parent wrong")
	}
	if numGrammemes > 128 {
		t.Fatalf("%d grammemes do not fit the 128-bit set", numGrammemes)
	}
}

func TestParseInvariants(t *testing.T) {
	a := testAnalyzer(t)
	b, err := os.ReadFile("testdata/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range sampleWords(string(b)) {
		ps := a.Parse(w)
		if len(ps) == 0 {
			t.Fatalf("Parse(%q) is empty", w)
		}
		for _, p := range ps {
			if p.Word == "" || p.Normal == "" || p.Tag.IsZero() {
				t.Errorf("Parse(%q): incomplete %#v", w, p)
			}
			if p.Inflectable() {
				if n := a.Normalize(p); n.Word != p.Normal {
					t.Errorf("Parse(%q): Normalize(%v).Word = %q, want lemma %q", w, p, n.Word, p.Normal)
				}
			}
		}
	}
}

func TestAppendParses(t *testing.T) {
	a := testAnalyzer(t)
	buf := a.AppendParses(nil, "стали")
	n := len(buf)
	buf = a.AppendParses(buf, "стол")
	if len(buf) <= n || buf[0].Normal != "стать" || buf[n].Normal != "стол" {
		t.Errorf("AppendParses: %v", buf)
	}
	if tags := a.Tags("стол"); len(tags) == 0 || !tags[0].Is(NOUN) {
		t.Errorf("Tags(стол) = %v", tags)
	}
	if m := a.Meta(); m["source_version"] != "0.92" || m["format_version"] != "2.4" {
		t.Errorf("Meta() = %v", m)
	}
}

// TestSharedParses checks that SharedParses gives Parse's analyses, first
// asked or from the cache, in a slice that an append cannot write into.
func TestSharedParses(t *testing.T) {
	a := testAnalyzer(t)
	for _, w := range []string{"стали", "Стали", "Шугаева", "ижевскский", "интернет-магазина", "x\xff"} {
		for range 2 { // uncached, then cached
			got := a.SharedParses(w)
			want := a.Parse(w)
			if !reflect.DeepEqual(got, want) || cap(got) != len(got) {
				t.Errorf("SharedParses(%q) = %v (cap %d), Parse %v", w, got, cap(got), want)
			}
		}
	}
}

// sampleWords splits text into word tokens (letters, digits, inner hyphens)
// and punctuation.
func sampleWords(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w != "" {
			out = append(out, w)
		}
		if w != f {
			out = append(out, strings.Trim(f, w))
		}
	}
	return out
}

func TestLowerCyrillicMatchesToLower(t *testing.T) {
	for _, s := range []string{"", "Шугаев", "ЁЖИК", "ЀЏЅ", "Ѡ", "ABCxyz", "Иван-Ivan", "ŁÓDŹ", "ǅ", "\xd0", "\xd0A", "Ⅻ", "ДОМ\u0301"} {
		if got, want := lowerCyrillic(s), strings.ToLower(s); got != want {
			t.Errorf("lowerCyrillic(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestTagPersonName(t *testing.T) {
	for s, want := range map[string]bool{
		"NOUN,anim,masc,Name sing,nomn":      true,
		"NOUN,anim,masc,Surn sing,gent":      true,
		"NOUN,anim,masc,Patr sing,nomn":      true,
		"NOUN,inan,femn,Sgtm,Geox sing,gent": false,
		"NOUN,inan,masc sing,nomn":           false,
	} {
		tag, err := ParseTag(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := tag.PersonName(); got != want {
			t.Errorf("ParseTag(%q).PersonName() = %v, want %v", s, got, want)
		}
	}
}
