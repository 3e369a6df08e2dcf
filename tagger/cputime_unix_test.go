//go:build unix

package tagger

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time (user+system) used by the process so far,
// so benchmarks can report throughput per CPU-second on a busy machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
