package trace

import (
	"fmt"
	"io"
	"strconv"
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
// behaviour of the spec, except the event numbered bad (when not 0), whose counter after
// is one too high: no action explains it.
type loopbackLog struct {
	n, bad  int    // lifecycle events to produce; the one to get wrong
	done    int    // lifecycle events produced
	seq     uint64 // the last line's seq (all lines)
	phase   string // the provider's phase after the last lifecycle event
	refs    int
	round   int // position in loopbackRound
	sockets int // sockets opened so far
	pending int // socket lines still to write
	buf     []byte
	off     int                   // buf[off:] is still to be read
	texts   map[textKey][2]string // the fixed parts of a lifecycle line (see text)
}

func newLoopbackLog(n int) *loopbackLog { return &loopbackLog{n: n, phase: "Uninitialized"} }

// NewLoopbackLog is newLoopbackLog for the tests outside the package.
func NewLoopbackLog(n int) io.Reader { return newLoopbackLog(n) }

// loopbackRound is the demo's lifecycle: the trigger of each step and the phase and
// counter it leads to; "socket" stands for the socket lines the demo writes while two
// users hold the provider. The refusal ends the round with nothing changed.
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

// socketLines are the demo's lines for one socket: created, connected, one send, closed.
var socketLines = []string{
	`,"kind":"socket","socket":`,
	`,"kind":"connect","detail":"127.0.0.1:45349","socket":`,
	`,"kind":"send","bytes":4194304,"socket":`,
	`,"kind":"close","linger":"dontlinger","socket":`,
	`,"kind":"closed","bytes":4194304,"detail":"graceful","socket":`,
}

func (l *loopbackLog) Read(p []byte) (int, error) {
	if l.off == len(l.buf) {
		l.buf, l.off = l.buf[:0], 0
		if err := l.line(); err != nil {
			return 0, err
		}
	}
	n := copy(p, l.buf[l.off:])
	l.off += n
	return n, nil
}

// line puts the next line in buf; io.EOF after the last one.
func (l *loopbackLog) line() error {
	if l.pending > 0 {
		l.seq++
		l.buf = strconv.AppendUint(append(l.buf, `{"seq":`...), l.seq, 10)
		l.buf = append(l.buf, socketLines[len(socketLines)-l.pending]...)
		l.buf = append(strconv.AppendInt(l.buf, int64(l.sockets), 10), "}\n"...)
		l.pending--
		return nil
	}
	if l.done == l.n {
		return io.EOF
	}
	step := loopbackRound[l.round]
	if step.trigger == "socket" {
		l.round++
		l.sockets++
		l.pending = len(socketLines)
		return l.line()
	}
	l.seq++
	l.done++
	from, refs := l.phase, l.refs
	l.phase, l.refs = step.to, step.refs
	if l.done == l.bad {
		l.buf = fmt.Appendf(l.buf, `{"seq":%d,"kind":"lifecycle","lifecycle":{"seq":%d,"trigger":%q,"from":%q,"to":%q,"refs":%d,"newRefs":%d}}`+"\n",
			l.seq, l.done, step.trigger, from, step.to, refs, step.refs+1)
	} else {
		// {"seq":S,"kind":"lifecycle","detail":"#N <text0>","lifecycle":{"seq":N,<text1>}}
		text := l.text(l.round, from, refs)
		l.buf = strconv.AppendUint(append(l.buf, `{"seq":`...), l.seq, 10)
		l.buf = strconv.AppendInt(append(l.buf, `,"kind":"lifecycle","detail":"#`...), int64(l.done), 10)
		l.buf = strconv.AppendInt(append(append(l.buf, text[0]...), `","lifecycle":{"seq":`...), int64(l.done), 10)
		l.buf = append(append(l.buf, text[1]...), "}}\n"...)
	}
	l.round = (l.round + 1) % len(loopbackRound)
	return nil
}

// text returns the parts of step i's line from phase from and counter refs that do not
// change from round to round, as the demo writes them.
func (l *loopbackLog) text(i int, from string, refs int) [2]string {
	key := textKey{i, from, refs}
	if t, ok := l.texts[key]; ok {
		return t
	}
	step := loopbackRound[i]
	detail := fmt.Sprintf(" %s %s -\\u003e %s", step.trigger, phaseText(from, refs), phaseText(step.to, step.refs))
	inner := fmt.Sprintf(`,"trigger":%q,"from":%q,"to":%q,"refs":%d,"newRefs":%d`, step.trigger, from, step.to, refs, step.refs)
	if step.err != "" {
		detail += ": " + step.err
		inner += fmt.Sprintf(`,"err":%q`, step.err)
	}
	if l.texts == nil {
		l.texts = map[textKey][2]string{}
	}
	l.texts[key] = [2]string{detail, inner}
	return l.texts[key]
}

type textKey struct {
	step int
	from string
	refs int
}

func phaseText(p string, refs int) string {
	if p == "Active" {
		return fmt.Sprintf("Active(%d)", refs)
	}
	return p
}
