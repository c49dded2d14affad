package fsm

import (
	"errors"
	"fmt"
	"strconv"
)

// Winsock error codes the lifecycle can report. The values are those of winsock2.h, so a
// provider that answers a real Winsock caller can pass Error.Code through unchanged.
const (
	WSAEINTR           = 10004 // a blocking call was interrupted (here: its context ended)
	WSAEFAULT          = 10014 // a bad pointer argument (here: a nil context or provider)
	WSAEINVAL          = 10022 // an invalid argument (here: an invalid option given to New)
	WSAEINPROGRESS     = 10036 // a blocking call is in progress (here: a nested call that would deadlock)
	WSAENETDOWN        = 10050 // the network subsystem failed (here: teardown could not drain or free cleanly)
	WSAEPROCLIM        = 10067 // too many users (here: the counter is at its bound)
	WSASYSNOTREADY     = 10091 // the subsystem is not ready (here: Init failed)
	WSAVERNOTSUPPORTED = 10092 // the requested version is not supported
	WSANOTINITIALISED  = 10093 // no successful Startup is outstanding
)

var codeNames = map[int]string{
	WSAEINTR:           "WSAEINTR",
	WSAEFAULT:          "WSAEFAULT",
	WSAEINVAL:          "WSAEINVAL",
	WSAEINPROGRESS:     "WSAEINPROGRESS",
	WSAENETDOWN:        "WSAENETDOWN",
	WSAEPROCLIM:        "WSAEPROCLIM",
	WSASYSNOTREADY:     "WSASYSNOTREADY",
	WSAVERNOTSUPPORTED: "WSAVERNOTSUPPORTED",
	WSANOTINITIALISED:  "WSANOTINITIALISED",
}

// Error is every error the runtime returns. Code is the Winsock error it stands for; Op is
// the call that failed; Err, when set, is the cause (a hook's error, a context's error, a
// *PanicError), reachable with errors.Is and errors.As.
//
// errors.Is(err, ErrX) compares Winsock codes, so it holds for every *Error whatever its Op
// and cause: the sentinels below name a code, not one particular failure.
type Error struct {
	Code int
	Op   string
	Err  error
}

// The sentinels, one per code, for errors.Is.
var (
	ErrInterrupted         = &Error{Code: WSAEINTR}
	ErrFault               = &Error{Code: WSAEFAULT}
	ErrInvalid             = &Error{Code: WSAEINVAL}
	ErrInProgress          = &Error{Code: WSAEINPROGRESS}
	ErrNetDown             = &Error{Code: WSAENETDOWN}
	ErrProcessLimit        = &Error{Code: WSAEPROCLIM}
	ErrSysNotReady         = &Error{Code: WSASYSNOTREADY}
	ErrVersionNotSupported = &Error{Code: WSAVERNOTSUPPORTED}
	ErrNotInitialised      = &Error{Code: WSANOTINITIALISED}
)

// Error reads like "fsm: Startup: WSAVERNOTSUPPORTED (10092): cause".
func (e *Error) Error() string {
	if e == nil {
		return "fsm: <nil *Error>"
	}
	s := "fsm: "
	if e.Op != "" {
		s += e.Op + ": "
	}
	name, ok := codeNames[e.Code]
	if !ok {
		name = "WSA error"
	}
	s += name + " (" + strconv.Itoa(e.Code) + ")"
	if e.Err != nil {
		s += ": " + errorText(e.Err)
	}
	return s
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// Is reports whether target is an *Error with the same Winsock code.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && e != nil && t != nil && t.Code == e.Code
}

// wrap returns the *Error for op with code, keeping the code of cause when the cause
// already carries one (a hook that returns ErrProcessLimit fails Startup with WSAEPROCLIM,
// a lower provider's WSAVERNOTSUPPORTED reaches the layered provider's caller unchanged).
//
// The cause may come from a hook, so wrap trusts nothing of it: a nil *Error in its chain,
// or an Unwrap or As method that panics, leaves code as given.
func wrap(op string, code int, cause error) *Error {
	if c, bare, ok := errCodeOf(cause); ok {
		code = c
		if bare {
			cause = nil // a bare sentinel: the code says it all
		}
	}
	return &Error{Code: code, Op: op, Err: cause}
}

// errCodeOf returns the code of the first *Error in err's chain, and whether err is that
// *Error with neither Op nor cause (a sentinel).
func errCodeOf(err error) (code int, bare, ok bool) {
	defer func() {
		if recover() != nil {
			code, bare, ok = 0, false, false
		}
	}()
	var e *Error
	if !errors.As(err, &e) || e == nil {
		return 0, false, false
	}
	return e.Code, err == error(e) && e.Op == "" && e.Err == nil, true
}

// ErrHookPanicked matches (errors.Is) every *PanicError.
var ErrHookPanicked = errors.New("fsm: hook panicked")

// PanicError is the cause recorded when a hook does not return: it panicked, or it called
// runtime.Goexit (as t.FailNow does). The runtime recovers so the provider keeps its
// invariants (see the package documentation), and hands the value and the stack to the
// caller instead of losing them.
type PanicError struct {
	Hook   string // "Init", "Drain" or "Free"
	Value  any    // the value given to panic; nil when Goexit
	Goexit bool   // the hook called runtime.Goexit
	Stack  []byte
}

func (e *PanicError) Error() string {
	if e == nil {
		return "<nil *PanicError>"
	}
	if e.Goexit {
		return "hook " + e.Hook + " called runtime.Goexit"
	}
	return "hook " + e.Hook + " panicked: " + fmt.Sprint(e.Value)
}

// Is makes errors.Is(err, ErrHookPanicked) hold.
func (e *PanicError) Is(target error) bool { return target == ErrHookPanicked }
