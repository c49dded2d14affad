package eval

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's integers are Java ints: a result outside this range is an overflow
// error, never a wrapped value.
const (
	minInt = math.MinInt32
	maxInt = math.MaxInt32
)

// arithResult is intResult for +, - and *, whose overflow TLC words
// "Overflow when computing 2147483647+1" (TLC rev cc6b616: WPlusOver,
// WTimesOver), a message with a code of its own (2178).
func arithResult(n int64, pos token.Pos, format string, a, b int64) (value.Value, error) {
	if n < minInt || n > maxInt {
		return nil, arithOverflow(pos, format, a, b)
	}
	return value.Int(n), nil
}

//go:noinline
func arithOverflow(pos token.Pos, format string, a, b int64) error {
	return errorf(pos, "Overflow when computing "+format, a, b)
}

func intResult(n int64, pos token.Pos, format string, args ...any) (value.Value, error) {
	if n < minInt || n > maxInt {
		return nil, errorf(pos, "Overflow: %s is outside TLC's integer range -2147483648..2147483647.", fmt.Sprintf(format, args...))
	}
	return value.Int(n), nil
}

func (c *compiler) unary(e *ast.Unary, en cenv) cx {
	pos := e.Pos()
	switch e.Op {
	case token.BOX, token.EVENTUALLY:
		if c.atRun(e.Op) {
			return c.temporalAtRun(e)
		}
		c.temporal = true
		return c.unsupported(pos, "temporal operator "+e.Op.String()+" where a value or state predicate is expected")
	case token.ENABLED:
		return c.enabled(e, en)
	case token.UNCHANGED:
		if en.init && !c.primeRun {
			return c.fail(pos, unchangedInInit)
		}
		unch := c.covUnchCur
		c.covUnchCur = true
		cur := c.expr(e.X, en)
		c.covUnchCur = unch
		ne := en
		ne.primed = true
		if !c.primeRun {
			c.sawPrime = true // with primeRun, x' is TLC's error (primerun.go)
		} else {
			c.metRun = true
		}
		nxt := c.expr(e.X, ne)
		return cx{fn: func(k *ctx) (value.Value, error) {
			a, b, err := eval2(k, cur, nxt)
			if err != nil {
				return nil, err
			}
			// v0.equals(v1), a method of the current value (Tool's
			// UNCHANGED), which names it when the replay built it.
			eq, err := value.EqualChecked(a, b)
			if err != nil {
				return nil, equalityFailed(err, a, pos)
			}
			return value.Bool(eq), nil
		}, dep: deps(cur, nxt)}
	}
	if e.Op == token.MINUS && !c.stdSym(e) {
		if x, ok := c.ownInfix(token.MINUSDOT, e.OpPos, []ast.Expr{e.X}, en); ok {
			return x // the module's own -. a == ... (stdinfix.go)
		}
	}
	x := c.expr(e.X, en)
	switch e.Op {
	case token.NOT:
		return cx{fn: func(k *ctx) (value.Value, error) {
			b, err := evalBool(k, x)
			if err != nil {
				return nil, negNotBool(err, e, x)
			}
			return value.Bool(!b), nil
		}, dep: x.dep}
	case token.MINUS:
		return cx{fn: func(k *ctx) (value.Value, error) {
			n, err := evalInt(k, x)
			if err != nil {
				// The failure of Integers' Neg to cast its argument
				// (TLC rev cc6b616: E07, -"a").
				if w, ok := notAt(err, x); ok {
					if class := tlcJavaClass(w); class != "" && class != "IntValue" {
						return nil, errorf(pos, "Attempted to apply the operator overridden by the Java method\npublic static tlc2.value.impl.IntValue tlc2.module.Integers.Neg(tlc2.value.impl.IntValue),\nbut it produced the following error:\nCannot cast tlc2.value.impl.%s to tlc2.value.impl.IntValue", class)
					}
				}
				return nil, err
			}
			if -n > maxInt {
				// TLC's Integers.Neg (rev cc6b616: -(-2147483648) is
				// "Overflow when computing --2147483648", golden NegOver).
				return nil, errorf(pos, "Overflow when computing -%d", n)
			}
			return value.Int(-n), nil
		}, dep: x.dep}
	case token.SUBSET:
		return cx{fn: func(k *ctx) (value.Value, error) {
			s, err := evalSet(k, x)
			if err != nil {
				return nil, subsetOfNonSet(err, x, e)
			}
			return &value.SubsetV{Base: s, Src: e}, nil
		}, dep: x.dep}
	case token.UNION:
		return cx{fn: func(k *ctx) (value.Value, error) {
			outer, mixed, err := unionOperand(k, x)
			un, src := e, ast.Expr(e)
			if err != nil {
				return nil, err
			}
			var all []value.Value
			for i, s := range outer {
				inner, ok := s.(value.SetValue)
				if !ok {
					// TLC's UnionValue, lazy: it fails where it is
					// enumerated or asked a member (UNION {1}).
					return lazyUnion(outer, i, pos, src)
				}
				if m, ok := inner.(*value.MixedSetV); ok {
					// TLC's UnionValue.union of enumerated sets takes
					// each member's elements as it holds them, without
					// sorting the member (TLC rev cc6b616: UNION {{{1},
					// {"a"}}, {{2}}} compares {"a"} with {1} gathered
					// before it, by equals).
					if err := k.grow(len(m.Written()), pos); err != nil {
						return nil, err
					}
					all = append(all, m.Written()...)
					continue
				}
				e, err := inner.Enum()
				if err != nil {
					// An infinite member (UNION {[D -> Int]}): TLC keeps
					// the union lazy, as the \cup of the members, and
					// answers \in without enumerating.
					u, err := lazyUnion(outer, i, pos, src)
					if c, ok := u.(*value.CupV); ok && mixed != nil {
						c.Bad = mixedUnion(mixed, un)
					}
					return u, err
				}
				if err := k.grow(len(e.Elems()), pos); err != nil {
					return nil, err
				}
				all = append(all, e.Elems()...)
			}
			if !allEnumerated(outer) {
				// TLC's UnionValue, built (toSetEnum) from every
				// member's elements, duplicates included (TLC rev
				// cc6b616: UNION {1..8, 5..10} is refused under
				// -maxSetSize 10; golden UnionIntOverlapEx).
				if err := value.CheckBuilt(len(all)); err != nil {
					// Built only when a method needs all its
					// elements, as for \cup above.
					return lazyUnion(outer, 0, pos, src)
				}
			}
			s, err := value.NewSetChecked(all)
			if err != nil {
				if !allEnumerated(outer) {
					// A member TLC holds otherwise than enumerated
					// (1..2, a function set): its UnionValue.union
					// keeps the union lazy, comparing nothing; x \in
					// it walks the members, and only an operation
					// that normalises it (=, Cardinality, a state
					// holding it) meets the comparison's error
					// (TLC rev cc6b616: x \in UNION {{<<1, 1>>},
					// 1..2} has 3 states).
					u, err := lazyUnion(outer, 0, pos, src)
					if c, ok := u.(*value.CupV); ok && mixed != nil {
						// Its enumerator sorts the set of sets
						// first (UNION {{<<1, 1>>}, 1..2, {1}}).
						c.Bad = mixedUnion(mixed, un)
					}
					return u, err
				}
				// TLC's UNION gathers the elements, each compared by
				// equals with those gathered before it.
				return unionAsGathered(all, pos)
			}
			// TLC's UnionValue.union of enumerated sets adds each
			// element not already gathered: the bound counts the union.
			if err := value.CheckBuilt(s.Len()); err != nil {
				return nil, err
			}
			return s, nil
		}, dep: x.dep}
	case token.DOMAIN:
		if id, ok := e.X.(*ast.Ident); ok {
			if r := c.recFor(id.Name, en); r != nil {
				return c.covRecUse(c.recDomain(r, pos), id.Name, en) // covrecarg.go
			}
		}
		return cx{fn: func(k *ctx) (value.Value, error) {
			v, err := x.fn(k)
			if err != nil {
				return nil, err
			}
			if lf, lazy := v.(*value.LazyFcnV); lazy {
				return lf.Domain(), nil
			}
			f, ok := v.(*value.FcnV)
			if !ok {
				return nil, domainOfNonFcn(v, e, pos)
			}
			return f.Domain(), nil
		}, dep: x.dep}
	}
	return c.unsupported(pos, "prefix operator "+e.Op.String())
}

