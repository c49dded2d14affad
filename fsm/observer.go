package fsm

import (
	"runtime"
	"strconv"
)

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
// provider at the time, once that goroutine's own steps are complete. A teardown is the one
// call whose steps take long (Drain and Free run between them): the final Cleanup delivers
// its events as they happen from a goroutine of its own, and waits for it before it
// returns. So an observer may call back into the provider at any event, a Startup at the
// start of a teardown included (it waits for the teardown, which does not wait for it).
// An event may reach the observer just after the call that caused it has returned to its
// caller.
//
// An observer that panics or calls runtime.Goexit does so in the goroutine delivering to
// it, after that goroutine's call has taken effect (a final Cleanup re-raises it in its
// caller's goroutine once the teardown is complete): the provider stays in a state of the
// spec, and the events not yet delivered are delivered by the next call into it.
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

// deliverLocked runs with p.dmu held and releases it. If the observer panics or calls
// runtime.Goexit, that goes on unwinding the delivering goroutine as it would from any
// call (deliver is only ever called once the caller's own steps are complete, so the
// provider is in a state of the spec), and the events not yet handed over go back to the
// head of the queue for the next deliverer: each event still reaches the observer exactly
// once, in Seq order.
func (p *Provider) deliverLocked() {
	var (
		batch    []Event
		next     int
		returned bool
	)
	defer func() {
		if !returned && next < len(batch) {
			rest := append([]Event(nil), batch[next:]...)
			p.mu.Lock()
			p.pending = append(rest, p.pending...)
			p.mu.Unlock()
		}
		p.dmu.Unlock()
	}()
	for {
		p.mu.Lock()
		batch = p.pending
		p.pending = p.spare
		p.mu.Unlock()
		if len(batch) == 0 {
			p.spare = batch
			returned = true
			return
		}
		p.spare = nil
		for next = 0; next < len(batch); {
			ev := batch[next]
			batch[next] = Event{}
			next++
			p.opts.observer(ev)
		}
		p.spare = batch[:0]
	}
}

// abnormalEnd is how a goroutine delivering on behalf of a teardown ended when the observer
// did not return: a panic's value, or runtime.Goexit.
type abnormalEnd struct {
	value  any
	goexit bool
}

// resume re-raises the end in the calling goroutine.
func (a *abnormalEnd) resume() {
	if a.goexit {
		runtime.Goexit()
	}
	panic(a.value)
}

// deliverAside delivers pending events from a goroutine of its own, for a teardown that
// must go on whatever the observer does. The channel receives nil once the goroutine has
// returned, or how it ended when the observer panicked or called runtime.Goexit.
func (p *Provider) deliverAside() <-chan *abnormalEnd {
	ch := make(chan *abnormalEnd, 1)
	go func() {
		returned := false
		defer func() {
			switch v := recover(); {
			case returned:
				ch <- nil
			case v != nil:
				ch <- &abnormalEnd{value: v}
			default:
				ch <- &abnormalEnd{goexit: true}
			}
		}()
		p.deliver()
		returned = true
	}()
	return ch
}
