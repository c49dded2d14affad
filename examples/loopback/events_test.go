package loopback

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"
)

// The NDJSON trace has one JSON object per line, numbered 1, 2, 3, ...; it
// names every socket step, and a final Cleanup's hooks sit between the
// lifecycle steps that start and end them.
func TestEventsNDJSON(t *testing.T) {
	var buf bytes.Buffer
	p := New(WithEvents(NDJSON(&buf)))
	pr := newPeer(t, true, 4096)
	ctx := context.Background()
	mustStartup(t, p)

	a := mustSocket(t, p, pr) // would-block, then reset
	b, _ := payload(1, 8<<20)
	mustSend(t, a, b)
	mustLinger(t, a, Linger{On: true, Timeout: time.Hour})
	a.SetNonBlocking(ctx, true)
	if err := a.Close(ctx); err == nil {
		t.Fatal("expected would-block")
	}
	if _, err := a.RecvAsync(ctx, make([]byte, 1), nil); err != nil {
		t.Fatal(err)
	}
	mustLinger(t, a, Linger{On: true})
	if err := a.Close(ctx); err != nil {
		t.Fatal(err)
	}
	c := mustSocket(t, p, pr) // left open with a pending op: aborted silently
	if _, err := c.RecvAsync(ctx, make([]byte, 1), nil); err != nil {
		t.Fatal(err)
	}
	pr.unstall()
	mustCleanup(t, p)

	var evs []Event
	for i, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var e Event
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("line %d: %v: %s", i+1, err, line)
		}
		if e.Seq != uint64(i+1) {
			t.Fatalf("line %d has seq %d", i+1, e.Seq)
		}
		evs = append(evs, e)
	}
	// Conservation per socket: sent = written + lost; lost only after an abort.
	sent := map[uint64]int64{}
	aborted := map[uint64]bool{}
	closed := 0
	for _, e := range evs {
		switch e.Kind {
		case EvSend:
			sent[e.Socket] += e.Bytes
		case EvAbort:
			aborted[e.Socket] = true
		case EvClosed:
			closed++
			if e.Bytes+e.Lost != sent[e.Socket] || (e.Lost > 0 && !aborted[e.Socket]) {
				t.Errorf("socket %d: sent %d, closed with %d written and %d lost (aborted %v)",
					e.Socket, sent[e.Socket], e.Bytes, e.Lost, aborted[e.Socket])
			}
		}
	}
	if closed != 2 {
		t.Errorf("%d closed events, want 2", closed)
	}
	var kinds []string
	for _, e := range evs {
		k := e.Kind
		switch {
		case k == EvOpAborted:
			k += "/" + e.Detail
		case k == EvLifecycle:
			k = e.Detail[strings.Index(e.Detail, " ")+1:]
		}
		kinds = append(kinds, k)
	}
	for _, want := range []string{EvSocket, EvConnect, EvSend, EvWouldBlock, EvClose, EvAbort, EvClosed,
		EvOpAborted + "/signalled", EvOpAborted + "/silent"} {
		if !slices.Contains(kinds, want) {
			t.Errorf("no %q event in %v", want, kinds)
		}
	}
	order := []string{"Cleanup Active(1) -> Draining", EvDrainBegin, EvDrainEnd,
		"DrainDone Draining -> Freeing", EvFreeBegin, EvFreeEnd, "FreeDone Freeing -> Reinitializable"}
	at := -1
	for _, w := range order {
		i := slices.Index(kinds, w)
		if i <= at {
			t.Fatalf("%q at %d, want after %d, in %v", w, i, at, kinds)
		}
		at = i
	}
}
