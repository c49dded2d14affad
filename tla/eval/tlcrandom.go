package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC draws RandomElement's values from a java.util.Random of its thread
// (tlc2.value.RandomEnumerableValues): in its simulator one seeded with
// -seed, whose draws a simulator reproduces by installing the same
// generator (SetRandom). RandomElement(S) is then TLC's (tlc2.module.TLC,
// rev cc6b616): the element at floor(nextDouble() * |S|) of S in TLC's
// order, except that a set of functions [D -> R] draws one element of R
// for each element of D in order, a set of records one value per field
// (fields in order), and a product S1 \X S2 one element per component.

// Random is TLC's generator as RandomElement and RandomSubset draw from
// it: java.util.Random's nextDouble and nextInt(bound), and
// tlc2.util.RandomGenerator.nextPrime(Random) (a prime of TLC's table).
type Random interface {
	NextDouble() float64
	NextInt(bound int) int
	NextPrime() int
}

// SetRandom makes RandomElement and RandomSubset draw from rnd (TLC's
// generator of the thread that evaluates); nil goes back to the run's own
// source.
func (r *Run) SetRandom(rnd Random) {
	if rnd == nil {
		r.draw.Store(nil)
		return
	}
	r.draw.Store(&rnd)
}

// Random is the generator installed by SetRandom (or loading with
// Options.Random), nil when there is none.
func (r *Run) Random() Random {
	if p := r.draw.Load(); p != nil {
		return *p
	}
	return nil
}

// randShape is the argument of RandomElement as TLC sees its value: a set
// of functions, of records or of tuples written as such stays one (TLC
// draws per component), where wspcycle would fold a small one into the
// set of its elements.
type randShape struct {
	kind  int // shapeSet, shapeFcns, shapeRcds, shapeTuples
	set   cx  // shapeSet: the set; shapeFcns: the domain
	keys  []value.Value
	parts []*randShape // shapeFcns: the range; shapeRcds: the fields' sets; shapeTuples: the factors
}

const (
	shapeSet = iota
	shapeFcns
	shapeRcds
	shapeTuples
)

// randomShape compiles e, the argument of RandomElement.
func (c *compiler) randomShape(e ast.Expr, en cenv) *randShape {
	switch e := e.(type) {
	case *ast.Paren:
		return c.randomShape(e.X, en)
	case *ast.Ident, *ast.OpApp, *ast.ModRef:
		// A definition's value is its body's: TLC keeps a set of
		// functions a definition names one too.
		if d, de, ok := c.userOp(e, en); ok && c.depth < maxInline {
			c.depth++
			defer func() { c.depth-- }()
			return c.randomShape(d.Body, de)
		}
	case *ast.FuncSet:
		return &randShape{kind: shapeFcns, set: c.expr(e.Dom, en), parts: []*randShape{c.randomShape(e.Rng, en)}}
	case *ast.RecordSet:
		if fs, ok := c.sortedFields(e.Fields); ok {
			sh := &randShape{kind: shapeRcds}
			for _, f := range fs {
				sh.keys = append(sh.keys, c.strs().Str(f.Name.Name))
				sh.parts = append(sh.parts, c.randomShape(f.Value, en))
			}
			return sh
		}
	case *ast.Product:
		sh := &randShape{kind: shapeTuples}
		for _, f := range e.Factors {
			sh.parts = append(sh.parts, c.randomShape(f, en))
		}
		return sh
	}
	return &randShape{set: c.expr(e, en)}
}

// dep is what the shape's value depends on.
func (sh *randShape) dep() uint8 {
	d := sh.set.dep
	for _, p := range sh.parts {
		d |= p.dep()
	}
	return d
}

// value is the set the shape denotes.
func (sh *randShape) value(k *ctx) (value.SetValue, error) {
	if sh.kind == shapeSet || sh.kind == shapeFcns {
		s, err := evalSet(k, sh.set)
		if err != nil || sh.kind == shapeSet {
			return s, err
		}
		r, err := sh.parts[0].value(k)
		if err != nil {
			return nil, err
		}
		return &value.FcnSetV{Dom: s, Rng: r}, nil
	}
	sets := make([]value.SetValue, len(sh.parts))
	for i, p := range sh.parts {
		var err error
		if sets[i], err = p.value(k); err != nil {
			return nil, err
		}
	}
	if sh.kind == shapeRcds {
		return &value.RcdSetV{Keys: sh.keys, Sets: sets}, nil
	}
	return &value.ProductV{Sets: sets}, nil
}

