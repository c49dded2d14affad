package eval

import (
	"io"
	"os"
	"sync"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLCExt's operators whose value depends on TLC's run, given TLC's answer
// where it is known exactly (each checked with TLC rev cc6b616, see
// tlcext_test.go); they take precedence over stdext.go's table of the
// unsupported ones:
//
//   - TLCGetOrDefault(i, d) is register i (TLCSet(i, v)) or d when it is
//     unset; d for any key that is not a natural number (TLC answers d
//     for a string key, even "level"); a negative register is TLC's Java
//     exception, unsupported here.
//   - TLCGetAndSet(i, Op, v, d) sets register i to Op(old, v), where old
//     is TLCGetOrDefault(i, d), and is old (one at a time across workers).
//   - AssertError(msg, e) is TRUE when evaluating e fails with exactly
//     msg as its message (TLC's message), FALSE when e evaluates or fails
//     otherwise; msg must be a string literal, as TLC requires.
//   - TLCDefer(e) is TRUE: TLC hands e to the successor state, and its
//     breadth-first search never evaluates it (nor does an ASSUME).
//   - CounterExample is TLC's counterexample of the property violated
//     while an error trace is printed; elsewhere (invariants, actions,
//     POSTCONDITION after a search without error) it is TLC's empty one,
//     [action |-> {}, state |-> {}], and ToTrace of it is <<>>. In an
//     ALIAS it would be the trace's, which is not supported.
//   - PickSuccessor(e) is TRUE on a complete step of the breadth-first
//     search to a state the search has already found (TLC looks this up
//     first, without evaluating e: a seen state is in the model), TRUE
//     where e is, and where the step is not complete (a state predicate,
//     before every variable is primed); on a complete step to a new state
//     where e is FALSE TLC asks its user on standard input whether to
//     take it: unsupported.
//   - TLCGet("action") is TLC's placeholder record of an unknown action in
//     its breadth-first search (TLC knows the action only in -simulate
//     and -debugger runs): name "UnnamedAction", location all 0 in
//     module "--TLA+ BUILTINS--".
//   - TLCSet("pause", TRUE) in the breadth-first search, its ASSUMEs and
//     Init included, prints "Press enter to resume model checking."
//     (with Print's output) and waits for a byte of standard input
//     (Run.SetInput), as TLC's System.in.read(); in the simulator's
//     actions it is TRUE (TLC's simulator never pauses; an ASSUME or
//     Init, evaluated before wspcycle knows the mode, pauses there too).
//     Under `wspcycle tlc` an ASSUME's prompt is printed after the
//     wait, where TLC prints it (after "Starting...").
//
// TLCCache stays unsupported: TLC keys its cache in a way its runs do not
// pin down (TLCCache(x, {}) is not cached in an invariant, while
// TLCCache(x * 10, x % 2) is, and in an ASSUME it fails with a Java
// error).

// emptyCounterExample is TLC's counterexample when no property is
// violated.
func emptyCounterExample(strs *value.Strings) value.Value {
	return strs.Record("action", value.NewSet(nil), "state", value.NewSet(nil))
}

// unknownAction is TLCGet("action") in TLC's breadth-first search.
func unknownAction(strs *value.Strings) value.Value {
	return strs.Record("name", strs.Str("UnnamedAction"), "location", strs.Record(
		"beginLine", value.Int(0), "beginColumn", value.Int(0), "endLine", value.Int(0), "endColumn", value.Int(0),
		"module", strs.Str("--TLA+ BUILTINS--")))
}

// tlcExtApp compiles an application of one of those operators; ok is
// false for any other name.
func (c *compiler) tlcExtApp(e *ast.OpApp, en cenv) (cx, bool) {
	name, pos := e.Name.Name, e.Pos()
	n, ok := map[string]int{"TLCGetOrDefault": 2, "TLCGetAndSet": 4, "AssertError": 2, "TLCDefer": 1, "ToTrace": 1, "PickSuccessor": 1}[name]
	if !ok {
		return cx{}, false
	}
	if len(e.Args) != n {
		return c.fail(pos, "operator %s takes %d arguments, not %d", name, n, len(e.Args)), true
	}
	r := c.run
	switch name {
	case "TLCDefer":
		// Compiled for its errors, never evaluated.
		c.expr(e.Args[0], en)
		return konst(value.True, pos), true
	case "AssertError":
		msg, ok := ast.Unparen(e.Args[0]).(*ast.String)
		if !ok {
			return c.unsupported(pos, "AssertError whose first argument is not a string literal (TLC refuses it)"), true
		}
		x := c.expr(e.Args[1], en)
		return cx{fn: func(k *ctx) (value.Value, error) {
			_, err := x.fn(k)
			if err == nil {
				return value.False, nil
			}
			ev, ok := err.(*Error)
			_, mem := errorCause(ev).(*value.MemoryError)
			if !ok || mem || isUnsupported(ev.Msg) {
				return nil, err // not an error TLC would have: no answer
			}
			return value.Bool(ev.Msg == msg.Value), nil
		}, dep: x.dep | depSide, pos: pos}, true
	case "ToTrace":
		x := c.expr(e.Args[0], en)
		empty := emptyCounterExample(c.strs())
		return cx{fn: func(k *ctx) (value.Value, error) {
			v, err := x.fn(k)
			if err != nil {
				return nil, err
			}
			if !value.Equal(v, empty) {
				return nil, errorf(pos, "The argument of ToTrace should be a CounterExample, but instead it is:\n%s", v)
			}
			return value.EmptyTuple, nil
		}, dep: x.dep, pos: pos}, true
	case "PickSuccessor":
		x := c.expr(e.Args[0], en)
		return cx{fn: func(k *ctx) (value.Value, error) {
			if k.phase == phaseNext && k.t != nil && len(unassigned(k.t, k.prog.vars)) == 0 {
				if f := r.seen.Load(); f != nil {
					seen, err := (*f)(k.t)
					if err != nil || seen {
						return value.True, err
					}
				}
			}
			b, err := evalBool(k, x)
			if err != nil || b {
				return value.True, err
			}
			if k.phase != phaseNext || k.t == nil || len(unassigned(k.t, k.prog.vars)) > 0 {
				return value.True, nil
			}
			return nil, errorf(pos, "unsupported: PickSuccessor asking whether to take this step (TLC reads the answer from standard input)")
		}, dep: x.dep | depSide, pos: pos}, true
	}
	xs := make([]cx, 0, n)
	for i, a := range e.Args {
		if name == "TLCGetAndSet" && i == 1 {
			xs = append(xs, cx{})
			continue
		}
		xs = append(xs, c.expr(a, en))
	}
	const dep = depSide | depState
	if name == "TLCGetOrDefault" {
		return cx{fn: func(k *ctx) (value.Value, error) {
			vs, err := evalAll(k, xs)
			if err != nil {
				return nil, err
			}
			return r.getOrDefault(vs[0], vs[1], pos)
		}, dep: dep | deps(xs...), pos: pos}, true
	}
	// TLCGetAndSet(key, Op, val, default).
	slots, op := c.operatorClosure(e.Args[1], en, 2, pos)
	key, val, def := xs[0], xs[2], xs[3]
	return cx{fn: func(k *ctx) (value.Value, error) {
		vs, err := evalAll(k, []cx{key, val, def})
		if err != nil {
			return nil, err
		}
		if !k.inGetAndSet {
			r.getAndSet.Lock()
			defer r.getAndSet.Unlock()
			k.inGetAndSet = true
			defer func() { k.inGetAndSet = false }()
		}
		old, err := r.getOrDefault(vs[0], vs[2], pos)
		if err != nil {
			return nil, err
		}
		// The operator's parameters, restored after (a nested application
		// of this same TLCGetAndSet, through recursion, reuses them).
		s0, s1 := k.env[slots[0]], k.env[slots[1]]
		defer func() { k.env[slots[0]], k.env[slots[1]] = s0, s1 }()
		k.env[slots[0]], k.env[slots[1]] = old, vs[1]
		nv, err := op.fn(k)
		if err != nil {
			return nil, err
		}
		if _, err := r.set(k, vs[0], nv, pos); err != nil {
			return nil, err
		}
		return old, nil
	}, dep: dep | key.dep | val.dep | def.dep | op.dep, pos: pos}, true
}

// tlcExtIdent compiles CounterExample (Trace is tlcTrace's); ok is false
// for any other name.
func (c *compiler) tlcExtIdent(e *ast.Ident) (cx, bool) {
	switch e.Name {
	case "CounterExample":
		if c.inAlias {
			return c.unsupported(e.Pos(), "CounterExample in an ALIAS (the counterexample of the trace TLC prints)"), true
		}
		return konst(emptyCounterExample(c.strs()), e.Pos()), true
	case "Trace":
		return c.tlcTrace(e.Pos()), true
	}
	return cx{}, false
}

// getOrDefault is TLCGetOrDefault(i, d).
func (r *Run) getOrDefault(i, d value.Value, pos token.Pos) (value.Value, error) {
	n, ok := i.(value.IntV)
	if !ok {
		return d, nil
	}
	if n < 0 {
		return nil, errorf(pos, "unsupported: TLCGetOrDefault(%d, ...) (TLC fails with a Java exception on a negative register)", n)
	}
	r.mu.Lock()
	v, ok := r.regs[int64(n)]
	r.mu.Unlock()
	if !ok {
		return d, nil
	}
	return v, nil
}

// isUnsupported reports whether an error message is one of wspcycle's
// refusals rather than an answer.
func isUnsupported(msg string) bool {
	return len(msg) >= len("unsupported:") && msg[:len("unsupported:")] == "unsupported:"
}

// pauseInput is where TLCSet("pause", TRUE) waits.
type pauseInput struct {
	mu sync.Mutex
	r  io.Reader
}

// SetInput makes TLCSet("pause", TRUE) wait for a byte of in (standard
// input unless told otherwise).
func (r *Run) SetInput(in io.Reader) {
	r.pause.mu.Lock()
	r.pause.r = in
	r.pause.mu.Unlock()
}

// pauseSearch is TLCSet("pause", TRUE): in the breadth-first search, TLC
// prints its prompt and reads one byte (one worker at a time; the end of
// the input lets it go on).
func (r *Run) pauseSearch(k *ctx, pos token.Pos) error {
	if k.phase != phaseConst && !r.searching.Load() {
		return nil
	}
	r.pause.mu.Lock()
	defer r.pause.mu.Unlock()
	io.WriteString(&r.print, "Press enter to resume model checking.\n")
	in := r.pause.r
	if in == nil {
		in = os.Stdin
	}
	var b [1]byte
	if _, err := in.Read(b[:]); err != nil && err != io.EOF {
		return errorf(pos, "%s", err.Error())
	}
	return nil
}
