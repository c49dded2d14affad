package loopback

import (
	"fmt"
	"time"
)

// Linger is Winsock's struct linger. The zero value is SO_DONTLINGER, the
// default: a graceful close that returns at once and sends in the background.
type Linger struct {
	On      bool          // SO_LINGER set
	Timeout time.Duration // with On: 0 is abortive, t > 0 is graceful within t
}

// MaxLinger is the largest timeout Winsock can express (u_short seconds).
const MaxLinger = 65535 * time.Second

// closeMode is what a close does, decided from the linger setting alone.
type closeMode int

const (
	closeGraceful closeMode = iota // SO_DONTLINGER: background, unbounded (but see drain timeout)
	closeAbortive                  // linger 0: reset now
	closeTimed                     // linger t: graceful within t, then abortive
)

func (l Linger) mode() closeMode {
	switch {
	case !l.On:
		return closeGraceful
	case l.Timeout == 0:
		return closeAbortive
	default:
		return closeTimed
	}
}

func (l Linger) validate() error {
	if l.On && (l.Timeout < 0 || l.Timeout > MaxLinger) {
		return fmt.Errorf("%w: linger timeout %v outside [0, %v]", ErrInvalid, l.Timeout, MaxLinger)
	}
	return nil
}

// String names the setting the way events and the demo print it.
func (l Linger) String() string {
	switch l.mode() {
	case closeGraceful:
		return "dontlinger"
	case closeAbortive:
		return "linger0"
	default:
		return "linger=" + l.Timeout.String()
	}
}
