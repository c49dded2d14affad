package main

import (
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/wspcycle/wspcycle/model"
	"github.com/wspcycle/wspcycle/model/tlcout"
	"github.com/wspcycle/wspcycle/tla/eval"
)

// tlcDiskMode sets opt for TLC's -checkpoint N and -recover DIR: the
// library's disk-backed search (model/disk.go), which is what can write a
// checkpoint and resume from one. TLC checkpoints every 30 minutes by
// default; here an in-memory run writes none unless -checkpoint N asks
// for them (the disk search is slower), in -metadir DIR or, as TLC names
// it, states/yy-MM-dd-HH-mm-ss. Each checkpoint is announced as TLC does
// (2195, 2196), and a recovery too (2197 here, 2198 when the search has
// reopened the checkpoint). It returns false, having said why on stderr,
// when the flags cannot be honoured.
func tlcDiskMode(f *tlcFlags, sp *eval.Spec, opt *model.Options, w *tlcout.Writer, stderr io.Writer) bool {
	if f.recover == "" && f.checkpoint <= 0 {
		return true
	}
	if why := tlcDiskRefusal(sp, opt.RecordGraph); why != "" {
		if f.recover != "" {
			fmt.Fprintf(stderr, "wspcycle tlc: -recover: %s\n", why)
			return false
		}
		fmt.Fprintf(stderr, "wspcycle tlc: -checkpoint: no checkpoints are written: %s; the run is in memory\n", why)
		return true
	}
	minutes := f.checkpoint
	if minutes < 0 {
		minutes = 30 // TLC's default interval
	}
	if minutes > 0 {
		opt.Checkpoint = time.Duration(minutes) * time.Minute
	}
	dir := f.recover
	if dir == "" {
		dir = tlcMetadir(f)
	} else {
		opt.Recover = true
		w.Msg(tlcout.CheckpointRecoverStart, tlcout.ClassNone, "Starting recovery from checkpoint "+dir)
	}
	opt.DiskDir = dir
	opt.OnCheckpoint = func(level int) {
		if level <= 1 {
			return // the library's checkpoint of the initial states, which TLC does not write
		}
		w.Msg(tlcout.CheckpointStart, tlcout.ClassNone, "Checkpointing of run "+dir)
		w.Msg(tlcout.CheckpointEnd, tlcout.ClassNone, fmt.Sprintf("Checkpointing completed at (%s)", tlcout.Date(time.Now())))
	}
	return true
}

// tlcMetadir is where a run's checkpoints go: -metadir DIR, else, as TLC
// names it, states/yy-MM-dd-HH-mm-ss.
func tlcMetadir(f *tlcFlags) string {
	if f.metadir != "" {
		return f.metadir
	}
	return filepath.Join("states", time.Now().Format("06-01-02-15-04-05"))
}

// tlcDiskRefusal is why a run of sp cannot be the disk-backed search ("":
// it can). With temporal properties the disk-backed search checks them,
// with TLC's verdicts, counts and traces (and a finite prefix's violation
// stops a resumed search too), and prints what TLC's liveness
// evaluations print as the in-memory search does (model/liveprints.go).
func tlcDiskRefusal(sp *eval.Spec, recordGraph bool) string {
	switch {
	case recordGraph:
		return "the disk-backed search does not record the state graph for -dump"
	}
	return ""
}
