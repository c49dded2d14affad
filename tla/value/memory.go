package value

import (
	"fmt"
	"runtime/metrics"
	"sync/atomic"
)

// The memory limit of the process (--max-memory), enforced while large
// values are built. The checker's search samples the heap every 200 ms and
// stops between states, but one evaluation can build a value of any size
// before it returns (issue 13: an 8M-element set reached 1.1 GB under a
// 200 MB limit, a function over a 10^9-tuple domain grew to 24 GB before
// the kernel killed the process). So the builders count the elements they
// make (Meter: an integer add on the hot path) and, every MeterEvery
// elements, compare the heap with the limit (one runtime/metrics read, no
// stop-the-world, no system call).

// memLimit is the heap size in bytes past which building a value fails
// with a *MemoryError; 0 means no limit. It belongs to the process, as the
// heap it measures does.
var memLimit atomic.Uint64

// SetMemoryLimit sets the heap size in bytes past which building a large
// value fails (0: no limit). The command line sets it from --max-memory.
func SetMemoryLimit(bytes uint64) { memLimit.Store(bytes) }

// MemoryLimit is the limit SetMemoryLimit set.
func MemoryLimit() uint64 { return memLimit.Load() }

// MeterEvery is the number of elements built between two looks at the heap.
const MeterEvery = 1 << 16

// MemoryError says that the heap passed the memory limit while a value
// was being built.
type MemoryError struct {
	Heap, Limit uint64 // bytes
}

func (e *MemoryError) Error() string {
	return fmt.Sprintf("the heap grew past %d MB (--max-memory) while this value was being built (%d MB)", e.Limit>>20, e.Heap>>20)
}

// CheckMemory returns a *MemoryError when the heap is past the limit.
func CheckMemory() error {
	lim := memLimit.Load()
	if lim == 0 {
		return nil
	}
	if h := heapBytes(); h > lim {
		return &MemoryError{Heap: h, Limit: lim}
	}
	return nil
}

func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// Meter counts the elements a builder makes; its zero value is ready.
type Meter struct{ n int }

// Add counts n more elements and, every MeterEvery of them, checks the
// heap (CheckMemory).
func (m *Meter) Add(n int) error {
	m.n += n
	if m.n < MeterEvery {
		return nil
	}
	m.n = 0
	return CheckMemory()
}
