package morph

import (
	"fmt"
	"math/bits"
	"strings"
)

// Grammeme is one OpenCorpora grammeme (a part of speech, a case, a number,
// a marker such as Surn or Geox, …). The zero value means "no grammeme".
// The constants below are named after the OpenCorpora internal names with the
// first letter upper-cased (masc → Masc) and dashes or leading digits removed
// (Ms-f → MsF, 1per → Per1, V-ey → VEy); Grammeme.String returns the
// OpenCorpora name.
type Grammeme uint8

// All OpenCorpora grammemes of dictionary version 0.92, in the order of
// grammemes.json, followed by the pymorphy2 grammemes for tokens outside the
// dictionary (NUMB, intg, real, ROMN, LATN, PNCT, UNKN).
const (
	POST Grammeme = iota + 1 // POST: часть речи
	NOUN                     // NOUN: имя существительное
	ADJF                     // ADJF: имя прилагательное (полное)
	ADJS                     // ADJS: имя прилагательное (краткое)
	COMP                     // COMP: компаратив
	VERB                     // VERB: глагол (личная форма)
	INFN                     // INFN: глагол (инфинитив)
	PRTF                     // PRTF: причастие (полное)
	PRTS                     // PRTS: причастие (краткое)
	GRND                     // GRND: деепричастие
	NUMR                     // NUMR: числительное
	ADVB                     // ADVB: наречие
	NPRO                     // NPRO: местоимение-существительное
	PRED                     // PRED: предикатив
	PREP                     // PREP: предлог
	CONJ                     // CONJ: союз
	PRCL                     // PRCL: частица
	INTJ                     // INTJ: междометие
	ANim                     // ANim: одушевлённость / одушевлённость не выражена
	Anim                     // anim: одушевлённое
	Inan                     // inan: неодушевлённое
	GNdr                     // GNdr: род / род не выражен
	Masc                     // masc: мужской род
	Femn                     // femn: женский род
	Neut                     // neut: средний род
	MsF                      // Ms-f: общий род
	NMbr                     // NMbr: число
	Sing                     // sing: единственное число
	Plur                     // plur: множественное число
	Sgtm                     // Sgtm: singularia tantum
	Pltm                     // Pltm: pluralia tantum
	Fixd                     // Fixd: неизменяемое
	CAse                     // CAse: категория падежа
	Nomn                     // nomn: именительный падеж
	Gent                     // gent: родительный падеж
	Datv                     // datv: дательный падеж
	Accs                     // accs: винительный падеж
	Ablt                     // ablt: творительный падеж
	Loct                     // loct: предложный падеж
	Voct                     // voct: звательный падеж
	Gen1                     // gen1: первый родительный падеж
	Gen2                     // gen2: второй родительный (частичный) падеж
	Acc2                     // acc2: второй винительный падеж
	Loc1                     // loc1: первый предложный падеж
	Loc2                     // loc2: второй предложный (местный) падеж
	Abbr                     // Abbr: аббревиатура
	Name                     // Name: имя
	Surn                     // Surn: фамилия
	Patr                     // Patr: отчество
	Geox                     // Geox: топоним
	Orgn                     // Orgn: организация
	Trad                     // Trad: торговая марка
	Subx                     // Subx: возможна субстантивация
	Supr                     // Supr: превосходная степень
	Qual                     // Qual: качественное
	Apro                     // Apro: местоименное
	Anum                     // Anum: порядковое
	Poss                     // Poss: притяжательное
	Vey                      // V-ey: форма на -ею
	Voy                      // V-oy: форма на -ою
	Cmp2                     // Cmp2: сравнительная степень на по-
	Vej                      // V-ej: форма компаратива на -ей
	ASpc                     // ASpc: категория вида
	Perf                     // perf: совершенный вид
	Impf                     // impf: несовершенный вид
	TRns                     // TRns: категория переходности
	Tran                     // tran: переходный
	Intr                     // intr: непереходный
	Impe                     // Impe: безличный
	Impx                     // Impx: возможно безличное употребление
	Mult                     // Mult: многократный
	Refl                     // Refl: возвратный
	PErs                     // PErs: категория лица
	Per1                     // 1per: 1 лицо
	Per2                     // 2per: 2 лицо
	Per3                     // 3per: 3 лицо
	TEns                     // TEns: категория времени
	Pres                     // pres: настоящее время
	Past                     // past: прошедшее время
	Futr                     // futr: будущее время
	MOod                     // MOod: категория наклонения
	Indc                     // indc: изъявительное наклонение
	Impr                     // impr: повелительное наклонение
	INvl                     // INvl: категория совместности
	Incl                     // incl: говорящий включён (идем, идемте)
	Excl                     // excl: говорящий не включён в действие (иди, идите)
	VOic                     // VOic: категория залога
	Actv                     // actv: действительный залог
	Pssv                     // pssv: страдательный залог
	Infr                     // Infr: разговорное
	Slng                     // Slng: жаргонное
	Arch                     // Arch: устаревшее
	Litr                     // Litr: литературный вариант
	Erro                     // Erro: опечатка
	Dist                     // Dist: искажение
	Ques                     // Ques: вопросительное
	Dmns                     // Dmns: указательное
	Prnt                     // Prnt: вводное слово
	Vbe                      // V-be: форма на -ье
	Ven                      // V-en: форма на -енен
	Vie                      // V-ie: отчество через -ие-
	Vbi                      // V-bi: форма на -ьи
	Fimp                     // Fimp: деепричастие от глагола несовершенного вида
	Prdx                     // Prdx: может выступать в роли предикатива
	Coun                     // Coun: счётная форма
	Coll                     // Coll: собирательное числительное
	Vsh                      // V-sh: деепричастие на -ши
	Afp                      // Af-p: форма после предлога
	Inmx                     // Inmx: может использоваться как одуш. / неодуш.
	Vpre                     // Vpre: Вариант предлога ( со, подо, ...)
	Anph                     // Anph: Анафорическое (местоимение)
	Init                     // Init: Инициал
	Adjx                     // Adjx: может выступать в роли прилагательного
	NUMB                     // NUMB: число
	Intg                     // intg: целое число
	Real                     // real: вещественное число
	ROMN                     // ROMN: римское число
	LATN                     // LATN: латиница
	PNCT                     // PNCT: знак препинания
	UNKN                     // UNKN: неизвестное слово
)

