package relation

// twoWay are the relation types NEREL may give both ways between two
// mentions: in NEREL v1.1 train, KNOWS 44 of 307, RELATIVE 4 of 42, SPOUSE
// 2 of 141, ABBREVIATION 2 of 191; SIBLING none of 100, but it is as
// symmetric as the others. No other type holds both ways once in train.
var twoWay = map[string]bool{"KNOWS": true, "RELATIVE": true, "SPOUSE": true, "SIBLING": true, "ABBREVIATION": true}

// oneWay drops from found, for a relation of a type that holds one way
// only given both ways between two mentions, the model's way when the
// other is a rule's (score 1, as patternContext.found gives it):
// «Основным владельцем „Зенита“ является „Газпром“» gave the pattern's
// «Газпром OWNER_OF Зенит» (score 1) and the model's «Зенит OWNER_OF
// Газпром». Both ways of the model are kept: the higher score is the right
// way in only half of the 12 such pairs of NEREL v1.1 train and dev (gold
// entities). It filters found in place.
func oneWay(found []Found) []Found {
	type key struct {
		typ        string
		head, tail int
	}
	score := map[key]float32{} // the rules' relations
	for _, f := range found {
		if !twoWay[f.Type] {
			k := key{f.Type, f.Head, f.Tail}
			if f.Score >= 1 {
				score[k] = f.Score
			}
		}
	}
	kept := found[:0]
	for _, f := range found {
		if s, ok := score[key{f.Type, f.Tail, f.Head}]; ok && !twoWay[f.Type] && s > f.Score {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}
