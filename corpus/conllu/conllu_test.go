package conllu

import (
	"errors"
	"io"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestReadSample(t *testing.T) {
	for _, name := range []string{"sample.conllu", "sample.conllu.gz"} {
		sents, err := ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(sents) != 2 {
			t.Fatalf("%s: got %d sentences, want 2", name, len(sents))
		}
		s := sents[0]
		if s.ID() != "s1" || s.Text() != "Пошёл в дом." || s.Line != 1 {
			t.Errorf("%s: id %q text %q line %d", name, s.ID(), s.Text(), s.Line)
		}
		if v, ok := s.Comment("newdoc id"); !ok || v != "d1" {
			t.Errorf("newdoc id = %q, %v", v, ok)
		}
		if _, ok := s.Comment("newpar"); ok {
			t.Errorf("unexpected newpar")
		}
		if s.Comments[3] != (Comment{Value: "a comment without key"}) {
			t.Errorf("keyless comment = %+v", s.Comments[3])
		}
		if len(s.Words) != 4 || len(s.Multiwords) != 1 || len(s.EmptyNodes) != 1 {
			t.Fatalf("words %d mwt %d empty %d", len(s.Words), len(s.Multiwords), len(s.EmptyNodes))
		}
		want := Word{ID: 3, Form: "дом", Lemma: "дом", UPOS: "NOUN", XPOS: "_", Feats: "_", Head: 1, Deprel: "obl", Deps: "_", Misc: "_"}
		if s.Words[2] != want {
			t.Errorf("word 3 = %+v", s.Words[2])
		}
		if e := s.EmptyNodes[0]; e.After != 3 || e.Index != 1 || e.Deps != "1:nsubj" {
			t.Errorf("empty node = %+v", e)
		}
		got := s.SurfaceTokens()
		wantTok := []SurfaceToken{{"Пошёл", true}, {"в дом", false}, {".", true}}
		if !reflect.DeepEqual(got, wantTok) {
			t.Errorf("surface tokens = %+v", got)
		}
		s2 := sents[1]
		if s2.Line != 13 || s2.Text() != "Да!" || s2.Words[0].Head != NoHead || s2.Words[0].SpaceAfter() {
			t.Errorf("sentence 2 = %+v", s2)
		}
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		col      int
		err      error
	}{
		{"few fields", "1\ta\tb\n", 1, 0, ErrFieldCount},
		{"many fields", "1\ta\ta\tX\t_\t_\t0\troot\t_\t_\textra\n", 1, 0, ErrFieldCount},
		{"bad id", "# c\nx\ta\ta\tX\t_\t_\t0\troot\t_\t_\n", 2, 1, ErrBadID},
		{"zero id", "0\ta\ta\tX\t_\t_\t0\troot\t_\t_\n", 1, 1, ErrBadID},
		{"bad range", "2-1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n", 1, 1, ErrBadID},
		{"bad head", "1\ta\ta\tX\t_\t_\tz\troot\t_\t_\n", 1, 7, ErrBadHead},
		{"empty field", "1\ta\t\tX\t_\t_\t0\troot\t_\t_\n", 1, 3, ErrEmptyField},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tt.in), "x.conllu")
			_, err := r.Read()
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want *ParseError", err)
			}
			if pe.File != "x.conllu" || pe.Line != tt.line || pe.Column != tt.col || !errors.Is(err, tt.err) {
				t.Errorf("err = %v (line %d col %d)", err, pe.Line, pe.Column)
			}
			if _, err2 := r.Read(); err2 != err {
				t.Errorf("error not sticky: %v", err2)
			}
		})
	}
}

func TestLongLine(t *testing.T) {
	form := strings.Repeat("я", 200000)
	in := "1\t" + form + "\t_\tX\t_\t_\t0\troot\t_\t_"
	s, err := NewReader(strings.NewReader(in), "long").Read()
	if err != nil || s.Words[0].Form != form {
		t.Fatalf("err %v", err)
	}
}

func TestEmpty(t *testing.T) {
	r := NewReader(strings.NewReader("\n\n  \n"), "")
	if _, err := r.Read(); err != io.EOF {
		t.Fatalf("err = %v, want io.EOF", err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add("# text = a\n1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n\n")
	f.Add("1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n2\tb\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n1.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Add("1\t\t\n#\n\r\n")
	f.Fuzz(func(t *testing.T, in string) {
		r := NewReader(strings.NewReader(in), "fuzz")
		for i := 0; i < 10000; i++ {
			s, err := r.Read()
			if err != nil {
				var pe *ParseError
				if err != io.EOF && !errors.As(err, &pe) {
					t.Fatalf("unexpected error type %T: %v", err, err)
				}
				return
			}
			if len(s.Comments)+len(s.Words)+len(s.Multiwords)+len(s.EmptyNodes) == 0 {
				t.Fatalf("empty sentence returned")
			}
			_ = s.SurfaceTokens()
		}
	})
}
