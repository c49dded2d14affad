package proptest

import (
	"context"

	"github.com/wspcycle/wspcycle/fsm"
)

// Lifecycle is what the suites drive: the public surface of *fsm.Provider. Mutants satisfy
// it too, so every suite runs unchanged against the real runtime and against each mutant.
type Lifecycle interface {
	Startup(ctx context.Context, requested fsm.Version, opts ...fsm.StartupOption) (fsm.Negotiated, error)
	Cleanup(ctx context.Context) error
	Call(ctx context.Context, f func(ctx context.Context) error) error
	State() fsm.State
	Refs() int
	Callbacks() any
}

// Config is how a suite asks for a provider: the spec's constants as the runtime's
// options, plus hooks and an observer. A plain struct rather than fsm.Options so that a
// mutant can change one of them (the off-by-one mutant raises MaxRefs).
type Config struct {
	Hooks     fsm.Hooks
	Low, High fsm.Version
	MaxRefs   int
	Observer  fsm.Observer
}

func (c Config) options() []fsm.Option {
	opts := []fsm.Option{fsm.Versions(c.Low, c.High), fsm.WithMaxRefs(c.MaxRefs)}
	if c.Observer != nil {
		opts = append(opts, fsm.WithObserver(c.Observer))
	}
	return opts
}

// Impl makes providers: the real runtime or a mutant of it.
type Impl struct {
	Name    string
	New     func(c Config) Lifecycle
	Layered func(lower fsm.Lower, c Config) Lifecycle
}

// Real is the runtime under test.
var Real = Impl{
	Name:    "fsm",
	New:     func(c Config) Lifecycle { return fsm.New(c.Hooks, c.options()...) },
	Layered: func(lower fsm.Lower, c Config) Lifecycle { return fsm.Layered(lower, c.Hooks, c.options()...) },
}

func version(n int64) fsm.Version { return fsm.Version{Major: uint8(n)} }
