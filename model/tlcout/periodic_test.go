package tlcout

import (
	"os"
	"path/filepath"
	"testing"
)

// TestPeriodicLiveness reads TLC's own runs of the FreeWaitsForCaller
// mutant, kept in ../testdata/tlc/periodic: run plainly and with -tool,
// TLC's clock struck (3 s after the start) before its search ended, and its
// periodic check found TeardownEnds violated on the partial graph (1,420
// and 2,372 states: the two runs disagree with each other, which is the
// point); with -lncheck final it checked the complete graph only, as
// wspcycle does, and reported wspcycle's counts. CloseWithUnreadData's
// periodic check found nothing (the run ends on an invariant), so that
// output is not a periodic verdict either.
func TestPeriodicLiveness(t *testing.T) {
	for _, c := range []struct {
		file   string
		tool   bool
		states string
		ok     bool
	}{
		{"FreeWaitsForCaller.text.out", false, "1420", true},
		{"FreeWaitsForCaller.tool.out", true, "2372", true},
		{"FreeWaitsForCallerFinal.text.out", false, "", false},
		{"CloseWithUnreadData.text.out", false, "", false},
	} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "tlc", "periodic", c.file))
		if err != nil {
			t.Fatal(err)
		}
		states, prop, ok := PeriodicLiveness(string(data), c.tool)
		if ok != c.ok || states != c.states || (ok && prop != "TeardownEnds") {
			t.Errorf("%s: PeriodicLiveness = %q, %q, %v; want %q, TeardownEnds, %v", c.file, states, prop, ok, c.states, c.ok)
		}
	}
}