var grammemeTable = [...]struct{ name, parent string }{
	POST: {"POST", ""},
	NOUN: {"NOUN", "POST"},
	ADJF: {"ADJF", "POST"},
	ADJS: {"ADJS", "POST"},
	COMP: {"COMP", "POST"},
	VERB: {"VERB", "POST"},
	INFN: {"INFN", "POST"},
	PRTF: {"PRTF", "POST"},
	PRTS: {"PRTS", "POST"},
	GRND: {"GRND", "POST"},
	NUMR: {"NUMR", "POST"},
	ADVB: {"ADVB", "POST"},
	NPRO: {"NPRO", "POST"},
	PRED: {"PRED", "POST"},
	PREP: {"PREP", "POST"},
	CONJ: {"CONJ", "POST"},
	PRCL: {"PRCL", "POST"},
	INTJ: {"INTJ", "POST"},
	ANim: {"ANim", ""},
	Anim: {"anim", "ANim"},
	Inan: {"inan", "ANim"},
	GNdr: {"GNdr", ""},
	Masc: {"masc", "GNdr"},
	Femn: {"femn", "GNdr"},
	Neut: {"neut", "GNdr"},
	MsF:  {"Ms-f", ""},
	NMbr: {"NMbr", ""},
	Sing: {"sing", "NMbr"},
	Plur: {"plur", "NMbr"},
	Sgtm: {"Sgtm", ""},
	Pltm: {"Pltm", ""},
	Fixd: {"Fixd", ""},
	CAse: {"CAse", ""},
	Nomn: {"nomn", "CAse"},
	Gent: {"gent", "CAse"},
	Datv: {"datv", "CAse"},
	Accs: {"accs", "CAse"},
	Ablt: {"ablt", "CAse"},
	Loct: {"loct", "CAse"},
	Voct: {"voct", "nomn"},
	Gen1: {"gen1", "gent"},
	Gen2: {"gen2", "gent"},
	Acc2: {"acc2", "accs"},
	Loc1: {"loc1", "loct"},
	Loc2: {"loc2", "loct"},
	Abbr: {"Abbr", ""},
	Name: {"Name", ""},
	Surn: {"Surn", ""},
	Patr: {"Patr", ""},
	Geox: {"Geox", ""},
	Orgn: {"Orgn", ""},
	Trad: {"Trad", ""},
	Subx: {"Subx", ""},
	Supr: {"Supr", ""},
	Qual: {"Qual", ""},
	Apro: {"Apro", ""},
	Anum: {"Anum", ""},
	Poss: {"Poss", ""},
	Vey:  {"V-ey", ""},
	Voy:  {"V-oy", ""},
	Cmp2: {"Cmp2", ""},
	Vej:  {"V-ej", ""},
	ASpc: {"ASpc", ""},
	Perf: {"perf", "ASpc"},
	Impf: {"impf", "ASpc"},
	TRns: {"TRns", ""},
	Tran: {"tran", "TRns"},
	Intr: {"intr", "TRns"},
	Impe: {"Impe", ""},
	Impx: {"Impx", ""},
	Mult: {"Mult", ""},
	Refl: {"Refl", ""},
	PErs: {"PErs", ""},
	Per1: {"1per", "PErs"},
	Per2: {"2per", "PErs"},
	Per3: {"3per", "PErs"},
	TEns: {"TEns", ""},
	Pres: {"pres", "TEns"},
	Past: {"past", "TEns"},
	Futr: {"futr", "TEns"},
	MOod: {"MOod", ""},
	Indc: {"indc", "MOod"},
	Impr: {"impr", "MOod"},
	INvl: {"INvl", ""},
	Incl: {"incl", "INvl"},
	Excl: {"excl", "INvl"},
	VOic: {"VOic", ""},
	Actv: {"actv", "VOic"},
	Pssv: {"pssv", "VOic"},
	Infr: {"Infr", ""},
	Slng: {"Slng", ""},
	Arch: {"Arch", ""},
	Litr: {"Litr", ""},
	Erro: {"Erro", ""},
	Dist: {"Dist", ""},
	Ques: {"Ques", ""},
	Dmns: {"Dmns", ""},
	Prnt: {"Prnt", ""},
	Vbe:  {"V-be", ""},
	Ven:  {"V-en", ""},
	Vie:  {"V-ie", ""},
	Vbi:  {"V-bi", ""},
	Fimp: {"Fimp", ""},
	Prdx: {"Prdx", ""},
	Coun: {"Coun", ""},
	Coll: {"Coll", ""},
	Vsh:  {"V-sh", ""},
	Afp:  {"Af-p", ""},
	Inmx: {"Inmx", ""},
	Vpre: {"Vpre", ""},
	Anph: {"Anph", ""},
	Init: {"Init", ""},
	Adjx: {"Adjx", ""},
	NUMB: {"NUMB", "POST"},
	Intg: {"intg", ""},
	Real: {"real", ""},
	ROMN: {"ROMN", "POST"},
	LATN: {"LATN", "POST"},
	PNCT: {"PNCT", "POST"},
	UNKN: {"UNKN", "POST"},
}

