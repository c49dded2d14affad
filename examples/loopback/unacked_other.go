//go:build !linux

package loopback

import "net"

// unacked is unknown on this system: a timed linger then ends when the data
// is handed to the kernel, which keeps sending it after the close.
func unacked(*net.TCPConn) (int, error) { return 0, nil }

// connReset is unknown on this system: a reset shows at the next read or write.
func connReset(*net.TCPConn) bool { return false }

// discardReadable is not available here: a close may then find unread data.
func discardReadable(*net.TCPConn, []byte) int { return 0 }
