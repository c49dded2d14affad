package fsm_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/wspcycle/wspcycle/fsm"
)

// echoProvider embeds the lifecycle: its own state is set up by Init and released by
// Drain and Free, and every operation runs through Call so teardown never races it.
type echoProvider struct {
	*fsm.Provider
	queued []string // unsent data, delivered by Drain
}

func newEchoProvider() *echoProvider {
	e := &echoProvider{}
	e.Provider = fsm.New(fsm.Hooks{
		Init:  func(context.Context) error { fmt.Println("init"); return nil },
		Drain: func(context.Context) error { fmt.Println("drain", e.queued); e.queued = nil; return nil },
		Free:  func(context.Context) error { fmt.Println("free"); return nil },
	}, fsm.Versions(fsm.Version{Major: 1, Minor: 1}, fsm.Version{Major: 2, Minor: 2}))
	return e
}

func (e *echoProvider) Send(ctx context.Context, msg string) error {
	return e.Call(ctx, func(context.Context) error { e.queued = append(e.queued, msg); return nil })
}

func Example() {
	ctx := context.Background()
	p := newEchoProvider()
	v, _ := p.Startup(ctx, fsm.Version{Major: 3, Minor: 0})
	fmt.Println("negotiated", v.Version, "high", v.High)
	_, _ = p.Startup(ctx, fsm.Version{Major: 2, Minor: 0}) // a second user
	_ = p.Send(ctx, "hello")
	_ = p.Cleanup(ctx) // Active(2) -> Active(1): nothing else happens
	_ = p.Cleanup(ctx) // the final one drains and frees before returning
	fmt.Println(p.State(), p.Refs())
	err := p.Cleanup(ctx)
	var we *fsm.Error
	fmt.Println(errors.Is(err, fsm.ErrNotInitialised), errors.As(err, &we) && we.Code == 10093)
	// Output:
	// init
	// negotiated 2.2 high 2.2
	// drain [hello]
	// free
	// Reinitializable 0
	// true true
}

// ExampleLayered shows a layered provider over a base provider: the base is started once,
// on the layered provider's first Startup, and cleaned up once, at its final Cleanup.
func ExampleLayered() {
	ctx := context.Background()
	base := fsm.New(fsm.Hooks{
		Init: func(context.Context) error { fmt.Println("base init"); return nil },
		Free: func(context.Context) error { fmt.Println("base free"); return nil },
	})
	lsp := fsm.Layered(base, fsm.Hooks{})
	for range 2 {
		_, _ = lsp.Startup(ctx, fsm.DefaultVersion)
	}
	fmt.Println("base refs", base.Refs())
	_ = lsp.Cleanup(ctx)
	_ = lsp.Cleanup(ctx)
	fmt.Println(base.State())
	// Output:
	// base init
	// base refs 1
	// base free
	// Reinitializable
}

func ExampleWithObserver() {
	ctx := context.Background()
	p := fsm.New(fsm.Hooks{}, fsm.WithObserver(func(e fsm.Event) { fmt.Println(e) }))
	_, _ = p.Startup(ctx, fsm.DefaultVersion)
	_ = p.Cleanup(ctx)
	// Output:
	// #1 Startup Uninitialized -> Active(1)
	// #2 Cleanup Active(1) -> Draining
	// #3 DrainDone Draining -> Freeing
	// #4 FreeDone Freeing -> Reinitializable
}
