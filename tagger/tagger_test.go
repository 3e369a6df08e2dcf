package tagger

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/morph"
)

func TestFromOpenCorpora(t *testing.T) {
	tests := []struct {
		word, normal, tag string
		want              []string // UPOS|Feats per analysis
		lemma             string   // of the first analysis
	}{
		{"школа", "школа", "NOUN,inan,femn sing,nomn", []string{"NOUN|Animacy=Inan|Case=Nom|Gender=Fem|Number=Sing"}, "школа"},
		{"Иванова", "иванов", "NOUN,anim,masc,Sgtm,Surn sing,gent", []string{"PROPN|Animacy=Anim|Case=Gen|Gender=Masc|Number=Sing"}, "Иванов"},
		{"москве", "москва", "NOUN,inan,femn,Sgtm,Geox sing,loct", []string{"PROPN|Animacy=Inan|Case=Loc|Gender=Fem|Number=Sing"}, "Москва"},
		{"лесу", "лес", "NOUN,inan,masc sing,loc2", []string{"NOUN|Animacy=Inan|Case=Loc|Gender=Masc|Number=Sing"}, "лес"},
		{"чаю", "чай", "NOUN,inan,masc sing,gen2", []string{"NOUN|Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing"}, "чай"},
		{"новом", "новый", "ADJF,Qual masc,sing,loct", []string{"ADJ|Case=Loc|Degree=Pos|Gender=Masc|Number=Sing"}, "новый"},
		{"новых", "новый", "ADJF,Qual plur,accs,anim", []string{"ADJ|Animacy=Anim|Case=Acc|Degree=Pos|Number=Plur"}, "новый"},
		{"этот", "этот", "ADJF,Apro,Subx,Anph masc,sing,nomn", []string{"DET|Case=Nom|Gender=Masc|Number=Sing"}, "этот"},
		{"который", "который", "ADJF,Apro,Subx masc,sing,nomn", []string{"PRON|Case=Nom|Gender=Masc|Number=Sing"}, "который"},
		{"данном", "данный", "ADJF,Apro,Subx masc,sing,loct", []string{"ADJ|Case=Loc|Degree=Pos|Gender=Masc|Number=Sing"}, "данный"},
		{"новейший", "новый", "ADJF,Supr,Qual masc,sing,nomn", []string{"ADJ|Case=Nom|Degree=Sup|Gender=Masc|Number=Sing"}, "новый"},
		{"нов", "новый", "ADJS,Qual masc,sing", []string{"ADJ|Degree=Pos|Gender=Masc|Number=Sing"}, "новый"},
		{"лучше", "хороший", "COMP,Qual", []string{"ADJ|Degree=Cmp", "ADV|Degree=Cmp"}, "хороший"},
		{"учит", "учить", "VERB,impf,tran sing,3per,pres,indc", []string{"VERB|Aspect=Imp|Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin|Voice=Act"}, "учить"},
		{"вернулась", "вернуться", "VERB,perf,intr femn,sing,past,indc", []string{"VERB|Aspect=Perf|Gender=Fem|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Mid"}, "вернуться"},
		{"прикусить", "прикусить", "INFN,perf,tran", []string{"VERB|Aspect=Perf|VerbForm=Inf|Voice=Act"}, "прикусить"},
		{"изображающую", "изображать", "PRTF,impf,tran,pres,actv femn,sing,accs", []string{"VERB|Aspect=Imp|Case=Acc|Gender=Fem|Number=Sing|Tense=Pres|VerbForm=Part|Voice=Act"}, "изображать"},
		{"назначен", "назначить", "PRTS,perf,past,pssv masc,sing", []string{"VERB|Aspect=Perf|Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass"}, "назначить"},
		{"сделав", "сделать", "GRND,perf,tran past", []string{"VERB|Aspect=Perf|Tense=Past|VerbForm=Conv|Voice=Act"}, "сделать"},
		{"был", "быть", "VERB,impf,intr masc,sing,past,indc", []string{"AUX|Aspect=Imp|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act", "VERB|Aspect=Imp|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"}, "быть"},
		{"нас", "мы", "NPRO,1per plur,gent", []string{"PRON|Case=Gen|Number=Plur|Person=1"}, "мы"},
		{"пяти", "пять", "NUMR gent", []string{"NUM|Case=Gen"}, "пять"},
		{"во", "в", "PREP,Vpre", []string{"ADP"}, "во"},
		{"и", "и", "CONJ", []string{"CCONJ"}, "и"},
		{"что", "что", "CONJ", []string{"SCONJ"}, "что"},
		{"не", "не", "PRCL", []string{"PART|Polarity=Neg"}, "не"},
		{"бы", "бы", "PRCL", []string{"PART|Mood=Cnd"}, "бы"},
		{"ого", "ого", "INTJ", []string{"INTJ"}, "ого"},
		{"быстро", "быстро", "ADVB", []string{"ADV|Degree=Pos"}, "быстро"},
		// можно, надо: VERB with no features in UD GSD and Taiga
		{"можно", "можно", "PRED,pres", []string{"VERB"}, "можно"},
		{"скорее", "скоро", "PRED,pres", []string{"ADV|Degree=Pos"}, "скоро"},
		// sentence punctuation is never SYM; % or brackets (smileys) can be
		{",", ",", "PNCT", []string{"PUNCT"}, ","},
		{")", ")", "PNCT", []string{"PUNCT", "SYM"}, ")"},
		{"2024", "2024", "NUMB,intg", []string{"NUM"}, "2024"},
		{"XIX", "xix", "ROMN", []string{"NUM", "ADJ", "X"}, "XIX"},
		{"Google", "google", "LATN", []string{"X|Foreign=Yes", "PROPN|Foreign=Yes", "X"}, "google"},
		{"$", "$", "UNKN", []string{"SYM", "PUNCT"}, "$"},
		{"``", "``", "UNKN", []string{"PUNCT"}, "``"},
		{"&#39;&#39;", "&#39;&#39;", "UNKN", []string{"PUNCT"}, "&#39;&#39;"},
		{"%", "%", "UNKN", []string{"PUNCT", "SYM"}, "%"},
		// digits in groups: NUM in UD GSD and Taiga
		{"25:7", "25:7", "UNKN", []string{"NUM"}, "25:7"},
		// a patronymic's lemma is itself, not the father's name
		{"Николаевичем", "николай", "NOUN,anim,masc,Patr sing,ablt", []string{"PROPN|Animacy=Anim|Case=Ins|Gender=Masc|Number=Sing"}, "Николаевич"},
		{"Алексеевны", "алексей", "NOUN,anim,femn,Patr sing,gent", []string{"PROPN|Animacy=Anim|Case=Gen|Gender=Fem|Number=Sing"}, "Алексеевна"},
		{"А.", "а", "NOUN,anim,masc,Sgtm,Name,Fixd,Abbr,Init sing,nomn", []string{"PROPN|Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing"}, "А"},
		{"ёлки", "ёлка", "NOUN,inan,femn plur,nomn", []string{"NOUN|Animacy=Inan|Case=Nom|Gender=Fem|Number=Plur"}, "елка"},
	}
	for _, tt := range tests {
		tag, err := morph.ParseTag(tt.tag)
		if err != nil {
			t.Fatalf("ParseTag(%q): %v", tt.tag, err)
		}
		got := FromOpenCorpora(tt.word, morph.Parse{Word: strings.ToLower(tt.word), Normal: tt.normal, Tag: tag})
		var tags []string
		for _, a := range got {
			tags = append(tags, a.Tag())
		}
		if strings.Join(tags, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%s %s:\n got %v\nwant %v", tt.word, tt.tag, tags, tt.want)
		}
		if len(got) > 0 && got[0].Lemma != tt.lemma {
			t.Errorf("%s %s: lemma %q, want %q", tt.word, tt.tag, got[0].Lemma, tt.lemma)
		}
	}
}

