package fsm

import (
	"context"
	"errors"
)

// Call runs f while the provider is Active (else ErrNotInitialised without running f).
// f's ctx is cancelled when the final Cleanup begins teardown ("pending blocking calls are
// cancelled"); the final Cleanup waits for calls in progress to return before it runs
// Drain, so a socket created inside Call can never race the teardown's walk of the socket
// list. f must therefore return once its ctx is cancelled.
//
// Call does not recover a panic in f: f is the caller's own code running in the caller's
// goroutine, so the panic propagates as from any function call, after the call has been
// accounted as returned (a pending final Cleanup is not wedged).
func (p *Provider) Call(ctx context.Context, f func(ctx context.Context) error) error {
	if p == nil || ctx == nil || f == nil {
		return &Error{Code: WSAEFAULT, Op: "Call", Err: errNilArgument}
	}
	if err := ctx.Err(); err != nil {
		return wrap("Call", WSAEINTR, err)
	}
	cctx, cancel := context.WithCancel(ctx)
	p.mu.Lock()
	if phase := p.phase; phase != StateActive {
		p.mu.Unlock()
		cancel()
		return &Error{Code: WSANOTINITIALISED, Op: "Call", Err: errors.New("provider is " + phase.String())}
	}
	slot := p.addCall(cancel)
	p.mu.Unlock()
	defer func() {
		p.mu.Lock()
		p.removeCall(slot)
		p.mu.Unlock()
		cancel()
	}()
	return f(&callContext{Context: cctx, p: p})
}

// callContext is the context f receives: the caller's, cancellable by teardown, and marked
// as inside p (see inside) without a separate context.WithValue allocation.
type callContext struct {
	context.Context
	p *Provider
}

func (c *callContext) Value(key any) any {
	if k, ok := key.(inside); ok && k.p == c.p {
		return true
	}
	return c.Context.Value(key)
}

// addCall registers a call's cancel function in a free slot (slots are reused, so a steady
// stream of Calls allocates nothing here). p.mu is held.
func (p *Provider) addCall(cancel context.CancelFunc) int {
	p.calls++
	if n := len(p.freeSlots); n > 0 {
		slot := p.freeSlots[n-1]
		p.freeSlots = p.freeSlots[:n-1]
		p.cancels[slot] = cancel
		return slot
	}
	p.cancels = append(p.cancels, cancel)
	return len(p.cancels) - 1
}

// removeCall releases a slot and wakes a final Cleanup waiting for the last call. p.mu is
// held.
func (p *Provider) removeCall(slot int) {
	p.cancels[slot] = nil
	p.freeSlots = append(p.freeSlots, slot)
	p.calls--
	if p.calls == 0 {
		p.broadcast()
	}
}

// cancelCalls cancels the context of every call in progress: teardown has begun. p.mu is
// held; cancelling only closes channels and runs context callbacks, never provider code.
func (p *Provider) cancelCalls() {
	for _, cancel := range p.cancels {
		if cancel != nil {
			cancel()
		}
	}
}
