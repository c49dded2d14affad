package proptest

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/wspcycle/wspcycle/fsm"
)

// errKinds maps a Winsock code to the spec's error= name for it.
var errKinds = map[int]string{
	fsm.WSAVERNOTSUPPORTED: "VerNotSupported",
	fsm.WSASYSNOTREADY:     "InitFailed",
	fsm.WSAEPROCLIM:        "ProcLimit",
	fsm.WSANOTINITIALISED:  "NotInitialised",
}

func kindOf(err error) string {
	if err == nil {
		return "ok"
	}
	var e *fsm.Error
	if errors.As(err, &e) {
		if k, ok := errKinds[e.Code]; ok {
			return "err:" + k
		}
		return fmt.Sprintf("err:code%d", e.Code)
	}
	return "err:" + err.Error()
}

// probe is one implementation instance, driven into a control state, on which one call
// is fired. Its hooks park, so that Draining and Freeing can be held; its observer says
// when a caller starts to wait, so that waiting is seen without timing anything.
type probe struct {
	p      Lifecycle
	sim    *sim
	waits  chan struct{}
	done   chan error // the final Cleanup in flight
	failed error
}

func newProbe(impl Impl) *probe {
	pr := &probe{sim: newSim(nil, true), waits: make(chan struct{}, 16)}
	pr.p = impl.New(Config{
		Hooks: fsm.Hooks{Init: pr.sim.Init, Drain: pr.sim.Drain, Free: pr.sim.Free},
		Low:   version(smallLow), High: version(smallHigh), MaxRefs: smallMax,
		Observer: func(e fsm.Event) {
			if e.Wait {
				pr.waits <- struct{}{}
			}
		},
	})
	return pr
}

func (pr *probe) now() ctl { return ctl{pr.p.State().String(), int64(pr.p.Refs())} }

func (pr *probe) close() {
	close(pr.sim.abort)
	if pr.done != nil {
		select {
		case <-pr.done:
		case <-time.After(hangLimit):
		}
	}
}

// startFinal starts a Cleanup in the background; next reports where it got.
func (pr *probe) startFinal() {
	pr.done = make(chan error, 1)
	go func(done chan error) { done <- pr.p.Cleanup(context.Background()) }(pr.done)
}

// next waits for the teardown in flight to park in a hook or return.
func (pr *probe) next() (string, error) {
	select {
	case <-pr.sim.drainParked:
		return "Drain", nil
	case <-pr.sim.freeParked:
		return "Free", nil
	case err := <-pr.done:
		pr.done = nil
		return "return", err
	case <-time.After(hangLimit):
		return "", errors.New("teardown hung")
	}
}

// reach drives a new instance into control state c along the shortest path the spec
// allows, and checks that it got there.
func (pr *probe) reach(c ctl) error {
	ctx := context.Background()
	up := func(n int64) error {
		for range n {
			if _, err := pr.p.Startup(ctx, version(smallHigh)); err != nil {
				return err
			}
		}
		return nil
	}
	var err error
	switch c.Phase {
	case "Uninitialized":
	case "Active":
		err = up(c.Refs)
	case "Draining", "Freeing", "Reinitializable":
		if err = up(1); err != nil {
			break
		}
		pr.startFinal()
		hooks := []string{"Drain", "Free", "return"}
		stop := map[string]int{"Draining": 1, "Freeing": 2, "Reinitializable": 3}[c.Phase]
		for i, want := range hooks[:stop] {
			var got string
			if got, err = pr.next(); err != nil || got != want {
				err = fmt.Errorf("teardown reached %s (%v), want %s", got, err, want)
				break
			}
			if i+1 == stop {
				break // hold teardown here
			}
			switch want {
			case "Drain":
				pr.sim.drainGo <- struct{}{}
			case "Free":
				pr.sim.freeGo <- struct{}{}
			}
		}
	}
	if err == nil && pr.now() != c {
		err = fmt.Errorf("reached %v", pr.now())
	}
	if err != nil {
		return fmt.Errorf("cannot drive the implementation to %v: %v", c, err)
	}
	return nil
}

// variant is one way to fire a trigger: the data the control fragment does not see
// (the requested version, Init's outcome) is chosen by the variant.
type variant struct {
	Name    string
	Trigger string
	Version int64
	Fail    bool // Init fails
}

var variants = []variant{
	{"Startup", "Startup", smallHigh + 1, false},
	{"Startup(bad version)", "Startup", smallLow - 1, false},
	{"Startup(Init fails)", "Startup", smallLow, true},
	{"Cleanup", "Cleanup", 0, false},
	{"DrainDone", "DrainDone", 0, false},
	{"FreeDone", "FreeDone", 0, false},
}

// fire performs the variant on an instance in control state c and returns its outcome,
// or ok == false when the variant does not apply there (a teardown step outside teardown).
func (pr *probe) fire(c ctl, v variant) (outcome, bool, error) {
	o := outcome{Trigger: v.Trigger}
	switch v.Trigger {
	case "Startup":
		pr.sim.mu.Lock()
		pr.sim.failInit = v.Fail
		pr.sim.mu.Unlock()
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		res := make(chan error, 1)
		go func() {
			_, err := pr.p.Startup(ctx, version(v.Version))
			res <- err
		}()
		select {
		case err := <-res:
			o.Kind = kindOf(err)
		case <-pr.waits:
			o.Kind = "wait"
			o.To = pr.now() // while it waits
			cancel()
			if err := <-res; !errors.Is(err, fsm.ErrInterrupted) {
				return o, true, fmt.Errorf("a waiting Startup, cancelled, returned %v", err)
			}
			if pr.now() != o.To {
				return o, true, fmt.Errorf("a cancelled waiting Startup changed the state to %v", pr.now())
			}
			return o, true, nil
		case <-time.After(hangLimit):
			return o, true, errors.New("Startup neither returned nor said it waits")
		}
	case "Cleanup":
		pr.startFinal() // it may be the final one, which parks in Drain
		got, err := pr.next()
		switch {
		case got == "return":
			o.Kind = kindOf(err)
		case err != nil:
			return o, true, err
		default:
			o.Kind = "ok" // parked in a teardown hook: the final Cleanup is under way
		}
	case "DrainDone", "FreeDone":
		if (v.Trigger == "DrainDone") != (c.Phase == "Draining") || (v.Trigger == "FreeDone") != (c.Phase == "Freeing") {
			return o, false, nil
		}
		if v.Trigger == "DrainDone" {
			pr.sim.drainGo <- struct{}{}
		} else {
			pr.sim.freeGo <- struct{}{}
		}
		got, err := pr.next()
		if err != nil {
			return o, true, fmt.Errorf("%s: teardown reached %s: %v", v.Trigger, got, err)
		}
		o.Kind = "ok"
	}
	o.To = pr.now()
	return o, true, nil
}
