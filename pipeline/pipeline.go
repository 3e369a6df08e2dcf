// Package pipeline composes factgraph's stages — segmentation, entity
// recognition, entity grouping — into one call that turns raw text into a
// doc.Document. Each stage sits behind a one-method interface, so a model
// or a language is swapped by handing the pipeline another value.
package pipeline

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/doc"
	"github.com/factgraph/factgraph/event"
	"github.com/factgraph/factgraph/internal/charset"
	"github.com/factgraph/factgraph/names"
	"github.com/factgraph/factgraph/ner"
	"github.com/factgraph/factgraph/refine"
	"github.com/factgraph/factgraph/relation"
	"github.com/factgraph/factgraph/tagger"
	"github.com/factgraph/factgraph/timex"
	"github.com/factgraph/factgraph/tokenize"
	"github.com/factgraph/factgraph/truecase"
)

// Segmenter splits text into sentences of tokens.
type Segmenter interface {
	Split(text string) []doc.Sentence
}

// Recognizer finds entity mentions in segmented text.
type Recognizer interface {
	Recognize(text []rune, sents []doc.Sentence) []doc.Mention
}

// Truecaser restores the capitals of text written all in capitals or
// without any; the result has as many code points as the input, and ok is
// false when nothing needed restoring.
type Truecaser interface {
	Restore(text []rune, sents []doc.Sentence) (restored []rune, ok bool)
}

// Refiner corrects the spans and types of recognized mentions.
type Refiner interface {
	Refine(text []rune, sents []doc.Sentence, mentions []doc.Mention) []doc.Mention
}

// Linker groups the mentions of one document into entities and names them.
type Linker interface {
	Link(text []rune, sents []doc.Sentence, mentions []doc.Mention) []doc.Entity
}

// Tagger fills the lemma, part of speech and features of the tokens.
type Tagger interface {
	Tag(sents []doc.Sentence)
}

// RelationExtractor finds typed relations between mentions; Head and Tail
// of each result index the mentions given.
type RelationExtractor interface {
	Extract(text []rune, sents []doc.Sentence, mentions []doc.Mention) []relation.Found
}

// EventExtractor builds event records from a document whose entities (and
// relations, if any) are filled.
type EventExtractor interface {
	Extract(d *doc.Document) []doc.Event
}

// SegmenterFunc adapts a function to Segmenter.
type SegmenterFunc func(text string) []doc.Sentence

// Split calls f.
func (f SegmenterFunc) Split(text string) []doc.Sentence { return f(text) }

// DefaultMaxBytes is the input size limit of New: 10 MiB.
const DefaultMaxBytes = 10 << 20

// ErrTooLarge is returned for input over the pipeline's size limit.
var ErrTooLarge = errors.New("input too large")

// ErrNotUTF8 is returned for input that is not valid UTF-8.
var ErrNotUTF8 = errors.New("input is not valid UTF-8")

// Pipeline runs the stages in order.
type Pipeline struct {
	Segmenter  Segmenter
	Recognizer Recognizer
	Truecaser  Truecaser         // optional: what the recognizer and linker read of shouted or lower-case text
	Refiner    Refiner           // optional: rules over the recognizer's mentions
	Linker     Linker            // optional: without one every mention is an entity of its own
	Tagger     Tagger            // optional: morphology of tokens, which the linker reads for canonical names
	Relations  RelationExtractor // optional
	Events     EventExtractor    // optional
	// Other, when set, recognizes the mentions of the documents whose
	// language (DetectLang) is not Russian, instead of Recognizer, and
	// the truecaser, the refine rules, relations and events (all Russian)
	// are skipped for them; nil runs every stage on every document.
	Other Recognizer
	// MaxBytes refuses larger inputs; 0 means no limit.
	MaxBytes int
	// Encoding is the encoding of the inputs Process decodes: "" or
	// "utf-8", "windows-1251" (or "cp1251"), "koi8-r", "utf-16" (by its
	// byte-order mark, else little-endian), "utf-16le", "utf-16be", or
	// "auto", which guesses each input's among these.
	Encoding string
	// Date is the publication date Process assumes, which resolves relative
	// dates; zero when unknown.
	Date time.Time
}

