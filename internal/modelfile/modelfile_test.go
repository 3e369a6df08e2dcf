package modelfile

import (
	"bytes"
	"errors"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, "FGTEST", 3, []byte("payload")); err != nil {
		t.Fatal(err)
	}
	got, err := Read(buf.Bytes(), "FGTEST", 3)
	if err != nil || string(got) != "payload" {
		t.Fatalf("Read = %q, %v", got, err)
	}
	raw := buf.Bytes()
	bad := []struct {
		name string
		raw  []byte
		magc string
		ver  byte
	}{
		{"other magic", raw, "FGOTHR", 3},
		{"other version", raw, "FGTEST", 4},
		{"truncated", raw[:len(raw)-1], "FGTEST", 3},
		{"flipped byte", append(bytes.Clone(raw[:len(raw)-1]), raw[len(raw)-1]^1), "FGTEST", 3},
		{"empty", nil, "FGTEST", 3},
	}
	for _, b := range bad {
		if _, err := Read(b.raw, b.magc, b.ver); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: err = %v, want ErrFormat", b.name, err)
		}
	}
}

func TestReadFrom(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, "FGTEST", 3, []byte("payload")); err != nil {
		t.Fatal(err)
	}
	raw := buf.Bytes()
	if got, err := ReadFrom(bytes.NewReader(raw), "FGTEST", 3); err != nil || string(got) != "payload" {
		t.Errorf("ReadFrom = %q, %v", got, err)
	}
	if _, err := ReadFrom(bytes.NewReader(raw[:10]), "FGTEST", 3); !errors.Is(err, ErrFormat) {
		t.Errorf("truncated: err = %v, want ErrFormat", err)
	}
	readErr := errors.New("disk gone")
	if _, err := ReadFrom(failingReader{readErr}, "FGTEST", 3); !errors.Is(err, readErr) {
		t.Errorf("failing reader: err = %v, want %v", err, readErr)
	}
}

type failingReader struct{ err error }

func (r failingReader) Read([]byte) (int, error) { return 0, r.err }
