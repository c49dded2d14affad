package loopback

import (
	"errors"
	"fmt"
	"net"
	"syscall"
	"time"
	"unsafe"
)

// Offsets in Linux's struct tcp_info (include/uapi/linux/tcp.h).
const (
	tcpInfoBytesReceived = 128 // tcpi_bytes_received: bytes this end's TCP took in order (Linux 4.1)
	tcpInfoRcvWnd        = 232 // tcpi_rcv_wnd: the receive window it last advertised (Linux 6.2)
)

// resetAt resets c (SO_LINGER 0, then close) at a moment when what its TCP
// took is exact and known to the sender, and returns the part of it the
// peer never read (SIOCINQ). It waits (bounded) until c has advertised a
// zero receive window, so that no more data can come. A TCP may still hold
// a little it took but has not acknowledged (a delayed ACK; a segment that
// was on its way when the window closed), and the ACK riding on a reset is
// not processed by the sender; so the peer sends one byte, whose segment
// acknowledges everything, and resets only once nothing moved after it.
// The sender's TCP then saw exactly (bytes read + unread) acknowledged.
func resetAt(c *net.TCPConn) (unread int64, err error) {
	rc, err := c.SyscallConn()
	if err != nil {
		return 0, err
	}
	deadline := time.Now().Add(10 * time.Second)
	acked := ^uint64(0) // bytes_received when the last forcing byte went out
	for {
		var wnd uint32
		var inq int32
		var took uint64
		var serr error
		cerr := rc.Control(func(fd uintptr) {
			var info [256]byte
			n := uint32(len(info))
			if _, _, e := syscall.Syscall6(syscall.SYS_GETSOCKOPT, fd, syscall.IPPROTO_TCP, syscall.TCP_INFO,
				uintptr(unsafe.Pointer(&info[0])), uintptr(unsafe.Pointer(&n)), 0); e != 0 {
				serr = e
				return
			}
			if n < tcpInfoRcvWnd+4 {
				serr = fmt.Errorf("tcp_info of %d bytes has no tcpi_rcv_wnd (Linux 6.2 or later needed)", n)
				return
			}
			wnd = *(*uint32)(unsafe.Pointer(&info[tcpInfoRcvWnd]))
			took = *(*uint64)(unsafe.Pointer(&info[tcpInfoBytesReceived]))
			if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, fd, syscall.TIOCINQ, uintptr(unsafe.Pointer(&inq))); e != 0 {
				serr = e
			}
		})
		if err := errors.Join(cerr, serr); err != nil {
			return 0, err
		}
		switch {
		case wnd == 0 && took == acked: // nothing arrived since everything was acknowledged
			if err := c.SetLinger(0); err != nil {
				return 0, err
			}
			return int64(inq), c.Close()
		case wnd == 0:
			if _, err := c.Write([]byte{'!'}); err != nil {
				return 0, fmt.Errorf("forcing an acknowledgement: %w", err)
			}
			acked = took
			continue
		}
		if time.Now().After(deadline) {
			return 0, fmt.Errorf("receive window still %d after 10 s (%d bytes unread): the sender stopped early", wnd, inq)
		}
		time.Sleep(time.Millisecond)
	}
}
