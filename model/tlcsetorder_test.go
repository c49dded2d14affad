package model

import (
	"reflect"
	"testing"
)

// TestTLCSetOrder replays TLC's SetOfStates: slots by the low 31 bits of
// the fingerprint, linear probing, a duplicate kept in its first place,
// and a table half full grown to 2n+1 before the next put.
func TestTLCSetOrder(t *testing.T) {
	for _, c := range []struct {
		fps      []uint64
		capacity int
		want     []int
		final    int
	}{
		{[]uint64{5, 1}, 16, []int{1, 0}, 16},
		{[]uint64{1, 17, 2}, 16, []int{0, 1, 2}, 16},        // 17 collides with 1, 2 with 17
		{[]uint64{1<<31 | 3, 2}, 16, []int{1, 0}, 16},       // bit 31 ignored
		{[]uint64{1<<32 | 4, 4, 3}, 16, []int{2, 0, 1}, 16}, // the same low bits: a collision
		{[]uint64{4, 4, 3}, 16, []int{2, 0}, 16},            // a duplicate
		{[]uint64{9, 8, 7, 6, 5, 4, 3, 2, 1}, 16, []int{8, 7, 6, 5, 4, 3, 2, 1, 0}, 33},
		{[]uint64{32, 1, 2, 3}, 4, []int{1, 2, 3, 0}, 9}, // grown at 2: 32%9=5
	} {
		got, final := tlcSetOrder(c.fps, c.capacity)
		if !reflect.DeepEqual(got, c.want) || final != c.final {
			t.Errorf("tlcSetOrder(%v, %d) = %v, %d; want %v, %d", c.fps, c.capacity, got, final, c.want, c.final)
		}
	}
}
