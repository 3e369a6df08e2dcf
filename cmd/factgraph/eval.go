package main

import (
	"fmt"
	"io"
)

func runEval(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fmt.Fprintln(stderr, "usage: factgraph eval ner|tokenize [flags]")
	return errUsage
}
