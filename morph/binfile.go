package morph

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// The compact dictionary file ("ru.bin") packs the tables of a pymorphy2
// dictionary into one file:
//
//	offset size
//	0      8    magic "FGMORPH\x00"
//	8      4    format version (uint32 LE) = binVersion
//	12     4    flags (uint32 LE): 1 = payload is gzip-compressed
//	16     8    stored payload length (uint64 LE)
//	24     8    uncompressed payload length (uint64 LE)
//	32     32   SHA-256 of the stored payload
//	64     …    payload
//
// The uncompressed payload is a sequence of sections, each a 4-byte name, a
// uint32 LE length and the data. Sections: META, PRFX, SUFX, GTAB (string
// lists: uint32 count, then uvarint length + UTF-8 bytes each), PARA
// (paradigms.array layout), WORD, PRD0, PRD1, PRD2, PROB (DAWGs in the
// dawgdic layout; PROB without guide). Unknown sections are skipped.

const (
	binMagic      = "FGMORPH\x00"
	binVersion    = 1
	binHeaderSize = 64
	flagGzip      = 1
	// maxPayload bounds what Load will read or inflate, so that a corrupt
	// header cannot make it allocate without limit.
	maxPayload = 256 << 20
)

// ErrFormat is wrapped by the errors Load returns for input that is not a
// valid dictionary file.
var ErrFormat = errors.New("morph: bad dictionary file")

// Convert reads the pymorphy2 2.4 dictionary files in srcDir (the layout of
// the az npm package: words.dawg, paradigms.array, suffixes.json,
// gramtab-opencorpora-int.json, prediction-suffixes-{0,1,2}.dawg,
// p_t_given_w.intdawg, meta.json) and writes the compact dictionary file
// that Load reads (uncompressed; Load also reads gzip-compressed payloads).
// The output depends only on the input files.
func Convert(srcDir string, w io.Writer) error {
	d, err := readSourceDir(srcDir)
	if err != nil {
		return fmt.Errorf("morph: convert: %w", err)
	}
	if _, err := newAnalyzer(d); err != nil {
		return fmt.Errorf("morph: convert %s: %w", srcDir, err)
	}
	if err := writeBin(w, d, false); err != nil {
		return fmt.Errorf("morph: convert: %w", err)
	}
	return nil
}

// LoadDir builds an Analyzer straight from the pymorphy2 files in dir
// (see Convert), without the compact file.
func LoadDir(dir string) (*Analyzer, error) {
	d, err := readSourceDir(dir)
	if err != nil {
		return nil, fmt.Errorf("morph: %w", err)
	}
	a, err := newAnalyzer(d)
	if err != nil {
		return nil, fmt.Errorf("morph: load %s: %w", dir, err)
	}
	return a, nil
}

// writeBin writes d in the compact format. Compression is optional: gzip
// saves 40% of the size but costs ~170 ms per load on a 2-core VM, over the
// load-time budget, and git compresses the blob anyway.
func writeBin(w io.Writer, d *dict, compress bool) error {
	var raw []byte
	section := func(name string, data []byte) {
		raw = append(raw, name...)
		raw = binary.LittleEndian.AppendUint32(raw, uint32(len(data)))
		raw = append(raw, data...)
	}
	var meta []string
	for _, kv := range d.meta {
		meta = append(meta, kv[0], kv[1])
	}
	section("META", appendStrings(nil, meta))
	section("PRFX", appendStrings(nil, d.prefixes))
	section("SUFX", appendStrings(nil, d.suffixes))
	section("GTAB", appendStrings(nil, d.gramtab))
	section("PARA", appendParadigms(nil, d.paradigms))
	section("WORD", appendDAWG(nil, &d.words))
	for i := range d.pred {
		section(fmt.Sprintf("PRD%d", i), appendDAWG(nil, &d.pred[i]))
	}
	section("PROB", appendDAWG(nil, &d.probs))

	payload, flags := raw, uint32(0)
	if compress {
		var z bytes.Buffer
		zw, err := gzip.NewWriterLevel(&z, gzip.BestCompression)
		if err != nil {
			return fmt.Errorf("gzip: %w", err)
		}
		if _, err := zw.Write(raw); err != nil {
			return fmt.Errorf("gzip: %w", err)
		}
		if err := zw.Close(); err != nil {
			return fmt.Errorf("gzip: %w", err)
		}
		payload, flags = z.Bytes(), flagGzip
	}
	hdr := make([]byte, 0, binHeaderSize)
	hdr = append(hdr, binMagic...)
	hdr = binary.LittleEndian.AppendUint32(hdr, binVersion)
	hdr = binary.LittleEndian.AppendUint32(hdr, flags)
	hdr = binary.LittleEndian.AppendUint64(hdr, uint64(len(payload)))
	hdr = binary.LittleEndian.AppendUint64(hdr, uint64(len(raw)))
	sum := sha256.Sum256(payload)
	hdr = append(hdr, sum[:]...)
	if _, err := w.Write(hdr); err != nil {
		return fmt.Errorf("write header: %w", err)
	}
	if _, err := w.Write(payload); err != nil {
		return fmt.Errorf("write payload: %w", err)
	}
	return nil
}

// Load reads a compact dictionary file written by Convert, verifying its
// magic, version and SHA-256 checksum, and returns a ready Analyzer.
// Malformed input gives an error wrapping ErrFormat, never a panic.
func Load(r io.Reader) (*Analyzer, error) {
	d, err := readBin(r)
	if err != nil {
		return nil, err
	}
	a, err := newAnalyzer(d)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return a, nil
}

