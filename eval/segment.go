package eval

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/factgraph/corpus/conllu"
	"github.com/factgraph/factgraph/doc"
)

// SegmentCounts holds the counts behind precision, recall and F1 of one
// segmentation level: spans in the gold standard, spans predicted, and
// predicted spans that exactly match a gold span.
type SegmentCounts struct {
	Gold, Predicted, Correct int
}

// Precision is Correct/Predicted (0 when nothing was predicted).
func (c SegmentCounts) Precision() float64 { return ratio(c.Correct, c.Predicted) }

// Recall is Correct/Gold (0 when the gold standard is empty).
func (c SegmentCounts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c SegmentCounts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// SegmentationScores are the token and sentence segmentation scores of a
// tokenizer on one treebank, in the manner of the CoNLL 2018 shared task:
// a predicted span counts as correct only if a gold span has exactly the same
// start and end.
type SegmentationScores struct {
	Tokens    SegmentCounts
	Sentences SegmentCounts
	// Chars is the length of the reconstructed text in code points.
	Chars int
	// Rebuilt counts gold sentences whose "# text" comment was missing or
	// did not match their tokens, so their text was rebuilt from the token
	// forms and SpaceAfter=No.
	Rebuilt int
}

// WriteTable writes the scores as a small Markdown table.
func (s SegmentationScores) WriteTable(w io.Writer) error {
	_, err := fmt.Fprintf(w, "| level | gold | predicted | correct | P %% | R %% | F1 %% |\n|---|---:|---:|---:|---:|---:|---:|\n")
	if err != nil {
		return fmt.Errorf("eval: writing segmentation table: %w", err)
	}
	for _, row := range []struct {
		name string
		c    SegmentCounts
	}{{"tokens", s.Tokens}, {"sentences", s.Sentences}} {
		_, err := fmt.Fprintf(w, "| %s | %d | %d | %d | %.2f | %.2f | %.2f |\n", row.name,
			row.c.Gold, row.c.Predicted, row.c.Correct, 100*row.c.Precision(), 100*row.c.Recall(), 100*row.c.F1())
		if err != nil {
			return fmt.Errorf("eval: writing segmentation table: %w", err)
		}
	}
	return nil
}

// String returns the table written by WriteTable.
func (s SegmentationScores) String() string {
	var b strings.Builder
	_ = s.WriteTable(&b)
	return b.String()
}

// GoldSegments is the raw text reconstructed from a treebank together with
// the gold token and sentence spans in it (code points, half-open).
type GoldSegments struct {
	Text      string
	Tokens    []doc.Span
	Sentences []doc.Span
	// Rebuilt is as in SegmentationScores.
	Rebuilt int
}

// ReconstructText rebuilds the raw text of a treebank and locates its gold
// surface tokens and sentences in it.
//
// The text of each sentence is its "# text" comment; sentences are joined by
// a single space, so paragraph and document breaks give the tokenizer no
// hint. Surface tokens (a multiword token such as 1-2 counts once, its words
// do not) are aligned to the sentence text left to right, skipping
// whitespace. When a sentence has no "# text" comment or its tokens do not
// match it, its text is rebuilt from the surface forms, with a space after
// each form unless MISC says SpaceAfter=No.
func ReconstructText(gold []*conllu.Sentence) GoldSegments {
	var g GoldSegments
	var b strings.Builder
	offset := 0 // code points written to b
	for _, s := range gold {
		surface := s.SurfaceTokens()
		if len(surface) == 0 {
			continue
		}
		text, hasText := s.Comment("text")
		spans, ok := segAlign(text, surface)
		if !hasText || !ok {
			text, spans = segRebuild(surface)
			g.Rebuilt++
		}
		if offset > 0 {
			b.WriteByte(' ')
			offset++
		}
		b.WriteString(text)
		for _, sp := range spans {
			g.Tokens = append(g.Tokens, doc.Span{Start: sp.Start + offset, End: sp.End + offset})
		}
		g.Sentences = append(g.Sentences, doc.Span{Start: spans[0].Start + offset, End: spans[len(spans)-1].End + offset})
		offset += utf8.RuneCountInString(text)
	}
	g.Text = b.String()
	return g
}

// segAlign finds each surface form in text in order, skipping whitespace
// between them, and returns their spans in code points.
func segAlign(text string, surface []conllu.SurfaceToken) ([]doc.Span, bool) {
	spans := make([]doc.Span, 0, len(surface))
	pos, runes := 0, 0 // byte and code point offsets into text
	for _, t := range surface {
		for pos < len(text) {
			r, w := utf8.DecodeRuneInString(text[pos:])
			if !unicode.IsSpace(r) {
				break
			}
			pos += w
			runes++
		}
		if t.Form == "" || !strings.HasPrefix(text[pos:], t.Form) {
			return nil, false
		}
		n := utf8.RuneCountInString(t.Form)
		spans = append(spans, doc.Span{Start: runes, End: runes + n})
		pos += len(t.Form)
		runes += n
	}
	return spans, strings.TrimSpace(text[pos:]) == ""
}

// segRebuild joins surface forms, honouring SpaceAfter=No.
func segRebuild(surface []conllu.SurfaceToken) (string, []doc.Span) {
	var b strings.Builder
	spans := make([]doc.Span, 0, len(surface))
	runes := 0
	for i, t := range surface {
		n := utf8.RuneCountInString(t.Form)
		b.WriteString(t.Form)
		spans = append(spans, doc.Span{Start: runes, End: runes + n})
		runes += n
		if t.SpaceAfter && i < len(surface)-1 {
			b.WriteByte(' ')
			runes++
		}
	}
	return b.String(), spans
}

// Segmentation scores split, a sentence splitter and tokenizer such as
// tokenize.Split, against gold treebank sentences. The raw text is rebuilt
// with ReconstructText and split runs once on the whole of it.
func Segmentation(gold []*conllu.Sentence, split func(string) []doc.Sentence) SegmentationScores {
	g := ReconstructText(gold)
	return SegmentationOf(g, split(g.Text))
}

// SegmentationOf scores predicted sentences (with their tokens) against
// gold segments.
func SegmentationOf(g GoldSegments, pred []doc.Sentence) SegmentationScores {
	s := SegmentationScores{Chars: utf8.RuneCountInString(g.Text), Rebuilt: g.Rebuilt}
	var predTokens, predSents []doc.Span
	for _, ps := range pred {
		predSents = append(predSents, ps.Span)
		for _, t := range ps.Tokens {
			predTokens = append(predTokens, t.Span)
		}
	}
	s.Tokens = segMatch(g.Tokens, predTokens)
	s.Sentences = segMatch(g.Sentences, predSents)
	return s
}

// segMatch counts exact span matches; each gold span matches at most once.
func segMatch(gold, pred []doc.Span) SegmentCounts {
	c := SegmentCounts{Gold: len(gold), Predicted: len(pred)}
	set := make(map[doc.Span]bool, len(gold))
	for _, sp := range gold {
		set[sp] = true
	}
	for _, sp := range pred {
		if set[sp] {
			c.Correct++
			set[sp] = false
		}
	}
	return c
}
