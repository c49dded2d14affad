package main

import "github.com/wspcycle/wspcycle/tla/value"

// limitEvalMemory makes --max-memory (mb megabytes, 0: none) hold inside
// one evaluation too: the search samples the heap between states, but a
// single expression (a set map over a huge domain) can outgrow the machine
// before the next sample; value's builders then fail at the expression
// with value.MemoryError, which the checker reports with exit 4. With
// --disk the limit bounds the fingerprint table instead (the heap is
// expected to reach it), so evaluation is not limited there. It returns
// the function restoring the previous limit (commands also run in-process,
// in tests).
func limitEvalMemory(mb int64, disk bool) func() {
	old := value.MemoryLimit()
	if disk {
		value.SetMemoryLimit(0)
	} else {
		value.SetMemoryLimit(uint64(mb) << 20)
	}
	return func() { value.SetMemoryLimit(old) }
}