// product is A \X B \X C: the set of n-tuples, one node for all factors
// (TLC's value is a set of triples, not of nested pairs).
func (c *compiler) product(e *ast.Product, en cenv) cx {
	xs := make([]cx, len(e.Factors))
	for i, o := range e.Factors {
		xs[i] = c.expr(o, en)
	}
	return cx{fn: func(k *ctx) (value.Value, error) {
		sets, err := evalSetOperands(k, xs)
		if err != nil {
			return nil, err
		}
		return &value.ProductV{Sets: sets, Src: e}, nil
	}, dep: deps(xs...)}
}

func (c *compiler) binary(e *ast.Binary, en cenv) cx {
	pos := e.OpPos
	// std: J!op of a standard module's instance, the module's operator
	// whatever the spec defines (stdinst.go).
	std := c.stdSym(e)
	if stdInfix[e.Op] && !std {
		// A module that does not extend the standard module of +, \o,
		// / ... may define the symbol itself (KnuthYao's Prob defines
		// a / b over Integers): its definition, not the standard one.
		// Where the standard module is extended, sema refuses the
		// definition, as SANY does.
		if x, ok := c.ownInfix(e.Op, pos, []ast.Expr{e.X, e.Y}, en); ok {
			return x
		}
	}
	switch e.Op {
	case token.LEADSTO:
		if c.temporalRun {
			return c.leadsToAtRun(e)
		}
		c.temporal = true
		return c.unsupported(pos, "temporal operator ~> where a value or state predicate is expected")
	case token.SLASH:
		// Reals' a / b == CHOOSE c \in Real : a = b * c, with Real the
		// string "Reals": TLC fails when it evaluates it, whatever a and
		// b are (and a spec that never does is checked).
		err := errorf(pos, "Attempted to compute the value of an expression of\nform CHOOSE x \\in S: P, but S was not enumerable.")
		return cx{fn: func(*ctx) (value.Value, error) { return nil, err }, dep: depSide, pos: pos}
	case token.SUBSETNEQ, token.USEROP:
		// \subset is the spec's own operator where it defines one (sema
		// refuses it undefined, as SANY does).
		if !std {
			if x, ok := c.userSymbol(e.Op, pos, []ast.Expr{e.X, e.Y}, en); ok {
				return x
			}
		}
		return c.unsupported(pos, "operator "+e.Op.String())
	case token.CDOT:
		if std || !c.userDefined(e.Op, en) {
			// As in TLC, which composes actions only where it
			// computes successors.
			return c.unsupported(pos, "action composition \\cdot outside a next-state action")
		}
	}
	if e.Op.IsUserDefinable() {
		if !std {
			if x, ok := c.userSymbol(e.Op, pos, []ast.Expr{e.X, e.Y}, en); ok {
				return x
			}
		}
		if e.Op == token.OPLUS || e.Op == token.OMINUS || e.Op == token.SQSUBSETEQ {
			// Not defined by the spec: sema resolved it to Bags'.
			return bagInfix(e.Op, pos, c.expr(e.X, en), c.expr(e.Y, en))
		}
		return c.unsupported(pos, "operator "+e.Op.String())
	}
	x, y := c.expr(e.X, en), c.expr(e.Y, en)
	if c.cov != nil && c.cov.key == any(e) {
		if c.cov.keepLeft {
			x = covKeepLeft(x, c.origins) // covnested.go
		}
		if c.cov.cupAt {
			x = covCupLeft(x) // covcup.go
		}
		if c.cov.tup != nil && c.cov.tup.kind == tupIn {
			x = covTupElemWrap(x) // covtupcmp.go
		}
	}
	if (e.Op == token.IN || e.Op == token.NOTIN) && y.dep != 0 {
		// a \in {v \in S : P}: decided at a, without building the set.
		whole := func() cx { return fcnMember(c.binaryOp(e.Op, pos, x, y), e) }
		if m, ok := c.filterMember(e.Y, en, x, e.Op == token.IN, pos, whole); ok {
			return m
		}
	}
	if e.Op == token.AND || e.Op == token.OR {
		return c.junctionOf(e.Op == token.AND, []cx{x, y}, []*ast.Binary{e})
	}
	if e.Op == token.IMPLIES || e.Op == token.EQUIV {
		return boolOpNotBool(c.binaryOp(e.Op, pos, x, y), e, x, y)
	}
	if e.Op == token.IN || e.Op == token.NOTIN {
		return fcnMember(c.binaryOp(e.Op, pos, x, y), e)
	}
	if e.Op == token.CUP || e.Op == token.CAP || e.Op == token.SETMINUS {
		return c.firstWritten(cupSource(c.binaryOp(e.Op, pos, x, y), e), e, en, y)
	}
	return c.binaryOp(e.Op, pos, x, y)
}

// firstWritten is whole, {a, b, ...} \cap T or \ T, failing as TLC's
// SetEnumValue fails when T is not a set: its cap and diff ask T's member
// of its elements as written (the set not normalised yet), so the error
// names the first element written, not the least (TLC rev cc6b616:
// {2, 1} \cap 3 names 2). The first element is evaluated again, only
// when the operation failed so; whole unchanged for other operands, and
// under coverage (whose counts the second evaluation would change).
func (c *compiler) firstWritten(whole cx, e *ast.Binary, en cenv, y cx) cx {
	se, ok := ast.Unparen(e.X).(*ast.SetEnum)
	if e.Op == token.CUP || !ok || len(se.Elems) < 2 || c.covOn {
		return whole
	}
	first := c.expr(se.Elems[0], en)
	fn := whole.fn
	whole.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if err == nil {
			return v, nil
		}
		ee, ok := err.(*Error)
		if !ok {
			return nil, err
		}
		me, ok := ee.Cause.(*value.MethodError)
		if !ok {
			return nil, err
		}
		if _, enum := me.V.(*value.SetV); !enum {
			return nil, err
		}
		b, berr := y.fn(k)
		if berr != nil {
			return nil, err
		}
		if _, set := b.(value.SetValue); set {
			return nil, err
		}
		x0, xerr := first.fn(k)
		if xerr != nil {
			return nil, err
		}
		if _, merr := value.SetOperand(b).Member(x0); merr != nil {
			return nil, wrap(ee.Pos, &value.MethodError{V: me.V, Err: merr})
		}
		return nil, err
	}
	return whole
}

