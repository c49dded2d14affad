package eval

import (
	"io"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's own standard modules TLCExt, Randomization, Json and Reals, built
// in (sema.Builtins declares their operators). What TLC computes from
// the values alone is evaluated here, as TLC's Java code does; what
// depends on TLC's run (its registers, the trace, randomness,
// fingerprints) is a positioned unsupported error, like TLCGet. Json is
// json.go.

// runDependent are the operators of those modules whose value depends on
// TLC's run, each with why.
var runDependent = map[string]string{
	"TLCGetOrDefault":   "its value depends on the TLC run",
	"TLCGetAndSet":      "its value depends on the TLC run",
	"Trace":             "its value depends on the TLC run",
	"CounterExample":    "its value depends on the TLC run",
	"ToTrace":           "its value depends on the TLC run",
	"TLCDefer":          "its value depends on the TLC run",
	"PickSuccessor":     "its value depends on the TLC run",
	"TLCEvalDefinition": "its value depends on the TLC run",
	"TLCFP":             "TLC's fingerprint of a value",
	"TLCCache":          "TLC keeps its cache in a register of the run",
	"AssertError":       "it compares TLC's own error text",
}

// stdExtArity are the operators with arguments evaluated here.
var stdExtArity = map[string]int{
	"AssertEq": 2, "TLCNoOp": 1, "TLCModelValue": 1,
}

// stdExtApp compiles an application of one of those modules' operators;
// ok is false for any other name.
func (c *compiler) stdExtApp(e *ast.OpApp, en cenv) (cx, bool) {
	name := e.Name.Name
	pos := e.Pos()
	if x, ok := c.tlcExtApp(e, en); ok { // those given TLC's answer (tlcext.go)
		return x, true
	}
	if x, ok := c.randomSubsetApp(e, en); ok { // tlcsubset.go
		return x, true
	}
	if x, ok := c.randomSetOfSubsetsApp(e, en); ok { // randomsetofsubsets.go
		return x, true
	}
	if why, ok := runDependent[name]; ok {
		return c.unsupported(pos, "operator "+name+" ("+why+")"), true
	}
	if x, ok := c.jsonApp(e, en); ok {
		return x, true
	}
	n, ok := stdExtArity[name]
	if !ok {
		return cx{}, false
	}
	if len(e.Args) != n {
		return c.fail(pos, "operator %s takes %d arguments, not %d", name, n, len(e.Args)), true
	}
	args := c.exprs(e.Args, en)
	d := deps(args...)
	a0 := args[0]
	switch name {
	case "TLCNoOp":
		return a0, true
	case "AssertEq":
		// a = b; when they differ TLC prints "Assertion failed" and both
		// values (with PrintT).
		a1, out := args[1], c.out
		if !c.constOnly { // an ASSUME's prints once, before the search
			c.run.mayPrint.Store(true)
		}
		return cx{fn: func(k *ctx) (value.Value, error) {
			vs, err := evalAll(k, args)
			if err != nil {
				return nil, err
			}
			// TLC's v1.equals(v2): values it cannot compare are an
			// error, not an assertion that fails (golden AssertEqShape).
			eq, err := value.EqualChecked(vs[0], vs[1])
			if err != nil {
				return nil, equalityFailed(err, vs[0], pos)
			}
			if eq {
				return value.True, nil
			}
			io.WriteString(out, printText(value.Alphabetical.Str("Assertion failed"))+printText(vs[0])+printText(vs[1]))
			return value.False, nil
		}, dep: d | a1.dep | depSide}, true
	case "TLCModelValue":
		// The model value named str (equal to a cfg's model value of that
		// name).
		strs := c.strs()
		return cx{fn: func(k *ctx) (value.Value, error) {
			v, err := a0.fn(k)
			if err != nil {
				return nil, err
			}
			s, ok := value.AsString(v)
			if !ok {
				return nil, errorf(pos, "The argument of TLCModelValue should be a string, but instead it is:\n%s", v)
			}
			return strs.Model(s), nil
		}, dep: d}, true
	}
	return cx{}, false
}

// stdExtIdent compiles one of those modules' constants; ok is false for
// any other name.
func (c *compiler) stdExtIdent(e *ast.Ident) (cx, bool) {
	pos := e.Pos()
	if x, ok := c.tlcExtIdent(e); ok { // those given TLC's answer (tlcext.go)
		return x, true
	}
	if why, ok := runDependent[e.Name]; ok {
		return c.unsupported(pos, e.Name+" ("+why+")"), true
	}
	switch e.Name {
	case "Real":
		// Reals defines Real == "Reals": TLC evaluates it so (x \in Real
		// is then an error).
		return konst(c.strs().Str("Reals"), pos), true
	case "Infinity":
		// CHOOSE i : i \notin Real /\ ...: TLC refuses the unbounded
		// CHOOSE when it evaluates it.
		err := errorf(pos, "TLC attempted to evaluate an unbounded CHOOSE.\nMake sure that the expression is of form CHOOSE x \\in S: P(x).")
		return cx{fn: func(*ctx) (value.Value, error) { return nil, err }, dep: depSide, pos: pos}, true
	}
	if _, ok := stdExtArity[e.Name]; ok {
		return c.fail(pos, "operator %s requires arguments", e.Name), true
	}
	if _, ok := jsonArity[e.Name]; ok {
		return c.fail(pos, "operator %s requires arguments", e.Name), true
	}
	return cx{}, false
}
