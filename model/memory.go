package model

import "runtime/debug"

// BoundMemory tells Go's garbage collector to keep the process's memory
// under max bytes while a run lasts (the soft memory limit: it collects
// more often as the memory nears max), and returns the function restoring
// the previous limit; max 0 sets nothing. Without it the collector lets the
// heap grow to about twice its live objects between two collections, so a
// run bounded by max (Options.MaxMemory) stopped once its live states
// reached about half of max; with it, they may take nearly all of it. The
// limit belongs to the process: runs at the same time share the last one
// set, which is only a hint to the collector.
func BoundMemory(max uint64) func() {
	if max == 0 || max > 1<<62 {
		return func() {}
	}
	old := debug.SetMemoryLimit(int64(max))
	return func() { debug.SetMemoryLimit(old) }
}
