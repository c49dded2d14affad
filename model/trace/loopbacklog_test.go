package trace_test

import (
	"fmt"
	"io"
)

// loopbackLog is an io.Reader over a synthetic log of n lifecycle events in the loopback
// example's form (each lifecycle event wrapped as {"kind":"lifecycle",...}, socket lines in
// between, one seq over all lines), produced line by line so that a test can feed millions
// of events without holding them.
//
// The run it describes is the demo's, repeated: two users start the provider, open, use and
// close a socket, then release it, the final release drains and frees, and one Cleanup too
// many is refused; every later round starts from Reinitializable. Each lifecycle event is
// a step of ProviderLifecycle under the small model (MaxRefs = 2), so the whole log is a
// behaviour of the spec.
type loopbackLog struct {
	n        int    // lifecycle events to produce
	done     int    // lifecycle events produced
	seq      uint64 // the last line's seq (all lines)
	phase    string // the provider's phase after the last lifecycle event
	refs     int
	round    int // position in the round of lifecycle steps
	sockets  int // sockets opened so far
	pendSock []string
	buf      []byte
}

func newLoopbackLog(n int) *loopbackLog { return &loopbackLog{n: n, phase: "Uninitialized"} }

// round is the demo's lifecycle, one trigger and the phase and counter it leads to per
// step; "socket" stands for the socket lines the demo writes while two users hold the
// provider. The refusal ends the round with nothing changed.
var loopbackRound = []struct {
	trigger, to string
	refs        int
	err         string
}{
	{"Startup", "Active", 1, ""},
	{"Startup", "Active", 2, ""},
	{"socket", "", 0, ""},
	{"Cleanup", "Active", 1, ""},
	{"Cleanup", "Draining", 0, ""},
	{"DrainDone", "Freeing", 0, ""},
	{"FreeDone", "Reinitializable", 0, ""},
	{"Cleanup", "Reinitializable", 0, "fsm: Cleanup: WSANOTINITIALISED (10093)"},
}

func (l *loopbackLog) Read(p []byte) (int, error) {
	for len(l.buf) == 0 {
		if len(l.pendSock) > 0 {
			l.seq++
			l.buf = fmt.Appendf(l.buf, l.pendSock[0], l.seq)
			l.pendSock = l.pendSock[1:]
			break
		}
		if l.done == l.n {
			return 0, io.EOF
		}
		step := loopbackRound[l.round]
		l.round = (l.round + 1) % len(loopbackRound)
		if step.trigger == "socket" {
			l.sockets++
			s := l.sockets
			l.pendSock = []string{
				`{"seq":%d,"kind":"socket","socket":` + fmt.Sprint(s) + "}\n",
				`{"seq":%d,"kind":"connect","socket":` + fmt.Sprint(s) + `,"detail":"127.0.0.1:45349"}` + "\n",
				`{"seq":%d,"kind":"send","socket":` + fmt.Sprint(s) + `,"bytes":4194304}` + "\n",
				`{"seq":%d,"kind":"close","socket":` + fmt.Sprint(s) + `,"linger":"dont"}` + "\n",
				`{"seq":%d,"kind":"closed","socket":` + fmt.Sprint(s) + `,"bytes":4194304,"detail":"graceful"}` + "\n",
			}
			continue
		}
		l.seq++
		l.done++
		from, refs := l.phase, l.refs
		l.phase, l.refs = step.to, step.refs
		inner := fmt.Sprintf(`{"seq":%d,"trigger":%q,"from":%q,"to":%q,"refs":%d,"newRefs":%d`, l.done, step.trigger, from, step.to, refs, step.refs)
		detail := fmt.Sprintf("#%d %s %s -\\u003e %s", l.done, step.trigger, phaseText(from, refs), phaseText(step.to, step.refs))
		if step.err != "" {
			inner += fmt.Sprintf(`,"err":%q`, step.err)
			detail += ": " + step.err
		}
		l.buf = fmt.Appendf(l.buf, `{"seq":%d,"kind":"lifecycle","detail":"%s","lifecycle":%s}}`+"\n", l.seq, detail, inner)
	}
	n := copy(p, l.buf)
	l.buf = l.buf[n:]
	if len(l.buf) == 0 {
		l.buf = l.buf[:0:0]
	}
	return n, nil
}

func phaseText(p string, refs int) string {
	if p == "Active" {
		return fmt.Sprintf("Active(%d)", refs)
	}
	return p
}
