package fsm

import (
	"context"
	"runtime/debug"
)

// Hooks are the provider's own work at the three points of the lifecycle where there is
// any. Each runs outside the provider's lock, in the goroutine of the call that caused it.
// A nil hook does nothing and succeeds.
type Hooks struct {
	Init  func(ctx context.Context) error // first Startup (count 0 -> 1); an error fails that Startup, nothing changes
	Drain func(ctx context.Context) error // final Cleanup: deliver unsent graceful data; bounded by ctx
	Free  func(ctx context.Context) error // after Drain: release everything
}

// runHook calls f, turning a panic into a *PanicError so that the caller can restore the
// provider's invariants (see the package documentation for why hooks are recovered while
// Call's function is not).
func runHook(ctx context.Context, name string, f func(context.Context) error) (err error) {
	if f == nil {
		return nil
	}
	defer func() {
		if v := recover(); v != nil {
			err = &PanicError{Hook: name, Value: v, Stack: debug.Stack()}
		}
	}()
	return f(ctx)
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