// NewRecognizer returns the stages of New up to entity recognition —
// segmentation, the truecaser, the recognizer and the refine rules — and
// nothing else loaded: every mention is an entity of its own, named by its
// text, with no relations or events. It is the fast way to find mentions.
// The models are Russian: a document in another language (DetectLang) gets
// only its dates (DateRecognizer).
func NewRecognizer() (*Pipeline, error) {
	m, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("load ner model: %w", err)
	}
	tc, err := truecase.New()
	if err != nil {
		return nil, fmt.Errorf("load dictionary: %w", err)
	}
	rf, err := refine.New()
	if err != nil {
		return nil, fmt.Errorf("load dictionary: %w", err)
	}
	return &Pipeline{
		Segmenter:  SegmenterFunc(tokenize.Split),
		Recognizer: m,
		Truecaser:  tc,
		Refiner:    rf,
		Other:      DateRecognizer{},
		MaxBytes:   DefaultMaxBytes,
	}, nil
}

// New returns the default Russian pipeline with the embedded models: the
// recognizer's stages, the contextual morphological tagger (whose reading of
// each sentence decides the case and gender of names the dictionary leaves
// open), the linker, relations and events.
func New() (*Pipeline, error) {
	p, err := NewRecognizer()
	if err != nil {
		return nil, err
	}
	l, err := names.NewLinker()
	if err != nil {
		return nil, fmt.Errorf("load dictionary: %w", err)
	}
	rm, err := relation.Default()
	if err != nil {
		return nil, fmt.Errorf("load relation model: %w", err)
	}
	ev, err := event.New()
	if err != nil {
		return nil, fmt.Errorf("load dictionary: %w", err)
	}
	tm, err := tagger.Default()
	if err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	p.Tagger = tm
	p.Linker = l
	p.Relations = relation.WithRules(rm)
	p.Events = ev
	return p, nil
}

// Process extracts what the pipeline can from data, a UTF-8 text (a leading
// byte-order mark is dropped and offsets count from after it). source names
// the input in the result; it may be empty. Relative dates («вчера», «12
// октября») are resolved against p.Date, or stay unresolved when it is
// zero; ProcessDated gives each document its own date.
func (p *Pipeline) Process(source string, data []byte) (*doc.Document, error) {
	return p.ProcessDated(source, data, p.Date)
}

// ProcessDated is Process for a document published on date, which resolves
// relative dates.
func (p *Pipeline) ProcessDated(source string, data []byte, date time.Time) (*doc.Document, error) {
	if p.MaxBytes > 0 && len(data) > p.MaxBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(data), p.MaxBytes)
	}
	if p.Encoding != "" {
		dec, err := charset.Decode(data, p.Encoding)
		if err != nil {
			return nil, err
		}
		data = dec
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%w: invalid byte sequence at byte %d%s", ErrNotUTF8, firstInvalid(data), encodingHint(data))
	}
	if bytes.IndexByte(data, 0) >= 0 {
		if hint := encodingHint(data); hint != "" {
			return nil, fmt.Errorf("%w: it contains NUL bytes%s", ErrNotUTF8, hint)
		}
		return nil, fmt.Errorf("%w: it contains NUL bytes (binary data?)", ErrNotUTF8)
	}
	text := string(data)
	d := &doc.Document{
		Source:    source,
		Lang:      DetectLang(text),
		Text:      text,
		Sentences: []doc.Sentence{},
		Entities:  []doc.Entity{},
		Relations: []doc.Relation{},
		Events:    []doc.Event{},
	}
	if len(text) == 0 {
		return d, nil
	}
	if s := p.Segmenter.Split(text); s != nil {
		d.Sentences = s
	}
	if p.Tagger != nil {
		p.Tagger.Tag(d.Sentences)
	}
	runes := []rune(text)
	if p.Other != nil && d.Lang != "ru" {
		if p.Linker == nil {
			d.Entities = singletons(p.Other.Recognize(runes, d.Sentences))
		} else if e := p.Linker.Link(runes, d.Sentences, p.Other.Recognize(runes, d.Sentences)); e != nil {
			d.Entities = e
		}
		normalizeDates(runes, d.Sentences, d.Entities, date)
		return d, nil
	}
	// The recognizer and the linker read the text with its capitals
	// restored, if it needs that; mentions keep the original words.
	view, vsents, restored := runes, d.Sentences, false
	if p.Truecaser != nil {
		if tc, ok := p.Truecaser.Restore(runes, d.Sentences); ok && len(tc) == len(runes) {
			view, vsents, restored = tc, retext(d.Sentences, tc), true
		}
	}
	mentions := p.Recognizer.Recognize(view, vsents)
	if p.Refiner != nil {
		mentions = p.Refiner.Refine(view, vsents, mentions)
	}
	if p.Linker == nil {
		d.Entities = singletons(mentions)
	} else if e := p.Linker.Link(view, vsents, mentions); e != nil {
		d.Entities = e
	}
	if restored {
		for i := range d.Entities {
			for j := range d.Entities[i].Mentions {
				m := &d.Entities[i].Mentions[j]
				if m.Start >= 0 && m.Start <= m.End && m.End <= len(runes) {
					m.Text = string(runes[m.Start:m.End])
				}
			}
		}
	}
	normalizeDates(runes, d.Sentences, d.Entities, datelineRef(runes, d.Sentences, date))
	if p.Relations != nil {
		d.Relations = relations(p.Relations, runes, d)
	}
	if p.Events != nil {
		if ev := p.Events.Extract(d); ev != nil {
			d.Events = ev
		}
	}
	return d, nil
}

