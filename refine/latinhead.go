package refine

import (
	"strings"

	"github.com/factgraph/factgraph/doc"
)

// latinOrgWords are the words that make a name in Latin letters the name
// of an organization wherever they stand in it: «Committee to Protect
// Journalists», «Radio Corporation of America», «Island Records», «Bank of
// East Asia», «USM Holdings».
var latinOrgWords = map[string]bool{
	"Committee": true, "Corporation": true, "Corp": true, "Bank": true, "Bancorp": true, "Registry": true,
	"Records": true, "Holdings": true, "Holding": true, "Agency": true, "Association": true,
	"Organization": true, "Organisation": true, "Foundation": true, "Institute": true, "University": true,
	"Council": true, "Commission": true, "Union": true, "Party": true, "Company": true, "Inc": true,
	"Ltd": true, "LLC": true, "GmbH": true, "Group": true, "Airlines": true, "Airways": true, "Motors": true,
	"Fund": true, "Federation": true, "League": true, "Society": true, "Bureau": true, "Alliance": true,
	"Coalition": true, "Industries": true, "Partners": true, "Technologies": true, "Pictures": true,
	"Studios": true, "Entertainment": true, "Insurance": true, "Petroleum": true, "Press": true, "Presse": true,
	"Army": true, "Team": true,
}

// hyphenOrganizations retypes a place mention of one Latin word whose part
// after a hyphen is one of latinOrgWords («France-Presse», the agency,
// read as a COUNTRY): inside an organization's mention («Agence
// France-Presse») it is the place before the hyphen («France», as NEREL
// v1.1 train has it three times, where the recognizer made the whole word
// a COUNTRY), elsewhere the organization («агенству France-Presse»).
func hyphenOrganizations(text []rune, ms []doc.Mention) []doc.Mention {
	var out []doc.Mention
	for i, m := range ms {
		head, tail, ok := strings.Cut(m.Text, "-")
		if !isPlaceType(m.Type) || !ok || !latinWord(head) || !latinOrgWords[tail] || strings.ContainsAny(tail, " -") {
			continue
		}
		out = own(out, ms)
		out[i].Type = "ORGANIZATION"
		for _, o := range ms {
			if o.Type == "ORGANIZATION" && o.Start <= m.Start && m.End <= o.End && o.Span != m.Span {
				out[i].Type = m.Type
				out[i].End = m.Start + len([]rune(head))
				out[i].Text = string(text[m.Start:out[i].End])
				break
			}
		}
	}
	if out == nil {
		return ms
	}
	return sortedMentions(out)
}

// latinHeadNames makes a name in Latin letters of two words or more
// (latinName) that holds one of latinOrgWords one ORGANIZATION when the
// recognizer cut it into pieces or typed it otherwise: «Committee to
// Protect Journalists» was a PERSON, «Radio Corporation of America» a
// PERSON «Radio» and an organization «Corporation of America», «Island
// Records» a CITY «Island». The organizations, persons and products inside
// the name go; places stay, nested («America»). A name the recognizer typed
// whole as a person or a place is retyped; one typed whole as something
// else («Santa Fe High School», a FACILITY), or that lies inside a longer
// mention, is left alone. Twenty-fourth session: «Army» and «Team» are
// such words («IT Army of Ukraine», «Putin Team»: train's 1 of 1 an
// ORGANIZATION), and a name typed whole a WORK_OF_ART is retyped too (the
// recognizer's «IT Army of Ukraine»): no WORK_OF_ART, PRODUCT, EVENT or
// FACILITY of NEREL v1.1 train or dev holds a word of latinOrgWords. A name holding one of latinEventWords and none of
// latinOrgWords that the recognizer typed an organization or a person is
// an EVENT.
func latinHeadNames(text []rune, sents []doc.Sentence, ms []doc.Mention) []doc.Mention {
	var added, retyped []doc.Mention
	drop := map[doc.Mention]bool{}
	eachLatinName(sents, func(toks []doc.Token, i, j int) {
		head, event := false, false
		for k := i; k <= j; k++ {
			head = head || latinOrgWords[strings.TrimSuffix(toks[k].Text, ".")]
			event = event || latinEventWords[toks[k].Text]
		}
		run := doc.Span{Start: toks[i].Start, End: toks[j].End}
		if event && !head {
			for _, m := range ms {
				if m.Span == run && (m.Type == "ORGANIZATION" || m.Type == "PERSON") {
					retyped = append(retyped, m) // «Corus Chess Tournament»
				}
			}
			return
		}
		if !head {
			return
		}
		var inside []doc.Mention
		keep := false
		for _, m := range ms {
			switch {
			case m.End <= run.Start || m.Start >= run.End:
			case m.Span == run && (m.Type == "PERSON" || m.Type == "WORK_OF_ART" || isPlaceType(m.Type)):
				inside = append(inside, m) // «Committee to Protect Journalists», a PERSON; «IT Army of Ukraine», a WORK_OF_ART
			case m.Span == run || m.Start < run.Start || m.End > run.End:
				keep = true // typed whole, or inside a longer mention
			case m.Type == "ORGANIZATION" || m.Type == "PERSON" || m.Type == "PRODUCT":
				inside = append(inside, m)
			}
		}
		if keep {
			return
		}
		for _, m := range inside {
			drop[m] = true
		}
		added = append(added, doc.Mention{Span: run, Text: string(text[run.Start:run.End]), Type: "ORGANIZATION"})
	})
	for _, m := range retyped {
		drop[m] = true
		m.Type = "EVENT"
		added = append(added, m)
	}
	return withReplaced(ms, added, func(m doc.Mention) bool { return drop[m] })
}

// latinEventWords are the words that make a name in Latin letters the
// name of an event («Corus Chess Tournament», «Sundance Film Festival»,
// «Worldwide Developers Conference»: NEREL train tags the 8 it has EVENT).
var latinEventWords = map[string]bool{
	"Tournament": true, "Championship": true, "Championships": true, "Festival": true, "Conference": true,
	"Summit": true, "Forum": true, "Expo": true, "Marathon": true, "Cup": true, "Games": true, "Olympics": true,
}
