package main

import (
	"fmt"
	"io"

	"github.com/factgraph/factgraph/server"
)

func runServe(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fl := newFlags("serve", "", stderr)
	cfg := server.Flags(fl) // --db --addr --token (default $FACTGRAPH_TOKEN) --max-body --timeout
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if fl.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: factgraph serve [flags]")
		return errUsage
	}
	return server.Command(*cfg, stdout, stderr)
}
