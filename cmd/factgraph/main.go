// Command factgraph extracts entities, relations and events from news
// text and evaluates and trains the models that do it.
//
// Usage:
//
//	factgraph extract [flags] FILE|DIR|-
//	factgraph ingest [flags] FILE|DIR|-...
//	factgraph ingest --queue nats://… [flags] FILE|DIR|-...
//	factgraph worker --queue nats://… --db postgres://…|FILE [flags]
//	factgraph serve [flags]
//	factgraph eval ner|re|events|names|identity|morph|tokenize [flags]
//	factgraph train ner|re|tagger|wordvec [flags]
//	factgraph bench [flags] DIR
//	factgraph loadtest [flags]
//	factgraph version
//
// Run "factgraph COMMAND -h" for the flags of a command.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

type command struct {
	name    string
	summary string
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) error
}

var commands = []command{
	{"extract", "extract entities and facts from text files, a directory or stdin", runExtract},
	{"ingest", "extract facts from texts into the knowledge store (or queue them with --queue)", runIngest},
	{"worker", "take documents from the work queue, extract and store them", runWorker},
	{"serve", "serve the JSON API and web UI over a store", runServe},
	{"eval", "score the models on public corpora (ner, re, events, names, identity, morph, tokenize)", runEval},
	{"train", "retrain a model from public corpora (ner, re, tagger, wordvec)", runTrain},
	{"bench", "measure throughput and memory of the whole pipeline", runBench},
	{"loadtest", "measure ingestion and the HTTP API on generated documents", runLoadtest},
	{"version", "print the version", func(_ []string, _ io.Reader, stdout, _ io.Writer) error {
		_, err := fmt.Fprintln(stdout, "factgraph", version)
		return err
	}},
}

// gcPercent is factgraph's garbage-collection target (Go's default is
// 100), set unless the GOGC environment variable gives one. The loaded
// models are most of the live heap and never become garbage, yet the heap
// may grow past them by the target's share of them before a collection: 75
// keeps the peak resident memory of `bench --stages ner` about 15 MB lower
// than 100 (132–138 MB against 149–154) for a collection or two more in
// five passes over NEREL dev, about 1 % of the CPU time (docs/bench.md).
const gcPercent = 75

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		err := c.run(args[1:], stdin, stdout, stderr)
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			return 2
		}
		fmt.Fprintf(stderr, "factgraph %s: %v\n", c.name, err)
		return 1
	}
	fmt.Fprintf(stderr, "factgraph: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

// errUsage reports bad flags or arguments; the flag package has already
// printed why.
var errUsage = errors.New("usage")

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: factgraph COMMAND [flags] [args]\n\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
}

// newFlags returns a flag set that reports errors to stderr and returns
// them instead of exiting.
func newFlags(name, args string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("factgraph "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: factgraph %s [flags] %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}
