// Package tagger is a contextual morphological tagger for Russian: for each
// token of a sentence it predicts the Universal Dependencies UPOS, the UD
// universal features and the lemma.
//
// Candidates come from the OpenCorpora dictionary (package morph), each
// parse mapped to UD by an explicit table (FromOpenCorpora), from the tags
// a word had in the training corpora, and, for words known to neither,
// from the most frequent tags of the word's ending. A greedy averaged
// perceptron scores the candidates left to right with hashed features of
// the word, its affixes, its neighbours and their candidate sets, and the
// tags already chosen. A candidate's score is the sum over its parts (the
// whole tag, the UPOS, each feature), so rare feature combinations share
// weights with common ones. Lemmas come from the dictionary parse or the
// training word that gave the chosen tag, else from ending rules learned
// from the training data. Pronominal PronType, Poss and Reflex are added
// from a lexical table (AddLexicalFeatures).
//
//	m, err := tagger.Default()
//	as := m.TagWords([]string{"Мама", "мыла", "раму", "."})
//	// as[1] = {UPOS: "VERB", Feats: "Aspect=Imp|Gender=Fem|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act", Lemma: "мыть"}
//
// The embedded model (model/ru.fgt) is reproduced by `factgraph train
// tagger`; see docs/tagger.md for the tag map, the data and the scores.
package tagger
