//go:build !linux

package loopback

import (
	"errors"
	"net"
)

// resetAt needs Linux's tcp_info to know when the count is exact.
func resetAt(*net.TCPConn) (int64, error) {
	return 0, errors.New("a resetting peer needs Linux")
}
