package loopback

import (
	"encoding/json"
	"io"
	"sync"
)

// Event is one observable step of the provider, in a flat form that encodes
// as one JSON object per line. Lifecycle steps reported by fsm arrive with
// Kind "lifecycle"; socket steps have their own kinds (see the Ev* constants).
// Events are delivered one at a time, in Seq order. Per connected socket the
// trace conserves bytes: the "send" Bytes add up to the "closed" Bytes plus
// Lost. A "closed" with Detail "graceful" delivered all of it (the peer's
// TCP acknowledged every byte and the end of stream); Lost and Unacked are
// non-zero only after an "abort", and together they are what the reset lost.
type Event struct {
	Seq    uint64 `json:"seq"`
	Kind   string `json:"kind"`
	Socket uint64 `json:"socket,omitempty"`
	Linger string `json:"linger,omitempty"`
	Bytes  int64  `json:"bytes,omitempty"`
	Lost   int64  `json:"lost,omitempty"` // "closed": accepted bytes the socket dropped (a reset's doing)
	// Unacked ("closed", after a reset): the part of Bytes the peer's TCP
	// never acknowledged, lost with the reset though written.
	Unacked int64 `json:"unacked,omitempty"`
	// Unread ("closed"): bytes the peer sent that the application never
	// read, read and thrown away so that the close stays graceful.
	Unread int64  `json:"unread,omitempty"`
	Detail string `json:"detail,omitempty"`
	Err    string `json:"err,omitempty"`
	// Lifecycle holds the fsm event for Kind "lifecycle".
	Lifecycle any `json:"lifecycle,omitempty"`
}

// Event kinds emitted by the socket layer.
const (
	EvSocket     = "socket"      // a socket was created
	EvConnect    = "connect"     // it connected to the peer
	EvSend       = "send"        // Send queued Bytes
	EvClose      = "close"       // the application (or the final Cleanup, Detail "cleanup") closed it
	EvWouldBlock = "wouldblock"  // a non-blocking timed close refused
	EvAbort      = "abort"       // reset; Detail says why; Bytes discarded
	EvClosed     = "closed"      // the connection is fully closed; Detail graceful|abortive; Bytes written, Lost dropped unsent, Unacked written but lost, Unread peer bytes thrown away
	EvOpAborted  = "op-aborted"  // pending ops aborted; Detail "signalled" (ordinary close) or "silent" (final Cleanup)
	EvDrainBegin = "drain-begin" // Drain hook started; Bytes unsent at that moment
	EvDrainEnd   = "drain-end"   // Drain hook finished; Bytes drained
	EvFreeBegin  = "free-begin"
	EvFreeEnd    = "free-end"
	EvLifecycle  = "lifecycle"
)

// emitter numbers events and hands them to the observer one at a time, so an
// observer needs no locking and sees a total order.
type emitter struct {
	mu  sync.Mutex
	seq uint64
	fn  func(Event)
}

func (e *emitter) on() bool { return e != nil && e.fn != nil }

func (e *emitter) emit(ev Event) {
	if !e.on() {
		return
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	e.seq++
	ev.Seq = e.seq
	e.fn(ev)
}

// NDJSON returns an observer that writes each event as one JSON line to w,
// the form `wspcycle trace` reads. Write errors are dropped: observing must
// never change what the provider does.
func NDJSON(w io.Writer) func(Event) {
	var mu sync.Mutex
	enc := json.NewEncoder(w)
	return func(ev Event) {
		mu.Lock()
		defer mu.Unlock()
		_ = enc.Encode(ev)
	}
}
