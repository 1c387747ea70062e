package localrun

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// CPUReading is how much processor time the thread that runs the Worker's isolate had
// used when it was read.
type CPUReading struct {
	// PID is the workerd process that runs the Worker; a reload starts another.
	PID  int
	Used time.Duration
}

// IsolateCPU reads the processor time of the thread that runs the Worker's isolate: the
// main thread of the workerd process that runs the Worker (wrangler dev runs a second
// workerd in front of it, its proxy, which production does not have), from
// /proc/PID/task/PID/schedstat, to the nanosecond. The difference between two readings
// around some requests, divided by their number, is what Cloudflare counts as a request's
// CPU time plus workerd's own HTTP handling in that thread, which a JavaScript floor's
// figure measures.
func (s *Server) IsolateCPU() (CPUReading, error) {
	stats, err := filepath.Glob("/proc/[0-9]*/stat")
	if err != nil {
		return CPUReading{}, err
	}
	pgid := strconv.Itoa(s.cmd.Process.Pid)
	for _, path := range stats {
		b, err := os.ReadFile(path)
		if err != nil {
			continue // gone since the glob
		}
		// pid (comm) state ppid pgrp …: comm may hold spaces, so split after its ')'.
		i := strings.LastIndexByte(string(b), ')')
		if i < 0 || !strings.Contains(string(b[:i]), "(workerd") {
			continue
		}
		if f := strings.Fields(string(b[i+1:])); len(f) < 3 || f[2] != pgid {
			continue
		}
		dir := filepath.Dir(path)
		// The Worker's runtime is the workerd wrangler starts with an inspector of its own.
		cmdline, err := os.ReadFile(filepath.Join(dir, "cmdline"))
		if err != nil || !strings.Contains(string(cmdline), "--inspector-addr") {
			continue
		}
		pid, _ := strconv.Atoi(filepath.Base(dir))
		sched, err := os.ReadFile(filepath.Join(dir, "task", strconv.Itoa(pid), "schedstat"))
		if err != nil {
			return CPUReading{}, err
		}
		// schedstat: time on the CPU (ns), time waiting to run (ns), time slices.
		ns, err := strconv.ParseInt(strings.Fields(string(sched))[0], 10, 64)
		if err != nil {
			return CPUReading{}, err
		}
		return CPUReading{PID: pid, Used: time.Duration(ns)}, nil
	}
	return CPUReading{}, errors.New("no workerd process runs the Worker (one started with --inspector-addr)")
}

// Since is the processor time used between an earlier reading and this one; an error
// when the Worker's workerd process restarted in between.
func (after CPUReading) Since(before CPUReading) (time.Duration, error) {
	if after.PID != before.PID {
		return 0, errors.New("the Worker's workerd process restarted")
	}
	return after.Used - before.Used, nil
}
