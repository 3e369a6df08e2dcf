package relation

import (
	"slices"

	"github.com/factgraph/factgraph/doc"
)

// stateWords are the lemmas that make «глава …» a head of state: «глава
// государства», «глава страны».
var stateWords = map[string]bool{"государство": true, "страна": true}

// localPostWords are the lemmas of the words of a regional or a town's
// post: «глава региона», «губернатор Челябинской области», «мэр города».
var localPostWords = map[string]bool{
	"регион": true, "область": true, "край": true, "округ": true, "район": true, "город": true,
	"губернатор": true, "мэр": true, "градоначальник": true, "вице-губернатор": true,
}

// stateHeadPosts are the lemmas of the posts that hold a state.
var stateHeadPosts = map[string]bool{"президент": true, "премьер-министр": true, "премьер": true, "канцлер": true, "король": true, "государство": true, "страна": true}

// localHolder reports whether the anaphoric post mentions[post] is a head
// of state («Глава государства поблагодарил его за работу») and the person
// mentions[person] holds, by fs, a regional or a town's post
// (localPostWords: «Ранее пост главы региона занимал Борис Дубровский»)
// and no post of a state (stateHeadPosts): the head of state is another,
// the one who acts upon the region. anaphoricPosts gives him no such post.
func localHolder(fs []Found, mentions []doc.Mention, person, post int) bool {
	words := postLemmas(mentions[post].Text)
	if len(words) != 2 || words[0] != "глава" || !stateWords[words[1]] {
		return false
	}
	name := surname(mentions[person].Text)
	local := false
	for _, f := range fs {
		if f.Type != "WORKS_AS" || f.Tail == post || !samePerson(mentions, f.Head, person, name) {
			continue
		}
		held := postLemmas(mentions[f.Tail].Text)
		if slices.ContainsFunc(held, func(w string) bool { return stateHeadPosts[w] }) {
			return false
		}
		local = local || slices.ContainsFunc(held, func(w string) bool { return localPostWords[w] })
	}
	return local
}