// cupSource gives a lazy S \cup T, S \cap T or S \ T the node that built
// it, which TLC names
// when it cannot fingerprint a state holding it (value.FingerprintError).
func cupSource(x cx, e ast.Expr) cx {
	fn := x.fn
	if fn == nil {
		return x
	}
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if err != nil {
			return v, err
		}
		switch u := v.(type) {
		case *value.CupV:
			if u.Src == nil {
				u.Src = e
			}
		case *value.CapV:
			if u.Src == nil {
				u.Src = e
			}
		case *value.DiffV:
			if u.Src == nil {
				u.Src = e
			}
		case *value.SeqSetV:
			// The operand of a union with an empty set, returned
			// as the union (lazyCup), named by the union's node.
			if u.Src == nil {
				c := *u
				c.Src = e
				v = &c
			}
		}
		return v, err
	}
	x.into = nil
	return x
}

// binaryOp combines the compiled operands of a built-in infix operator;
// chain (chain.go) uses it for every link of a long chain.
func (c *compiler) binaryOp(op token.Kind, pos token.Pos, x, y cx) cx {
	d := deps(x, y)
	switch op {
	case token.AND, token.OR:
		return c.junctionOf(op == token.AND, []cx{x, y}, nil)
	case token.IMPLIES:
		return cx{fn: func(k *ctx) (value.Value, error) {
			a, err := evalBool(k, x)
			if err != nil || !a {
				return value.True, err
			}
			b, err := evalBool(k, y)
			return value.Bool(b), err
		}, dep: d}
	case token.EQUIV:
		return cx{fn: func(k *ctx) (value.Value, error) {
			a, err := evalBool(k, x)
			if err != nil {
				if _, ok := notBoolAt(err, x); ok {
					// TLC evaluates Q before it looks at P's value.
					if _, err2 := y.fn(k); err2 != nil {
						return nil, err2
					}
				}
				return nil, err
			}
			b, err := evalBool(k, y)
			return value.Bool(a == b), err
		}, dep: d}
	case token.EQ, token.NEQ:
		want := op == token.EQ
		xl, yl := x.lazy, y.lazy
		return cx{fn: func(k *ctx) (value.Value, error) {
			a, b, err := eval2(k, x, y)
			if err != nil {
				return nil, err
			}
			if xl != nil || yl != nil {
				// A constant set folded enumerated is lazy in TLC: two
				// function (record, tuple) sets compare by operands
				// ([1..2 -> {}] = [1..3 -> {}] is FALSE in TLC).
				var la, lb value.Value = a, b
				if xl != nil {
					la = xl
				}
				if yl != nil {
					lb = yl
				}
				if eq, ok, err := value.OperandsEqual(la, lb); ok {
					if err != nil {
						return nil, equalityFailed(err, a, pos)
					}
					return value.Bool(eq == want), nil
				}
			}
			eq, err := value.EqualChecked(a, b)
			if err != nil {
				return nil, equalityFailed(err, a, pos)
			}
			return value.Bool(eq == want), nil
		}, dep: d}
	case token.IN, token.NOTIN:
		want := op == token.IN
		lazy := y.lazy
		covOn := c.covOn
		return cx{fn: func(k *ctx) (value.Value, error) {
			a, err := x.fn(k)
			if err != nil {
				return nil, err
			}
			v, err := y.fn(k)
			if err != nil {
				return nil, memberOfBadSubset(err, a)
			}
			s, ok := v.(value.SetValue)
			if !ok {
				return nil, memberOfNonSet(a, v, y.pos)
			}
			if lazy != nil {
				s = lazy
			}
			in, err := s.Member(a)
			if err != nil {
				if _, ok := s.(*value.SetV); ok {
					// SetEnumValue.member failed comparing a with an
					// element: TLC names the set's node when the
					// replay built it (MemShape: {"a"} \in {{1}}),
					// around the element's (FInitInSets2).
					return nil, equalityFailed(value.InMethod(s, err), s, pos)
				}
				return nil, lazyMemberFailed(wrap(pos, err), s)
			}
			if covOn && k.covMute == 0 {
				covLUMember(s, a) // covunionlazy.go
			}
			return value.Bool(in == want), nil
		}, dep: d}
	case token.SUBSETEQ:
		return cx{fn: func(k *ctx) (value.Value, error) {
			a, b, err := evalSet2(k, x, y)
			if err != nil {
				return nil, err
			}
			if ok, done := powersetSubset(a, b); done {
				return value.Bool(ok), nil
			}
			if u, ok := a.(*value.CupV); ok && u.Bad == nil {
				if _, err := a.Enum(); value.TooLarge(err) {
					// A union too large to build: TLC's isSubsetEq
					// walks its enumerator (TLC rev cc6b616,
					// -maxSetSize 10: UNION {1..8, 5..10} \subseteq
					// 1..10 holds; golden setbound/SubseteqU).
					sub := true
					err := cupWalk(u)(func(v value.Value) (bool, error) {
						in, err := b.Member(v)
						if err != nil {
							return false, wrap(pos, err)
						}
						sub = in
						return in, nil
					})
					if err != nil {
						return nil, err
					}
					return value.Bool(sub), nil
				}
			}
			e, err := a.Enum()
			if err != nil {
				return nil, wrap(x.pos, err)
			}
			as := e.Elems()
			for _, v := range as {
				in, err := b.Member(v)
				if err != nil {
					if _, ok := b.(*value.SetV); ok {
						// b's member, in a's isSubsetEq
						// (FInitSubseteq).
						err = value.InMethod(b, err)
					}
					if me, ok := err.(*value.MethodError); ok && isEnumSet(a) {
						// TLC's isSubsetEq is a method of the left set,
						// which names its node around the right's
						// (golden SubEqNestMix).
						err = &value.MethodError{V: a, Err: me}
					}
					if _, ok := b.(*value.SetV); ok {
						return nil, equalityFailed(err, b, pos) // as \in's
					}
					return nil, wrap(pos, err)
				}
				if !in {
					return value.False, nil
				}
			}
			return value.True, nil
		}, dep: d}
	case token.CUP, token.CAP, token.SETMINUS:
		xl, yl := x.lazy, y.lazy
		return cx{fn: func(k *ctx) (value.Value, error) {
			a, b, err := eval2(k, x, y)
			if err != nil {
				return nil, err
			}
			if bs, ok := b.(*value.SetV); ok && op == token.CAP && yl == nil {
				if xl != nil {
					a = xl // folded enumerated, lazy in TLC
				}
				if _, lazy := ownSource(a); lazy {
					// A lazy set \cap an enumerated one: TLC's
					// b.cap(a) asks a's member, in a's words
					// (FInitRcdSet: [a : {1}] \cap {<<1>>}).
					v, err := filterSet(bs, a.(value.SetValue), true)
					return v, wrap(pos, err)
				}
			}
			sa, aSet := a.(value.SetValue)
			sb, bSet := b.(value.SetValue)
			if !aSet || !bSet {
				v, err := nonSetOp(op, a, b)
				return v, wrap(pos, err)
			}
			if op == token.CUP && (xl != nil || yl != nil) {
				// A constant operand folded enumerated is lazy in TLC
				// (SUBSET {1, 2}): its union counts as TLC's does.
				v, err := setOpAs(op, sa, sb, orLazy(sa, xl), orLazy(sb, yl))
				return v, wrap(pos, err)
			}
			v, err := setOp(op, sa, sb)
			return v, wrap(pos, err)
		}, dep: d}
	case token.LT, token.GT, token.LEQ, token.GEQ, token.PLUS, token.MINUS, token.STAR,
		token.DIV, token.MOD, token.EXP, token.DOTDOT:
		return c.arith(op, x, y, pos)
	case token.CONCAT:
		strs := c.strs()
		return cx{fn: func(k *ctx) (value.Value, error) {
			a, b, err := eval2(k, x, y)
			if err != nil {
				return nil, err
			}
			return concat(strs, a, b, pos)
		}, dep: d}
	case token.COLONGT:
		return cx{fn: func(k *ctx) (value.Value, error) {
			a, b, err := eval2(k, x, y)
			if err != nil {
				return nil, err
			}
			// TLC's FcnRcdValue over the set {a} (E40: (1 :> 2)[3]).
			return value.FcnOverSet(value.FcnFromSorted([]value.Value{a}, []value.Value{b})), nil
		}, dep: d}
	case token.ATAT:
		return cx{fn: func(k *ctx) (value.Value, error) {
			f, err := evalFcn(k, x)
			if err != nil {
				return nil, fcnArgError(err, x, "first", "@@")
			}
			g, err := evalFcn(k, y)
			if err != nil {
				return nil, fcnArgError(err, y, "second", "@@")
			}
			if err := javaCombineCheck(f, g); err != nil {
				return nil, javaFailed(pos, sigCombineFcn, err)
			}
			// TLC's CombineFcn: f's keys, then g's not in f, each in the
			// order its function prints in, which the result keeps
			// (unnormalized) for printing.
			keys, vals := printKeys(f)
			gk, gv := printKeys(g)
			keys, vals = append(keys, gk...), append(vals, gv...)
			return value.FcnOverSet(value.FcnFromOrdered(keys, vals)), nil // a FcnRcdValue over DOMAIN f \cup DOMAIN g
		}, dep: d}
	}
	return c.unsupported(pos, "infix operator "+op.String())
}

