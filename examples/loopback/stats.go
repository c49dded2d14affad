package loopback

import "sync/atomic"

// Stats counts bytes and sockets over the provider's whole life (all
// generations). Together they make loss visible: a socket counted Graceful
// delivered every byte it accepted (the peer's TCP acknowledged all of it
// and the end of stream); a socket counted Aborted lost exactly Discarded
// plus Unacked of its bytes. Only an abortive close, an expired linger, an
// expired drain deadline or the peer's reset make a socket Aborted.
type Stats struct {
	Accepted  int64 // bytes Send put on unsent queues
	Written   int64 // bytes handed to the kernel (on their way to the peer)
	Drained   int64 // the part of Written written while a final Cleanup was draining
	Discarded int64 // unsent bytes dropped by abortive closes and expired lingers
	// Unacked is the part of Written still unacknowledged by the peer's TCP
	// when its connection was reset: lost with the reset, though once
	// written (SIOCOUTQ, on Linux; zero elsewhere). After the peer's reset
	// it is exact; for our own reset it is taken just before the RST goes
	// out, so an acknowledgement on its way at that instant is counted lost.
	Unacked int64
	// Unread counts the bytes peers sent that the application never read:
	// a graceful close reads and discards them, since closing a TCP socket
	// with unread data would reset the connection and drop what it still
	// sends (RFC 1122 4.2.2.13).
	Unread   int64
	Opened   int64 // sockets created
	Graceful int64 // connections that ended with a graceful close, everything delivered
	Aborted  int64 // connections that ended with a reset (linger 0, expired linger, deadline, peer reset)
}

// counters is the atomic form of Stats, shared by every generation.
type counters struct {
	accepted, written, drained, discarded, unacked, unread atomic.Int64
	opened, graceful, aborted                              atomic.Int64
	nextID                                                 atomic.Uint64 // socket numbers, unique over all generations
}

func (c *counters) snapshot() Stats {
	return Stats{
		Accepted:  c.accepted.Load(),
		Written:   c.written.Load(),
		Drained:   c.drained.Load(),
		Discarded: c.discarded.Load(),
		Unacked:   c.unacked.Load(),
		Unread:    c.unread.Load(),
		Opened:    c.opened.Load(),
		Graceful:  c.graceful.Load(),
		Aborted:   c.aborted.Load(),
	}
}
