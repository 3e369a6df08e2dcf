package morph

import (
	"encoding/binary"
	"fmt"
	"unicode/utf8"
)

// This file reads DAWGs in the dawgdic layout used by pymorphy2 (and by az):
//
//	uint32 LE n, then n uint32 LE "units" (a double-array automaton),
//	uint32 LE m, then 2*m bytes of "guide" (per unit: first child label,
//	next sibling label), needed only to enumerate completions.
//
// A unit's bits: 0-7 label, 8 has-leaf, 9 extension (offset scale), 10-31
// offset; bit 31 marks a leaf unit, whose other bits are the stored value.

const (
	dawgHasLeaf   = 1 << 8
	dawgExtension = 1 << 9
	dawgIsLeaf    = 1 << 31
)

// dawg is a read-only dawgdic automaton. Keys are CP1251 byte strings.
type dawg struct {
	units []uint32
	guide []byte // 2 bytes per unit, may be empty when completion is not needed
}

func dawgOffset(u uint32) uint32 { return (u >> 10) << ((u & dawgExtension) >> 6) }

// follow moves from node idx along byte c. Byte 0 never occurs in keys (it
// would match empty units) and is rejected.
func (d *dawg) follow(c byte, idx uint32) (uint32, bool) {
	if c == 0 || int(idx) >= len(d.units) {
		return 0, false
	}
	next := idx ^ dawgOffset(d.units[idx]) ^ uint32(c)
	if int(next) >= len(d.units) || d.units[next]&(dawgIsLeaf|0xFF) != uint32(c) {
		return 0, false
	}
	return next, true
}

// hasValue reports whether a key ends at node idx.
func (d *dawg) hasValue(idx uint32) bool {
	return int(idx) < len(d.units) && d.units[idx]&dawgHasLeaf != 0
}

// value returns the value stored for the key ending at idx.
func (d *dawg) value(idx uint32) (uint32, bool) {
	if !d.hasValue(idx) {
		return 0, false
	}
	v := idx ^ dawgOffset(d.units[idx])
	if int(v) >= len(d.units) {
		return 0, false
	}
	return d.units[v] &^ dawgIsLeaf, true
}

// maxCompletion bounds the length of an enumerated completion, so that a
// corrupt file cannot make an enumeration run away.
const maxCompletion = 128

// maxCompleterSteps bounds the work of one enumeration below a word or
// suffix: a corrupt guide can link siblings in a cycle. Real enumerations
// take a few thousand steps; enumerating a whole DAWG needs a larger budget
// (completer.budget).
const maxCompleterSteps = 1 << 20

// completer enumerates the keys below a node in lexicographic order
// (dawgdic's Completer).
type completer struct {
	d      *dawg
	stack  [maxCompletion + 1]uint32
	key    [maxCompletion]byte
	n      int // stack depth; key length is n-1
	last   bool
	steps  int // work done since start
	budget int // maximum steps, maxCompleterSteps unless set after start
}

func (c *completer) start(d *dawg, idx uint32) {
	c.d = d
	c.stack[0] = idx
	c.n = 1
	c.last = false
	c.steps = 0
	c.budget = maxCompleterSteps
}

func (c *completer) push(label byte, idx uint32) bool {
	next, ok := c.d.follow(label, idx)
	if !ok || c.n > maxCompletion {
		c.n = 0
		return false
	}
	c.key[c.n-1] = label
	c.stack[c.n] = next
	c.n++
	return true
}

// next advances to the next completion; keyBytes returns it.
func (c *completer) next() bool {
	c.steps++
	if c.n == 0 || len(c.d.guide) < 2*len(c.d.units) || c.steps > c.budget {
		c.n = 0
		return false
	}
	g := c.d.guide
	idx := c.stack[c.n-1]
	if c.last {
		if child := g[2*idx]; child != 0 {
			if !c.push(child, idx) {
				return false
			}
		} else {
			for {
				sibling := g[2*idx+1]
				c.n--
				if c.n <= 0 {
					c.n = 0
					return false
				}
				idx = c.stack[c.n-1]
				if sibling != 0 {
					if !c.push(sibling, idx) {
						return false
					}
					break
				}
			}
		}
	}
	idx = c.stack[c.n-1]
	for !c.d.hasValue(idx) {
		c.steps++
		if c.steps > c.budget || !c.push(g[2*idx], idx) {
			return false
		}
		idx = c.stack[c.n-1]
	}
	c.last = true
	return true
}

// keyBytes returns the current completion (valid until the next call).
func (c *completer) keyBytes() []byte { return c.key[:c.n-1] }

// appendPayloads appends the 4-byte keys below node root in lexicographic
// order (the payloads of a word in words.dawg: paradigm and form). It
// enumerates the same keys of length 4 as completer, without its generic
// stack, and stops after maxCompleterSteps steps on a corrupt guide.
func (d *dawg) appendPayloads(dst [][4]byte, root uint32) [][4]byte {
	if len(d.guide) < 2*len(d.units) || int(root) >= len(d.units) {
		return dst
	}
	g := d.guide
	var stack [5]uint32 // stack[n] is the node at depth n
	var key [4]byte
	stack[0] = root
	n := 0
	label := g[2*root] // next label to follow from stack[n]
	for steps := 0; steps < maxCompleterSteps; steps++ {
		if label != 0 {
			next, ok := d.follow(label, stack[n])
			if !ok {
				return dst
			}
			key[n] = label
			n++
			stack[n] = next
			if n < len(key) {
				label = g[2*next]
				continue
			}
			if d.hasValue(next) {
				dst = append(dst, key)
			}
		}
		// Move to the next sibling, climbing while there is none.
		for label = 0; label == 0; n-- {
			if n == 0 {
				return dst
			}
			label = g[2*stack[n]+1]
		}
	}
	return dst
}

