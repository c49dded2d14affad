package loopback

import "sync/atomic"

// Stats counts bytes and sockets over the provider's whole life (all
// generations). Together they make loss visible: for sockets that closed
// gracefully, every accepted byte is written; only Discarded bytes are lost,
// and only an abortive close, an expired linger or an expired drain deadline
// may discard.
type Stats struct {
	Accepted  int64 // bytes Send put on unsent queues
	Written   int64 // bytes handed to the kernel (on their way to the peer)
	Drained   int64 // the part of Written written while a final Cleanup was draining
	Discarded int64 // unsent bytes dropped by abortive closes and expired lingers
	// Unacked is the part of Written still unacknowledged by the peer's TCP
	// when its connection was reset: lost with the reset, though once written.
	// (Measured on Linux; zero elsewhere.)
	Unacked  int64
	Opened   int64 // sockets created
	Graceful int64 // connections that ended with a graceful close
	Aborted  int64 // connections that ended with a reset (linger 0, expired linger, deadline, peer reset)
}

// counters is the atomic form of Stats, shared by every generation.
type counters struct {
	accepted, written, drained, discarded, unacked atomic.Int64
	opened, graceful, aborted                      atomic.Int64
	nextID                                         atomic.Uint64 // socket numbers, unique over all generations
}

func (c *counters) snapshot() Stats {
	return Stats{
		Accepted:  c.accepted.Load(),
		Written:   c.written.Load(),
		Drained:   c.drained.Load(),
		Discarded: c.discarded.Load(),
		Unacked:   c.unacked.Load(),
		Opened:    c.opened.Load(),
		Graceful:  c.graceful.Load(),
		Aborted:   c.aborted.Load(),
	}
}
