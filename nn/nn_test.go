package nn

import (
	"errors"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

func TestWeightsAveraged(t *testing.T) {
	tests := []struct {
		name  string
		steps [][]int // per tick, the weights bumped by +1 (index ≥ 0) or −1 (^index)
		want  []float32
	}{
		// The average runs over the c = ticks+1 values of the counter, the
		// initial zero weights included: a change made while the counter
		// was k weighs (c−k)/c.
		{"no updates", [][]int{nil, nil}, []float32{0, 0}},
		{"one bump before the first tick", [][]int{{0}}, []float32{0.5, 0}},
		{"late update counts less", [][]int{{0}, nil, {^1}, nil}, []float32{0.8, -0.4}},
		{"bump and undo", [][]int{{0}, {^0}}, []float32{1.0 / 3, 0}},
		{"several bumps in one tick", [][]int{{0, 0, ^1}, {1}}, []float32{4.0 / 3, -1.0 / 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, run := range []func() []float32{
				func() []float32 { return replay(NewWeights[float32](2), tt.steps) },
				func() []float32 { return replay(NewWeights[float64](2), tt.steps) },
			} {
				got := run()
				for i := range got {
					if math.Abs(float64(got[i]-tt.want[i])) > 1e-6 {
						t.Errorf("Averaged = %v, want %v", got, tt.want)
						break
					}
				}
			}
		})
	}
}

func replay[A float32 | float64](w *Weights[A], steps [][]int) []float32 {
	for _, s := range steps {
		for _, i := range s {
			if i >= 0 {
				w.Bump(i, 1)
			} else {
				w.Bump(^i, -1)
			}
		}
		w.Tick()
	}
	return w.Averaged()
}

func TestDenseScores(t *testing.T) {
	w := []float32{1, 2, 3, 10, 20, 30, 100, 200, 300}
	out := []float32{7, 7, 7}
	DenseScores(out, w, 3, []int32{0, 2, 2})
	if want := []float32{201, 402, 603}; !reflect.DeepEqual(out, want) {
		t.Errorf("DenseScores = %v, want %v", out, want)
	}
}

func TestQuantize(t *testing.T) {
	tests := []struct {
		name  string
		w     []float32
		L     int
		keys  []uint64
		prune float64
		want  *Sparse
	}{
		{
			name: "all zero", w: []float32{0, 0, 0, 0}, L: 2, keys: []uint64{5, 9},
			want: &Sparse{RowPtr: []uint32{0}, Scale: 1.0 / 32767},
		},
		{
			name: "empty rows dropped", w: []float32{0, 0, 2, -1, 0, 0}, L: 2, keys: []uint64{3, 4, 8},
			want: &Sparse{Keys: []uint64{4}, RowPtr: []uint32{0, 2}, Labels: []uint8{0, 1},
				W: []int16{32767, -16384}, Scale: 2.0 / 32767},
		},
		{
			name: "pruned below the cut", w: []float32{1, 0.0009, -0.5, 0.001}, L: 2, keys: []uint64{1, 2}, prune: 0.001,
			want: &Sparse{Keys: []uint64{1, 2}, RowPtr: []uint32{0, 1, 3}, Labels: []uint8{0, 0, 1},
				W: []int16{32767, -16384, 33}, Scale: 1.0 / 32767},
		},
		{
			name: "rounding to zero drops", w: []float32{1, 1e-6}, L: 2, keys: []uint64{7},
			want: &Sparse{Keys: []uint64{7}, RowPtr: []uint32{0, 1}, Labels: []uint8{0},
				W: []int16{32767}, Scale: 1.0 / 32767},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Quantize(tt.w, tt.L, tt.keys, tt.prune)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Quantize = %+v, want %+v", got, tt.want)
			}
			if err := got.Validate(tt.L); err != nil {
				t.Errorf("Validate: %v", err)
			}
		})
	}
}

func TestRowAndAddRow(t *testing.T) {
	s := Quantize([]float32{4, 0, -2, 0, 0, 0, 0, 1, 0}, 3, []uint64{10, 20, 30}, 0)
	if s.Rows() != 2 || s.NNZ() != 3 {
		t.Fatalf("%d rows, %d entries; want 2, 3", s.Rows(), s.NNZ())
	}
	labels, w := s.Row(1)
	if !reflect.DeepEqual(labels, []uint8{1}) || !reflect.DeepEqual(w, []int16{8192}) {
		t.Errorf("Row(1) = %v, %v", labels, w)
	}
	acc := make([]int32, 3)
	s.AddRow(acc, 0)
	s.AddRow(acc, 1)
	if want := []int32{32767, 8192, -16384}; !reflect.DeepEqual(acc, want) {
		t.Errorf("acc = %v, want %v", acc, want)
	}
}

