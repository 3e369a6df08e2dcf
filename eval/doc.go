// Package eval computes the scores factgraph reports on public corpora:
// sentence and token segmentation against CoNLL-U treebanks, exact-match
// nested NER on NEREL, and the token-level naeval metric on factRuEval-2016.
//
// The metrics are defined precisely in docs/eval.md.
package eval
