package refine

// isPlaceType reports whether t is one of NEREL's types of places (those
// a recognizer gives compound adjectives of two peoples, a domain name
// («кремль.рф») or a quoted organization's name), by a switch: the rules
// ask it of every mention (adjectivePlace, quotedPlace, countryName, …),
// and a switch does not hash the type, as a look-up in a small map with
// string keys does (~145 instructions a look-up against ~15).
func isPlaceType(t string) bool {
	switch t {
	case "COUNTRY", "STATE_OR_PROVINCE", "CITY", "LOCATION", "DISTRICT":
		return true
	}
	return false
}
