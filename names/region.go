package names

// regionNouns are the lemmas of the nouns of a region, with the region's
// type: a settlement's name may be followed by one («в посёлке Мирный
// Архангельской области»), and adjectives may share one in the plural
// («Брянской и Курской областей»).
var regionNouns = map[string]string{"область": "STATE_OR_PROVINCE", "край": "STATE_OR_PROVINCE", "республика": "STATE_OR_PROVINCE",
	"округ": "STATE_OR_PROVINCE", "район": "DISTRICT"}

// RegionNoun returns the type of the region that the noun lemma (lower
// case, ё as е) names («область»: STATE_OR_PROVINCE, «район»: DISTRICT), or
// "" for another word. The names package asks it of the noun that
// coordinated adjectives share («Брянской и Курской областей»: Брянская
// область and Курская область), the refine package of the region after a
// settlement's name.
func RegionNoun(lemma string) string { return regionNouns[lemma] }