// singletons makes each mention an entity of its own, named by its text.
func singletons(ms []doc.Mention) []doc.Entity {
	out := make([]doc.Entity, len(ms))
	for i, m := range ms {
		out[i] = doc.Entity{ID: fmt.Sprintf("E%d", i+1), Type: m.Type, Name: m.Text, Mentions: []doc.Mention{m}}
	}
	return out
}

// retext returns a copy of sents whose tokens read their text from text.
func retext(sents []doc.Sentence, text []rune) []doc.Sentence {
	out := make([]doc.Sentence, len(sents))
	for i, s := range sents {
		out[i] = doc.Sentence{Span: s.Span, Tokens: make([]doc.Token, len(s.Tokens))}
		for j, t := range s.Tokens {
			if t.Start >= 0 && t.Start <= t.End && t.End <= len(text) {
				t.Text = string(text[t.Start:t.End])
			}
			out[i].Tokens[j] = t
		}
	}
	return out
}

// relations runs the relation extractor over all mentions of d's entities
// and lifts its results to entities: one relation per (type, head, tail),
// with the evidence of its first statement; relations of an entity with
// itself are dropped.
func relations(rx RelationExtractor, text []rune, d *doc.Document) []doc.Relation {
	var ms []doc.Mention
	var owner []string
	ents := map[string]*doc.Entity{}
	for i, e := range d.Entities {
		ents[e.ID] = &d.Entities[i]
		for _, m := range e.Mentions {
			ms = append(ms, m)
			owner = append(owner, e.ID)
		}
	}
	out := []doc.Relation{}
	seen := map[[3]string]bool{}
	for _, f := range rx.Extract(text, d.Sentences, ms) {
		if f.Head < 0 || f.Head >= len(ms) || f.Tail < 0 || f.Tail >= len(ms) {
			continue
		}
		h, t := owner[f.Head], owner[f.Tail]
		k := [3]string{f.Type, h, t}
		if h == t || seen[k] || f.Type == "ALTERNATIVE_NAME" && (otherPlacesAdjective(ms[f.Head], ents[h], ents[t]) || otherPlacesAdjective(ms[f.Tail], ents[t], ents[h])) {
			continue
		}
		seen[k] = true
		out = append(out, doc.Relation{Type: f.Type, Head: h, Tail: t, Evidence: f.Evidence})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Evidence.Start < out[j].Evidence.Start })
	return out
}

// otherPlacesAdjective reports whether m, a mention of the country a, is
// one adjective in small letters that the linker gave a Cyrillic name no
// word of which opens with the four letters of a word of b's, another
// country's: «Китай, крупнейший покупатель венесуэльской нефти» has no
// «Китай ALTERNATIVE_NAME Венесуэла». NEREL links a country to its own
// adjective («Сербии» — «сербских»); the linker names an adjective after
// its country, so two names tell two countries, unless a word is shared
// («Вьетнам» of «Социалистическая Республика Вьетнам») or short («США»).
// (Towns and regions are left: the linker names «ростовского» Ростов
// beside Ростов-на-Дону, and «тамбовском» beside Тамбовщина; a Latin name,
// «British», is another writing of a's.) On NEREL v1.1 train it drops 2
// relations, both wrong («Россия ALTERNATIVE_NAME Сербия» and back, of
// «России и Сербии … российско-сербского»); dev has none.
func otherPlacesAdjective(m doc.Mention, a, b *doc.Entity) bool {
	if a == nil || b == nil || a.Type != "COUNTRY" || b.Type != "COUNTRY" || strings.ContainsAny(m.Text, " -") || !tokenize.StartsLower(m.Text) {
		return false
	}
	wa, wb := strings.Fields(strings.ToLower(a.Name)), strings.Fields(strings.ToLower(b.Name))
	for _, x := range wa {
		for _, y := range wb {
			if rx, ry := []rune(x), []rune(y); len(rx) < 4 || len(ry) < 4 || !unicode.Is(unicode.Cyrillic, rx[0]) || !unicode.Is(unicode.Cyrillic, ry[0]) || string(rx[:4]) == string(ry[:4]) {
				return false
			}
		}
	}
	return true
}

