package eval

import (
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// Alias is the cfg's ALIAS: TLC prints each state of an error trace as
// the fields of the alias record evaluated in that state, instead of the
// variables.
type Alias struct {
	Name string
	Pos  token.Pos
	// Fields is the order TLC prints the fields in when the definition's
	// body is a record constructor: as written (TLC's unnormalised
	// RecordValue); nil otherwise (then in the spec's order of strings,
	// a normalised record's).
	Fields []string
	// Eval evaluates the alias in a state s of a trace with its successor
	// t there (a primed variable is t's), as TLC's Tool.evalAlias(current,
	// successor) does; TLCGet("level") is level, s's place in the trace
	// (1 for the first), read from the evaluation, never from the run the
	// search may still be using (-continue prints traces mid-search). The
	// caller passes s itself as t for
	// the last state of a trace, as TLC does (rev cc6b616: Alias == [nx
	// |-> x'] shows the last state's x).
	Eval func(level int, s, t value.State) (value.Value, error)
	// ErrCode and ErrMsg: TLC's message when the ALIAS names no usable
	// definition (aliasbad.go), 0 and "" otherwise.
	ErrCode int
	ErrMsg  string
}

// alias compiles the cfg's ALIAS, a state function or a transition
// function: TLC evaluates it over each step of a trace (primes read the
// successor); whatever fails to evaluate, or to compile here, is the
// error of the states it fails in, never a dropped ALIAS.
func (b *builder) alias() {
	id := b.conf.Alias
	if id == nil {
		return
	}
	if b.badAlias(id) {
		return
	}
	d, de, ok := b.namedDef(id, "ALIAS")
	if !ok {
		return
	}
	c := b.c
	nerr := len(c.errs)
	c.inAlias = true
	c.raising = map[*token.Error]bool{}
	// TLC evaluates the ALIAS as a state or transition function: a
	// temporal formula in it is its evaluation error where met (TLC rev
	// cc6b616: "TLC encountered a temporal formula ([]A) ...", golden
	// AliasTemporal), as in an action constraint.
	temporal, prime, run := c.temporal, c.sawPrime, c.temporalRun
	c.temporalRun = true
	x := c.expr(d.Body, de)
	c.sawPrime, c.temporal, c.temporalRun = prime, temporal, run
	c.inAlias = false
	raising := c.raising
	c.raising = nil
	a := &Alias{Name: id.Name, Pos: d.Body.Pos()}
	if errs := c.errs[nerr:]; len(errs) > 0 {
		// What wspcycle cannot compile is never dropped: an ALIAS changes
		// no verdict and no count, and TLC shows a state the ALIAS fails
		// in as its variables and _ALIASEvalError, the error. A part
		// that raises its error when evaluated (an unsupported
		// operator) fails where TLC would evaluate it; another error
		// fails every state.
		var first *Error
		for _, e := range errs {
			if !raising[e] {
				first = &Error{Pos: e.Pos, Msg: e.Msg}
				break
			}
		}
		c.errs = c.errs[:nerr]
		if first != nil {
			a.Eval = func(int, value.State, value.State) (value.Value, error) { return nil, first }
			b.sp.Alias = a
			return
		}
	}
	a.Fields = aliasFields(d.Body, b.defModule(d), b.sp.Modules)
	p := &b.prog
	a.Eval = func(level int, s, t value.State) (value.Value, error) {
		k := (*p).get()
		k.s = s
		k.phase = phaseNext
		k.level = int64(level)
		copy(k.t, t)
		v, err := x.fn(k)
		(*p).put(k)
		return v, err
	}
	b.sp.Alias = a
}
