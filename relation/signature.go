package relation

import (
	"bufio"
	_ "embed" // for the NEREL signature table
	"fmt"
	"io"
	"sort"
	"strings"
)

// The [relations] section of NEREL v1.1's annotation.conf.
//
//go:embed signatures.conf
var nerelConf string

// Signatures tells which relation types may link a mention of one entity
// type (Arg1) to a mention of another (Arg2).
type Signatures map[string]map[string][]string // Arg1 type → Arg2 type → relation types

// Allows reports whether rel may link a mention of type arg1 to one of type
// arg2.
func (s Signatures) Allows(rel, arg1, arg2 string) bool {
	for _, r := range s[arg1][arg2] {
		if r == rel {
			return true
		}
	}
	return false
}

func (s Signatures) add(rel, arg1, arg2 string) {
	if s.Allows(rel, arg1, arg2) {
		return
	}
	if s[arg1] == nil {
		s[arg1] = map[string][]string{}
	}
	s[arg1][arg2] = append(s[arg1][arg2], rel)
	sort.Strings(s[arg1][arg2])
}

// Len reports the number of (relation, Arg1 type, Arg2 type) triples.
func (s Signatures) Len() int {
	n := 0
	for _, m := range s {
		for _, rs := range m {
			n += len(rs)
		}
	}
	return n
}

// Intersect returns the triples allowed by both s and o.
func (s Signatures) Intersect(o Signatures) Signatures {
	out := Signatures{}
	for a, m := range s {
		for b, rs := range m {
			for _, r := range rs {
				if o.Allows(r, a, b) {
					out.add(r, a, b)
				}
			}
		}
	}
	return out
}

// NERELSignatures returns the signatures of NEREL v1.1's annotation.conf,
// with <ENTITY> expanded to its 29 entity types.
func NERELSignatures() (Signatures, error) {
	s, err := ParseSignatures(strings.NewReader(nerelConf), EntityTypes())
	if err != nil {
		return nil, fmt.Errorf("embedded NEREL signatures: %w", err)
	}
	return s, nil
}

// EntityTypes returns NEREL's 29 entity types, sorted.
func EntityTypes() []string {
	return []string{"AGE", "AWARD", "CITY", "COUNTRY", "CRIME", "DATE", "DISEASE",
		"DISTRICT", "EVENT", "FACILITY", "FAMILY", "IDEOLOGY", "LANGUAGE", "LAW", "LOCATION",
		"MONEY", "NATIONALITY", "NUMBER", "ORDINAL", "ORGANIZATION", "PENALTY", "PERCENT",
		"PERSON", "PRODUCT", "PROFESSION", "RELIGION", "STATE_OR_PROVINCE", "TIME",
		"WORK_OF_ART"}
}

// ParseSignatures reads the [relations] section of a brat annotation.conf:
// lines "TYPE\tArg1:A|B, Arg2:C|D". <ENTITY> stands for every type in
// entities; the <OVERLAP> line, comments, blank lines and other sections
// are skipped.
func ParseSignatures(r io.Reader, entities []string) (Signatures, error) {
	s := Signatures{}
	sc := bufio.NewScanner(r)
	section := "relations" // a bare table counts as the relations section
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
			section = strings.Trim(t, "[]")
			continue
		}
		if section != "relations" || strings.HasPrefix(t, "<") {
			continue
		}
		f := strings.Fields(strings.ReplaceAll(t, ",", " "))
		if len(f) < 3 {
			return nil, fmt.Errorf("annotation.conf line %d: want TYPE Arg1:… Arg2:…, got %q", line, t)
		}
		var args [2][]string
		for _, a := range f[1:] {
			role, types, ok := strings.Cut(a, ":")
			if !ok {
				return nil, fmt.Errorf("annotation.conf line %d: bad argument %q", line, a)
			}
			k := -1
			switch role {
			case "Arg1":
				k = 0
			case "Arg2":
				k = 1
			default:
				continue
			}
			for _, ty := range strings.Split(types, "|") {
				if ty == "<ENTITY>" {
					args[k] = append(args[k], entities...)
				} else if ty != "" {
					args[k] = append(args[k], ty)
				}
			}
		}
		if len(args[0]) == 0 || len(args[1]) == 0 {
			return nil, fmt.Errorf("annotation.conf line %d: relation %s lacks Arg1 or Arg2", line, f[0])
		}
		for _, a := range args[0] {
			for _, b := range args[1] {
				s.add(f[0], a, b)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read annotation.conf: %w", err)
	}
	return s, nil
}
