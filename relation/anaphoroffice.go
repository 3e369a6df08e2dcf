package relation

// officeNouns are the lemmas of nouns that name a post's office, seat or
// tenure rather than its holder when the post follows them in the
// genitive: «на сайте президента», «в офисе шерифа», «пресс-служба главы
// государства», «в канцелярии премьер-министра», «об отставке главы ГРУ»,
// «полномочия спикера парламента», «на выборах мэра Челябинска». On NEREL
// v1.1 train (gold entities) anaphoricPosts gave the person before such a
// post 20 relations (WORKS_AS and the WORKPLACE that follows), none right;
// dev 1 (2 end to end), wrong.
var officeNouns = map[string]bool{
	"сайт": true, "офис": true, "пресс-служба": true, "канцелярия": true, "резиденция": true,
	"отставка": true, "полномочие": true, "выборы": true,
}

// officeOfPost reports whether the word right before mentions[i] is one
// of officeNouns: the post then names an office, which anaphoricPosts does
// not give to a person named in the sentence before («Путин подписал
// закон. Документ опубликован на сайте президента России»).
func (c *patternContext) officeOfPost(i int) bool {
	toks, k := c.tokenBeforeMention(i)
	if k < 0 {
		return false
	}
	for _, p := range readings(toks[k].Text) {
		if officeNouns[p.Normal] {
			return true
		}
	}
	return false
}
