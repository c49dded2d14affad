package value

// ReplaySort replays TLC's ValueVec.sort(true) of n elements, given in the
// order the set was written or built, with cmp(i, j) as elements i
// ("this") and j's compareTo: each element is inserted into the sorted
// vector of those before it by binary search (TLC rev cc6b616's bytecode:
// the middle of [low, high) each time, high starting at the vector's
// length); an element equal to one inserted is dropped. It returns the
// indices kept, in sorted order, or the first error cmp returns. Both
// checkSortable (which comparison fails) and coverage (what the
// comparisons of lazy sets cost) follow it, so that they ask the same
// pairs in the same roles.
func ReplaySort(n int, cmp func(i, j int) (int, error)) ([]int, error) {
	if n == 0 {
		return nil, nil
	}
	sorted := make([]int, 1, n)
	for e := 1; e < n; e++ {
		c, idx, lo, hi := 0, 0, 0, len(sorted)
		for lo < hi {
			idx = (lo + hi) >> 1
			var err error
			c, err = cmp(e, sorted[idx])
			if err != nil {
				return nil, err
			}
			if c == 0 {
				break
			}
			if c < 0 {
				hi = idx
			} else {
				lo = idx + 1
			}
		}
		if c == 0 {
			continue
		}
		if c > 0 {
			idx++
		}
		sorted = append(sorted, 0)
		copy(sorted[idx+1:], sorted[idx:])
		sorted[idx] = e
	}
	return sorted, nil
}