func TestUniversalFeats(t *testing.T) {
	tests := map[string]string{
		"_":                                  "",
		"":                                   "",
		"Case=Nom|Variant=Short|Gender=Masc": "Case=Nom|Gender=Masc",
		"NameType=Giv|Animacy=Anim|Typo=Yes": "Animacy=Anim",
		"VerbForm=Fin|Aspect=Imp|Voice=Act":  "Aspect=Imp|VerbForm=Fin|Voice=Act",
		"PronType=Prs|Person=1|Case=Nom":     "Case=Nom|Person=1|PronType=Prs",
	}
	for in, want := range tests {
		if got := UniversalFeats(in); got != want {
			t.Errorf("UniversalFeats(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAddLexicalFeatures(t *testing.T) {
	tests := []struct {
		a        Analysis
		question bool
		want     string
	}{
		{Analysis{"PRON", "Case=Nom|Number=Sing|Person=1", "я"}, false, "Case=Nom|Number=Sing|Person=1|PronType=Prs"},
		{Analysis{"DET", "", "его"}, false, "Poss=Yes|PronType=Prs"},
		{Analysis{"DET", "Case=Acc|Number=Sing", "свой"}, false, "Case=Acc|Number=Sing|Poss=Yes|PronType=Prs|Reflex=Yes"},
		// кто, что, это, … carry animacy, gender and number (GSD and Taiga)
		{Analysis{"PRON", "Case=Nom", "кто"}, true, "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing|PronType=Int"},
		{Analysis{"PRON", "Case=Nom", "кто"}, false, "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing|PronType=Rel"},
		{Analysis{"PRON", "Case=Nom", "кто-то"}, false, "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing|PronType=Ind"},
		{Analysis{"PRON", "Case=Acc", "что"}, false, "Animacy=Inan|Case=Acc|Gender=Neut|Number=Sing|PronType=Rel"},
		{Analysis{"PRON", "Case=Nom|Gender=Masc|Number=Sing", "это"}, false, "Animacy=Inan|Case=Nom|Gender=Neut|Number=Sing|PronType=Dem"},
		{Analysis{"PART", "", "не"}, false, "Polarity=Neg"},
		{Analysis{"NUM", "", "5"}, false, "NumType=Card"},
		{Analysis{"NUM", "Degree=Pos", "много"}, false, "NumType=Card"},
		{Analysis{"ADV", "Degree=Pos", "более"}, false, "Degree=Cmp"},
		{Analysis{"ADV", "Degree=Pos", "там"}, false, "Degree=Pos|PronType=Dem"},
		{Analysis{"NUM", "Case=Gen", "пять"}, false, "Case=Gen|NumType=Card"},
		// quantifiers are cardinal numerals in GSD and Taiga, no PronType
		{Analysis{"NUM", "Case=Gen", "несколько"}, false, "Case=Gen|NumType=Card"},
		{Analysis{"NOUN", "Case=Nom", "кто"}, false, "Case=Nom"},
	}
	for _, tt := range tests {
		a := tt.a
		AddLexicalFeatures(&a, tt.question)
		if a.Feats != tt.want {
			t.Errorf("%v: got %q, want %q", tt.a, a.Feats, tt.want)
		}
	}
}

// tinyData is a small training set in which стали and мыла change part of
// speech with their context.
func tinyData() [][]Token {
	tok := func(form, tag, lemma string) Token {
		u, f := SplitTag(tag)
		return Token{Form: form, UPOS: u, Feats: f, Lemma: lemma}
	}
	var out [][]Token
	for range 15 {
		out = append(out,
			[]Token{
				tok("Мама", "NOUN|Animacy=Anim|Case=Nom|Gender=Fem|Number=Sing", "мама"),
				tok("мыла", "VERB|Aspect=Imp|Gender=Fem|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act", "мыть"),
				tok("раму", "NOUN|Animacy=Inan|Case=Acc|Gender=Fem|Number=Sing", "рама"),
				tok(".", "PUNCT", "."),
			},
			[]Token{
				tok("Нет", "VERB|Aspect=Imp|Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin|Voice=Act", "нет"),
				tok("мыла", "NOUN|Animacy=Inan|Case=Gen|Gender=Neut|Number=Sing", "мыло"),
				tok(".", "PUNCT", "."),
			},
			[]Token{
				tok("Они", "PRON|Case=Nom|Number=Plur|Person=3", "они"),
				tok("стали", "VERB|Aspect=Perf|Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin|Voice=Act", "стать"),
				tok("работать", "VERB|Aspect=Imp|VerbForm=Inf|Voice=Act", "работать"),
			},
			[]Token{
				tok("из", "ADP", "из"),
				tok("стали", "NOUN|Animacy=Inan|Case=Gen|Gender=Fem|Number=Sing", "сталь"),
			},
		)
	}
	return out
}

func trainTiny(t testing.TB) *Model {
	t.Helper()
	m, err := Train(tinyData(), TrainOptions{Epochs: 4, Bits: 16, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTrainLearns(t *testing.T) {
	m := trainTiny(t)
	for _, s := range tinyData()[:4] {
		words := make([]string, len(s))
		for i, tk := range s {
			words[i] = tk.Form
		}
		got := m.TagWords(words)
		for i, tk := range s {
			if got[i].UPOS != tk.UPOS || got[i].Lemma != tk.Lemma {
				t.Errorf("%v: word %q: got %s %q, want %s %q", words, tk.Form, got[i].UPOS, got[i].Lemma, tk.UPOS, tk.Lemma)
			}
		}
	}
	// a context not seen in training
	got := m.TagWords([]string{"Папа", "мыл", "раму", "."})
	if got[1].UPOS != "VERB" || got[1].Lemma != "мыть" {
		t.Errorf("Папа мыл раму: got %+v", got[1])
	}
}

func TestTagDocSentences(t *testing.T) {
	m := trainTiny(t)
	sents := []doc.Sentence{{Tokens: []doc.Token{{Text: "из"}, {Text: "стали"}}}, {}}
	m.Tag(sents)
	if tk := sents[0].Tokens[1]; tk.POS != "NOUN" || tk.Lemma != "сталь" || !strings.Contains(tk.Feats, "Case=Gen") {
		t.Errorf("Tag: got %+v", tk)
	}
}

func TestEncodeDecode(t *testing.T) {
	roundTrip(t, trainTiny(t))
}

// roundTrip checks that m encodes, decodes, encodes again to the same
// bytes and that the decoded model tags as m does; it returns the file
// and the decoded model.
func roundTrip(t *testing.T, m *Model) ([]byte, *Model) {
	t.Helper()
	var b bytes.Buffer
	if err := m.Encode(&b); err != nil {
		t.Fatal(err)
	}
	m2, err := Decode(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var b2 bytes.Buffer
	if err := m2.Encode(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), b2.Bytes()) {
		t.Error("Encode(Decode(Encode(m))) differs from Encode(m)")
	}
	words := []string{"Они", "стали", "работать", "из", "стали", "."}
	if a, b := fmt.Sprint(m.TagWords(words)), fmt.Sprint(m2.TagWords(words)); a != b {
		t.Errorf("decoded model tags differently:\n%s\n%s", a, b)
	}
	return b.Bytes(), m2
}

func TestCorruptModel(t *testing.T) {
	m := trainTiny(t)
	var b bytes.Buffer
	if err := m.Encode(&b); err != nil {
		t.Fatal(err)
	}
	good := b.Bytes()
	cases := map[string][]byte{
		"empty":     nil,
		"magic":     append([]byte("XXXXX"), good[5:]...),
		"version":   append(append([]byte{}, good[:5]...), append([]byte{99}, good[6:]...)...),
		"truncated": good[:len(good)/2],
		"flipped":   flip(good, len(good)-10),
	}
	for name, data := range cases {
		if _, err := Decode(bytes.NewReader(data)); err == nil || !errors.Is(err, ErrFormat) {
			t.Errorf("%s: err = %v, want ErrFormat", name, err)
		}
	}
}

func flip(b []byte, i int) []byte {
	c := append([]byte{}, b...)
	c[i] ^= 0x40
	return c
}

// signed wraps a raw (uncompressed) payload as a model file of the
// current format version with a valid checksum, so that fuzzing reaches
// the payload parser.
func signed(raw []byte) []byte { return signedV(raw, formatVersion) }

func signedV(raw []byte, version byte) []byte {
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(raw)
	zw.Close()
	sum := sha256.Sum256(z.Bytes())
	out := append([]byte(magic), version)
	out = append(out, sum[:]...)
	return append(out, z.Bytes()...)
}

func FuzzDecode(f *testing.F) {
	m := trainTiny(f)
	var b bytes.Buffer
	if err := m.Encode(&b); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes(), false)
	f.Add(rawPayload(f, b.Bytes()), true)
	f.Add(tinyV3(), true)
	f.Add(signedV(tinyV2(), 2), false)
	var nb bytes.Buffer
	if err := trainTinyNeural(f, 0.5).Encode(&nb); err != nil {
		f.Fatal(err)
	}
	f.Add(nb.Bytes(), false)
	f.Fuzz(func(t *testing.T, data []byte, sign bool) {
		if sign {
			data = signed(data)
		}
		m, err := DecodeWith(bytes.NewReader(data), nil)
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error does not wrap ErrFormat: %v", err)
			}
			return
		}
		m.TagWords([]string{"a", "ab", "Мама", ".", ""})
	})
}

func TestQuestions(t *testing.T) {
	for _, tt := range []struct {
		words string
		want  string
	}{
		{"-- Где ты видишь рога ? -- кричу я .", "1111100000"},
		{"Где стул где поле", "0000"},
		{"Где ты ?", "111"},
		{"Как это ?! -- не понял я", "1100000"},
		{"", ""},
	} {
		var got strings.Builder
		for _, q := range questions(strings.Fields(tt.words)) {
			got.WriteString(map[bool]string{false: "0", true: "1"}[q])
		}
		if got.String() != tt.want {
			t.Errorf("questions(%q) = %s, want %s", tt.words, got.String(), tt.want)
		}
	}
}

func TestPatronymicLemma(t *testing.T) {
	for _, tt := range []struct {
		w      string
		femn   bool
		normal string
		want   string
	}{
		{"николаевичем", false, "николай", "николаевич"},
		{"кузьмича", false, "кузьма", "кузьмич"},
		{"алексеевны", true, "алексей", "алексеевна"},
		{"ильиничной", true, "илья", "ильинична"},
		{"федоровне", true, "федор", "федоровна"},
		{"ильи", false, "илья", "илья"},
	} {
		if got := patronymicLemma(tt.w, tt.femn, tt.normal); got != tt.want {
			t.Errorf("patronymicLemma(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}

func TestIsDigitGroup(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"7,5", true}, {"25:7", true}, {"12.03.2005", true}, {"2007/08", true}, {"4-6", true},
		{"2024", false}, {"7,", false}, {",5", false}, {"1..2", false}, {"3-й", false}, {"", false},
	} {
		if got := IsDigitGroup(tt.w); got != tt.want {
			t.Errorf("IsDigitGroup(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestDictionaryLemmaFromLexicon(t *testing.T) {
	sents := append(tinyData(), []Token{
		{Form: "основные", UPOS: "ADJ", Feats: "Case=Nom|Degree=Pos|Number=Plur", Lemma: "основной"},
		{Form: "задачи", UPOS: "NOUN", Feats: "Animacy=Inan|Case=Nom|Gender=Fem|Number=Plur", Lemma: "задача"},
	})
	m, err := Train(sents, TrainOptions{Epochs: 1, Bits: 16, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	cs, _, _ := m.candidates("основные", "основные", -1, nil)
	n := 0
	for i := range cs {
		if upos, _ := SplitTag(m.tagString(&cs[i])); upos == "ADJ" {
			n++
			if cs[i].lemma != "основной" {
				t.Errorf("candidate %s: lemma %q, want основной", m.tagString(&cs[i]), cs[i].lemma)
			}
		}
	}
	if n < 2 {
		t.Errorf("%d ADJ candidates, want the dictionary's Nom and Acc", n)
	}
}
