package relation

// parentReach is how many tokens after the kin word the child's name may
// start: a participle phrase and a post («скончавшегося в 2009 году
// "короля поп-музыки"») take more than patternReach.
const parentReach = 14

// parentWords are the forms of мать and отец that a parent's name follows
// after the child's: «Мать Майкла Джексона Кэтрин».
var parentWords = []string{"мать", "матери", "матерью", "отец", "отца", "отцу", "отцом"}

// parent finds PARENT_OF from the parent that a word of parentWords names
// to the child named in the genitive after the word, the parent's name
// coming right after the child's or after a comma: «Мать скончавшегося в
// 2009 году "короля поп-музыки" Майкла Джексона Кэтрин» gives Кэтрин
// PARENT_OF Майкла Джексона (the child's post or a participle phrase may
// stand before its name, within parentReach tokens, no comma or dash
// between). It mirrors child («сын Акихито Нарухито»); NEREL relates the
// parent to the child, whichever of the two the kin word is said of. A
// single name after the word («Мать Магнитского заявила») gives nothing.
func (c *patternContext) parent(out []Found, si, ti int) []Found {
	toks := c.sents[si].Tokens
	for k := ti + 1; k < len(toks) && k <= ti+parentReach; k++ {
		if stop(toks[k].Text) || toks[k].Text == "," || toks[k].Text == "." {
			return out
		}
		x := c.startingAt(si, k, "PERSON")
		if x < 0 {
			continue
		}
		j := c.tokenOf[x].last + 1
		if j < len(toks) && toks[j].Text == "," {
			j++
		}
		if y := c.startingAt(si, j, "PERSON"); y >= 0 && c.ms[x].Text != c.ms[y].Text {
			return append(out, c.found("PARENT_OF", y, x))
		}
		return out
	}
	return out
}
