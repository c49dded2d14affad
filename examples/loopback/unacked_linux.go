package loopback

import (
	"net"
	"syscall"
	"unsafe"
)

// unacked reports the bytes in the kernel's send queue that the peer's TCP
// has not acknowledged yet (SIOCOUTQ, which Linux spells TIOCOUTQ for
// sockets). A timed linger waits for it to reach zero: Winsock's linger waits
// until the data is sent, not merely handed to the transport.
func unacked(c *net.TCPConn) (int, error) {
	rc, err := c.SyscallConn()
	if err != nil {
		return 0, err
	}
	var n int32
	var serr error
	err = rc.Control(func(fd uintptr) {
		_, _, e := syscall.Syscall(syscall.SYS_IOCTL, fd, syscall.TIOCOUTQ, uintptr(unsafe.Pointer(&n)))
		if e != 0 {
			serr = e
		}
	})
	if err != nil {
		return 0, err
	}
	return int(n), serr
}

// tcpClose is Linux's TCP_CLOSE, the state of a connection after a reset.
const tcpClose = 7

// connReset reports whether the connection is already closed by a reset (the
// peer's), which the writer of an idle socket has not seen yet. It reads
// the state from TCP_INFO, which, unlike SO_ERROR, leaves the pending error
// for the next read or write to report.
func connReset(c *net.TCPConn) bool {
	rc, err := c.SyscallConn()
	if err != nil {
		return false
	}
	var info [8]byte // tcpi_state is the first byte; the kernel copies at most what we ask for
	n := uint32(len(info))
	var e syscall.Errno
	if rc.Control(func(fd uintptr) {
		_, _, e = syscall.Syscall6(syscall.SYS_GETSOCKOPT, fd, syscall.IPPROTO_TCP, syscall.TCP_INFO,
			uintptr(unsafe.Pointer(&info[0])), uintptr(unsafe.Pointer(&n)), 0)
	}) != nil || e != 0 || n < 1 {
		return false
	}
	return info[0] == tcpClose
}

// discardReadable reads and throws away whatever the connection holds
// received and unread right now, without waiting, and returns how much:
// a graceful close calls it last, so that the close finds nothing unread
// (which would turn it into a reset).
func discardReadable(c *net.TCPConn, buf []byte) int {
	rc, err := c.SyscallConn()
	if err != nil {
		return 0
	}
	total := 0
	rc.Control(func(fd uintptr) {
		for {
			n, _, err := syscall.Recvfrom(int(fd), buf, syscall.MSG_DONTWAIT)
			if err != nil || n <= 0 {
				return
			}
			total += n
		}
	})
	return total
}
