package refine

// isPlaceType is placeMentionTypes[t], by a switch: the rules that ask it
// of every mention (adjectivePlace, quotedPlace, countryName, …) then do
// not hash the type, as a look-up in a small map with string keys does
// (~145 instructions a look-up against ~15). TestIsPlaceType keeps the two
// the same.
func isPlaceType(t string) bool {
	switch t {
	case "COUNTRY", "STATE_OR_PROVINCE", "CITY", "LOCATION", "DISTRICT":
		return true
	}
	return false
}
