package localrun

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// clockTick is Linux's USER_HZ, the unit of /proc/PID/stat's times: 100 on every
// architecture Go runs Linux on.
const clockTick = 10 * time.Millisecond

// CPUSample is the processor time (user and system) each of the server's processes had
// used when it was taken: wrangler's node processes and workerd, everything in its
// process group, by process id.
type CPUSample map[int]time.Duration

// CPU samples the processor time of the server's processes. The difference between two
// samples (Since), divided by the requests served between them, is their cost per request.
func (s *Server) CPU() (CPUSample, error) {
	stats, err := filepath.Glob("/proc/[0-9]*/stat")
	if err != nil {
		return nil, err
	}
	pgid := strconv.Itoa(s.cmd.Process.Pid)
	sample := CPUSample{}
	for _, path := range stats {
		b, err := os.ReadFile(path)
		if err != nil {
			continue // gone since the glob
		}
		// pid (comm) state ppid pgrp …: comm may hold spaces, so split after its ')'.
		i := strings.LastIndexByte(string(b), ')')
		if i < 0 {
			continue
		}
		f := strings.Fields(string(b[i+1:]))
		// f[0] is state, f[2] pgrp, f[11] utime, f[12] stime.
		if len(f) < 13 || f[2] != pgid {
			continue
		}
		pid, _ := strconv.Atoi(filepath.Base(filepath.Dir(path)))
		utime, _ := strconv.ParseInt(f[11], 10, 64)
		stime, _ := strconv.ParseInt(f[12], 10, 64)
		sample[pid] = time.Duration(utime+stime) * clockTick
	}
	return sample, nil
}

// Since is the processor time used between an earlier sample and this one. complete is
// false when a process of the earlier sample has gone (workerd restarted, say): what it
// used after the earlier sample is then not counted.
func (after CPUSample) Since(before CPUSample) (used time.Duration, complete bool) {
	complete = true
	for pid, t := range after {
		used += t - before[pid]
	}
	for pid := range before {
		if _, ok := after[pid]; !ok {
			complete = false
		}
	}
	return used, complete
}