// numGrammemes is one more than the largest Grammeme value.
const numGrammemes = len(grammemeTable)

// grammemeByName maps OpenCorpora names to grammemes. It is filled once at
// package initialisation and never modified afterwards.
var grammemeByName = func() map[string]Grammeme {
	m := make(map[string]Grammeme, numGrammemes)
	for i := 1; i < numGrammemes; i++ {
		m[grammemeTable[i].name] = Grammeme(i)
	}
	return m
}()

// grammemeParent holds each grammeme's parent (its category), 0 for none.
var grammemeParent = func() [numGrammemes]Grammeme {
	var p [numGrammemes]Grammeme
	for i := 1; i < numGrammemes; i++ {
		if name := grammemeTable[i].parent; name != "" {
			p[i] = grammemeByName[name]
		}
	}
	return p
}()

// categoryMembers holds, for each grammeme, the grammemes whose parent or
// grandparent it is (the members of a category: POST → NOUN, ADJF, …).
var categoryMembers = func() [numGrammemes]gset {
	var m [numGrammemes]gset
	for i := 1; i < numGrammemes; i++ {
		if p := grammemeParent[i]; p != 0 {
			m[p] = m[p].with(Grammeme(i))
			if gp := grammemeParent[p]; gp != 0 {
				m[gp] = m[gp].with(Grammeme(i))
			}
		}
	}
	return m
}()

