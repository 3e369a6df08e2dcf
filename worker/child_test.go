package worker

import (
	"os"
	"os/exec"
)

// newChildCmd runs the test binary again as a worker subprocess, its
// output going to the test's.
func newChildCmd(exe, env string) *exec.Cmd {
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), env)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return cmd
}
