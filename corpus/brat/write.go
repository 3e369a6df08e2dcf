package brat

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
)

// Write writes d's annotations to w in brat standoff form: T, E, R, A/M, N,
// # and * lines, each kind in slice order, then the Unknown lines verbatim.
// Newlines in an entity's text are written as spaces. Write does not write
// d.Text; Parse of the output against d.Text gives back d.
//
// Write fails without writing a partial line when a field cannot be
// represented: an empty ID, type or reference, whitespace inside one, an
// entity without fragments, or a newline in a label or note.
func Write(w io.Writer, d *Document) error {
	if err := check(d); err != nil {
		return fmt.Errorf("write %s.ann: %w", d.ID, err)
	}
	bw := bufio.NewWriter(w)
	for _, e := range d.Entities {
		bw.WriteString(e.ID)
		bw.WriteByte('\t')
		bw.WriteString(e.Type)
		for i, s := range e.Spans {
			if i == 0 {
				bw.WriteByte(' ')
			} else {
				bw.WriteByte(';')
			}
			bw.WriteString(strconv.Itoa(s.Start))
			bw.WriteByte(' ')
			bw.WriteString(strconv.Itoa(s.End))
		}
		bw.WriteByte('\t')
		bw.WriteString(strings.ReplaceAll(e.Text, "\n", " "))
		bw.WriteByte('\n')
	}
	for _, ev := range d.Events {
		fmt.Fprintf(bw, "%s\t%s:%s", ev.ID, ev.Type, ev.Trigger)
		for _, a := range ev.Args {
			fmt.Fprintf(bw, " %s:%s", a.Role, a.Ref)
		}
		bw.WriteByte('\n')
	}
	for _, r := range d.Relations {
		role1, role2 := r.Role1, r.Role2
		if role1 == "" {
			role1 = "Arg1"
		}
		if role2 == "" {
			role2 = "Arg2"
		}
		fmt.Fprintf(bw, "%s\t%s %s:%s %s:%s\t\n", r.ID, r.Type, role1, r.Arg1, role2, r.Arg2)
	}
	for _, a := range d.Attributes {
		if a.Value == "" {
			fmt.Fprintf(bw, "%s\t%s %s\n", a.ID, a.Type, a.Target)
		} else {
			fmt.Fprintf(bw, "%s\t%s %s %s\n", a.ID, a.Type, a.Target, a.Value)
		}
	}
	for _, n := range d.Norms {
		fmt.Fprintf(bw, "%s\t%s %s %s\t%s\n", n.ID, n.Type, n.Target, n.RefID, n.Label)
	}
	for _, n := range d.Notes {
		fmt.Fprintf(bw, "%s\t%s %s\t%s\n", n.ID, n.Type, n.Target, n.Text)
	}
	for _, e := range d.Equivs {
		fmt.Fprintf(bw, "*\t%s %s\n", e.Type, strings.Join(e.IDs, " "))
	}
	for _, u := range d.Unknown {
		bw.WriteString(u)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %s.ann: %w", d.ID, err)
	}
	return nil
}

// check reports the first field of d that Write cannot represent so that
// Parse reads it back unchanged.
func check(d *Document) error {
	word := func(what, s string) error {
		if s == "" || strings.ContainsFunc(s, unicode.IsSpace) {
			return fmt.Errorf("%s %q: empty or contains whitespace", what, s)
		}
		return nil
	}
	id := func(what, s string, prefix byte) error {
		if err := word(what, s); err != nil {
			return err
		}
		if s[0] != prefix {
			return fmt.Errorf("%s %q does not start with %q", what, s, prefix)
		}
		return nil
	}
	role := func(what, s string) error {
		if err := word(what, s); err != nil {
			return err
		}
		if strings.Contains(s, ":") {
			return fmt.Errorf("%s %q contains a colon", what, s)
		}
		return nil
	}
	line := func(what, s string) error {
		if strings.Contains(s, "\n") || strings.HasSuffix(s, "\r") {
			return fmt.Errorf("%s %q contains a newline or ends in a carriage return", what, s)
		}
		return nil
	}
	var errs []error
	for _, e := range d.Entities {
		errs = append(errs, id("entity ID", e.ID, 'T'), word("entity type", e.Type))
		if len(e.Spans) == 0 {
			errs = append(errs, fmt.Errorf("entity %s has no fragments", e.ID))
		}
	}
	for _, ev := range d.Events {
		errs = append(errs, id("event ID", ev.ID, 'E'), role("event type", ev.Type), word("event trigger", ev.Trigger))
		for _, a := range ev.Args {
			errs = append(errs, role("event role", a.Role), word("event argument", a.Ref))
		}
	}
	for _, r := range d.Relations {
		errs = append(errs, id("relation ID", r.ID, 'R'), word("relation type", r.Type), word("relation argument", r.Arg1), word("relation argument", r.Arg2))
		if r.Role1 != "" {
			errs = append(errs, role("relation role", r.Role1))
		}
		if r.Role2 != "" {
			errs = append(errs, role("relation role", r.Role2))
		}
	}
	for _, a := range d.Attributes {
		if a.ID != "" && a.ID[0] != 'A' && a.ID[0] != 'M' {
			errs = append(errs, fmt.Errorf("attribute ID %q does not start with 'A' or 'M'", a.ID))
		}
		errs = append(errs, word("attribute ID", a.ID), word("attribute type", a.Type), word("attribute target", a.Target))
		if a.Value != "" {
			errs = append(errs, word("attribute value", a.Value))
		}
	}
	for _, n := range d.Norms {
		errs = append(errs, id("normalization ID", n.ID, 'N'), word("normalization type", n.Type), word("normalization target", n.Target), word("normalization reference", n.RefID), line("normalization label", n.Label))
	}
	for _, n := range d.Notes {
		errs = append(errs, id("note ID", n.ID, '#'), word("note type", n.Type), word("note target", n.Target), line("note text", n.Text))
	}
	for _, e := range d.Equivs {
		errs = append(errs, word("equivalence type", e.Type))
		if len(e.IDs) == 0 {
			errs = append(errs, fmt.Errorf("equivalence %s has no members", e.Type))
		}
		for _, id := range e.IDs {
			errs = append(errs, word("equivalence member", id))
		}
	}
	for _, u := range d.Unknown {
		errs = append(errs, line("unknown line", u))
		if t := strings.TrimLeft(u, bom); strings.TrimSpace(t) == "" || strings.ContainsRune("TREAMN#*", rune(t[0])) {
			errs = append(errs, fmt.Errorf("unknown line %q is blank or starts like an annotation", u))
		}
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
