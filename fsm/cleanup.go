package fsm

import (
	"context"
	"errors"
)

// Cleanup removes a user. With the counter at zero (never started, already cleaned up, or
// a Cleanup racing the final one) it fails with ErrNotInitialised and changes nothing. The
// Cleanup that brings the counter to zero tears down: it cancels the contexts of Calls in
// progress and waits for them to return, runs Drain (its context is ctx, bounded by
// WithDrainTimeout), then Free (not bounded: stopping Free halfway would leak), and returns
// only once the provider is Reinitializable. A Drain or Free error (or panic, or Goexit, or
// abandoned Drain) does not stop teardown; the final Cleanup then returns ErrNetDown
// (WSAENETDOWN, whatever the causes' own codes) wrapping a *HookError per failed hook.
func (p *Provider) Cleanup(ctx context.Context) error {
	if p == nil || ctx == nil {
		return &Error{Code: WSAEFAULT, Op: "Cleanup", Err: errNilArgument}
	}
	if err := ctx.Err(); err != nil {
		return p.refuse(TriggerCleanup, wrap("Cleanup", WSAEINTR, err))
	}
	p.mu.Lock()
	from, refs := p.phase, p.v.Refs
	if fastStep(TriggerCleanup, p.phase, &p.v) {
		p.emit(TriggerCleanup, from, refs, nil)
		p.mu.Unlock()
		if p.opts.observer != nil {
			p.deliver()
		}
		return nil
	}
	return p.cleanupSlow(ctx)
}

// cleanupSlow runs with p.mu held and releases it.
func (p *Provider) cleanupSlow(ctx context.Context) error {
	if err := p.invalid("Cleanup"); err != nil {
		return p.refuseLocked(TriggerCleanup, err)
	}
	waited := false
	for !p.canFire(TriggerCleanup) {
		if !waits(TriggerCleanup, p.phase, &p.v) {
			return p.refuseLocked(TriggerCleanup, p.noTransition("Cleanup"))
		}
		if p.isInside(ctx) {
			return p.refuseLocked(TriggerCleanup, &Error{Code: WSAEINPROGRESS, Op: "Cleanup"})
		}
		if err := p.waitTurn(ctx, TriggerCleanup, &waited); err != nil {
			return err
		}
	}
	if p.v.Refs == 1 && p.calls > 0 && p.isInside(ctx) {
		// The final Cleanup waits for Calls in progress, and this one is among them.
		return p.refuseLocked(TriggerCleanup, &Error{Code: WSAEINPROGRESS, Op: "Cleanup",
			Err: errors.New("final Cleanup called from inside Call would wait for itself")})
	}
	from, refs := p.phase, p.v.Refs
	if err := p.sm.FireCtx(ctx, TriggerCleanup, &p.v); err != nil {
		return p.refuseLocked(TriggerCleanup, wrap("Cleanup", WSAEINVAL, err))
	}
	p.emit(TriggerCleanup, from, refs, nil)
	if !p.canFire(TriggerDrainDone) && !p.canFire(TriggerFreeDone) {
		p.mu.Unlock()
		p.deliver()
		return nil
	}
	return p.teardown(ctx)
}

// teardown runs with p.mu held, in the phase the final Cleanup entered, and releases it.
// It fires the spec's teardown triggers for as long as one is enabled, running the hook
// that each stands for outside the lock first.
func (p *Provider) teardown(ctx context.Context) error {
	p.cancelCalls()
	for p.calls > 0 {
		ch := p.waitChan()
		p.mu.Unlock()
		<-ch // not ctx: the final Cleanup returns only when teardown is complete
		p.mu.Lock()
	}
	var (
		errs     hookErrors
		asides   []<-chan *abnormalEnd // deliveries still running
		abnormal *abnormalEnd          // how the first delivery that did not return ended
	)
	for {
		var (
			t    Trigger
			name string
			hook func(context.Context) error
		)
		switch {
		case p.canFire(TriggerDrainDone):
			t, name, hook = TriggerDrainDone, "Drain", p.hooks.Drain
		case p.canFire(TriggerFreeDone):
			t, name, hook = TriggerFreeDone, "Free", p.hooks.Free
		}
		if name == "" {
			break
		}
		var waiter <-chan struct{}
		if p.opts.observer != nil {
			waiter = p.waiterChan()
		}
		p.mu.Unlock()
		if p.opts.observer != nil {
			// The events so far reach the observer before the next hook runs, so that a
			// log of both reads in causal order; unless a caller starts waiting for this
			// teardown meanwhile: it may be the observer itself, which would then wait for
			// the teardown that waits for it.
			a := p.deliverAside()
			select {
			case end := <-a:
				if end != nil && abnormal == nil {
					abnormal = end
				}
			case <-waiter:
				asides = append(asides, a)
			}
		}
		herr := p.runTeardownHook(ctx, t, name, hook)
		p.mu.Lock()
		from, refs := p.phase, p.v.Refs
		if err := p.sm.FireCtx(context.Background(), t, &p.v); err != nil {
			errs = append(errs, &HookError{Hook: t.String(), Err: err})
			break
		}
		if herr != nil {
			errs = append(errs, &HookError{Hook: name, Err: herr})
		}
		p.emit(t, from, refs, herr)
	}
	p.callbacks = nil
	p.broadcast()
	p.mu.Unlock()
	for _, a := range asides {
		if end := <-a; end != nil && abnormal == nil {
			abnormal = end
		}
	}
	p.deliver()
	if abnormal != nil {
		abnormal.resume()
	}
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return &Error{Code: WSAENETDOWN, Op: "Cleanup", Err: errs[0]}
	}
	return &Error{Code: WSAENETDOWN, Op: "Cleanup", Err: errs}
}

// runTeardownHook runs the hook of teardown step t. Drain gets the caller's context,
// ending d after Drain starts when WithDrainTimeout(d) is set; a Drain still running d
// after its context ended is abandoned. Free gets a context that is never cancelled:
// stopping Free halfway would leak what it was releasing.
func (p *Provider) runTeardownHook(ctx context.Context, t Trigger, name string, hook func(context.Context) error) error {
	if t != TriggerDrainDone {
		return runHook(p.mark(context.WithoutCancel(ctx)), name, hook)
	}
	d := p.opts.drainTimeout
	if d <= 0 {
		return runHook(p.mark(ctx), name, hook)
	}
	hctx, cancel := context.WithTimeout(p.mark(ctx), d)
	defer cancel()
	return runHookBounded(hctx, name, hook, d)
}
