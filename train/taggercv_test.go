package train

import (
	"slices"
	"testing"

	"github.com/factgraph/factgraph/corpus/conllu"
)

// sents builds sentences of the given numbers of words; a negative number
// starts a new document (a "newdoc" comment) of that many words.
func sents(sizes ...int) []*conllu.Sentence {
	out := make([]*conllu.Sentence, len(sizes))
	for i, n := range sizes {
		s := &conllu.Sentence{}
		if n < 0 {
			n = -n
			s.Comments = []conllu.Comment{{Key: "newdoc id", Value: "d"}}
		}
		s.Words = make([]conllu.Word, n)
		out[i] = s
	}
	return out
}

func TestDevFolds(t *testing.T) {
	tests := []struct {
		name string
		ss   []*conllu.Sentence
		k    int
		want []int
	}{
		{"no documents: contiguous blocks by words", sents(5, 5, 5, 5, 5, 5), 3, []int{0, 0, 1, 1, 2, 2}},
		{"uneven sentences", sents(10, 1, 1, 1, 1, 6), 2, []int{0, 1, 1, 1, 1, 1}},
		{"documents whole, largest first to the lightest fold", sents(-3, 3, -10, 1, -2, -4, 4), 2, []int{1, 1, 0, 0, 0, 1, 1}},
		{"sentences before the first newdoc are a document", sents(2, 2, -1, -5), 3, []int{1, 1, 2, 0}},
		{"fewer documents than folds", sents(-4, 4, -1), 4, []int{0, 0, 1}},
		{"one fold", sents(1, 2), 1, []int{0, 0}},
		{"empty", nil, 5, []int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := DevFolds(tt.ss, tt.k)
			if !slices.Equal(got, tt.want) {
				t.Errorf("DevFolds = %v, want %v", got, tt.want)
			}
			if again := DevFolds(tt.ss, tt.k); !slices.Equal(got, again) {
				t.Errorf("not deterministic: %v then %v", got, again)
			}
			// the sentences of one document are in one fold
			docs := documents(tt.ss)
			for j, first := range docs {
				end := len(tt.ss)
				if j+1 < len(docs) {
					end = docs[j+1]
				}
				if len(docs) > 1 {
					for i := first; i < end; i++ {
						if got[i] != got[first] {
							t.Errorf("document %d is split: sentence %d in fold %d, %d in fold %d", j, first, got[first], i, got[i])
						}
					}
				}
			}
		})
	}
}
