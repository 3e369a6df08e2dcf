package refine

import "testing"

// TestIsPlaceType checks that isPlaceType holds NEREL's five place types
// and no other of its types, nor guards: a prefix, a lower case, the
// empty type.
func TestIsPlaceType(t *testing.T) {
	places := map[string]bool{"COUNTRY": true, "STATE_OR_PROVINCE": true, "CITY": true, "LOCATION": true, "DISTRICT": true}
	types := []string{"AGE", "AWARD", "CITY", "COUNTRY", "CRIME", "DATE", "DISEASE", "DISTRICT", "EVENT",
		"FACILITY", "FAMILY", "IDEOLOGY", "LANGUAGE", "LAW", "LOCATION", "MONEY", "NATIONALITY", "NUMBER",
		"ORDINAL", "ORGANIZATION", "PENALTY", "PERCENT", "PERSON", "PRODUCT", "PROFESSION", "RELIGION",
		"STATE_OR_PROVINCE", "TIME", "WORK_OF_ART",
		"", "CIT", "city", "COUNTRY ", "STATE"}
	for _, typ := range types {
		if got, want := isPlaceType(typ), places[typ]; got != want {
			t.Errorf("isPlaceType(%q) = %v, want %v", typ, got, want)
		}
	}
}