// grammemeIncompatible holds, for each grammeme, the grammemes that cannot
// co-occur with it in one tag: the other members of its top-level category
// (all other cases for a case, all other numbers for a number, …). Like
// pymorphy2, plur additionally excludes the genders.
var grammemeIncompatible = func() [numGrammemes]gset {
	var inc [numGrammemes]gset
	root := func(g Grammeme) Grammeme {
		for i := 0; i < numGrammemes && grammemeParent[g] != 0; i++ {
			g = grammemeParent[g]
		}
		return g
	}
	for i := 1; i < numGrammemes; i++ {
		r := root(Grammeme(i))
		if r == Grammeme(i) {
			continue
		}
		for j := 1; j < numGrammemes; j++ {
			if j != i && root(Grammeme(j)) == r && Grammeme(j) != r {
				inc[i] = inc[i].with(Grammeme(j))
			}
		}
	}
	inc[Plur] = inc[Plur].with(Masc).with(Femn).with(Neut)
	return inc
}()

// GrammemeOf returns the grammeme with the given OpenCorpora name
// ("NOUN", "Surn", "gent", "Ms-f", …).
func GrammemeOf(name string) (Grammeme, bool) {
	g, ok := grammemeByName[name]
	return g, ok
}

// String returns the OpenCorpora name of g, or "" for the zero grammeme and
// unknown values.
func (g Grammeme) String() string {
	if g == 0 || int(g) >= numGrammemes {
		return ""
	}
	return grammemeTable[g].name
}

// Parent returns the category g belongs to (CAse for gent, gent for gen2,
// POST for NOUN), or 0 when g has none.
func (g Grammeme) Parent() Grammeme {
	if int(g) >= numGrammemes {
		return 0
	}
	return grammemeParent[g]
}

// gset is a set of grammemes: bit g of the 128-bit value is set when
// grammeme g is present.
type gset [2]uint64

func (s gset) has(g Grammeme) bool { return s[g>>6]&(1<<(g&63)) != 0 }

func (s gset) with(g Grammeme) gset {
	s[g>>6] |= 1 << (g & 63)
	return s
}

func (s gset) and(o gset) gset    { return gset{s[0] & o[0], s[1] & o[1]} }
func (s gset) or(o gset) gset     { return gset{s[0] | o[0], s[1] | o[1]} }
func (s gset) andNot(o gset) gset { return gset{s[0] &^ o[0], s[1] &^ o[1]} }
func (s gset) xor(o gset) gset    { return gset{s[0] ^ o[0], s[1] ^ o[1]} }
func (s gset) count() int         { return bits.OnesCount64(s[0]) + bits.OnesCount64(s[1]) }
func (s gset) contains(o gset) bool {
	return s[0]&o[0] == o[0] && s[1]&o[1] == o[1]
}

// Tag is the grammatical description of one word form, e.g.
// "NOUN,anim,masc,Name sing,gent": the lexeme's fixed grammemes, a space, and
// the grammemes of the form. A Tag is a small value: a 128-bit grammeme set
// plus its OpenCorpora spelling, so membership tests are one AND.
type Tag struct {
	set gset
	str string
}

// ParseTag parses an OpenCorpora tag string ("NOUN,anim,masc sing,nomn").
// Grammemes are separated by commas and at most one space.
func ParseTag(s string) (Tag, error) {
	var t Tag
	if s == "" {
		return t, fmt.Errorf("morph: empty tag")
	}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }) {
		g, ok := grammemeByName[f]
		if !ok {
			return Tag{}, fmt.Errorf("morph: tag %q: unknown grammeme %q", s, f)
		}
		t.set = t.set.with(g)
	}
	t.str = s
	return t, nil
}

// mustTag parses a tag known at compile time.
func mustTag(s string) Tag {
	t, err := ParseTag(s)
	if err != nil {
		panic(err) // only reached with constant, tested strings
	}
	return t
}

// String returns the tag in OpenCorpora notation.
func (t Tag) String() string { return t.str }

