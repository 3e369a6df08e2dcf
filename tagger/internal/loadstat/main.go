// Command loadstat measures what loading the tagger costs: it decodes the
// dictionary (morph.Default) and then the embedded tagger model
// (tagger.Default), and prints the time of each, the heap in use after a
// GC, the total allocated, and the peak RSS of the process (VmHWM).
//
//	go run ./tagger/internal/loadstat
package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/factgraph/factgraph/morph"
	"github.com/factgraph/factgraph/tagger"
)

func main() {
	var ms runtime.MemStats
	heap := func() (inUse, total float64) {
		runtime.GC()
		runtime.ReadMemStats(&ms)
		return float64(ms.HeapAlloc) / (1 << 20), float64(ms.TotalAlloc) / (1 << 20)
	}
	t0 := time.Now()
	if _, err := morph.Default(); err != nil {
		fail(err)
	}
	t1 := time.Now()
	h0, a0 := heap()
	fmt.Printf("morph: %6.1f ms  heap %6.1f MiB  rss peak %s\n", ms1(t1.Sub(t0)), h0, vm("VmHWM"))
	t2 := time.Now()
	if _, err := tagger.Default(); err != nil {
		fail(err)
	}
	t3 := time.Now()
	h1, a1 := heap()
	fmt.Printf("tagger: %6.1f ms  heap +%5.1f MiB  allocated %5.1f MiB  rss peak %s  rss now %s\n",
		ms1(t3.Sub(t2)), h1-h0, a1-a0, vm("VmHWM"), vm("VmRSS"))
}

func ms1(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// vm returns a field of /proc/self/status ("VmHWM": peak resident set).
func vm(key string) string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, key+":"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "?"
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
