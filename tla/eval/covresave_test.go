package eval

import "testing"

// Resave notes the counts as they are now: Restore then puts back those,
// not the ones of the first Save.
func TestCovResave(t *testing.T) {
	n := &CovNode{}
	cv := &Coverage{Init: &CovNode{Children: []*CovNode{n}}}
	n.AddCount(1)
	saved := cv.Save()
	n.AddCount(2)
	saved.Resave()
	n.AddCount(4)
	saved.Restore()
	if got := n.Count(); got != 3 {
		t.Errorf("count %d after Resave at 3 and Restore, want 3", got)
	}
}