// draw is RandomElement of the shape drawn as TLC draws it, from next.
func (sh *randShape) draw(k *ctx, next Random, pos token.Pos) (value.Value, error) {
	switch sh.kind {
	case shapeFcns:
		dom, err := evalSet(k, sh.set)
		if err != nil {
			return nil, err
		}
		d, err := dom.Enum()
		if err != nil {
			return nil, wrap(pos, err)
		}
		vals := make([]value.Value, d.Len())
		for i := range vals {
			if vals[i], err = sh.parts[0].draw(k, next, pos); err != nil {
				return nil, err
			}
		}
		return value.FcnOn(d, vals), nil
	case shapeRcds, shapeTuples:
		vals := make([]value.Value, len(sh.parts))
		for i, p := range sh.parts {
			v, err := p.draw(k, next, pos)
			if err != nil {
				return nil, err
			}
			vals[i] = v
		}
		if sh.kind == shapeRcds {
			return value.FcnFromSorted(append([]value.Value(nil), sh.keys...), vals), nil
		}
		return value.TupleOf(vals), nil
	}
	s, err := evalSet(k, sh.set)
	if err != nil {
		return nil, err
	}
	return randomTLC(next, s, pos)
}

// randomTLC is RandomElement(s) drawn as TLC draws it, from next.
func randomTLC(next Random, s value.SetValue, pos token.Pos) (value.Value, error) {
	switch s := s.(type) {
	case *value.FcnSetV:
		dom, err := s.Dom.Enum()
		if err != nil {
			return nil, wrap(pos, err)
		}
		vals := make([]value.Value, dom.Len())
		for i := range vals {
			if vals[i], err = randomTLC(next, s.Rng, pos); err != nil {
				return nil, err
			}
		}
		return value.FcnOn(dom, vals), nil
	case *value.RcdSetV:
		vals, err := randomEach(next, s.Sets, pos)
		if err != nil {
			return nil, err
		}
		return value.FcnFromSorted(append([]value.Value(nil), s.Keys...), vals), nil
	case *value.ProductV:
		vals, err := randomEach(next, s.Sets, pos)
		if err != nil {
			return nil, err
		}
		return value.TupleOf(vals), nil
	}
	elems, err := randomElems(s, pos)
	if err != nil {
		return nil, err
	}
	return elems[int(next.NextDouble()*float64(len(elems)))], nil
}

// randomElems are the elements of s, RandomElement's argument, with TLC's
// errors for a set it cannot draw from: not Enumerable (TLC rev cc6b616:
// CRandNat, RandomElement(Nat)) or empty.
func randomElems(s value.SetValue, pos token.Pos) ([]value.Value, error) {
	elems, err := setElems(s, pos)
	if err != nil {
		if !value.TLCEnumerable(s) {
			return nil, errorf(pos, "Applying RandomElement to the following value,\nwhich is not a finite set:\n%s", s)
		}
		return nil, err
	}
	if len(elems) == 0 {
		return nil, errorf(pos, randomElementEmpty)
	}
	return elems, nil
}

// randomElement compiles RandomElement(e). depRun: a definition of
// constant level that uses it is evaluated once, as TLC evaluates it
// (constantValue).
func (c *compiler) randomElement(e ast.Expr, en cenv, pos token.Pos) cx {
	sh := c.randomShape(e, en)
	r := c.run
	return cx{fn: func(k *ctx) (value.Value, error) {
		if next := r.draw.Load(); next != nil {
			return sh.draw(k, *next, pos)
		}
		s, err := sh.value(k)
		if err != nil {
			return nil, err
		}
		elems, err := randomElems(s, pos)
		if err != nil {
			return nil, err
		}
		r.mu.Lock()
		i := r.rnd.IntN(len(elems))
		r.mu.Unlock()
		return elems[i], nil
	}, dep: depSide | depRun | sh.dep(), pos: pos}
}

// randomEach draws one element of each of sets, in order (a record's
// fields, a tuple's components).
func randomEach(next Random, sets []value.SetValue, pos token.Pos) ([]value.Value, error) {
	vals := make([]value.Value, len(sets))
	for i, set := range sets {
		v, err := randomTLC(next, set, pos)
		if err != nil {
			return nil, err
		}
		vals[i] = v
	}
	return vals, nil
}

// randomElementEmpty is TLC's error for RandomElement({}): its Java
// method's failure (2154; TLC rev cc6b616: E30).
const randomElementEmpty = "Attempted to apply the operator overridden by the Java method\npublic static tlc2.value.impl.Value tlc2.module.TLC.RandomElement(tlc2.value.impl.Value),\nbut it produced the following error:\nIndex 0 out of bounds for length 0"