func (c *compiler) arith(op token.Kind, x, y cx, pos token.Pos) cx {
	javaMod := c.javaArithModule()
	return cx{fn: func(k *ctx) (value.Value, error) {
		a, b, which, err := evalInt2Which(k, x, y)
		if err != nil {
			return nil, compareArgError(err, which, op, x, y, javaMod)
		}
		switch op {
		case token.LT:
			return value.Bool(a < b), nil
		case token.GT:
			return value.Bool(a > b), nil
		case token.LEQ:
			return value.Bool(a <= b), nil
		case token.GEQ:
			return value.Bool(a >= b), nil
		case token.PLUS:
			return arithResult(a+b, pos, "%d+%d", a, b)
		case token.MINUS:
			return arithResult(a-b, pos, "%d-%d", a, b)
		case token.STAR:
			return arithResult(a*b, pos, "%d*%d", a, b)
		case token.DIV:
			if b == 0 {
				return nil, errorf(pos, "The second argument of \\div is 0.")
			}
			q := a / b
			if (a%b != 0) && ((a < 0) != (b < 0)) {
				q--
			}
			return arithResult(q, pos, "%d \\div %d", a, b)
		case token.MOD:
			if b <= 0 {
				return nil, errorf(pos, "The second argument of %% should be a positive number, but instead it is:\n%d", b)
			}
			m := a % b
			if m < 0 {
				m += b
			}
			return value.Int(m), nil
		case token.EXP:
			if b < 0 {
				return nil, errorf(pos, "The second argument of ^ should be a natural number, but instead it is:\n%d", b)
			}
			switch {
			case a == 0 && b == 0:
				// TLC: "0^0 is undefined." (it is in TLA+'s Integers, not in TLC).
				return nil, errorf(pos, "0^0 is undefined.")
			case a == 0:
				return value.Int(0), nil
			case a == 1 || b == 0:
				return value.Int(1), nil
			case a == -1:
				return value.Int(1 - 2*(b%2)), nil
			}
			r := int64(1)
			for i := int64(0); i < b; i++ {
				r *= a
				if r < minInt || r > maxInt {
					// TLC's words (TLC rev cc6b616, WExpOver: 2^64).
					return nil, errorf(pos, "Overflow when computing %d^%d", a, b)
				}
			}
			return value.Int(r), nil
		case token.DOTDOT:
			return &value.IntervalV{Lo: a, Hi: b}, nil
		}
		return nil, errorf(pos, "internal error: operator %s", op)
	}, dep: deps(x, y)}
}

// setOp computes \cup, \cap or \ ; when an operand cannot be enumerated the
// result stays symbolic (x \in Nat \ {0} works, as in TLC).
func setOp(op token.Kind, a, b value.SetValue) (value.Value, error) {
	return setOpAs(op, a, b, a, b)
}

// orLazy is lazy when there is one (the form TLC holds of a constant
// folded enumerated), else s.
func orLazy(s, lazy value.SetValue) value.SetValue {
	if lazy != nil {
		return lazy
	}
	return s
}

