package corpusfile

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestParseError(t *testing.T) {
	inner := errors.New("bad")
	tests := []struct {
		err  *ParseError
		want string
	}{
		{&ParseError{File: "a.ann", Line: 3, Err: inner}, "a.ann:3: bad"},
		{&ParseError{File: "a.ann", Err: inner}, "a.ann: bad"},
		{&ParseError{File: "a.ann", Line: -1, Err: inner}, "a.ann: bad"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
		if !errors.Is(tt.err, inner) {
			t.Errorf("%v does not unwrap to its cause", tt.err)
		}
	}
}

func TestReadDir(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.ann", "a.ann", "c.txt", "d.ann.bak"} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "e.ann"), 0o755); err != nil {
		t.Fatal(err)
	}
	base := func(p string) (string, error) { return filepath.Base(p), nil }
	id := func(s string) string { return s }
	tests := []struct {
		name    string
		dir     string
		read    func(string) (string, error)
		want    []string
		wantErr bool
	}{
		{"sorted, files of the extension only", dir, base, []string{"a", "b"}, false},
		{"missing folder", filepath.Join(dir, "missing"), base, nil, true},
		{"read fails", dir, func(string) (string, error) { return "", errors.New("boom") }, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadDir(tt.dir, ".ann", tt.read, id)
			if (err != nil) != tt.wantErr || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ReadDir = %v, %v; want %v (error %v)", got, err, tt.want, tt.wantErr)
			}
		})
	}
}
