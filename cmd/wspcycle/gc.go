package main

import (
	"os"
	"runtime/debug"
)

// checkGCPercent is the collector's target during a check, unless the user
// set GOGC. A check's live heap is the visited set plus one or two levels of
// states, and it allocates successor states at a furious rate; Go's default
// (100: let the heap double between collections) made the peak resident
// memory of the PoolBig reference 180-190 MB on 2 workers; 80 keeps it near
// 157 MB (a tenth of TLC's 1.8 GB) for a few percent more CPU time.
const checkGCPercent = 80

// tuneGC applies checkGCPercent and returns the function restoring the
// previous setting.
func tuneGC() func() {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(checkGCPercent)
	return func() { debug.SetGCPercent(old) }
}
