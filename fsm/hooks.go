package fsm

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"runtime/debug"
	"time"
)

// Hooks are the provider's own work at the three points of the lifecycle where there is
// any. Each runs outside the provider's lock, in a goroutine of its own while the call that
// caused it waits for it (so that a hook ending its goroutine with runtime.Goexit, as
// t.FailNow does, cannot end the caller's). A nil hook does nothing and succeeds.
type Hooks struct {
	Init  func(ctx context.Context) error // first Startup (count 0 -> 1); an error fails that Startup, nothing changes
	Drain func(ctx context.Context) error // final Cleanup: deliver unsent graceful data; must return once ctx ends
	Free  func(ctx context.Context) error // after Drain: release everything
}

// ErrHookAbandoned is the cause recorded for a Drain that WithDrainTimeout gave up on: its
// context had ended and it still had not returned a further timeout later. Teardown went
// on without it (Free ran while it may still be running); whatever it had not delivered
// is lost, and the final Cleanup says so with ErrNetDown wrapping this error and the
// context's error.
var ErrHookAbandoned = errors.New("fsm: hook abandoned")

// runHook runs f the one way every hook is run: in a goroutine of its own, waited for, with
// whatever way f ends turned into an error the caller can act on, so that the caller can
// always restore the provider's invariants:
//   - a panic becomes a *PanicError with the value and the stack;
//   - runtime.Goexit, which recover does not see, is detected by a flag set only when f
//     returns, and becomes a *PanicError with Goexit set;
//   - a typed nil (a nil *T returned as a non-nil error) becomes a plain error naming it,
//     so that no code of the runtime ever calls a method on a nil receiver of the hook's.
//
// (See the package documentation for why hooks are guarded while Call's function is not.)
func runHook(ctx context.Context, name string, f func(context.Context) error) error {
	return runHookBounded(ctx, name, f, 0)
}

// runHookBounded is runHook that gives up on f when grace > 0 and f is still running grace
// after ctx ended: it then returns an error wrapping ErrHookAbandoned and ctx's error,
// and leaves f running in its goroutine.
func runHookBounded(ctx context.Context, name string, f func(context.Context) error, grace time.Duration) error {
	if f == nil {
		return nil
	}
	done := make(chan error, 1) // buffered: an abandoned hook can still finish and exit
	go func() {
		returned := false
		defer func() {
			if returned {
				return
			}
			if v := recover(); v != nil {
				done <- &PanicError{Hook: name, Value: v, Stack: debug.Stack()}
				return
			}
			done <- &PanicError{Hook: name, Goexit: true, Stack: debug.Stack()}
		}()
		err := f(ctx)
		returned = true
		done <- checkError(name, err)
	}()
	if grace <= 0 {
		return <-done
	}
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	t := time.NewTimer(grace)
	defer t.Stop()
	select {
	case err := <-done:
		return err
	case <-t.C:
		return fmt.Errorf("%w: %s still running %v after its context ended: %w", ErrHookAbandoned, name, grace, ctx.Err())
	}
}

// checkError returns err unless it is a typed nil, which it replaces by an error saying so.
func checkError(name string, err error) error {
	if err == nil {
		return nil
	}
	if v := reflect.ValueOf(err); isNilable(v.Kind()) && v.IsNil() {
		return fmt.Errorf("hook %s returned a nil %T as a non-nil error", name, err)
	}
	return err
}

func isNilable(k reflect.Kind) bool {
	switch k {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.Interface:
		return true
	}
	return false
}

// HookError is one hook's failure in a failed teardown: which hook, and why.
//
// errors.Is and errors.As reach the hook's error through it (a *PanicError, a context's
// error, ErrHookAbandoned, the hook's own errors), with one exception: errors.Is with one
// of this package's sentinels does not look inside, because a sentinel names the code of
// the error returned (WSAENETDOWN for a failed teardown), never a code some cause carries.
// A lower provider's WSANOTINITIALISED inside a failed layered teardown must not read as
// "this Cleanup changed nothing". errors.As(err, &e) with e an *Error finds the teardown's
// own *Error first; the cause's is reachable through HookError.Err.
type HookError struct {
	Hook string // "Drain" or "Free"
	Err  error
}

func (e *HookError) Error() string {
	if e == nil {
		return "<nil>"
	}
	if pe, ok := e.Err.(*PanicError); ok && pe != nil && pe.Hook == e.Hook {
		return pe.Error() // "hook Drain panicked: ...": it names the hook already
	}
	return e.Hook + ": " + errorText(e.Err)
}

// Is reports whether the hook's error matches target, unless target is an *Error (see
// HookError).
func (e *HookError) Is(target error) bool {
	if _, sentinel := target.(*Error); sentinel || e == nil {
		return false
	}
	return errors.Is(e.Err, target)
}

// As finds the first error in the hook's error chain that matches target.
func (e *HookError) As(target any) bool {
	return e != nil && errors.As(e.Err, target)
}

// hookErrors is the cause of a failed teardown: every hook error, in the order the hooks
// ran, read on one line.
type hookErrors []error

func (es hookErrors) Error() string {
	s := ""
	for i, e := range es {
		if i > 0 {
			s += "; "
		}
		s += errorText(e)
	}
	return s
}

func (es hookErrors) Unwrap() []error { return es }

// errorText is err.Error() for an error that came from a hook: a panic in its Error method
// is reported, not propagated.
func errorText(err error) (s string) {
	if err == nil {
		return "<nil>"
	}
	defer func() {
		if v := recover(); v != nil {
			s = fmt.Sprintf("%T (its Error method panicked: %v)", err, v)
		}
	}()
	return err.Error()
}

// inside marks a context handed to one of p's hooks or to a function run by p.Call. A
// Startup or Cleanup that would have to wait, made with such a context, would wait for the
// very hook or call that is making it: it returns ErrInProgress instead. The key holds the
// provider so that a layered provider's hook calling the lower provider is not mistaken for
// a nested call.
type inside struct{ p *Provider }

func (p *Provider) mark(ctx context.Context) context.Context {
	return context.WithValue(ctx, inside{p}, true)
}

func (p *Provider) isInside(ctx context.Context) bool {
	return ctx.Value(inside{p}) != nil
}
