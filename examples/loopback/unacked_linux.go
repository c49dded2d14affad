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