// setOpAs is setOp of a and b, which TLC holds as ta and tb: a union's
// bound counts as TLC's values of its operands count.
func setOpAs(op token.Kind, a, b, ta, tb value.SetValue) (value.Value, error) {
	if isMixed(a) || isMixed(b) {
		return mixedSetOp(op, a, b)
	}
	ea, errA := a.Enum()
	eb, errB := b.Enum()
	switch op {
	case token.CUP:
		if errA != nil || errB != nil {
			return lazyCup(a, b, ta, tb), nil
		}
		if !tlcReducible(ta) && !tlcReducible(tb) {
			// Neither operand is a set TLC holds enumerated (its
			// Reducible SetEnumValue or IntervalValue): TLC's union is
			// a SetCupValue, built from both operands' elements,
			// duplicates included (TLC rev cc6b616: SUBSET {1,2,3} \cup
			// SUBSET {1,2} is refused under -maxSetSize 10, as a value,
			// in Cardinality and under \E; golden CupSubCard).
			if err := value.CheckBuilt(ea.Len() + eb.Len()); err != nil {
				// TLC builds it only when a method needs all its
				// elements (its size, a fingerprint, equality):
				// membership and a walk of its elements pass.
				return &value.CupV{A: ta, B: tb}, nil
			}
		}
		u, err := value.Union(ea, eb)
		if value.TooLarge(err) {
			return nil, err
		}
		if err != nil {
			ra, rb := tlcReducible(ta), tlcReducible(tb)
			if !ra || !rb {
				// Elements TLC cannot sort, one operand not held
				// enumerated: TLC's union is a SetCupValue, the
				// Reducible operand first, which compares nothing
				// until it is normalised (x \in {f \in [1..2 ->
				// 1..3] : f[1] = 1} \cup {<<1>>, 2} walks it).
				if !ra && rb {
					ta, tb = tb, ta
				}
				return &value.CupV{A: ta, B: tb}, nil
			}
			// Elements TLC cannot sort: its cup keeps them as they
			// come, an interval asking its own member (1..2 \cup
			// {<<1, 1>>}: "Attempted to check if the value").
			if iv, ok := ta.(*value.IntervalV); ok {
				return mixedSetOp(op, iv, eb)
			}
			return mixedSetOp(op, ea, eb)
		}
		return u, nil
	case token.CAP:
		switch {
		case errA == nil:
			return filterSet(ea, b, true)
		case errB == nil:
			return filterSet(eb, a, true)
		}
		return &value.CapV{A: a, B: b}, nil
	default:
		if errA != nil {
			return &value.DiffV{A: a, B: b}, nil
		}
		return filterSet(ea, b, false)
	}
}

// lazyCup is a \cup b, one of which cannot be enumerated, as TLC's
// OPCODE_cup builds it from ta and tb, the forms it holds them in: a
// Reducible operand (an enumerated set, an interval) computes the union
// itself, which is the other operand when it is empty (TLC rev cc6b616:
// Seq({x}) \cup {} is Seq({0}), printed and fingerprinted as such) and
// else a SetCupValue with the Reducible operand first (Nat \cup {1}
// prints {1} \cup Nat: LCupNatInit); with neither Reducible, a
// SetCupValue of the operands as written (Nat \cup SUBSET {x} names Nat
// first when it cannot be enumerated).
func lazyCup(a, b, ta, tb value.SetValue) value.SetValue {
	switch {
	case tlcReducible(ta):
		if tlcEmpty(ta) {
			return b
		}
	case tlcReducible(tb):
		if tlcEmpty(tb) {
			return a
		}
		a, b = b, a
	}
	return &value.CupV{A: a, B: b}
}

// tlcEmpty reports whether s, a Reducible set, is empty.
func tlcEmpty(s value.SetValue) bool {
	switch x := s.(type) {
	case *value.SetV:
		return x.Len() == 0
	case *value.IntervalV:
		return x.Hi < x.Lo
	}
	return false
}

// tlcReducible reports whether s is a set TLC holds as a Reducible value
// (an enumerated set or an interval), whose cup, cap and diff TLC
// computes at once; for other sets TLC keeps the operation lazy.
func tlcReducible(s value.SetValue) bool {
	switch s.(type) {
	case *value.SetV, *value.IntervalV:
		return true
	}
	return false
}

func filterSet(a *value.SetV, b value.SetValue, keep bool) (value.Value, error) {
	var out []value.Value
	for _, e := range a.Elems() {
		in, err := b.Member(e)
		if err != nil {
			// TLC's a.cap(b) (a.diff(b)) calls b.member: each names
			// its node when the replay built it (FInitCap).
			if _, lazy := ownSource(b); lazy {
				err = value.InMethod(b, err)
			} else if _, ok := b.(*value.SetV); ok {
				err = value.InMethod(b, err)
			}
			return nil, value.InMethod(a, err)
		}
		if in == keep {
			out = append(out, e)
		}
	}
	// TLC's SetCapValue and SetDiffValue build the kept elements in a
	// ValueVec, bounded by -maxSetSize.
	if err := value.CheckBuilt(len(out)); err != nil {
		return nil, err
	}
	if len(out) == a.Len() {
		return a, nil
	}
	return value.SetFromSorted(out), nil
}

func concat(strs *value.Strings, a, b value.Value, pos token.Pos) (value.Value, error) {
	if s, ok := value.AsString(a); ok {
		if t, ok := value.AsString(b); ok {
			return strs.Str(s + t), nil
		}
	}
	f, ok1 := a.(*value.FcnV)
	g, ok2 := b.(*value.FcnV)
	_, lazyA := a.(*value.LazyFcnV)
	_, lazyB := b.(*value.LazyFcnV)
	if lazyA || (ok1 && f.IsTuple() && lazyB) {
		// TLC's Concat converts each operand to a tuple in turn: a
		// function over a domain it cannot enumerate fails there.
		lazy := b
		if lazyA {
			lazy = a
		}
		_, err := seqArg(lazy, "\\o", pos)
		return nil, err
	}
	switch {
	case ok1 && f.IsTuple() && (!ok2 || !g.IsTuple()):
		// TLC's words (TLC rev cc6b616, WConcat: <<1>> \o 3).
		return nil, errorf(pos, "Evaluating an expression of the form t \\o s when s is not a sequence:\n%s", b)
	case !ok1 || !f.IsTuple():
		if _, str := value.AsString(a); !str {
			// TLC's words for its first operand (TLC rev cc6b616, hunt4's
			// ConcatLeft: {1} \o <<1>>, [a |-> 1] \o <<1>>, {} \o <<>>).
			return nil, errorf(pos, "Evaluating an expression of the form s \\o t when s is not a sequence:\n%s", a)
		}
		if _, str := value.AsString(b); !str {
			// TLC's words (TLC rev cc6b616, WConcatStr: "a" \o <<1>>).
			return nil, errorf(pos, "Evaluating an expression of the form t \\o s when s is not a string:\n%s", b)
		}
		return nil, errorf(pos, "Attempted to concatenate %s and %s, which are not both sequences.", a, b)
	}
	if f.Len() == 0 {
		return g, nil
	}
	if g.Len() == 0 {
		return f, nil
	}
	elems := make([]value.Value, 0, f.Len()+g.Len())
	elems = append(elems, f.Elems()...)
	elems = append(elems, g.Elems()...)
	return value.TupleOf(elems), nil
}

// allEnumerated reports whether every member of UNION's operand is a set
// TLC holds enumerated (SetEnumValue), whose union TLC builds at once.
func allEnumerated(outer []value.Value) bool {
	for _, s := range outer {
		switch s.(type) {
		case *value.SetV, *value.MixedSetV:
		default:
			return false
		}
	}
	return true
}