func sample() *Sparse {
	return &Sparse{Keys: []uint64{3, 1 << 40}, RowPtr: []uint32{0, 2, 3}, Labels: []uint8{0, 2, 1},
		W: []int16{-7, 32767, -32768}, Scale: 0.25}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(s *Sparse)
		want   string // part of the error; "" for none
	}{
		{"good", func(*Sparse) {}, ""},
		{"empty", func(s *Sparse) { *s = Sparse{RowPtr: []uint32{0}} }, ""},
		{"no row pointers", func(s *Sparse) { *s = Sparse{} }, "do not fit"},
		{"labels and weights differ", func(s *Sparse) { s.Labels = s.Labels[:2] }, "do not fit"},
		{"keys repeat", func(s *Sparse) { s.Keys[1] = s.Keys[0] }, "strictly increasing"},
		{"keys decrease", func(s *Sparse) { s.Keys[0] = math.MaxUint64 }, "strictly increasing"},
		{"first pointer", func(s *Sparse) { s.RowPtr[0] = 1 }, "cover"},
		{"last pointer", func(s *Sparse) { s.RowPtr[2] = 2 }, "cover"},
		{"pointers decrease", func(s *Sparse) { s.RowPtr[1] = 4; s.RowPtr[2] = 3 }, "decrease"},
		{"label out of range", func(s *Sparse) { s.Labels[1] = 3 }, "label 3 out of range"},
		{"NaN scale", func(s *Sparse) { s.Scale = float32(math.NaN()) }, "scale"},
		{"infinite scale", func(s *Sparse) { s.Scale = float32(math.Inf(-1)) }, "scale"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sample()
			tt.change(s)
			err := s.Validate(3)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Validate = %v, want nil", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("Validate = %v, want an error about %q", err, tt.want)
			}
		})
	}
}

func TestEncodeLayouts(t *testing.T) {
	s := sample()
	framed := s.Append([]byte{0xAA})
	want := []byte{0xAA,
		2, 0, 0, 0, // rows
		3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, // keys
		0, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, // row pointers
		3, 0, 0, 0, // entries
		0, 2, 1, // labels
		0xf9, 0xff, 0xff, 0x7f, 0x00, 0x80, // weights
		0, 0, 0x80, 0x3e, // scale 0.25
	}
	if !reflect.DeepEqual(framed, want) {
		t.Errorf("Append = % x\nwant     % x", framed, want)
	}
	bare := s.AppendArrays(nil)
	wantBare := append(append([]byte{}, want[5:33]...), want[37:46]...)
	if !reflect.DeepEqual(bare, wantBare) {
		t.Errorf("AppendArrays = % x\nwant           % x", bare, wantBare)
	}

	d := NewDecoder(framed[1:])
	if got := d.Sparse(3); d.Err() != nil || !reflect.DeepEqual(got, s) || d.Len() != 0 {
		t.Errorf("Sparse = %+v, %v, %d left; want %+v", got, d.Err(), d.Len(), s)
	}
	d = NewDecoder(bare)
	if got := d.SparseArrays(2, 3, 0.25, 3); d.Err() != nil || !reflect.DeepEqual(got, s) || d.Len() != 0 {
		t.Errorf("SparseArrays = %+v, %v, %d left; want %+v", got, d.Err(), d.Len(), s)
	}
}

