package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/factgraph/factgraph/loadtest"
	"github.com/factgraph/factgraph/pipeline"
)

func runBench(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fl := newFlags("bench", "DIR", stderr)
	workers := fl.Int("workers", 1, "documents processed in parallel")
	repeat := fl.Int("repeat", 1, "passes over the directory")
	ext := fl.String("ext", ".txt", "process files with this extension")
	fast := fastFlag(fl)
	stages := fl.String("stages", "all", "what to run: all (the whole pipeline) or ner (tokenization and entity recognition, with the truecaser and the refine rules)")
	cpuProfile := fl.String("cpuprofile", "", "write a CPU profile of the processing to this file (read it with go tool pprof)")
	memProfile := fl.String("memprofile", "", "write a profile of the processing's allocations to this file (go tool pprof -sample_index=alloc_space)")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if *stages != "all" && *stages != "ner" {
		return fmt.Errorf("--stages %q: want all or ner", *stages)
	}
	if fl.NArg() != 1 {
		fl.Usage()
		return errUsage
	}
	paths, err := listFiles(fl.Arg(0), *ext)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("no %s files in %s", *ext, fl.Arg(0))
	}
	t0 := time.Now()
	build := pipeline.New
	if *stages == "ner" {
		build = pipeline.NewRecognizer
	}
	p, err := loadPipeline(build, *fast)
	if err != nil {
		return err
	}
	load := time.Since(t0)
	var docs, tokens, bytes, failed int
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	var allocs *os.File
	if *memProfile != "" {
		f, err := os.Create(*memProfile)
		if err != nil {
			return fmt.Errorf("memory profile: %w", err)
		}
		defer f.Close()
		allocs = f
	}
	var ms0 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	start := time.Now()
	for i := 0; i < *repeat; i++ {
		err := p.ProcessFiles(paths, *workers, func(r pipeline.Result) error {
			if r.Err != nil {
				failed++
				return nil
			}
			docs++
			bytes += len(r.Doc.Text)
			for _, s := range r.Doc.Sentences {
				tokens += len(s.Tokens)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	el := time.Since(start).Seconds()
	var ms1 runtime.MemStats
	runtime.ReadMemStats(&ms1)
	if allocs != nil {
		if err := pprof.Lookup("allocs").WriteTo(allocs, 0); err != nil {
			return fmt.Errorf("memory profile %s: %w", *memProfile, err)
		}
		if err := allocs.Close(); err != nil {
			return fmt.Errorf("memory profile %s: %w", *memProfile, err)
		}
	}
	fmt.Fprintf(stdout, "machine      %s/%s, %d CPUs, GOMAXPROCS %d, workers %d, stages %s\n",
		runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0), *workers, *stages)
	fmt.Fprintf(stdout, "model load   %.0f ms\n", load.Seconds()*1000)
	fmt.Fprintf(stdout, "documents    %d (%d failed) in %.2f s\n", docs, failed, el)
	fmt.Fprintf(stdout, "docs/s       %.1f\n", float64(docs)/el)
	fmt.Fprintf(stdout, "tokens/s     %.0f\n", float64(tokens)/el)
	fmt.Fprintf(stdout, "MB/s         %.3f\n", float64(bytes)/el/1e6)
	fmt.Fprintf(stdout, "2 KB docs/s  %.1f\n", float64(bytes)/2048/el)
	fmt.Fprintf(stdout, "peak RSS     %.1f MB\n", peakRSS())
	if docs > 0 {
		fmt.Fprintf(stdout, "allocated    %.1f KB/doc, %d GC cycles\n",
			float64(ms1.TotalAlloc-ms0.TotalAlloc)/1024/float64(docs), ms1.NumGC-ms0.NumGC)
	}
	return nil
}

// peakRSS returns the process's peak resident set size in MB.
func peakRSS() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024 // Linux reports KiB
}

func runLoadtest(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fl := newFlags("loadtest", "", stderr)
	opt := loadtest.Flags(fl, defaultData)
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if opt.Queue != "" {
		so, err := opt.ScaleOptions()
		if err != nil {
			return err
		}
		_, err = loadtest.RunScale(ctx, so, stdout)
		return err
	}
	_, err := loadtest.Run(ctx, *opt, stdout)
	return err
}