// IsZero reports whether t is the zero Tag (no grammemes).
func (t Tag) IsZero() bool { return t.set == gset{} }

// Is reports whether the tag contains grammeme g. It is a single bit test.
func (t Tag) Is(g Grammeme) bool { return int(g) < numGrammemes && t.set.has(g) }

// PersonName reports whether the tag is a person's name's: a first name,
// a surname or a patronymic (Name, Surn, Patr).
func (t Tag) PersonName() bool { return t.Is(Name) || t.Is(Surn) || t.Is(Patr) }

// Has reports whether the tag contains the grammeme named name (OpenCorpora
// name, e.g. "Surn", "gent"). Unknown names give false. Use Is with a
// Grammeme constant in hot loops to skip the name lookup.
func (t Tag) Has(name string) bool {
	g, ok := grammemeByName[name]
	return ok && t.set.has(g)
}

// HasAll reports whether the tag contains every named grammeme.
func (t Tag) HasAll(names ...string) bool {
	for _, n := range names {
		if !t.Has(n) {
			return false
		}
	}
	return true
}

// Grammemes returns the grammemes of the tag in Grammeme order.
func (t Tag) Grammemes() []Grammeme {
	out := make([]Grammeme, 0, t.set.count())
	for i := 1; i < numGrammemes; i++ {
		if t.set.has(Grammeme(i)) {
			out = append(out, Grammeme(i))
		}
	}
	return out
}

// inCategory returns the first grammeme of t whose parent (or grandparent)
// is cat, or 0.
func (t Tag) inCategory(cat Grammeme) Grammeme {
	if cat != 0 && int(cat) < numGrammemes {
		// (the lowest grammeme of the category's members, without a loop
		// over all grammemes: Tag.POS is asked for every reading)
		s := t.set.and(categoryMembers[cat])
		if s[0] != 0 {
			return Grammeme(bits.TrailingZeros64(s[0]))
		}
		if s[1] != 0 {
			return Grammeme(64 + bits.TrailingZeros64(s[1]))
		}
		return 0
	}
	return t.inCategorySlow(cat)
}

// inCategorySlow is inCategory by a loop over the grammemes.
func (t Tag) inCategorySlow(cat Grammeme) Grammeme {
	for i := 1; i < numGrammemes; i++ {
		if !t.set.has(Grammeme(i)) {
			continue
		}
		p := grammemeParent[i]
		if p == cat || (p != 0 && grammemeParent[p] == cat) {
			return Grammeme(i)
		}
	}
	return 0
}

// POS returns the part of speech (NOUN, ADJF, VERB, …, or NUMB, LATN, PNCT,
// ROMN, UNKN for non-dictionary tokens), 0 if none.
func (t Tag) POS() Grammeme { return t.inCategory(POST) }

// Case returns the case grammeme (Nomn … Loct, or a subcase such as Gen2,
// Loc2, Voct), 0 if the form has no case.
func (t Tag) Case() Grammeme {
	for _, g := range [...]Grammeme{Voct, Gen1, Gen2, Acc2, Loc1, Loc2, Nomn, Gent, Datv, Accs, Ablt, Loct} {
		if t.set.has(g) {
			return g
		}
	}
	return 0
}

// Number returns Sing or Plur, 0 if the form has no number.
func (t Tag) Number() Grammeme { return t.inCategory(NMbr) }

// Gender returns Masc, Femn or Neut, 0 if the form has no gender (Ms-f is
// reported by Is(MsF)).
func (t Tag) Gender() Grammeme { return t.inCategory(GNdr) }

// productive reports whether words of this tag may be guessed for unknown
// words (pymorphy2: not NUMR, NPRO, PRED, PREP, CONJ, PRCL, INTJ, Apro).
func (t Tag) productive() bool {
	return t.set.and(nonProductive).isEmpty()
}

func (s gset) isEmpty() bool { return s == gset{} }

var nonProductive = gset{}.with(NUMR).with(NPRO).with(PRED).with(PREP).with(CONJ).with(PRCL).with(INTJ).with(Apro)

// properMask holds the grammemes of proper names, which guessing by prefix
// must not produce.
var properMask = gset{}.with(Name).with(Surn).with(Patr).with(Geox).with(Orgn).with(Trad).with(Init)
