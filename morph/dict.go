package morph

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"unicode/utf8"
)

// dict holds the dictionary data in memory, exactly as read from the
// pymorphy2/az files (the binary format in binfile.go stores the same
// fields).
type dict struct {
	meta      [][2]string // selected meta.json entries
	prefixes  []string    // paradigm prefixes: "", "по", "наи"
	suffixes  []string    // suffixes.json
	gramtab   []string    // gramtab-opencorpora-int.json
	paradigms [][]uint16  // suffix ids, tag ids, prefix ids (n each)
	words     dawg        // word \x01 para(2) form(2)
	pred      [3]dawg     // suffix \x01 count(2) para(2) form(2), per prefix
	probs     dawg        // "word:tag" -> P(t|w)*1e6
}

// readSourceDir reads the pymorphy2 2.4 files as shipped by az from dir.
func readSourceDir(dir string) (*dict, error) {
	d := &dict{}
	readJSON := func(name string, v any) error {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return fmt.Errorf("read dictionary: %w", err)
		}
		if err := json.Unmarshal(b, v); err != nil {
			return fmt.Errorf("read dictionary %s: %w", name, err)
		}
		return nil
	}
	readDAWG := func(name string, dst *dawg) error {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return fmt.Errorf("read dictionary: %w", err)
		}
		g, n, err := parseDAWG(b, name)
		if err != nil {
			return fmt.Errorf("read dictionary: %w", err)
		}
		if n != len(b) {
			return fmt.Errorf("read dictionary %s: %d trailing bytes", name, len(b)-n)
		}
		*dst = g
		return nil
	}

	var meta [][2]json.RawMessage
	if err := readJSON("meta.json", &meta); err != nil {
		return nil, err
	}
	var opts struct {
		Prefixes []string `json:"paradigm_prefixes"`
	}
	for _, kv := range meta {
		var k string
		if err := json.Unmarshal(kv[0], &k); err != nil {
			return nil, fmt.Errorf("read dictionary meta.json: %w", err)
		}
		switch k {
		case "compile_options":
			if err := json.Unmarshal(kv[1], &opts); err != nil {
				return nil, fmt.Errorf("read dictionary meta.json compile_options: %w", err)
			}
		case "format_version", "source_version", "source_revision", "compiled_at", "language_code", "source_lexemes_count", "corpus_revision":
			v := string(bytes.Trim(kv[1], `"`))
			d.meta = append(d.meta, [2]string{k, v})
		}
	}
	d.prefixes = opts.Prefixes
	if len(d.prefixes) != 3 {
		return nil, fmt.Errorf("read dictionary meta.json: want 3 paradigm prefixes, got %q", d.prefixes)
	}
	if err := readJSON("suffixes.json", &d.suffixes); err != nil {
		return nil, err
	}
	if err := readJSON("gramtab-opencorpora-int.json", &d.gramtab); err != nil {
		return nil, err
	}
	b, err := os.ReadFile(filepath.Join(dir, "paradigms.array"))
	if err != nil {
		return nil, fmt.Errorf("read dictionary: %w", err)
	}
	if d.paradigms, err = parseParadigms(b); err != nil {
		return nil, fmt.Errorf("read dictionary paradigms.array: %w", err)
	}
	if err := readDAWG("words.dawg", &d.words); err != nil {
		return nil, err
	}
	for i := range d.pred {
		if err := readDAWG(fmt.Sprintf("prediction-suffixes-%d.dawg", i), &d.pred[i]); err != nil {
			return nil, err
		}
	}
	if err := readDAWG("p_t_given_w.intdawg", &d.probs); err != nil {
		return nil, err
	}
	if err := d.validate(); err != nil {
		return nil, fmt.Errorf("read dictionary %s: %w", dir, err)
	}
	return d, nil
}

// parseParadigms reads paradigms.array: uint16 LE count, then per paradigm
// a uint16 length followed by that many uint16 values.
func parseParadigms(b []byte) ([][]uint16, error) {
	if len(b) < 2 {
		return nil, fmt.Errorf("truncated paradigm count")
	}
	n := int(binary.LittleEndian.Uint16(b))
	pos := 2
	out := make([][]uint16, 0, n)
	for i := 0; i < n; i++ {
		if len(b)-pos < 2 {
			return nil, fmt.Errorf("paradigm %d: truncated length", i)
		}
		size := int(binary.LittleEndian.Uint16(b[pos:]))
		pos += 2
		if len(b)-pos < 2*size {
			return nil, fmt.Errorf("paradigm %d: truncated (%d values)", i, size)
		}
		p := make([]uint16, size)
		for j := range p {
			p[j] = binary.LittleEndian.Uint16(b[pos:])
			pos += 2
		}
		out = append(out, p)
	}
	if pos != len(b) {
		return nil, fmt.Errorf("%d trailing bytes", len(b)-pos)
	}
	return out, nil
}

// appendParadigms writes paradigms in the paradigms.array layout.
func appendParadigms(dst []byte, ps [][]uint16) []byte {
	dst = binary.LittleEndian.AppendUint16(dst, uint16(len(ps)))
	for _, p := range ps {
		dst = binary.LittleEndian.AppendUint16(dst, uint16(len(p)))
		for _, v := range p {
			dst = binary.LittleEndian.AppendUint16(dst, v)
		}
	}
	return dst
}

// validate checks the cross references between the tables, so that lookups
// never index out of range.
func (d *dict) validate() error {
	if len(d.prefixes) != 3 {
		return fmt.Errorf("want 3 paradigm prefixes, got %d", len(d.prefixes))
	}
	if len(d.paradigms) == 0 || len(d.paradigms) > 0xFFFF {
		return fmt.Errorf("bad paradigm count %d", len(d.paradigms))
	}
	for _, s := range [][]string{d.prefixes, d.suffixes, d.gramtab} {
		for _, x := range s {
			if !utf8.ValidString(x) {
				return fmt.Errorf("invalid UTF-8 in %q", x)
			}
		}
	}
	for i, p := range d.paradigms {
		if len(p) == 0 || len(p)%3 != 0 {
			return fmt.Errorf("paradigm %d: length %d is not a positive multiple of 3", i, len(p))
		}
		n := len(p) / 3
		for j := 0; j < n; j++ {
			if int(p[j]) >= len(d.suffixes) {
				return fmt.Errorf("paradigm %d form %d: suffix id %d out of range", i, j, p[j])
			}
			if int(p[n+j]) >= len(d.gramtab) {
				return fmt.Errorf("paradigm %d form %d: tag id %d out of range", i, j, p[n+j])
			}
			if int(p[2*n+j]) >= len(d.prefixes) {
				return fmt.Errorf("paradigm %d form %d: prefix id %d out of range", i, j, p[2*n+j])
			}
		}
	}
	if len(d.words.guide) == 0 {
		return fmt.Errorf("words DAWG has no guide")
	}
	for i := range d.pred {
		if len(d.pred[i].guide) == 0 {
			return fmt.Errorf("prediction DAWG %d has no guide", i)
		}
	}
	return nil
}