func TestDecoderErrors(t *testing.T) {
	good := sample().Append(nil)
	tests := []struct {
		name    string
		b       []byte
		L       int
		wantErr error  // matched with errors.Is when set
		want    string // part of the error otherwise
	}{
		{"empty", nil, 3, ErrTruncated, ""},
		{"cut in the weights", good[:len(good)-6], 3, ErrTruncated, ""},
		{"no scale", good[:len(good)-4], 3, ErrTruncated, ""},
		{"huge row count", append([]byte{0xff, 0xff, 0xff, 0xff}, good[4:]...), 3, ErrTruncated, ""},
		{"too few columns", good, 2, nil, "out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := NewDecoder(tt.b)
			s := d.Sparse(tt.L)
			err := d.Err()
			if s != nil || err == nil {
				t.Fatalf("Sparse = %+v, %v; want nil and an error", s, err)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("error %v, want %v", err, tt.wantErr)
			}
			if tt.want != "" && !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one about %q", err, tt.want)
			}
			// The error sticks.
			if d.Uint32() != 0 || d.Float32s(1) != nil || d.Err() != err {
				t.Error("reads after an error did not stay empty")
			}
		})
	}
	if d := NewDecoder(nil); d.SparseArrays(-1, 0, 1, 3) != nil || !errors.Is(d.Err(), ErrTruncated) {
		t.Errorf("negative rows: %v", d.Err())
	}
}

func TestFloat32s(t *testing.T) {
	v := []float32{0, -1.5, float32(math.Inf(1)), 3e-38}
	d := NewDecoder(AppendFloat32s(nil, v))
	if got := d.Float32s(len(v)); d.Err() != nil || !reflect.DeepEqual(got, v) {
		t.Errorf("Float32s = %v, %v; want %v", got, d.Err(), v)
	}
	if d.Float32s(1); !errors.Is(d.Err(), ErrTruncated) {
		t.Errorf("reading past the end: %v", d.Err())
	}
}

func TestFeatureCountsKeep(t *testing.T) {
	c := FeatureCounts{}
	c.Add([]uint64{9, 4, 9})
	c.Add([]uint64{7, 4, 1 << 63})
	c.Add([]uint64{9})
	tests := []struct {
		min  int
		want []uint64
	}{
		{0, []uint64{4, 7, 9, 1 << 63}},
		{1, []uint64{4, 7, 9, 1 << 63}},
		{2, []uint64{4, 9}},
		{3, []uint64{9}},
		{4, nil},
	}
	for _, tt := range tests {
		keys, index := c.Keep(tt.min)
		if !reflect.DeepEqual(keys, tt.want) {
			t.Errorf("Keep(%d) keys = %v, want %v", tt.min, keys, tt.want)
		}
		if len(index) != len(keys) {
			t.Errorf("Keep(%d): %d keys, %d in the index", tt.min, len(keys), len(index))
		}
		for i, k := range keys {
			if index[k] != int32(i) {
				t.Errorf("Keep(%d): index[%d] = %d, want %d", tt.min, k, index[k], i)
			}
		}
	}
}

// TestForwardGates checks that Forward from input gates computed apart,
// a few inputs at a time, gives Forward's outputs bit for bit.
func TestForwardGates(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, fast := range []bool{false, true} {
		l := NewLSTM(16, 8, rng)
		l.Fast = fast
		xs := make([][]float32, 7)
		for i := range xs {
			xs[i] = randVec(rng, 16)
		}
		for _, reverse := range []bool{false, true} {
			var want, got LSTMTape
			l.Forward(xs, reverse, &want)
			G := 4 * l.Hidden
			gates := make([]float32, len(xs)*G)
			for i := 0; i < len(xs); i += 3 { // inputs batched otherwise
				j := min(i+3, len(xs))
				var in []float32
				for _, x := range xs[i:j] {
					in = append(in, x...)
				}
				l.InputGates(gates[i*G:j*G], in)
			}
			l.ForwardGates(gates, reverse, &got)
			if got.Len() != len(xs) {
				t.Fatalf("Len %d, want %d", got.Len(), len(xs))
			}
			for i, v := range want.H {
				if math.Float32bits(got.H[i]) != math.Float32bits(v) {
					t.Fatalf("fast %v reverse %v: H[%d] = %v, want %v", fast, reverse, i, got.H[i], v)
				}
			}
		}
	}
}

func TestDefault(t *testing.T) {
	n, f := 0, float32(-1)
	Default(&n, 3)
	Default(&f, 0.5)
	if n != 3 || f != 0.5 {
		t.Errorf("unset options: %d, %g; want 3, 0.5", n, f)
	}
	n, f = 7, 0.25
	Default(&n, 3)
	Default(&f, 0.5)
	if n != 7 || f != 0.25 {
		t.Errorf("set options changed: %d, %g; want 7, 0.25", n, f)
	}
}
