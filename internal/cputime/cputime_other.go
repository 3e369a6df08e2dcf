//go:build !unix

// Package cputime reads the CPU time the process has used, so that
// benchmarks and load tests can report rates per CPU-second on a machine
// other jobs share.
package cputime

import "time"

// Process returns 0: the CPU time is not read on this system, and rates are
// then reported per wall-clock second only.
func Process() time.Duration { return 0 }
