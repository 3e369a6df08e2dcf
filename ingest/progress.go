package ingest

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// progress reports a run: on a terminal a one-line bar redrawn with \r, or
// else a log line every so many documents or seconds.
type progress struct {
	w        io.Writer
	tty      bool
	total    int64 // input bytes, -1 when unknown
	done     int64
	start    time.Time
	last     time.Time // last draw or log line
	lastRead int       // Read at the last log line
	every    int
	interval time.Duration
	drawn    bool   // a bar is on the current line
	verb     string // what Stats.Stored counts: "stored" or "published"
}

// redraw is the shortest time between two redraws of the bar.
const redraw = 100 * time.Millisecond

func newProgress(opt Options, total int64) *progress {
	p := &progress{w: opt.Progress, tty: opt.TTY, total: total, start: time.Now(),
		every: opt.LogEvery, interval: opt.LogInterval, verb: "stored"}
	if p.every <= 0 {
		p.every = 1000
	}
	if p.interval <= 0 {
		p.interval = 10 * time.Second
	}
	p.last = p.start
	return p
}

// fail reports a bad input on a line of its own.
func (p *progress) fail(source string, err error) {
	if source == "" {
		source = "stdin"
	}
	p.clear()
	fmt.Fprintf(p.w, "ingest: %s: %v\n", source, err)
}

// clear removes the bar from the current line.
func (p *progress) clear() {
	if p.tty && p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

// update accounts for one more document of size input bytes.
func (p *progress) update(s Stats, size int64) {
	p.done += size
	now := time.Now()
	if p.tty {
		if now.Sub(p.last) >= redraw || !p.drawn {
			p.last = now
			fmt.Fprint(p.w, "\r\x1b[K"+p.bar(s))
			p.drawn = true
		}
		return
	}
	if s.Read-p.lastRead >= p.every || now.Sub(p.last) >= p.interval {
		p.last, p.lastRead = now, s.Read
		fmt.Fprintln(p.w, "ingest: "+p.line(s))
	}
}

// finish prints the final counts.
func (p *progress) finish(s Stats) {
	p.clear()
	fmt.Fprintf(p.w, "ingest: done in %s: %s\n", s.Elapsed.Round(time.Millisecond), p.line(s))
}

// line is the counts and the rate.
func (p *progress) line(s Stats) string {
	return fmt.Sprintf("%d read, %d %s, %d duplicates, %d failed, %.1f docs/s",
		s.Read, s.Stored, p.verb, s.Duplicates, s.Failed, s.DocsPerSecond())
}

// bar is the terminal line: a bar and ETA when the input size is known.
func (p *progress) bar(s Stats) string {
	var b strings.Builder
	rate := s.DocsPerSecond()
	eta := ""
	if p.total > 0 {
		frac := min(float64(p.done)/float64(p.total), 1)
		const width = 24
		n := int(frac * width)
		fmt.Fprintf(&b, "[%s%s] %3.0f%% ", strings.Repeat("#", n), strings.Repeat(".", width-n), frac*100)
		if frac > 0 {
			el := time.Since(p.start)
			eta = " ETA " + fmtDuration(time.Duration(float64(el)/frac)-el)
		}
	}
	fmt.Fprintf(&b, "%d docs %.1f docs/s", s.Read, rate)
	if s.Duplicates > 0 {
		fmt.Fprintf(&b, " · %d dup", s.Duplicates)
	}
	if s.Failed > 0 {
		fmt.Fprintf(&b, " · %d failed", s.Failed)
	}
	b.WriteString(eta)
	return b.String()
}

// fmtDuration formats d as m:ss or h:mm:ss.
func fmtDuration(d time.Duration) string {
	sec := int(d.Round(time.Second) / time.Second)
	if sec < 0 {
		sec = 0
	}
	if sec >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", sec/3600, sec/60%60, sec%60)
	}
	return fmt.Sprintf("%d:%02d", sec/60, sec%60)
}
