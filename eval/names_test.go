package eval

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/internal/shareddata"

	"github.com/factgraph/factgraph/corpus/brat"
	"github.com/factgraph/factgraph/corpus/factru"
	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/names"
	"github.com/factgraph/factgraph/tokenize"
)

// The canonical-name gold list and the files it is built from, relative to
// this package.
const (
	nameGoldFile      = "../testdata/names/canonical-gold.tsv"
	nameFixesFile     = "../testdata/names/factru-dev-fixes.tsv"
	nameNERELHandFile = "../testdata/names/nerel-dev-hand.tsv"
)

var (
	generateNames = flag.Bool("names.generate", false,
		"rebuild "+nameGoldFile+" from factRuEval-2016 dev, "+nameFixesFile+" and "+nameNERELHandFile)
	nerelSample = flag.String("names.nerel-sample", "",
		"write a fixed-seed sample of NEREL dev mentions, prefilled for hand review, to this file")
	nameErrors = flag.Bool("names.errors", false, "print every canonical-name mismatch")
)

func TestReadNameCases(t *testing.T) {
	in := NameGoldHeader + "\n# comment\n\nfactru:b1\tPERSON\tЮрия Лужкова\tмэра\tЮрий Лужков\nnerel:x\tCITY\tМоскве\t\tМосква\n"
	got, err := ReadNameCases(strings.NewReader(in), "in")
	if err != nil {
		t.Fatal(err)
	}
	want := []NameCase{
		{"factru:b1", "PERSON", "Юрия Лужкова", "мэра", "Юрий Лужков"},
		{"nerel:x", "CITY", "Москве", "", "Москва"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	var b strings.Builder
	if err := WriteNameCases(&b, got); err != nil {
		t.Fatal(err)
	}
	again, err := ReadNameCases(strings.NewReader(b.String()), "again")
	if err != nil || fmt.Sprint(again) != fmt.Sprint(want) {
		t.Errorf("round trip: %v, %v", again, err)
	}
	for _, bad := range []string{"a\tb\tc\n", "a\t\tc\td\te\n"} {
		if _, err := ReadNameCases(strings.NewReader(bad), "bad"); err == nil || !strings.HasPrefix(err.Error(), "bad:1:") {
			t.Errorf("ReadNameCases(%q) error = %v, want bad:1: …", bad, err)
		}
	}
}

// TestCanonicalNamesCounts checks the counting on a canonicalizer with no
// dictionary, whose Canonical returns its input unchanged.
func TestCanonicalNamesCounts(t *testing.T) {
	gold := []NameCase{
		{"factru:a", "PERSON", "Иван Петров", "", "Иван Петров"},   // exact, not inflected
		{"factru:a", "PERSON", "Ивана Петрова", "", "Иван Петров"}, // wrong, inflected
		{"nerel:b", "CITY", "москва", "", "Москва"},                // case-insensitive only
		{"nerel:b", "CITY", "Санкт-Петербург ", "", " Санкт-Петербург"},
	}
	s := CanonicalNames(gold, &names.Canonicalizer{}, nil) // no dictionary: identity
	want := NameScore{Group: "all", Cases: 4, Inflected: 2, Exact: 2, Fold: 3, InflectedExact: 0,
		Accuracy: 0.5, FoldAccuracy: 0.75}
	if s.All != want {
		t.Errorf("all = %+v, want %+v", s.All, want)
	}
	if len(s.Types) != 2 || s.Types[0].Group != "CITY" || s.Types[0].Exact != 1 || s.Types[1].Group != "PERSON" || s.Types[1].Cases != 2 {
		t.Errorf("types = %+v", s.Types)
	}
	if len(s.Corpora) != 2 || s.Corpora[0].Group != "factru" || s.Corpora[1].Inflected != 1 {
		t.Errorf("corpora = %+v", s.Corpora)
	}
	if len(s.Errors) != 2 || s.Errors[0].Got != "Ивана Петрова" {
		t.Errorf("errors = %+v", s.Errors)
	}
	var b strings.Builder
	if err := s.WriteTable(&b); err != nil || !strings.Contains(b.String(), "PERSON") {
		t.Errorf("table: %v\n%s", err, b.String())
	}
}

// TestCanonicalNamesGold scores the embedded dictionary's canonicalizer on
// the checked-in gold list and fails below the floors. It needs no corpus.
// Run with -names.errors to list the mismatches.
func TestCanonicalNamesGold(t *testing.T) {
	gold, err := ReadNameCasesFile(nameGoldFile)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) < 400 {
		t.Errorf("gold list has %d cases, want at least 400", len(gold))
	}
	c, err := names.NewCanonicalizer()
	if err != nil {
		t.Fatal(err)
	}
	s := CanonicalNames(gold, c, nil)
	var b strings.Builder
	_ = s.WriteTable(&b)
	t.Logf("\n%s", b.String())
	if *nameErrors {
		b.Reset()
		_ = s.WriteErrors(&b)
		t.Logf("mismatches:\n%s", b.String())
	}
	// Floors, in percent of exact matches: a little below what was measured
	// (docs/names.md).
	floors := map[string]float64{"all": 94.5, "PERSON": 89.5, "ORGANIZATION": 95, "LOCATION": 98}
	rows := append(append([]NameScore{}, s.Types...), s.All)
	for _, r := range rows {
		if f, ok := floors[r.Group]; ok && 100*r.Accuracy < f {
			t.Errorf("%s: accuracy %.2f%% below the floor %.0f%%", r.Group, 100*r.Accuracy, f)
		}
	}
}

// TestGenerateNameGold rebuilds the gold list. It runs only with
// -names.generate and needs ../shared/data:
//
//	go test ./eval -run TestGenerateNameGold -names.generate
//
// The factRuEval-2016 dev part is derived from the .coref attributes (see
// factruNameCases), then the hand corrections of nameFixesFile are applied;
// the NEREL dev part is nameNERELHandFile, written by hand.
func TestGenerateNameGold(t *testing.T) {
	if !*generateNames && *nerelSample == "" {
		t.Skip("run with -names.generate (or -names.nerel-sample FILE) to rebuild the gold list")
	}
	shared := sharedDataDir(t)
	if *nerelSample != "" {
		docs, err := brat.ReadDir(filepath.Join(shared, "nerel", "dev"))
		if err != nil {
			t.Fatal(err)
		}
		writeNERELSample(t, docs, *nerelSample)
	}
	if !*generateNames {
		return
	}
	docs, err := factru.ReadDir(filepath.Join(shared, "factruEval", "devset"))
	if err != nil {
		t.Fatal(err)
	}
	cases, skipped := factruNameCases(docs)
	t.Logf("factRuEval dev: %d cases derived; skipped: %v", len(cases), skipped)
	fixes, err := ReadNameCasesFile(nameFixesFile)
	if err != nil {
		t.Fatal(err)
	}
	cases = applyNameFixes(t, cases, fixes)
	hand, err := ReadNameCasesFile(nameNERELHandFile)
	if err != nil {
		t.Fatal(err)
	}
	cases = append(cases, hand...)
	f, err := os.Create(nameGoldFile)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(f, "# Canonical (nominative) names of mentions in context. Generated by\n"+
		"#   go test ./eval -run TestGenerateNameGold -names.generate\n"+
		"# from factRuEval-2016 dev (.coref attributes, with the hand fixes of\n"+
		"# testdata/names/factru-dev-fixes.tsv) and the hand-written NEREL dev rows of\n"+
		"# testdata/names/nerel-dev-hand.tsv. Do not edit: edit those and regenerate.\n"+
		"# See docs/names.md.\n")
	if err := WriteNameCases(f, cases); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %d cases to %s", len(cases), nameGoldFile)
}

// sharedDataDir returns the shared data folder, skipping the test when it
// is absent: $FACTGRAPH_SHARED/data, else ../shared/data next to the
// repository root (the folder holding this module's go.mod).
func sharedDataDir(t *testing.T) string {
	t.Helper()
	return shareddata.Require(t)
}

// applyNameFixes applies hand corrections: a fix row replaces the derived
// row with the same source, type, mention and prev; a fix whose canonical
// field is "-" drops it. Every fix must match a derived row.
func applyNameFixes(t *testing.T, cases, fixes []NameCase) []NameCase {
	t.Helper()
	type key struct{ src, typ, mention, prev string }
	fix := map[key]NameCase{}
	for _, f := range fixes {
		fix[key{f.Source, f.Type, f.Mention, f.Prev}] = f
	}
	used := map[key]bool{}
	var out []NameCase
	for _, c := range cases {
		k := key{c.Source, c.Type, c.Mention, c.Prev}
		if f, ok := fix[k]; ok {
			used[k] = true
			if f.Canonical == "-" {
				continue
			}
			c.Canonical = f.Canonical
		}
		out = append(out, c)
	}
	for k := range fix {
		if !used[k] {
			t.Errorf("fix %v matches no derived case", k)
		}
	}
	return out
}

// factruPersonParts maps factRuEval span types of a person's name to the
// .coref attribute holding their nominative.
var factruPersonParts = map[string]string{"name": "firstname", "surname": "lastname", "patronymic": "patronymic"}

// factruNameTypes maps factRuEval object types to the NEREL types of the
// gold list. Location and LocOrg both become LOCATION: factRuEval does not
// say whether a LocOrg is a country, a city or a region.
var factruNameTypes = map[string]string{"Person": "PERSON", "Org": "ORGANIZATION", "Location": "LOCATION", "LocOrg": "LOCATION"}

// factruNameCases derives gold canonical names from factRuEval documents,
// one per object whose gold is unambiguous, deduplicated per document by
// (type, mention, word before). It returns the reasons for skipping objects
// with their counts.
//
//   - Person: every word of the object's extent lies in a name, surname or
//     patronymic span whose group attribute (firstname, lastname,
//     patronymic; exactly one value, no firstname1/lastname1 variants) has
//     as many words; each word is replaced by the attribute's word, initials
//     («Д.») are kept. So «Шугаева» alone gives «Шугаев».
//   - Org, Location, LocOrg: the extent, widened to a closing quote when an
//     opening one is inside, whose words (quotes aside) align with exactly
//     one `name` attribute of the group, word by word, each pair sharing a
//     stem (see stemLike). The quotes of the mention are kept.
//
// The gold word takes the mention word's capitalization and its е for ё.
func factruNameCases(docs []*factru.Document) ([]NameCase, map[string]int) {
	skipped := map[string]int{}
	var out []NameCase
	for _, d := range docs {
		spans := d.SpanByID()
		runes := []rune(d.Text)
		toks := allTokens(tokenize.Split(d.Text))
		groupOf := map[string]*factru.CorefGroup{}
		for i := range d.Coref {
			for _, id := range d.Coref[i].ObjectIDs {
				groupOf[id] = &d.Coref[i]
			}
		}
		seen := map[string]bool{}
		for _, o := range d.Objects {
			typ, ok := factruNameTypes[o.Type]
			if !ok {
				skipped["object type "+o.Type]++
				continue
			}
			g := groupOf[o.ID]
			if g == nil {
				skipped["no coref group"]++
				continue
			}
			var ss []factru.Span
			for _, id := range o.SpanIDs {
				if s, ok := spans[id]; ok {
					ss = append(ss, s)
				}
			}
			if len(ss) == 0 {
				skipped["no spans"]++
				continue
			}
			ext := ss[0].Extent()
			for _, s := range ss[1:] {
				ext.Start, ext.End = min(ext.Start, s.Extent().Start), max(ext.End, s.Extent().End)
			}
			var canon, why string
			if typ == "PERSON" {
				canon, why = factruPersonCanon(runes, ext, ss, g)
			} else {
				ext = closeQuote(runes, ext)
				canon, why = factruNameCanon(runes, ext, ss, g)
			}
			if why != "" {
				skipped[why]++
				continue
			}
			mention := string(runes[ext.Start:ext.End])
			c := NameCase{Source: "factru:" + d.ID, Type: typ, Mention: mention, Prev: prevToken(toks, ext.Start), Canonical: canon}
			k := c.Type + "\t" + c.Mention + "\t" + c.Prev
			if seen[k] {
				skipped["duplicate in document"]++
				continue
			}
			seen[k] = true
			out = append(out, c)
		}
	}
	return out, skipped
}

func allTokens(sents []doc.Sentence) []doc.Token {
	var toks []doc.Token
	for _, s := range sents {
		toks = append(toks, s.Tokens...)
	}
	return toks
}

// prevToken returns the text of the last token starting before start, as
// names.Linker picks the context word, or "".
func prevToken(toks []doc.Token, start int) string {
	j := sort.Search(len(toks), func(j int) bool { return toks[j].Start >= start }) - 1
	if j < 0 {
		return ""
	}
	return toks[j].Text
}

// wordToken reports whether a token is a word (it has a letter or digit).
func wordToken(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// mentionTokens tokenizes the text of ext and returns the tokens with
// offsets in the document.
func mentionTokens(runes []rune, ext doc.Span) []doc.Token {
	toks := tokenize.Tokens(string(runes[ext.Start:ext.End]))
	for i := range toks {
		toks[i].Start += ext.Start
		toks[i].End += ext.Start
	}
	return toks
}

func attrValues(g *factru.CorefGroup, key string) []string {
	var vs []string
	for _, a := range g.Attrs {
		if a.Key == key {
			vs = append(vs, a.Value)
		}
	}
	return vs
}

func factruPersonCanon(runes []rune, ext doc.Span, ss []factru.Span, g *factru.CorefGroup) (string, string) {
	for _, a := range g.Attrs {
		if strings.HasSuffix(a.Key, "1") || strings.HasSuffix(a.Key, "2") {
			return "", "person: variant attributes"
		}
	}
	toks := mentionTokens(runes, ext)
	words := make([]string, len(toks))
	// per span: the indexes of its word tokens
	for _, s := range ss {
		key, ok := factruPersonParts[s.Type]
		if !ok {
			return "", "person: " + s.Type + " span"
		}
		vs := attrValues(g, key)
		if len(vs) != 1 {
			return "", fmt.Sprintf("person: %d %s values", len(vs), key)
		}
		var idx []int
		for i, tk := range toks {
			if s.Extent().Contains(tk.Span) && wordToken(tk.Text) {
				idx = append(idx, i)
			}
		}
		parts := strings.Fields(vs[0])
		if len(parts) != len(idx) {
			return "", "person: attribute and span differ in words"
		}
		for j, i := range idx {
			w := toks[i].Text
			if isInitialWord(w) {
				if firstLower(w) != firstLower(parts[j]) {
					return "", "person: initial does not match"
				}
				words[i] = w
				continue
			}
			if !stemLike(w, parts[j]) {
				return "", "person: attribute unlike the text"
			}
			words[i] = restoreCase(w, parts[j])
		}
	}
	for i, tk := range toks {
		if words[i] == "" {
			if wordToken(tk.Text) {
				return "", "person: word outside the name spans"
			}
			words[i] = tk.Text
		}
	}
	return rebuildTokens(runes, ext, toks, words), ""
}

func factruNameCanon(runes []rune, ext doc.Span, ss []factru.Span, g *factru.CorefGroup) (string, string) {
	for _, s := range ss {
		if s.Type == "geo_adj" || s.Type == "job" || factruPersonParts[s.Type] != "" {
			return "", "name: " + s.Type + " span"
		}
	}
	toks := mentionTokens(runes, ext)
	var idx []int
	for i, tk := range toks {
		if wordToken(tk.Text) {
			idx = append(idx, i)
		}
	}
	var match []string
	for _, v := range attrValues(g, "name") {
		parts := strings.Fields(strings.NewReplacer("«", " ", "»", " ", "\"", " ").Replace(v))
		if len(parts) != len(idx) {
			continue
		}
		ok := true
		for j, i := range idx {
			if !stemLike(toks[i].Text, parts[j]) {
				ok = false
				break
			}
		}
		if ok {
			match = append(match, strings.Join(parts, " "))
		}
	}
	if len(match) == 0 {
		return "", "name: no attribute aligns"
	}
	for _, m := range match[1:] {
		if names.Normalize(m) != names.Normalize(match[0]) {
			return "", "name: several attributes align"
		}
	}
	parts := strings.Fields(match[0])
	words := make([]string, len(toks))
	for i, tk := range toks {
		words[i] = tk.Text
	}
	for j, i := range idx {
		words[i] = restoreCase(toks[i].Text, parts[j])
	}
	return rebuildTokens(runes, ext, toks, words), ""
}

// rebuildTokens returns the text of ext with each token replaced by the
// word at its index, keeping the spacing between tokens.
func rebuildTokens(runes []rune, ext doc.Span, toks []doc.Token, words []string) string {
	var b strings.Builder
	at := ext.Start
	for i, tk := range toks {
		b.WriteString(string(runes[at:tk.Start]))
		b.WriteString(words[i])
		at = tk.End
	}
	b.WriteString(string(runes[at:ext.End]))
	return b.String()
}

func isInitialWord(w string) bool {
	r := []rune(w)
	return len(r) == 1 && unicode.IsUpper(r[0]) || len(r) == 2 && unicode.IsUpper(r[0]) && r[1] == '.'
}

func firstLower(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.ToLower(r)
}

// foldYo lower-cases s and writes ё as е.
func foldYo(s string) []rune {
	return []rune(strings.ReplaceAll(strings.ToLower(s), "ё", "е"))
}

// stemLike reports whether a word of the text and a word of the gold
// attribute can be two forms of one word: equal, or sharing a prefix of at
// least the shorter length minus 3 letters (and at least one letter), and
// differing in length by at most 3 letters, which admits endings and
// fleeting vowels (Льва, Лев) but not different words (ЕС, Евросоюз).
func stemLike(text, attr string) bool {
	a, b := foldYo(text), foldYo(attr)
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	short := min(len(a), len(b))
	return n == len(a) && n == len(b) || n >= 1 && n >= short-3 && max(len(a), len(b))-short <= 3
}

// restoreCase gives the attribute's word the capitalization of the text's
// word (all capitals, or the case of the first letter of each hyphenated
// part), and writes ё as е when the text's word has no ё.
func restoreCase(text, attr string) string {
	if !strings.ContainsAny(text, "ёЁ") {
		attr = strings.NewReplacer("ё", "е", "Ё", "Е").Replace(attr)
	}
	if utf8.RuneCountInString(text) > 1 && strings.ToUpper(text) == text && strings.ToLower(text) != text {
		return strings.ToUpper(attr)
	}
	tp, ap := strings.Split(text, "-"), strings.Split(attr, "-")
	for i := range ap {
		if i >= len(tp) || ap[i] == "" || tp[i] == "" {
			continue
		}
		tr, _ := utf8.DecodeRuneInString(tp[i])
		ar, n := utf8.DecodeRuneInString(ap[i])
		if unicode.IsUpper(tr) {
			ap[i] = string(unicode.ToUpper(ar)) + ap[i][n:]
		} else if unicode.IsLower(tr) {
			ap[i] = string(unicode.ToLower(ar)) + ap[i][n:]
		}
	}
	return strings.Join(ap, "-")
}

func TestStemLikeAndRestoreCase(t *testing.T) {
	stem := []struct {
		text, attr string
		want       bool
	}{
		{"Лужкова", "Лужков", true}, {"Льва", "Лев", true}, {"Петра", "Пётр", true},
		{"Тверской", "Тверская", true}, {"ЕС", "Евросоюз", false}, {"Москвы", "Россия", false},
	}
	for _, tt := range stem {
		if got := stemLike(tt.text, tt.attr); got != tt.want {
			t.Errorf("stemLike(%q, %q) = %v", tt.text, tt.attr, got)
		}
	}
	rc := []struct{ text, attr, want string }{
		{"мэрии", "Мэрия", "мэрия"}, {"МИДа", "МИД", "МИД"}, {"Соединенных", "Соединённые", "Соединенные"},
		{"Ростова-на-Дону", "ростов-на-дону", "Ростов-на-Дону"}, {"ООН", "ООН", "ООН"},
	}
	for _, tt := range rc {
		if got := restoreCase(tt.text, tt.attr); got != tt.want {
			t.Errorf("restoreCase(%q, %q) = %q, want %q", tt.text, tt.attr, got, tt.want)
		}
	}
}

// nerelSampleTypes are the NEREL types sampled for the hand-written part of
// the gold list, with the number of mentions drawn from each.
var nerelSampleTypes = map[string]int{"PERSON": 45, "ORGANIZATION": 45, "CITY": 30, "COUNTRY": 30, "STATE_OR_PROVINCE": 25}

// writeNERELSample draws mentions of nerelSampleTypes from NEREL dev with a
// fixed seed (distinct type and text per document; contiguous only) and
// writes them as gold rows prefilled with the Wikidata label when it aligns
// with the mention word by word, else with the mention itself, for review
// by hand. The reviewed rows are kept in nameNERELHandFile.
func writeNERELSample(t *testing.T, docs []*brat.Document, path string) {
	t.Helper()
	type cand struct {
		NameCase
		label string
	}
	pool := map[string][]cand{}
	for _, d := range docs {
		runes := []rune(d.Text)
		toks := allTokens(tokenize.Split(d.Text))
		labels := map[string]string{}
		for _, n := range d.Norms {
			labels[n.Target] = n.Label
		}
		seen := map[string]bool{}
		for _, e := range d.Entities {
			if _, ok := nerelSampleTypes[e.Type]; !ok || len(e.Spans) != 1 {
				continue
			}
			k := e.Type + "\t" + e.Text
			if seen[k] {
				continue
			}
			seen[k] = true
			ext := e.Extent()
			pool[e.Type] = append(pool[e.Type], cand{NameCase{Source: "nerel:" + d.ID, Type: e.Type,
				Mention: string(runes[ext.Start:ext.End]), Prev: prevToken(toks, ext.Start)}, labels[e.ID]})
		}
	}
	rng := rand.New(rand.NewSource(2016))
	var out []NameCase
	typs := make([]string, 0, len(nerelSampleTypes))
	for typ := range nerelSampleTypes {
		typs = append(typs, typ)
	}
	sort.Strings(typs)
	for _, typ := range typs {
		p := pool[typ]
		rng.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
		for _, c := range p[:min(len(p), nerelSampleTypes[typ])] {
			c.Canonical = c.Mention
			words, parts := strings.Fields(c.Mention), strings.Fields(c.label)
			if len(words) == len(parts) {
				ok := true
				for i := range words {
					ok = ok && stemLike(words[i], parts[i])
				}
				if ok {
					for i := range words {
						parts[i] = restoreCase(words[i], parts[i])
					}
					c.Canonical = strings.Join(parts, " ")
				}
			}
			out = append(out, c.NameCase)
		}
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := WriteNameCases(f, out); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %d NEREL sample rows to %s", len(out), path)
}

// TestNamesCommand runs `factgraph eval names` without the pipeline (it
// needs ../shared/data and skips without it).
func TestNamesCommand(t *testing.T) {
	data := sharedDataDir(t)
	var b strings.Builder
	if err := NamesCommand(NamesCommandOptions{Data: data, Gold: nameGoldFile}, &b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"canonical names", "factRuEval-2016 dev", "NEREL v1.1 dev", "linker, gold mentions"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, b.String())
		}
	}
	if err := NamesCommand(NamesCommandOptions{Data: data, Gold: nameGoldFile, EndToEnd: true}, &b); err == nil {
		t.Error("end to end without a processor: no error")
	}
}
