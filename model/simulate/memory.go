package simulate

import "runtime/metrics"

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
