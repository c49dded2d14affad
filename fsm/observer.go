package fsm

import "strconv"

// Observer receives lifecycle events. See Event for what is emitted and in which order.
type Observer func(Event)

// Event is one step of the lifecycle as the spec sees it: a trigger fired in phase From with
// counter Refs, leaving phase To and counter NewRefs. A refused or failed call is an event
// too, with Err set and nothing changed (From == To, Refs == NewRefs), except for DrainDone
// and FreeDone, whose Err is the hook's error while the step still happens.
//
// Seq numbers events 1, 2, 3, ... in the provider's linearization order: the order in which
// the steps took effect under the provider's lock. Events are delivered to the Observer
// exactly once each and in Seq order, never while the provider's lock is held (so the
// observer may call back into the provider), by whichever goroutine is calling into the
// provider at the time; an event may therefore reach the observer just after the call that
// caused it has returned to its caller.
//
// Wait marks the moment a caller starts waiting (the spec's actions marked
// `@trigger ... wait`, e.g. a Startup during teardown): nothing changes, and the caller's
// own event follows once it proceeds or gives up.
type Event struct {
	Seq           uint64
	Trigger       Trigger
	From, To      State
	Refs, NewRefs int
	Wait          bool
	Err           error
}

// String renders the event on one line, e.g. "#3 Cleanup Active(2) -> Active(1)".
func (e Event) String() string {
	s := "#" + strconv.FormatUint(e.Seq, 10) + " " + e.Trigger.String() + " " +
		phaseString(e.From, e.Refs) + " -> " + phaseString(e.To, e.NewRefs)
	if e.Wait {
		s += " (waits)"
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// phaseString names a lifecycle state the way CONTRACT.md does: Active(n) carries the
// counter, the other phases have it at zero.
func phaseString(s State, refs int) string {
	if s == StateActive {
		return s.String() + "(" + strconv.Itoa(refs) + ")"
	}
	return s.String()
}

// emit records an event. The caller holds p.mu; the event gets the next Seq and waits in
// p.pending until deliver hands it to the observer.
func (p *Provider) emit(t Trigger, from State, refs int, err error) {
	if p.opts.observer == nil {
		return
	}
	p.seq++
	p.pending = append(p.pending, Event{
		Seq: p.seq, Trigger: t, From: from, To: p.phase, Refs: refs, NewRefs: p.v.Refs, Err: err,
	})
}

// emitWait records that a caller of t starts waiting. The caller holds p.mu.
func (p *Provider) emitWait(t Trigger) {
	if p.opts.observer == nil {
		return
	}
	p.seq++
	p.pending = append(p.pending, Event{
		Seq: p.seq, Trigger: t, From: p.phase, To: p.phase, Refs: p.v.Refs, NewRefs: p.v.Refs, Wait: true,
	})
}

// deliver hands pending events to the observer outside p.mu. One goroutine at a time
// delivers (p.dmu); a goroutine that finds another delivering leaves its events to it,
// which is what keeps Seq order and lets an observer call the provider without deadlock.
// After releasing p.dmu the deliverer looks again, so an event queued meanwhile is never
// stranded.
func (p *Provider) deliver() {
	if p.opts.observer == nil {
		return
	}
	for p.dmu.TryLock() {
		p.deliverLocked()
		p.mu.Lock()
		more := len(p.pending) > 0
		p.mu.Unlock()
		if !more {
			return
		}
	}
}

// deliverLocked runs with p.dmu held. If the observer panics, the panic reaches the caller
// whose call was delivering, p.dmu is released and the rest of that batch is dropped.
func (p *Provider) deliverLocked() {
	defer p.dmu.Unlock()
	for {
		p.mu.Lock()
		batch := p.pending
		p.pending = p.spare
		p.mu.Unlock()
		if len(batch) == 0 {
			p.spare = batch
			return
		}
		p.spare = nil
		for i := range batch {
			ev := batch[i]
			batch[i] = Event{}
			p.opts.observer(ev)
		}
		p.spare = batch[:0]
	}
}
