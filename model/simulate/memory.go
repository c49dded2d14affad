package simulate

import (
	"runtime/debug"
	"runtime/metrics"
)

// footprint is the memory the Go runtime holds from the system: all it
// mapped, less the heap pages it gave back. It is what the kernel's
// out-of-memory killer sees of the process (the heap's objects are at
// most half of it between two collections with GOGC=100, so a bound on
// the objects alone let the process grow to twice the bound).
func footprint() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 || s[1].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64() - s[1].Value.Uint64()
}

// boundMemory makes the garbage collector keep the footprint under max
// while the run lasts (Go's soft memory limit: it collects more often as
// the footprint nears max), so that a behaviour may grow until its live
// states, not twice them, reach the bound; it returns the function that
// restores the previous limit. max 0 sets nothing.
func boundMemory(max uint64) func() {
	if max == 0 || max > 1<<62 {
		return func() {}
	}
	old := debug.SetMemoryLimit(int64(max))
	return func() { debug.SetMemoryLimit(old) }
}
