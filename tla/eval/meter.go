package eval

import (
	"github.com/wspcycle/wspcycle/tla/token"
)

// grow counts n elements of the value being built by the expression at
// pos (a set map, a function constructor: the builders whose size only
// the input bounds) and fails, at pos, once the heap is past the process's
// memory limit (value.SetMemoryLimit, from --max-memory): the checker then
// stops with exit 4 instead of the kernel killing it. The count is an add
// on the hot path; the heap is looked at every value.MeterEvery elements.
func (k *ctx) grow(n int, pos token.Pos) error {
	if err := k.meter.Add(n); err != nil {
		return wrap(pos, err)
	}
	return nil
}