// lazyUnion is UNION of the sets outer as a lazy \cup of them (ok is the
// index of the first member that could not be enumerated; the ones before
// are sets).
func lazyUnion(outer []value.Value, _ int, pos token.Pos, src ast.Expr) (value.Value, error) {
	var u value.SetValue
	for _, s := range outer {
		inner := value.SetOperand(s) // a member not a set fails in its own words
		if u == nil {
			u = inner
		} else {
			u = &value.CupV{A: u, B: inner}
		}
	}
	c, ok := u.(*value.CupV)
	if !ok {
		// One member: still TLC's UnionValue, which fails as a UNION
		// when a state holding it is fingerprinted (UnionNat).
		c = &value.CupV{A: u, B: value.EmptySet}
	}
	c.Union, c.Src = outer, src
	return c, nil
}

// mixedUnion is the error of UNION m, m a set TLC cannot sort one of whose
// members is infinite: TLC keeps the union lazy (UnionValue), which sorts
// m at its first use, failing with m's error, its node after the
// UNION's on TLC's fingerprint stack (TLC rev cc6b616: UNat1, 1 \in
// UNION {{1}, Nat}; UNat2, the set {1} named last when its comparison
// failed).
func mixedUnion(m *value.MixedSetV, e *ast.Unary) error {
	_, err := m.Size()
	var me *value.MethodError
	if errors.As(err, &me) {
		err = me.Err
	}
	sc := setCompare{union: e}
	sc.e, _ = m.Src.(ast.Expr)
	if len(m.Inner) > 0 {
		sc.inner, _ = m.Inner[0].(ast.Expr)
	}
	if sc.e == nil {
		sc.e = e.X
	}
	if se, ok := sc.e.(*ast.SetEnum); ok && sc.inner == nil {
		sc.inner = comparedSet(err, se, m.Written())
	}
	if f := m.Failed(); sc.inner == nil && len(f) > 0 {
		// A lazy set that knows its node ([S -> T], [a : S], S \X T,
		// SUBSET S) whose compareTo failed (building it past
		// -maxSetSize): TLC names that node too (TLC rev cc6b616,
		// -maxSetSize 100 on Examples' MCFindHighest: UNION {[1..n ->
		// S] : n \in Nat}, golden setbound/UFcnInit).
		if src, ok := ownSource(f[0]); ok {
			sc.inner, _ = src.(ast.Expr)
		}
	}
	return &Error{Pos: e.Pos(), Msg: err.Error(), Cause: sc}
}

// comparedSet is the element of e, written as a set enumeration, that
// err names as the set compared ("Attempted to compare the set {1} with
// the value:"), whose SetEnumValue.compareTo raised it; nil otherwise.
func comparedSet(err error, e *ast.SetEnum, vs []value.Value) ast.Expr {
	const prefix = "Attempted to compare the set "
	msg := err.Error()
	if !strings.HasPrefix(msg, prefix) || len(vs) != len(e.Elems) {
		return nil
	}
	this, _, _ := strings.Cut(msg[len(prefix):], " with the value:\n")
	for i, x := range e.Elems {
		if _, ok := ast.Unparen(x).(*ast.SetEnum); ok && vs[i].String() == this {
			return ast.Unparen(x)
		}
	}
	return nil
}

// ---- built-in operators of the standard modules

var builtinArity = map[string]int{
	"Len": 1, "Append": 2, "Head": 1, "Tail": 1, "SubSeq": 3, "Seq": 1,
	"Cardinality": 1, "IsFiniteSet": 1,
	"Print": 2, "PrintT": 1, "Assert": 2, "ToString": 1, "TLCEval": 1, "Permutations": 1,
	"SelectSeq": 2, "SortSeq": 2,
}

func isBuiltin(name string) bool { _, ok := builtinArity[name]; return ok }

// seqJavaSig is the Java method TLC's Sequences operators are overridden
// by, as TLC names it when the method fails.
var seqJavaSig = map[string]string{
	"Len":       "tlc2.value.impl.IntValue tlc2.module.Sequences.Len(tlc2.value.impl.Value)",
	"Head":      "tlc2.value.impl.Value tlc2.module.Sequences.Head(tlc2.value.impl.Value)",
	"Tail":      "tlc2.value.impl.Value tlc2.module.Sequences.Tail(tlc2.value.impl.Value)",
	"Append":    "tlc2.value.impl.Value tlc2.module.Sequences.Append(tlc2.value.impl.Value,tlc2.value.impl.Value)",
	"SubSeq":    "tlc2.value.impl.Value tlc2.module.Sequences.SubSeq(tlc2.value.impl.Value,tlc2.value.impl.Value,tlc2.value.impl.Value)",
	"SelectSeq": "tlc2.value.impl.Value tlc2.module.Sequences.SelectSeq(tlc2.value.impl.Value,tlc2.value.impl.Value)",
	"\\o":       "tlc2.value.impl.Value tlc2.module.Sequences.Concat(tlc2.value.impl.Value,tlc2.value.impl.Value)",
}

// lazyToTuple is TLC's FcnLambdaValue.toTuple's error for a function over
// a domain it cannot enumerate.
const lazyToTuple = "To convert a function of form [x \\in S |-> f(x)] to a tuple, the set S must be enumerable."

func seqArg(v value.Value, op string, pos token.Pos) (*value.FcnV, error) {
	f, ok := v.(*value.FcnV)
	if _, lazy := v.(*value.LazyFcnV); lazy {
		if sig, ok := seqJavaSig[op]; ok {
			// TLC's FcnLambdaValue.toTuple, in the operator's Java
			// method (LenFcn; Head, Tail, Append, SubSeq, SelectSeq
			// of [n \in Nat |-> n]).
			return nil, errorf(pos, "Attempted to apply the operator overridden by the Java method\npublic static %s,\nbut it produced the following error:\n%s", sig, lazyToTuple)
		}
	}
	if !ok || !f.IsTuple() {
		if op == "Append" {
			// TLC's words (TLC rev cc6b616, WAppend: Append({1}, 2)).
			return nil, errorf(pos, "Evaluating an expression of the form Append(s, v) when s is not a sequence:\n%s", v)
		}
		if op == "SelectSeq" {
			// TLC's words (E05: SelectSeq("abc", ...)).
			return nil, errorf(pos, "The first argument of SelectSeq should be a sequence, but instead it is:\n%s", v)
		}
		if op == "SortSeq" {
			// TLC's words, its Java method's (TLC rev cc6b616, SortNS:
			// SortSeq({1, 2}, <)).
			return nil, errorf(pos, "The first argument of SortSeq should be a natural number, but instead it is:\n%s", v)
		}
		return nil, errorf(pos, "The argument of %s should be a sequence, but instead it is:\n%s", op, v)
	}
	return f, nil
}

