package loopback_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"

	"github.com/wspcycle/wspcycle/examples/loopback"
	"github.com/wspcycle/wspcycle/fsm"
)

// A provider's life: Startup, a socket that sends and closes gracefully in
// the background, and the final Cleanup, which returns once the data is out.
func Example() {
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	got := make(chan int64)
	go func() { // the peer: count until end of stream
		c, err := ln.Accept()
		if err != nil {
			return
		}
		n, _ := io.Copy(io.Discard, c)
		c.Close()
		got <- n
	}()

	ctx := context.Background()
	p := loopback.New()
	v, _ := p.Startup(ctx, loopback.HighVersion)
	s, _ := p.Socket(ctx)
	s.Connect(ctx, ln.Addr().String())
	s.Send(ctx, make([]byte, 1<<20))
	s.Close(ctx) // SO_DONTLINGER: returns at once, sends in the background
	err = p.Cleanup(ctx)
	fmt.Println("version", v.Version, "cleanup", err, "state", p.State())
	fmt.Println("peer received", <-got, "bytes; discarded", p.Stats().Discarded)
	fmt.Println("cleanup again is not initialised:", errors.Is(p.Cleanup(ctx), fsm.ErrNotInitialised))
	// Output:
	// version 2.2 cleanup <nil> state Reinitializable
	// peer received 1048576 bytes; discarded 0
	// cleanup again is not initialised: true
}