// decodeU16 decodes az's 2-byte payload number: ((b0 ^ 1) << 6) + (b1 >> 1).
func decodeU16(b0, b1 byte) uint16 { return uint16(b0^1)<<6 + uint16(b1>>1) }

// parseDAWG reads a DAWG in the dawgdic file layout from b, returning it and
// the number of bytes consumed.
func parseDAWG(b []byte, name string) (dawg, int, error) {
	var d dawg
	if len(b) < 4 {
		return d, 0, fmt.Errorf("dawg %s: truncated unit count", name)
	}
	n := uint64(binary.LittleEndian.Uint32(b))
	pos := uint64(4)
	if n == 0 || n > uint64(len(b)-4)/4 {
		return d, 0, fmt.Errorf("dawg %s: %d units do not fit in %d bytes", name, n, len(b))
	}
	d.units = make([]uint32, n)
	for i := range d.units {
		d.units[i] = binary.LittleEndian.Uint32(b[pos:])
		pos += 4
	}
	if uint64(len(b))-pos < 4 {
		return d, 0, fmt.Errorf("dawg %s: truncated guide size", name)
	}
	m := uint64(binary.LittleEndian.Uint32(b[pos:]))
	pos += 4
	if m != 0 && m != n {
		return d, 0, fmt.Errorf("dawg %s: guide has %d entries for %d units", name, m, n)
	}
	if uint64(len(b))-pos < 2*m {
		return d, 0, fmt.Errorf("dawg %s: truncated guide (%d bytes, want %d)", name, uint64(len(b))-pos, 2*m)
	}
	d.guide = append([]byte(nil), b[pos:pos+2*m]...)
	pos += 2 * m
	return d, int(pos), nil
}

// appendDAWG writes d in the dawgdic file layout.
func appendDAWG(dst []byte, d *dawg) []byte {
	dst = binary.LittleEndian.AppendUint32(dst, uint32(len(d.units)))
	for _, u := range d.units {
		dst = binary.LittleEndian.AppendUint32(dst, u)
	}
	dst = binary.LittleEndian.AppendUint32(dst, uint32(len(d.guide)/2))
	return append(dst, d.guide...)
}

// cp1251High maps CP1251 bytes 0x80–0xFF to Unicode (0 for the unused 0x98).
var cp1251High = [128]rune{
	0x0402, 0x0403, 0x201a, 0x0453, 0x201e, 0x2026, 0x2020, 0x2021,
	0x20ac, 0x2030, 0x0409, 0x2039, 0x040a, 0x040c, 0x040b, 0x040f,
	0x0452, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x0000, 0x2122, 0x0459, 0x203a, 0x045a, 0x045c, 0x045b, 0x045f,
	0x00a0, 0x040e, 0x045e, 0x0408, 0x00a4, 0x0490, 0x00a6, 0x00a7,
	0x0401, 0x00a9, 0x0404, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x0407,
	0x00b0, 0x00b1, 0x0406, 0x0456, 0x0491, 0x00b5, 0x00b6, 0x00b7,
	0x0451, 0x2116, 0x0454, 0x00bb, 0x0458, 0x0405, 0x0455, 0x0457,
	0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
	0x0418, 0x0419, 0x041a, 0x041b, 0x041c, 0x041d, 0x041e, 0x041f,
	0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
	0x0428, 0x0429, 0x042a, 0x042b, 0x042c, 0x042d, 0x042e, 0x042f,
	0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,
	0x0438, 0x0439, 0x043a, 0x043b, 0x043c, 0x043d, 0x043e, 0x043f,
	0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
	0x0448, 0x0449, 0x044a, 0x044b, 0x044c, 0x044d, 0x044e, 0x044f,
}

// cp1251Byte returns the CP1251 byte of r, or 0 if r has none (or is a
// control character, which never occurs in dictionary keys).
func cp1251Byte(r rune) byte {
	switch {
	case r >= 0x20 && r < 0x80:
		return byte(r)
	case r >= 0x0410 && r <= 0x044F:
		return byte(r - 0x0410 + 0xC0)
	case r == 'ё':
		return 0xB8
	case r == 'Ё':
		return 0xA8
	case r < 0x80:
		return 0
	}
	for i, h := range cp1251High {
		if h == r && h != 0 {
			return byte(0x80 + i)
		}
	}
	return 0
}

// encodeCP1251 appends the CP1251 encoding of s to dst. Runes without a
// CP1251 byte (and invalid UTF-8) become 0, which matches no key.
func encodeCP1251(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 {
				c = 0
			}
			dst = append(dst, c)
			i++
			continue
		}
		if c == 0xD0 && i+1 < len(s) && s[i+1] >= 0x90 && s[i+1] <= 0xBF { // А–п
			dst = append(dst, s[i+1]-0x90+0xC0)
			i += 2
			continue
		}
		if c == 0xD1 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x8F { // р–я
			dst = append(dst, s[i+1]-0x80+0xF0)
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, 0)
			continue
		}
		dst = append(dst, cp1251Byte(r))
	}
	return dst
}

// decodeCP1251 converts CP1251 bytes to a UTF-8 string.
func decodeCP1251(b []byte) string {
	buf := make([]byte, 0, 2*len(b))
	for _, c := range b {
		if c < 0x80 {
			buf = append(buf, c)
			continue
		}
		r := cp1251High[c-0x80]
		if r == 0 {
			r = utf8.RuneError
		}
		buf = utf8.AppendRune(buf, r)
	}
	return string(buf)
}
