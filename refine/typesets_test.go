package refine

import "testing"

// TestIsPlaceType checks that isPlaceType answers as placeMentionTypes
// for each of NEREL's types and for guards: a prefix, a lower case, the
// empty type.
func TestIsPlaceType(t *testing.T) {
	types := []string{"AGE", "AWARD", "CITY", "COUNTRY", "CRIME", "DATE", "DISEASE", "DISTRICT", "EVENT",
		"FACILITY", "FAMILY", "IDEOLOGY", "LANGUAGE", "LAW", "LOCATION", "MONEY", "NATIONALITY", "NUMBER",
		"ORDINAL", "ORGANIZATION", "PENALTY", "PERCENT", "PERSON", "PRODUCT", "PROFESSION", "RELIGION",
		"STATE_OR_PROVINCE", "TIME", "WORK_OF_ART",
		"", "CIT", "city", "COUNTRY ", "STATE"}
	for k := range placeMentionTypes {
		types = append(types, k)
	}
	for _, typ := range types {
		if got, want := isPlaceType(typ), placeMentionTypes[typ]; got != want {
			t.Errorf("isPlaceType(%q) = %v, placeMentionTypes says %v", typ, got, want)
		}
	}
	if n := len(placeMentionTypes); n != 5 {
		t.Errorf("placeMentionTypes has %d types, isPlaceType lists 5", n)
	}
}
