package fsm

import (
	"context"
	"errors"
)

// The runtime's helpers around the machine of record: asking it, refusing, waiting.

// canFire asks the machine of record whether trigger t is enabled. p.mu is held.
func (p *Provider) canFire(t Trigger) bool {
	ok, err := p.sm.CanFireCtx(context.Background(), t, &p.v)
	return ok && err == nil
}

// noTransition is the error for a call the spec neither enables nor makes wait: a gap in
// the spec, reported rather than hung on.
func (p *Provider) noTransition(op string) *Error {
	return &Error{Code: WSAEINVAL, Op: op, Err: errors.New("the spec has no " + op + " transition in phase " +
		phaseString(p.phase, p.v.Refs))}
}

// invalid reports a Provider that cannot run: not made by New, or given an invalid option.
func (p *Provider) invalid(op string) *Error {
	if p.sm == nil {
		return &Error{Code: WSAEINVAL, Op: op, Err: errors.New("Provider not made by New")}
	}
	if p.opts.err != nil {
		return &Error{Code: WSAEINVAL, Op: op, Err: p.opts.err}
	}
	return nil
}

func (p *Provider) setCallbacks(opts []StartupOption) {
	for i := range opts {
		if opts[i].hasCallbacks {
			p.callbacks = opts[i].callbacks
		}
	}
}

// refuse records a refused call (nothing changes) and returns err. p.mu is not held.
func (p *Provider) refuse(t Trigger, err *Error) error {
	p.mu.Lock()
	return p.refuseLocked(t, err)
}

// refuseLocked is refuse with p.mu held; it releases it.
func (p *Provider) refuseLocked(t Trigger, err *Error) error {
	p.emit(t, p.phase, p.v.Refs, err)
	p.mu.Unlock()
	p.deliver()
	return err
}

// waitChan returns a channel that broadcast will close. p.mu is held.
func (p *Provider) waitChan() <-chan struct{} {
	if p.changed == nil {
		p.changed = make(chan struct{})
	}
	return p.changed
}

// waiterChan returns a channel that waitTurn closes when a caller starts waiting. p.mu is
// held.
func (p *Provider) waiterChan() <-chan struct{} {
	if p.waiting == nil {
		p.waiting = make(chan struct{})
	}
	return p.waiting
}

// broadcast wakes every waiter, which then re-examines the state. p.mu is held.
func (p *Provider) broadcast() {
	if p.changed != nil {
		close(p.changed)
		p.changed = nil
	}
}

// Graph returns the machine of record as stateless draws it (Graphviz DOT, with guard and
// effect function names), for introspection of a running provider. Its layout is
// stateless's and not stable between runs; `wspcycle graph` draws the spec's machine
// with a stable order.
func (p *Provider) Graph() string {
	if p == nil {
		return ""
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.sm == nil {
		return ""
	}
	return p.sm.ToGraph()
}
