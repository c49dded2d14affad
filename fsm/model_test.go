package fsm

import (
	"context"
	"errors"
	"testing"

	"pgregory.net/rapid"
)

// TestAgainstModel drives one provider with random sequences of Startup (any version,
// any callback table), Cleanup and Call, with hooks that fail on demand, and checks every
// outcome against a plain model of CONTRACT.md sections 1 and 3.
func TestAgainstModel(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		const max = 3
		var (
			initFails, drainFails bool
			inits, drains, frees  int
		)
		p := New(Hooks{
			Init: func(context.Context) error {
				if initFails {
					return errors.New("init failed")
				}
				inits++
				return nil
			},
			Drain: func(context.Context) error {
				drains++
				if drainFails {
					return errors.New("drain failed")
				}
				return nil
			},
			Free: func(context.Context) error { frees++; return nil },
		}, Versions(Version{1, 1}, Version{2, 2}), WithMaxRefs(max))
		// the model
		refs, started, table := 0, false, any(nil)
		check := func() {
			wantState := StateUninitialized
			switch {
			case refs > 0:
				wantState = StateActive
			case started:
				wantState = StateReinitializable
			}
			if p.State() != wantState || p.Refs() != refs {
				rt.Fatalf("provider %v(%d), model %v(%d)", p.State(), p.Refs(), wantState, refs)
			}
			if p.Callbacks() != table {
				rt.Fatalf("callbacks %v, model %v", p.Callbacks(), table)
			}
			live := 0
			if refs > 0 {
				live = 1
			}
			if inits-frees != live || drains != frees {
				rt.Fatalf("hooks: %d inits, %d drains, %d frees with refs %d", inits, drains, frees, refs)
			}
		}
		rt.Repeat(map[string]func(*rapid.T){
			"Startup": func(rt *rapid.T) {
				v := Version{uint8(rapid.IntRange(0, 3).Draw(rt, "major")), uint8(rapid.IntRange(0, 3).Draw(rt, "minor"))}
				tab := rapid.IntRange(0, 3).Draw(rt, "table")
				initFails = rapid.Bool().Draw(rt, "initFails")
				n, err := p.Startup(context.Background(), v, WithCallbacks(tab))
				switch {
				case v.Major == 0 || v.Less(Version{1, 1}):
					if !errors.Is(err, ErrVersionNotSupported) {
						rt.Fatalf("Startup(%v) = %v, want WSAVERNOTSUPPORTED", v, err)
					}
				case refs == 0 && initFails:
					if !errors.Is(err, ErrSysNotReady) {
						rt.Fatalf("Startup with failing Init = %v", err)
					}
				case refs == max:
					if !errors.Is(err, ErrProcessLimit) {
						rt.Fatalf("Startup at the bound = %v", err)
					}
				default:
					want := v
					if (Version{2, 2}).Less(v) {
						want = Version{2, 2}
					}
					if err != nil || n.Version != want || n.High != (Version{2, 2}) {
						rt.Fatalf("Startup(%v) = %+v, %v; want %v", v, n, err, want)
					}
					refs++
					started = true
					table = tab
				}
				check()
			},
			"Cleanup": func(rt *rapid.T) {
				drainFails = rapid.Bool().Draw(rt, "drainFails")
				err := p.Cleanup(context.Background())
				switch {
				case refs == 0:
					if !errors.Is(err, ErrNotInitialised) {
						rt.Fatalf("Cleanup at zero = %v", err)
					}
				case refs == 1 && drainFails:
					if !errors.Is(err, ErrNetDown) {
						rt.Fatalf("final Cleanup with failing Drain = %v", err)
					}
					refs, table = 0, nil
				default:
					if err != nil {
						rt.Fatalf("Cleanup = %v", err)
					}
					refs--
					if refs == 0 {
						table = nil
					}
				}
				check()
			},
			"Call": func(rt *rapid.T) {
				ran := false
				err := p.Call(context.Background(), func(context.Context) error { ran = true; return nil })
				if (refs > 0) != ran || (refs > 0) != (err == nil) {
					rt.Fatalf("Call with refs %d: ran %v, err %v", refs, ran, err)
				}
				check()
			},
		})
	})
}
