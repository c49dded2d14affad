package loopback

import "errors"

// The socket errors, each named after the Winsock code it stands for so that a
// reader of the contract can match them. Test with errors.Is.
var (
	// ErrWouldBlock: a non-blocking close with a timed linger while data is
	// still unsent. The socket stays valid and nothing was started.
	ErrWouldBlock = errors.New("loopback: operation would block (WSAEWOULDBLOCK)")
	// ErrAborted: a pending asynchronous operation was cancelled by a close or
	// by the final Cleanup.
	ErrAborted = errors.New("loopback: operation aborted (WSA_OPERATION_ABORTED)")
	// ErrNotSocket: the handle was closed, or belongs to a provider generation
	// that the final Cleanup has already freed.
	ErrNotSocket = errors.New("loopback: not a valid socket (WSAENOTSOCK)")
	// ErrNotConnected: Send or a receive on a socket that never connected.
	ErrNotConnected = errors.New("loopback: socket is not connected (WSAENOTCONN)")
	// ErrIsConnected: Connect on a socket that is already connected.
	ErrIsConnected = errors.New("loopback: socket is already connected (WSAEISCONN)")
	// ErrInterrupted: a blocking call was cancelled, by its context or because
	// the final Cleanup began teardown.
	ErrInterrupted = errors.New("loopback: blocking call interrupted (WSAEINTR)")
	// ErrNotLoopback: Connect to an address outside 127.0.0.0/8. The example
	// only ever talks to this machine.
	ErrNotLoopback = errors.New("loopback: address is not an IPv4 loopback address (WSAEADDRNOTAVAIL)")
	// ErrConnReset: the connection was reset (by the peer, or by an abortive
	// close) and can carry no more data.
	ErrConnReset = errors.New("loopback: connection reset (WSAECONNRESET)")
	// ErrInvalid: a bad argument, such as a negative linger timeout.
	ErrInvalid = errors.New("loopback: invalid argument (WSAEINVAL)")
)
