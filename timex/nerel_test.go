package timex

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/factgraph/factgraph/internal/shareddata"
)

// sharedDir finds the shared data directory: ../shared relative to the
// repository root, which is the nearest parent holding go.mod.
func sharedDir(t testing.TB) string {
	t.Helper()
	return filepath.Dir(shareddata.Require(t))
}

// readDATEs returns the DATE mention texts of the brat .ann files in dir.
func readDATEs(t testing.TB, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.ann"))
	if err != nil {
		t.Fatalf("glob %s: %v", dir, err)
	}
	if len(files) == 0 {
		t.Skipf("no .ann files in %s", dir)
	}
	sort.Strings(files)
	var out []string
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatalf("open: %v", err)
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			parts := strings.SplitN(sc.Text(), "\t", 3)
			if len(parts) != 3 || !strings.HasPrefix(parts[0], "T") || !strings.HasPrefix(parts[1], "DATE ") {
				continue
			}
			out = append(out, parts[2])
		}
		err = sc.Err()
		if cerr := fh.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
	}
	return out
}

// TestNERELDevFind measures Find on the NEREL dev texts: the share of gold
// DATE mentions that some match overlaps (recall by overlap), and the
// matches that overlap no DATE, TIME or AGE mention.
func TestNERELDevFind(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "data", "nerel", "dev")
	files, err := filepath.Glob(filepath.Join(dir, "*.ann"))
	if err != nil || len(files) == 0 {
		t.Skipf("NEREL dev not found in %s", dir)
	}
	ref := time.Date(2019, 7, 15, 0, 0, 0, 0, time.UTC)
	var gold, hit, matches, stray int
	for _, f := range files {
		txt, err := os.ReadFile(strings.TrimSuffix(f, ".ann") + ".txt")
		if err != nil {
			t.Fatalf("read text: %v", err)
		}
		ann, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read ann: %v", err)
		}
		type span struct {
			s, e int
			typ  string
		}
		var spans []span
		for _, line := range strings.Split(string(ann), "\n") {
			parts := strings.SplitN(line, "\t", 3)
			if len(parts) != 3 || !strings.HasPrefix(parts[0], "T") {
				continue
			}
			fs := strings.Fields(strings.ReplaceAll(parts[1], ";", " "))
			if len(fs) < 3 {
				continue
			}
			s, err1 := strconv.Atoi(fs[1])
			e, err2 := strconv.Atoi(fs[len(fs)-1])
			if err1 != nil || err2 != nil {
				t.Fatalf("%s: bad offsets in %q", f, line)
			}
			spans = append(spans, span{s, e, fs[0]})
		}
		ms := Find(string(txt), ref)
		matches += len(ms)
		for _, m := range ms {
			ok := false
			for _, g := range spans {
				if (g.typ == "DATE" || g.typ == "TIME" || g.typ == "AGE") && g.s < m.End && m.Start < g.e {
					ok = true
				}
			}
			if !ok {
				stray++
			}
		}
		for _, g := range spans {
			if g.typ != "DATE" {
				continue
			}
			gold++
			for _, m := range ms {
				if g.s < m.End && m.Start < g.e {
					hit++
					break
				}
			}
		}
	}
	t.Logf("Find on NEREL dev: %d of %d DATE mentions overlapped (%.1f%%); %d matches, %d overlap no DATE/TIME/AGE mention",
		hit, gold, 100*float64(hit)/float64(max(gold, 1)), matches, stray)
}

// TestNERELDev measures Normalize on the NEREL dev DATE mentions: the share
// it accepts, with no document date (NEREL gives none) and with a fixed
// stand-in date (2019-07-15) that lets relative expressions resolve. It logs
// a seeded random sample of 100 accepted mentions for the manual precision
// check reported in docs/timex.md; set TIMEX_SAMPLE=path to write the sample
// to a file.
func TestNERELDev(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "data", "nerel", "dev")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("NEREL dev not found: %v", err)
	}
	mentions := readDATEs(t, dir)
	ref := time.Date(2019, 7, 15, 0, 0, 0, 0, time.UTC)
	var acc0, acc int
	type pair struct{ text, value string }
	var accepted []pair
	var rejected []string
	for _, m := range mentions {
		if _, ok := Normalize(m, time.Time{}); ok {
			acc0++
		}
		v, ok := Normalize(m, ref)
		if ok {
			acc++
			accepted = append(accepted, pair{m, fmt.Sprintf("%s mod=%s approx=%v", v.Value, v.Mod, v.Approx)})
		} else {
			rejected = append(rejected, m)
		}
	}
	n := len(mentions)
	t.Logf("NEREL dev DATE mentions: %d", n)
	t.Logf("accepted, no document date: %d (%.1f%%)", acc0, 100*float64(acc0)/float64(n))
	t.Logf("accepted, reference 2019-07-15: %d (%.1f%%)", acc, 100*float64(acc)/float64(n))
	if n > 0 && float64(acc)/float64(n) < 0.70 {
		t.Errorf("acceptance %.1f%% fell below 70%%", 100*float64(acc)/float64(n))
	}
	r := rand.New(rand.NewPCG(1, 2))
	r.Shuffle(len(accepted), func(i, j int) { accepted[i], accepted[j] = accepted[j], accepted[i] })
	var sb strings.Builder
	for i := 0; i < 100 && i < len(accepted); i++ {
		fmt.Fprintf(&sb, "%d\t%s\t%s\n", i+1, accepted[i].text, accepted[i].value)
	}
	sb.WriteString("--- rejected\n")
	for _, m := range rejected {
		sb.WriteString(m + "\n")
	}
	if path := os.Getenv("TIMEX_SAMPLE"); path != "" {
		if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
			t.Fatalf("write sample: %v", err)
		}
	} else if testing.Verbose() {
		t.Log("\n" + sb.String())
	}
}
