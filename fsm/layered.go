package fsm

import (
	"context"
	"errors"
	"fmt"
)

// Lower is the provider below a layered one: *Provider satisfies it, and so can an adapter
// over any other provider with a reference-counted Startup and Cleanup.
type Lower interface {
	Startup(ctx context.Context, requested Version, opts ...StartupOption) (Negotiated, error)
	Cleanup(ctx context.Context) error
}

// Layered returns a provider that is itself a client of lower (CONTRACT.md section 5): its
// first Startup starts lower (requesting LowerVersion, default its own high version) before
// running h.Init, and its teardown runs h.Free and then cleans lower up. So every lower
// Startup is matched by exactly one lower Cleanup:
//   - lower's Startup fails: this Startup returns that error with its Winsock code, and
//     nothing changes here;
//   - lower's Startup succeeds but h.Init fails (or panics): lower is cleaned up before the
//     error is returned;
//   - teardown: lower is cleaned up after h.Free even when Drain or Free failed.
//
// A nil lower makes every Startup fail with ErrInvalid.
func Layered(lower Lower, h Hooks, opts ...Option) *Provider {
	if lower == nil {
		return New(h, append(opts[:len(opts):len(opts)], func(o *options) { o.fail(errors.New("Layered: nil lower provider")) })...)
	}
	l := &layer{lower: lower, hooks: h}
	p := New(Hooks{Init: l.init, Drain: h.Drain, Free: l.free}, opts...)
	l.version = p.opts.lowerVersion
	if l.version.IsZero() {
		l.version = p.opts.high
	}
	if p.opts.lowerTable != nil {
		l.opts = []StartupOption{*p.opts.lowerTable}
	}
	return p
}

type layer struct {
	lower   Lower
	hooks   Hooks
	version Version
	opts    []StartupOption
}

func (l *layer) init(ctx context.Context) error {
	if _, err := l.lower.Startup(ctx, l.version, l.opts...); err != nil {
		return fmt.Errorf("lower provider: %w", err)
	}
	if err := runHook(ctx, "Init", l.hooks.Init); err != nil {
		if cerr := l.lower.Cleanup(context.WithoutCancel(ctx)); cerr != nil {
			return errors.Join(err, cerr)
		}
		return err
	}
	return nil
}

func (l *layer) free(ctx context.Context) error {
	ferr := runHook(ctx, "Free", l.hooks.Free)
	cerr := l.lower.Cleanup(ctx)
	if cerr != nil {
		cerr = fmt.Errorf("lower provider Cleanup: %w", cerr)
	}
	switch {
	case ferr == nil:
		return cerr
	case cerr == nil:
		return ferr
	}
	return errors.Join(ferr, cerr)
}