func (c *compiler) builtin(e *ast.OpApp, en cenv) cx {
	name := e.Name.Name
	pos := e.Pos()
	if name == "BagOfAll" {
		if len(e.Args) != 2 {
			return c.fail(pos, "operator %s takes %d arguments, not %d", name, 2, len(e.Args))
		}
		return c.bagOfAll(e, en)
	}
	if n, ok := bagArity[name]; ok {
		if len(e.Args) != n {
			return c.fail(pos, "operator %s takes %d arguments, not %d", name, n, len(e.Args))
		}
		args := c.exprs(e.Args, en)
		return bagOp(name, args, pos)
	}
	if x, ok := c.tlcRunOp(name, e.Args, pos, en); ok {
		return x
	}
	n, ok := builtinArity[name]
	if !ok {
		return c.fail(pos, "unknown operator %s", name)
	}
	if len(e.Args) != n {
		return c.fail(pos, "operator %s takes %d arguments, not %d", name, n, len(e.Args))
	}
	if name == "SelectSeq" || name == "SortSeq" {
		return c.seqWithOp(e, en)
	}
	done := c.covTableArgs(name, e.Args)
	args := c.exprs(e.Args, en)
	done()
	d := deps(args...)
	a0 := args[0]
	switch name {
	case "Len":
		return cx{fn: func(k *ctx) (value.Value, error) {
			v, err := a0.fn(k)
			if err != nil {
				return nil, err
			}
			if s, ok := value.AsString(v); ok {
				return value.Int(int64(len(s))), nil
			}
			f, err := seqArg(v, "Len", pos)
			if err != nil {
				return nil, err
			}
			return value.Int(int64(f.Len())), nil
		}, dep: d}
	case "Append":
		a1 := args[1]
		return cx{fn: func(k *ctx) (value.Value, error) {
			f, err := evalSeq(k, a0, "Append", pos)
			if err != nil {
				return nil, err
			}
			x, err := a1.fn(k)
			if err != nil {
				return nil, err
			}
			elems := make([]value.Value, f.Len()+1)
			copy(elems, f.Elems())
			elems[f.Len()] = x
			return value.TupleOf(elems), nil
		}, dep: d}
	case "Head", "Tail":
		head := name == "Head"
		strs := c.strs()
		return cx{fn: func(k *ctx) (value.Value, error) {
			v, err := a0.fn(k)
			if err != nil {
				return nil, err
			}
			if str, ok := value.AsString(v); ok && !head {
				// TLC's Tail takes a string too (its Head does not).
				if str == "" {
					return nil, errorf(pos, "Attempted to apply %s to the empty sequence.", name)
				}
				return strs.Str(str[1:]), nil
			}
			f, err := seqArg(v, name, pos)
			if err != nil {
				return nil, err
			}
			if f.Len() == 0 {
				return nil, errorf(pos, "Attempted to apply %s to the empty sequence.", name)
			}
			if head {
				return f.At(0), nil
			}
			return value.TupleOf(f.Elems()[1:]), nil
		}, dep: d}
	case "SubSeq":
		a1, a2 := args[1], args[2]
		strs := c.strs()
		return cx{fn: func(k *ctx) (value.Value, error) {
			v, err := a0.fn(k)
			if err != nil {
				return nil, err
			}
			if str, ok := value.AsString(v); ok {
				// TLC's SubSeq takes a string too, and makes a string
				// (SubSeq("abc", 2, 3) = "bc"; "" when m > n), as Len and \o do.
				m, n, err := evalInt2(k, a1, a2)
				if err != nil {
					return nil, err
				}
				if m > n {
					return strs.Str(""), nil
				}
				if m < 1 || m > int64(len(str)) {
					return nil, errorf(pos, "The second argument of SubSeq must be in the domain of its first argument:\n%s\n, but instead it is\n%d", v, m)
				}
				if n > int64(len(str)) {
					return nil, errorf(pos, "The third argument of SubSeq must be in the domain of its first argument:\n%s\n, but instead it is\n%d", v, n)
				}
				return strs.Str(str[m-1 : n]), nil
			}
			f, err := seqArg(v, "SubSeq", pos)
			if err != nil {
				return nil, err
			}
			m, n, err := evalInt2(k, a1, a2)
			if err != nil {
				return nil, err
			}
			if m > n {
				return value.EmptyTuple, nil
			}
			// TLC's words: m and n must be in DOMAIN s (when m <= n).
			if m < 1 || m > int64(f.Len()) {
				return nil, errorf(pos, "The second argument of SubSeq must be in the domain of its first argument:\n%s\n, but instead it is\n%d", f, m)
			}
			if n > int64(f.Len()) {
				return nil, errorf(pos, "The third argument of SubSeq must be in the domain of its first argument:\n%s\n, but instead it is\n%d", f, n)
			}
			return value.TupleOf(f.Elems()[m-1 : n]), nil
		}, dep: d}
	case "Seq":
		return cx{fn: func(k *ctx) (value.Value, error) {
			s, err := evalSetOperand(k, a0)
			if err != nil {
				return nil, err
			}
			return &value.SeqSetV{Base: s}, nil
		}, dep: d}
	case "Cardinality", "IsFiniteSet":
		card := name == "Cardinality"
		return cx{fn: func(k *ctx) (value.Value, error) {
			s, err := evalSet(k, a0)
			if err != nil {
				if w, ok := notAt(err, a0); ok && card {
					// TLC's words (TLC rev cc6b616, WCard: Cardinality(3)).
					return nil, errorf(pos, "Attempted to compute cardinality of the value\n%s", w)
				}
				if card {
					return nil, cardinalityOfBadSubset(err, pos)
				}
				if ee := javaOfBadSubset(err, e.Args[0], javaIsFiniteSet, "finite", pos); ee != err {
					return nil, ee
				}
				if w, ok := notAt(err, a0); ok {
					if f, lazy := w.(*value.LazyFcnV); lazy {
						// TLC's FcnLambdaValue.isFinite (IsFinFcn).
						return nil, errorf(pos, "%sAttempted to check if the function:\n%s\nis a finite set.", javaIsFiniteSet, f)
					}
					if _, fcn := w.(*value.FcnV); fcn {
						// TLC's FcnRcdValue, TupleValue and RecordValue
						// are finite (isFinite is true): IsFiniteSet(<<1>>)
						// is TRUE (TLC rev cc6b616).
						return value.True, nil
					}
					if msg := nonSetFiniteMsg(w); msg != "" {
						// IntValue's, StringValue's, BoolValue's and
						// ModelValue's isFinite fail, inside the Java
						// method (IsFiniteSet(1), IsFiniteSet(M)).
						return nil, errorf(pos, "%s%s", javaIsFiniteSet, msg)
					}
				}
				return nil, err
			}
			if !card && isMixed(s) {
				// Finite, as TLC's SetEnumValue.isFinite says without
				// sorting it (Q2: IsFiniteSet({1, "a"}) is TRUE).
				return value.True, nil
			}
			if msg := lazyNonSetMsg(s, card); msg != "" {
				// TLC's size() or isFinite() of a lazy set reaching an
				// operand that is not a set, caught by the Java method.
				java := javaCardinality
				if !card {
					java = javaIsFiniteSet
				}
				out := errorf(pos, "%s%s", java, msg)
				out.Cause = javaCaught{}
				return nil, out
			}
			if n, msg, ok := tlcCardinality(s); ok && card {
				if msg != "" {
					out := errorf(pos, "%s%s", javaCardinality, msg)
					out.Cause = javaCaught{}
					return nil, out
				}
				return value.Int(n), nil
			}
			n, err := s.Size()
			if u, ok := s.(*value.CupV); ok && !card && u.Bad != nil {
				return nil, u.Bad // its members cannot be compared (unionUnsorted)
			}
			if !card {
				if msg := filterFiniteError(s); msg != "" {
					return nil, errorf(pos, "Attempted to apply the operator overridden by the Java method\npublic static tlc2.value.IBoolValue tlc2.module.FiniteSets.IsFiniteSet(tlc2.value.impl.Value),\nbut it produced the following error:\n%s", msg)
				}
				return value.Bool(err == nil), nil
			}
			if err != nil {
				return nil, cardinalityError(err, s, pos)
			}
			return intResult(n, pos, "Cardinality(%s)", s)
		}, dep: d}
	case "Print", "PrintT":
		out := c.out
		if !c.constOnly { // an ASSUME's prints once, before the search
			c.run.mayPrint.Store(true)
		}
		return cx{fn: func(k *ctx) (value.Value, error) {
			v, err := a0.fn(k)
			if err != nil {
				if len(args) == 1 {
					return nil, javaOfBadSubset(err, e.Args[0], javaPrintT, "", pos)
				}
				return nil, err
			}
			if len(args) == 1 {
				if err := tlcPrintError(v, "PrintT", pos); err != nil {
					return nil, err
				}
				io.WriteString(out, printText(v))
				return value.True, nil
			}
			w, err := args[1].fn(k)
			if err != nil {
				return nil, err
			}
			if err := printError(v, w, pos); err != nil {
				return nil, err
			}
			io.WriteString(out, printText(v, w))
			return w, nil
		}, dep: d | depSide}
	case "Assert":
		a1 := args[1]
		return cx{fn: func(k *ctx) (value.Value, error) {
			// TLC's Assert fails on any first argument but TRUE, a
			// non-boolean too (TLC rev cc6b616: E31, Assert(3, "m")).
			v, err := a0.fn(k)
			if err != nil {
				return nil, err
			}
			if b, ok := v.(value.BoolV); ok && bool(b) {
				return value.True, nil
			}
			msg, err := a1.fn(k)
			if err != nil {
				return nil, err
			}
			return nil, errorf(pos, "The first argument of Assert evaluated to FALSE; the second argument was:\n%s", msg)
		}, dep: d | depSide}
	case "TLCEval":
		return a0
	case "Permutations":
		return cx{fn: func(k *ctx) (value.Value, error) {
			elems, err := evalElems(k, a0)
			if err != nil {
				if v, ok := notAt(err, a0); ok {
					// TLC's words (2176; TLC rev cc6b616: E29).
					return nil, errorf(pos, "Applying Permutations to the following value,\nwhich is not a finite set:\n%s", v)
				}
				var me *value.MethodError
				if errors.As(err, &me) {
					// A set TLC cannot sort (value.MixedSetV): its
					// Java method normalises it and fails (TLC rev
					// cc6b616: hunt4's PermMixed, Permutations({"a",
					// 1})).
					return nil, javaFailed(pos, sigPermutations, me)
				}
				return nil, err
			}
			if len(elems) > 10 {
				return nil, errorf(pos, "Permutations of a set of %d elements is too large to enumerate.", len(elems))
			}
			var out []value.Value
			perm := append([]value.Value(nil), elems...)
			var gen func(i int)
			gen = func(i int) {
				if i == len(perm) {
					// TLC's FcnRcdValue over the set's elements: DOMAIN is
					// {1, 2}, not 1..2 (XR).
					out = append(out, value.FcnOverSet(value.FcnFromSorted(elems, append([]value.Value(nil), perm...))))
					return
				}
				for j := i; j < len(perm); j++ {
					perm[i], perm[j] = perm[j], perm[i]
					gen(i + 1)
					perm[i], perm[j] = perm[j], perm[i]
				}
			}
			gen(0)
			return value.NewSet(out), nil
		}, dep: d}
	case "ToString":
		strs := c.strs()
		return cx{fn: func(k *ctx) (value.Value, error) {
			v, err := a0.fn(k)
			if err != nil {
				return nil, err
			}
			if err := tlcPrintError(v, "ToString", pos); err != nil {
				return nil, err
			}
			return strs.Str(v.String()), nil
		}, dep: d}
	}
	return c.fail(pos, "unknown operator %s", name)
}

