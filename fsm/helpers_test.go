package fsm

import (
	"context"
	"sync"
	"testing"
)

// recorder is a Hooks implementation that logs every hook call in order.
type recorder struct {
	mu    sync.Mutex
	calls []string
	init  error
	drain error
	free  error
}

func (r *recorder) log(s string) {
	r.mu.Lock()
	r.calls = append(r.calls, s)
	r.mu.Unlock()
}

func (r *recorder) got() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.calls...)
}

func (r *recorder) hooks() Hooks {
	return Hooks{
		Init:  func(context.Context) error { r.log("Init"); return r.init },
		Drain: func(context.Context) error { r.log("Drain"); return r.drain },
		Free:  func(context.Context) error { r.log("Free"); return r.free },
	}
}

var v22 = Version{2, 2}

func mustStartup(t *testing.T, p *Provider) {
	t.Helper()
	if _, err := p.Startup(context.Background(), v22); err != nil {
		t.Fatalf("Startup: %v", err)
	}
}

func mustCleanup(t *testing.T, p *Provider) {
	t.Helper()
	if err := p.Cleanup(context.Background()); err != nil {
		t.Fatalf("Cleanup: %v", err)
	}
}

func wantState(t *testing.T, p *Provider, s State, refs int) {
	t.Helper()
	if got, n := p.State(), p.Refs(); got != s || n != refs {
		t.Fatalf("state = %v(%d), want %v(%d)", got, n, s, refs)
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
