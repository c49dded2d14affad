package fsm

import (
	"errors"
	"math"
	"time"
)

// Option configures a Provider at New.
type Option func(*options)

type options struct {
	low, high    Version
	observer     Observer
	maxRefs      int
	drainTimeout time.Duration
	lowerVersion Version        // Layered only: the version requested from the lower provider
	lowerTable   *StartupOption // Layered only: the callback table handed to the lower provider
	err          error          // the first invalid option; every Startup reports it
}

// DefaultVersion is the version a Provider supports when New gets no Versions option: the
// Winsock 2 SPI version.
var DefaultVersion = Version{Major: 2, Minor: 2}

// DefaultMaxRefs bounds the counter when New gets no WithMaxRefs option. A Startup that
// would pass the bound fails with ErrProcessLimit instead of overflowing.
const DefaultMaxRefs = math.MaxInt32

func defaultOptions() options {
	return options{low: DefaultVersion, high: DefaultVersion, maxRefs: DefaultMaxRefs}
}

func (o *options) fail(err error) {
	if o.err == nil {
		o.err = err
	}
}

// Versions sets the range of versions the provider supports. A request below low fails
// with ErrVersionNotSupported; any other request negotiates min(requested, high).
// low must be at least 1.0 and not above high.
func Versions(low, high Version) Option {
	return func(o *options) {
		switch {
		case low.Major == 0:
			o.fail(errors.New("Versions: low version " + low.String() + " is below 1.0"))
		case high.Less(low):
			o.fail(errors.New("Versions: low " + low.String() + " is above high " + high.String()))
		default:
			o.low, o.high = low, high
		}
	}
}

// WithObserver installs o to receive every lifecycle event (see Observer).
func WithObserver(o Observer) Option {
	return func(opts *options) { opts.observer = o }
}

// WithMaxRefs bounds the reference counter (the spec's MaxRefs): the Startup that would
// take it above n fails with ErrProcessLimit. n must be at least 1.
func WithMaxRefs(n int) Option {
	return func(o *options) {
		if n < 1 {
			o.fail(errors.New("WithMaxRefs: bound must be at least 1"))
			return
		}
		o.maxRefs = n
	}
}

// WithDrainTimeout bounds the Drain hook of every final Cleanup, so teardown terminates
// even when the caller passes no deadline, a peer is stuck, or Drain ignores its context
// (CONTRACT.md section 4): Drain's context ends d after Drain starts (or earlier, with the
// caller's), and a Drain still running d after its context ended is abandoned. The final
// Cleanup then returns at most about 2d after Drain started (plus Free's time), reporting
// ErrNetDown wrapping ErrHookAbandoned and the context's error; the abandoned Drain goes on
// in its goroutine, concurrently with Free. d must be positive.
func WithDrainTimeout(d time.Duration) Option {
	return func(o *options) {
		if d <= 0 {
			o.fail(errors.New("WithDrainTimeout: duration must be positive"))
			return
		}
		o.drainTimeout = d
	}
}

// LowerVersion sets the version a Layered provider requests from the provider below it
// (default: the layered provider's own high version). Other providers ignore it.
func LowerVersion(v Version) Option {
	return func(o *options) {
		if v.Major == 0 {
			o.fail(errors.New("LowerVersion: version " + v.String() + " is below 1.0"))
			return
		}
		o.lowerVersion = v
	}
}

// LowerCallbacks sets the callback (upcall) table a Layered provider hands to the provider
// below it on each lower Startup, as a layered service provider passes its own upcall
// table down. Other providers ignore it.
func LowerCallbacks(table any) Option {
	return func(o *options) {
		opt := WithCallbacks(table)
		o.lowerTable = &opt
	}
}

// StartupOption configures one Startup. It is a small value rather than a function so that
// passing one costs no allocation on the hot path.
type StartupOption struct {
	callbacks    any
	hasCallbacks bool
}

// WithCallbacks supplies the caller's callback (upcall) table. The latest table supplied by
// a successful Startup is the one in use (Callbacks); a failed Startup changes nothing.
func WithCallbacks(table any) StartupOption {
	return StartupOption{callbacks: table, hasCallbacks: true}
}