// seqWithOp compiles SelectSeq(s, Test) and SortSeq(s, Less), whose second
// argument is an operator (a name, a LAMBDA, an operator parameter),
// applied to slots bound to each element.
func (c *compiler) seqWithOp(e *ast.OpApp, en cenv) cx {
	name := e.Name.Name
	pos := e.Pos()
	arity := 1
	if name == "SortSeq" {
		arity = 2
	}
	seq := c.expr(e.Args[0], en)
	slots, body := c.operatorClosure(e.Args[1], en, arity, pos)
	if c.cov != nil {
		// TLC's SelectSeq and SortSeq are Java methods applying the
		// operator without a CostModel: its body counts nothing (CovSeqOp).
		body = covMuted(body)
	}
	lit, isLit := c.literalOpArg(e.Args[1], en)
	return cx{fn: func(k *ctx) (value.Value, error) {
		f, err := evalSeq(k, seq, name, pos)
		if err != nil {
			return nil, err
		}
		elems := f.Elems()
		if isLit && (arity == 2 || len(elems) > 0) {
			// TLC's SortSeq checks its operator at once, its
			// SelectSeq on the first element (literalOpArg).
			return nil, errorf(pos, "The second argument of %s should be a operator, but instead it is:\n%s", name, lit)
		}
		if arity == 1 {
			var out []value.Value
			for _, x := range elems {
				k.env[slots[0]] = x
				keep, err := evalBool(k, body)
				if err != nil {
					return nil, selectSeqNotBool(err, body, e.Args[1], pos)
				}
				if keep {
					out = append(out, x)
				}
			}
			return value.TupleOf(out), nil
		}
		out := append([]value.Value(nil), elems...)
		var sortErr error
		less := func(a, b value.Value) bool {
			k.env[slots[0]], k.env[slots[1]] = a, b
			r, err := evalBool(k, body)
			if err != nil && sortErr == nil {
				sortErr = err
			}
			return r
		}
		// Insertion sort: stable, and the comparator may be any operator.
		for i := 1; i < len(out); i++ {
			for j := i; j > 0 && less(out[j], out[j-1]); j-- {
				out[j], out[j-1] = out[j-1], out[j]
			}
		}
		if sortErr != nil {
			return nil, sortErr
		}
		return value.TupleOf(out), nil
	}, dep: seq.dep | body.dep | depEnv}
}

// isEnumSet reports whether s is an enumerated set (TLC's SetEnumValue).
func isEnumSet(s value.Value) bool {
	switch s.(type) {
	case *value.SetV, *value.MixedSetV:
		return true
	}
	return false
}
