package ingest

import (
	"bufio"
	"bytes"
	"io"
	"testing"
	"unicode/utf8"
)

// FuzzJSONL feeds arbitrary bytes to the JSON Lines reader: every line is
// either a record with its text or an item carrying an error, never a panic,
// and the byte counts add up to the input.
func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"text":"Москва","title":"t","url":"u","date":"2024-10-12","source":"s"}` + "\n" + `{"text":5}` + "\r\n{}"))
	f.Add([]byte(`{"id":12,"text":"a"}` + "\n" + `{"id":{"x":1},"text":"b"}`))
	f.Add([]byte("\xff\xfe\n\x00\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := bufio.NewReaderSize(bytes.NewReader(data), 16)
		var total int64
		for {
			line, n, err := readLine(r, 64)
			total += n
			if err == nil || (err == io.EOF && len(line) > 0) {
				it := parseRecord("fuzz:1", line)
				if it.err == nil && it.source == "" {
					t.Fatalf("record without source from %q", line)
				}
				if it.err == nil && utf8.Valid(it.data) && utf8.RuneCountInString(it.meta.Title) > MaxTitleRunes+1 {
					t.Fatalf("title of %d runes", utf8.RuneCountInString(it.meta.Title))
				}
			}
			if err == io.EOF {
				break
			}
			if err != nil && !bytes.Contains([]byte(err.Error()), []byte("more than")) {
				t.Fatalf("unexpected error %v", err)
			}
		}
		if total != int64(len(data)) {
			t.Fatalf("read %d of %d bytes", total, len(data))
		}
	})
}