func readBin(r io.Reader) (*dict, error) {
	var hdr [binHeaderSize]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, fmt.Errorf("%w: header: %w", ErrFormat, err)
	}
	if string(hdr[:8]) != binMagic {
		return nil, fmt.Errorf("%w: bad magic %q", ErrFormat, hdr[:8])
	}
	if v := binary.LittleEndian.Uint32(hdr[8:]); v != binVersion {
		return nil, fmt.Errorf("%w: version %d, this reader supports %d", ErrFormat, v, binVersion)
	}
	flags := binary.LittleEndian.Uint32(hdr[12:])
	size := binary.LittleEndian.Uint64(hdr[16:])
	rawSize := binary.LittleEndian.Uint64(hdr[24:])
	if size > maxPayload || rawSize > maxPayload || flags&^flagGzip != 0 {
		return nil, fmt.Errorf("%w: implausible header (flags %#x, sizes %d/%d)", ErrFormat, flags, size, rawSize)
	}
	payload := make([]byte, size)
	if _, err := io.ReadFull(r, payload); err != nil {
		return nil, fmt.Errorf("%w: payload: %w", ErrFormat, err)
	}
	if sum := sha256.Sum256(payload); !bytes.Equal(sum[:], hdr[32:64]) {
		return nil, fmt.Errorf("%w: checksum mismatch", ErrFormat)
	}
	raw := payload
	if flags&flagGzip != 0 {
		zr, err := gzip.NewReader(bytes.NewReader(payload))
		if err != nil {
			return nil, fmt.Errorf("%w: gzip: %w", ErrFormat, err)
		}
		raw = make([]byte, rawSize)
		if _, err := io.ReadFull(zr, raw); err != nil {
			return nil, fmt.Errorf("%w: gzip: %w", ErrFormat, err)
		}
		if n, _ := zr.Read(make([]byte, 1)); n != 0 {
			return nil, fmt.Errorf("%w: payload longer than its header says", ErrFormat)
		}
	} else if uint64(len(raw)) != rawSize {
		return nil, fmt.Errorf("%w: payload size %d, header says %d", ErrFormat, len(raw), rawSize)
	}
	d, err := parseSections(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return d, nil
}

func parseSections(raw []byte) (*dict, error) {
	d := &dict{}
	seen := map[string]bool{}
	for len(raw) > 0 {
		if len(raw) < 8 {
			return nil, fmt.Errorf("truncated section header")
		}
		name := string(raw[:4])
		n := uint64(binary.LittleEndian.Uint32(raw[4:]))
		if n > uint64(len(raw)-8) {
			return nil, fmt.Errorf("section %q: %d bytes, only %d left", name, n, len(raw)-8)
		}
		data := raw[8 : 8+n]
		raw = raw[8+n:]
		if seen[name] {
			return nil, fmt.Errorf("duplicate section %q", name)
		}
		seen[name] = true
		var err error
		switch name {
		case "META":
			var kv []string
			if kv, err = parseStrings(data); err == nil {
				if len(kv)%2 != 0 {
					err = fmt.Errorf("odd number of strings")
				}
				for i := 0; i+1 < len(kv); i += 2 {
					d.meta = append(d.meta, [2]string{kv[i], kv[i+1]})
				}
			}
		case "PRFX":
			d.prefixes, err = parseStrings(data)
		case "SUFX":
			d.suffixes, err = parseStrings(data)
		case "GTAB":
			d.gramtab, err = parseStrings(data)
		case "PARA":
			d.paradigms, err = parseParadigms(data)
		case "WORD", "PRD0", "PRD1", "PRD2", "PROB":
			var g dawg
			var used int
			if g, used, err = parseDAWG(data, name); err == nil && used != len(data) {
				err = fmt.Errorf("%d trailing bytes", len(data)-used)
			}
			switch name {
			case "WORD":
				d.words = g
			case "PROB":
				d.probs = g
			default:
				d.pred[name[3]-'0'] = g
			}
		}
		if err != nil {
			return nil, fmt.Errorf("section %q: %w", name, err)
		}
	}
	for _, name := range []string{"PRFX", "SUFX", "GTAB", "PARA", "WORD", "PRD0", "PRD1", "PRD2", "PROB"} {
		if !seen[name] {
			return nil, fmt.Errorf("missing section %q", name)
		}
	}
	if err := d.validate(); err != nil {
		return nil, err
	}
	return d, nil
}

func appendStrings(dst []byte, ss []string) []byte {
	dst = binary.LittleEndian.AppendUint32(dst, uint32(len(ss)))
	for _, s := range ss {
		dst = binary.AppendUvarint(dst, uint64(len(s)))
		dst = append(dst, s...)
	}
	return dst
}

func parseStrings(b []byte) ([]string, error) {
	if len(b) < 4 {
		return nil, fmt.Errorf("truncated string count")
	}
	n := binary.LittleEndian.Uint32(b)
	b = b[4:]
	if uint64(n) > uint64(len(b)) { // each string takes at least one byte
		return nil, fmt.Errorf("%d strings cannot fit in %d bytes", n, len(b))
	}
	out := make([]string, n)
	for i := range out {
		l, k := binary.Uvarint(b)
		if k <= 0 || l > uint64(len(b)-k) {
			return nil, fmt.Errorf("string %d: bad length", i)
		}
		out[i] = string(b[k : k+int(l)])
		b = b[k+int(l):]
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("%d trailing bytes", len(b))
	}
	return out, nil
}