// normalizeDates sets the Value of DATE and TIME entities from their
// mentions, the first one that normalizes, read in the tense of the verb
// of its clause (doc.VerbTense) or else of its clause as timex reads it
// (timex.ClauseTense: «заседание прошло 3 марта», the last 3 March before
// ref; «… сообщил, что совещание проведут 2 декабря», not the reporting
// verb's; «с 3 мая действует режим», a state going on since a past day);
// a day after «до» that ends a term extended in the past is the nearest
// (timex.ExtendedTerm: «продлил арест до 15 декабря»).
func normalizeDates(text []rune, sents []doc.Sentence, es []doc.Entity, ref time.Time) {
	for i := range es {
		e := &es[i]
		if e.Type != "DATE" && e.Type != "TIME" {
			continue
		}
		for _, m := range e.Mentions {
			tense := timex.TenseUnknown
			before := "" // the word before the mention: «перенесли на 15 часов»
			if si := doc.SentenceOf(sents, m.Span); si >= 0 {
				before = doc.TokenBefore(sents[si].Tokens, m.Start, 1)
				s := sents[si].Span
				if !ref.IsZero() && s.Start >= 0 && s.Start <= s.End && s.End <= len(text) {
					if tense = timex.Tense(doc.VerbTense(sents[si].Tokens, m.Span)); tense == timex.TenseUnknown {
						tense = timex.ClauseTense(string(text[s.Start:s.End]), m.Start-s.Start)
					}
					if tense == timex.TensePast && timex.ExtendedTerm(string(text[s.Start:s.End]), m.Start-s.Start) {
						tense = timex.TenseUnknown // «продлил арест до 15 декабря»: the nearest 15 December
					}
				}
			}
			if v, ok := timex.NormalizeAfter(m.Text, before, ref, tense); ok {
				e.Value, e.ValueMod, e.ValueApprox = v.Value, v.Mod, v.Approx
				break
			}
		}
	}
}

// encodingHint says which encoding data, which is not UTF-8, looks to be
// in, for the error message ("" when it looks like none: binary data).
func encodingHint(data []byte) string {
	if enc := charset.Guess(data); enc != "" && enc != charset.UTF8 {
		return fmt.Sprintf(" (it looks like %s text: set the encoding, --encoding %s or auto)", enc, enc)
	}
	return ""
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// DetectLang returns "ru" when Cyrillic letters make up at least a third of
// the letters of text, "en" when Latin letters dominate, and "und" when there
// are no letters or another script dominates.
func DetectLang(text string) string {
	cyr, lat, all := letterCounts(text)
	switch {
	case all == 0:
		return "und"
	case 3*cyr >= all:
		return "ru"
	case 2*lat > all:
		return "en"
	}
	return "und"
}

// letterCounts returns the numbers of Cyrillic letters, of Latin letters
// and of all letters (unicode.IsLetter) of text, a broken byte counting as
// utf8.RuneError.
func letterCounts(text string) (cyr, lat, all int) {
	for i := 0; i < len(text); {
		// (ASCII and the two-byte runes U+0400–U+047F, all of them
		// Cyrillic letters, by their bytes: no decoding, no table)
		b := text[i]
		if b < utf8.RuneSelf {
			if l := b | 0x20; 'a' <= l && l <= 'z' {
				all++
				lat++
			}
			i++
			continue
		}
		if (b == 0xD0 || b == 0xD1) && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			all++
			cyr++
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !unicode.IsLetter(r) {
			continue
		}
		all++
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Latin, r):
			lat++
		}
	}
	return cyr, lat, all
}
