package loopback

import (
	"context"
	"fmt"
)

// drain is the Drain hook's work: close every socket still open with its own
// linger setting, then wait until every gracefully closing socket has
// delivered all its data and its end of stream (the peer's TCP acknowledged
// them; the kernel, the "part of the stack that stays loaded", completes
// the close after us). Sockets closed earlier stop waiting for their peer's
// own close once delivered, too (stopLocked).
//
// All sockets drain in parallel: each has its own writer goroutine already, so
// drain only starts the closes and waits. Three things bound the wait: each
// socket's linger timeout, the instance's drain timeout for sockets without
// one, and ctx. When a bound runs out, a socket that has delivered
// everything closes gracefully and any other is reset, its loss counted
// (Discarded, Unacked); drain then reports the deadline.
func (in *instance) drain(ctx context.Context) error {
	in.draining.Store(true)
	socks := in.snapshot()
	var unsent int64
	for _, s := range socks {
		unsent += int64(s.Unsent())
	}
	before := in.ctr.drained.Load()
	in.ev.emit(Event{Kind: EvDrainBegin, Bytes: unsent, Detail: fmt.Sprintf("%d sockets", len(socks))})

	for _, s := range socks {
		s.closeForCleanup()
	}

	if in.drainTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, in.drainTimeout)
		defer cancel()
	}
	err := waitAll(ctx, socks)
	if err != nil {
		for _, s := range socks {
			s.expire("drain deadline")
		}
		for _, s := range socks {
			<-s.done // an abort closes the connection, so this is prompt
		}
	}
	in.ev.emit(Event{Kind: EvDrainEnd, Bytes: in.ctr.drained.Load() - before, Err: errString(err)})
	return err
}

// free is the Free hook's work: reset anything left (nothing, after a drain
// that finished), then wait until every goroutine the instance started has
// returned. After free the instance holds no connection, goroutine or buffer.
func (in *instance) free() {
	in.ev.emit(Event{Kind: EvFreeBegin})
	for _, s := range in.snapshot() {
		s.mu.Lock()
		ops := s.takePending()
		s.mu.Unlock()
		s.completeAborted(ops, false)
		s.abort("free")
		<-s.done
	}
	in.wg.Wait()
	in.ev.emit(Event{Kind: EvFreeEnd})
}

// waitAll waits until every socket is fully closed, or ctx ends.
func waitAll(ctx context.Context, socks []*Socket) error {
	for _, s := range socks {
		select {
		case <-s.done:
		case <-ctx.Done():
			return fmt.Errorf("loopback: drain stopped with %d sockets still sending: %w", countLive(socks), context.Cause(ctx))
		}
	}
	return nil
}

func countLive(socks []*Socket) int {
	n := 0
	for _, s := range socks {
		select {
		case <-s.done:
		default:
			n++
		}
	}
	return n
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
