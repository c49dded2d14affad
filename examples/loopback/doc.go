// Package loopback is a real socket provider over loopback TCP that embeds the
// lifecycle runtime fsm.Provider. It exists to show the lifecycle doing its real
// job: the final Cleanup must deliver every byte a gracefully closing socket still
// holds, abort what the linger table says to abort, and leave no connection,
// goroutine or buffer behind, so that a later Startup finds a fresh provider.
//
// The socket layer follows Winsock's close semantics (see CONTRACT.md section 2):
//
//	SO_DONTLINGER (default)  graceful, Close returns at once, data sent in the background
//	linger 0                 abortive: unsent data discarded, the peer sees a reset
//	linger t > 0             blocking: graceful (acknowledged by the peer) within t, then abortive;
//	                         non-blocking: ErrWouldBlock while data is unsent
//
// A graceful close hands the queue to the kernel, half-closes the connection
// (FIN after the data), and reads and discards what the peer still sends
// until the peer's TCP has acknowledged everything and the peer has closed
// too (or, for the final Cleanup and an expired linger, until everything is
// acknowledged): closing a TCP socket with unread received data would make
// the kernel reset the connection and drop what it still holds (RFC 1122
// 4.2.2.13, RFC 2525). A peer's reset before that point makes the socket
// aborted, and Stats count what it lost.
//
// Send does not write to the connection: it appends to the socket's own unsent
// queue, which one writer goroutine per connection hands to the kernel. That queue
// is the "unsent data" of the contract, the thing Drain must not lose.
//
// Every socket operation runs through fsm.Provider.Call, so no operation can
// race the final Cleanup: teardown waits for calls in progress, and calls that
// arrive during teardown fail with fsm.ErrNotInitialised.
//
// The package is split so that the lifecycle wiring is thin: an instance
// (instance.go) is one generation of socket state, created by the Init hook,
// drained by the Drain hook (drain.go) and released by the Free hook; provider.go
// connects those hooks to fsm.
package loopback
