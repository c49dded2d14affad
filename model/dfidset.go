package model

// dfidSet is TLC's fingerprint set of its depth-first iterative deepening
// (tlc2.tool.fp.dfid.MemFPIntSet with FPIntSet's statuses): each
// fingerprint has a status of two bits and a level. Bit 0 (done) says
// that everything reachable from the state has been explored; bit 1
// (leveled) says, when it equals the set's current leveled value, that the
// state was explored in the present iteration; the bits above are the
// iteration in which the state was first met, which is its breadth-first
// depth. The leveled value flips between 0 and 2 at each iteration, so
// that starting one un-levels every state at once.
//
// The checks reproduce TLC's bit arithmetic as it is, including that a
// state met for the first time in the present iteration counts as
// explored in it (its leveled bit is the current one): the counts TLC
// prints depend on it.
type dfidSet struct {
	m       map[uint64]int32
	level   int32 // FPIntSet.Level: the present iteration (1 for the initial states)
	leveled int32 // FPIntSet.Leveled: 0 or 2
}

const (
	dfidNew         = 0 // FPIntSet.NEW: the status of a fingerprint not in the set
	dfidDone        = 1 // FPIntSet.DONE (DoneMask)
	dfidLeveledMask = 2
)

func newDFIDSet() *dfidSet { return &dfidSet{m: map[uint64]int32{}, level: 1} }

// incLevel starts the next iteration.
func (s *dfidSet) incLevel() {
	s.level++
	s.leveled = 2 - s.leveled
}

// setStatus ORs st into fp's status and returns the status it had
// (dfidNew when fp was not in the set, which it now is, at the present
// level).
func (s *dfidSet) setStatus(fp uint64, st int32) int32 {
	if old, ok := s.m[fp]; ok {
		s.m[fp] = old | st
		return old
	}
	s.m[fp] = s.level<<2 | s.leveled | st
	return dfidNew
}

func (s *dfidSet) status(fp uint64) int32 { return s.m[fp] }

// setLeveled marks fp explored in the present iteration.
func (s *dfidSet) setLeveled(fp uint64) { s.m[fp] = s.m[fp]&^dfidLeveledMask | s.leveled }

func (s *dfidSet) size() int64 { return int64(len(s.m)) }

// completed: explored in this iteration, or done.
func (s *dfidSet) completed(st int32) bool {
	return st&dfidLeveledMask == s.leveled || st&dfidDone == dfidDone
}

func dfidIsDone(st int32) bool { return st&dfidDone == dfidDone }

func dfidLevelOf(st int32) int32 { return st >> 2 }

// leaf: a status of a state new in this iteration (or not in the set).
func (s *dfidSet) leaf(st int32) bool { return st == dfidNew || st>>2 == s.level }
