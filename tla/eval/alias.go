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
	// successor) does; TLCGet("level") is the run's level (Run.SetLevel),
	// which the caller sets to s's. The caller passes s itself as t for
	// the last state of a trace, as TLC does (rev cc6b616: Alias == [nx
	// |-> x'] shows the last state's x).
	Eval func(s, t value.State) (value.Value, error)
	// Unusable, when not empty, says why the alias could not be compiled;
	// Eval is then nil and traces show the variables.
	Unusable string
	// ErrCode and ErrMsg: TLC's message when the ALIAS names no usable
	// definition (aliasbad.go), 0 and "" otherwise.
	ErrCode int
	ErrMsg  string
}

// alias compiles the cfg's ALIAS, a state function or a transition
// function: TLC evaluates it over each step of a trace (primes read the
// successor), refusing only what no step can evaluate (a temporal
// operator).
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
	temporal, prime := c.temporal, c.sawPrime
	c.temporal = false
	x := c.expr(d.Body, de)
	c.sawPrime = prime
	ok = !c.temporal
	if c.temporal {
		c.errorf(id.Pos(), "ALIAS %s is not a state or transition function: it contains a temporal operator", id.Name)
	}
	c.temporal = temporal
	c.inAlias = false
	if !ok || len(c.errs) > nerr {
		// An ALIAS changes no verdict and no count: one wspcycle cannot
		// compile (often an SVG animation through modules it does not
		// load) leaves the traces showing the variables, with a warning.
		reason := "it is not a state function"
		if len(c.errs) > nerr {
			reason = c.errs[nerr].Error()
		}
		c.errs = c.errs[:nerr]
		b.sp.Alias = &Alias{Name: id.Name, Pos: d.Body.Pos(), Unusable: reason}
		return
	}
	a := &Alias{Name: id.Name, Pos: d.Body.Pos()}
	a.Fields = aliasFields(d.Body, b.defModule(d), b.sp.Modules)
	p := &b.prog
	a.Eval = func(s, t value.State) (value.Value, error) {
		k := (*p).get()
		k.s = s
		k.phase = phaseNext
		copy(k.t, t)
		v, err := x.fn(k)
		(*p).put(k)
		return v, err
	}
	b.sp.Alias = a
}
