package eval

import (
	"errors"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC words an argument outside a function's domain by the class of the
// function's value (TLC rev cc6b616, model/testdata/tlc/evalerrors), all
// without a position:
//
//   - a function constructor applied where it is written, through a LET
//     definition, an operator's argument or a module-level definition
//     that is not constant (FcnLambdaValue: GLam, GLet, GArg, GDefVar):
//     "In applying the function\n<<1, 2>>,\nthe first argument
//     is:\n3\nwhich is not in its domain.\n";
//   - a function TLC holds as a FcnRcdValue (from a state, or a constant
//     definition, which TLC evaluates once at startup: GVar, GDef):
//     "Attempted to apply function:\n<<1, 2>>\nto argument 3, which is
//     not in the domain of the function.";
//   - a tuple (TupleValue: SeqIdx) "Attempted to access index 3 of
//     tuple\n<<1, 2>>\nwhich is out of bounds.";
//   - a record (RecordValue: GRec) "Attempted to access nonexistent
//     field 'b' of record\n[a |-> 1]".
//
// Our values keep little of the class: a function over 1..n is a tuple
// (but remembers whether it was built as a function: value.FcnV.
// HeldAsFunction, TLC's FcnRcdValue once it is a state's: YFcnInv,
// YFcnNext, YSetOfFcn), one over strings a record. The application
// decides from the expression of the function (lambdaApplied), on its
// error path only.

// fcnClass is TLC's class of a function value an application's
// expression tells: unknown (decided from the value), a FcnLambdaValue
// or a FcnRcdValue.
type fcnClass uint8

const (
	fcnUnknown fcnClass = iota
	fcnLambda
	fcnRcd
	// fcnLambdaInterval: a FcnLambdaValue whose domain is written a..b,
	// an IntervalValue, whose member method fails on an argument that
	// is not an integer (E13: [i \in 1..2 |-> i][1, 2], "Attempted to
	// check if the value:\n<<1, 2>>\nis in the integer interval 1..2").
	fcnLambdaInterval
)

// lambdaApplied is TLC's class of the value of fe, the function of an
// application (compiled to a value of dependencies fnDep): a function
// constructor TLC keeps unevaluated (FcnLambdaValue) when it applies it,
// or one a constant definition names, which TLC evaluates once at
// startup to a FcnRcdValue (GDef).
func (c *compiler) lambdaApplied(fe ast.Expr, en cenv, fnDep uint8) fcnClass {
	for i := 0; i < maxInline; i++ {
		fe = ast.Unparen(fe)
		switch x := fe.(type) {
		case *ast.FuncCons:
			return lambdaClass(x)
		case *ast.Ident:
			if b := en.sc.lookup(x.Name); b != nil {
				switch {
				case b.kind == bArg:
					fe, en = b.arg, b.argEnv
					continue
				case b.kind == bLetOp && len(b.op.Params) == 0:
					fe, en.sc = b.op.Body, b.opEnv
					continue
				}
				return fcnUnknown
			}
			body, _, named := c.namedBody(x, en)
			if _, isFcn := body.(*ast.FuncCons); !named || !isFcn {
				return fcnUnknown
			}
			if fnDep == 0 || i > 0 {
				// fnDep is the application's: the level of this
				// definition only when named where applied.
				if fnDep == 0 && i == 0 {
					return fcnRcd
				}
				return fcnUnknown
			}
			return lambdaClass(body.(*ast.FuncCons))
		}
		return fcnUnknown
	}
	return fcnUnknown
}

// lambdaClass is fcnLambdaInterval for a function constructor over one
// bound written a..b, else fcnLambda.
func lambdaClass(fc *ast.FuncCons) fcnClass {
	if len(fc.Bounds) == 1 && len(fc.Bounds[0].Names) == 1 && !fc.Bounds[0].Tuple {
		if b, ok := ast.Unparen(fc.Bounds[0].Set).(*ast.Binary); ok && b.Op == token.DOTDOT {
			return fcnLambdaInterval
		}
	}
	return fcnLambda
}

// applyError is TLC's wording of err, the error of applying f to x (class:
// TLC's class of f when its expression tells); err
// unchanged when it is not about x outside f's domain.
func applyError(err error, class fcnClass, f, x value.Value) error {
	ee, ok := err.(*Error)
	if !ok {
		return err
	}
	c, ok := ee.Cause.(valueMethodError)
	fv, isFcn := f.(*value.FcnV)
	if !ok || !isFcn || c.f != value.Value(fv) {
		return err
	}
	if class == fcnLambdaInterval {
		if _, isInt := x.(value.IntV); !isInt && fv.Len() > 0 {
			lo, ok1 := value.AsInt(fv.Key(0))
			hi, ok2 := value.AsInt(fv.Key(fv.Len() - 1))
			if ok1 && ok2 {
				return errorf(ee.Pos, "Attempted to check if the value:\n%s\nis in the integer interval %d..%d", x, lo, hi)
			}
		}
		class = fcnLambda
	}
	switch {
	case class == fcnLambda && fv.HeldOverSet() && keyKindError(fv, x) != "":
		// A FcnLambdaValue over an enumerated set asks the set whether
		// x is in it, which compares x with its elements and fails on
		// x's kind as TLC's FcnRcdValue does (XQ: [p \in {{1}} |-> 0][3]
		// is "Attempted to check equality of the set {1} with the
		// value:\n3").
		return err
	case class == fcnLambda:
		// FcnLambdaValue: no node of its own (no 2147).
		return errorf(ee.Pos, "In applying the function\n%s,\nthe first argument is:\n%s\nwhich is not in its domain.\n", f, x)
	case keyKindError(fv, x) != "":
		// The value's own failure on x's kind, as TLC's FcnRcdValue,
		// TupleValue or RecordValue fails (keykind.go).
		return err
	case fv.IsTuple() && (class == fcnRcd || class == fcnUnknown && fv.HeldAsFunction()),
		fv.IsRecord() && fv.HeldOverSet():
		// A FcnRcdValue, also over strings (a :> b, f @@ g: TLC rev
		// cc6b616, golden ApplyOverStrings), is no RecordValue.
		return errorf(ee.Pos, "Attempted to apply function:\n%s\nto argument %s, which is not in the domain of the function.", f, x)
	case fv.IsRecord():
		if s, ok := x.(*value.StrV); ok {
			out := errorf(ee.Pos, "Attempted to access nonexistent field '%s' of record\n%s", s.Val(), f)
			out.Cause = c
			return out
		}
	}
	return err
}

// cardinalityError is TLC's error for Cardinality(s) when s has no size
// (err): an infinite set is "Attempted to compute cardinality of the
// value\nNat" (TLC rev cc6b616, WCardInf), as for a value that is not a
// set; any other error passes, positioned at pos.
func cardinalityError(err error, s value.SetValue, pos token.Pos) error {
	const java = "Attempted to apply the operator overridden by the Java method\npublic static tlc2.value.impl.IntValue tlc2.module.FiniteSets.Cardinality(tlc2.value.impl.Value),\nbut it produced the following error:\n"
	if f, ok := s.(*value.FilterV); ok && f.PredFailed(err) {
		// The filter's predicate failed while TLC's size() enumerated
		// its SetPredValue, inside the Java method, which wraps the
		// error (Cardinality({f \in [1..2 -> 1..2] : f[1] = "a"})).
		// TLC's stack is the one the predicate's error froze (its node
		// innermost), not the one at the application (javaCaught).
		var ee *Error
		if errors.As(err, &ee) {
			return errorf(pos, "%s%s", java, ee.Msg)
		}
	}
	if i := strings.Index(err.Error(), "Attempted to enumerate { x \\in S : p(x) } when S:"); i >= 0 {
		// The filter's own error, caught by TLC's Java method (E34:
		// Cardinality({n \in Nat : n < 3})).
		return errorf(pos, "%s%s", java, err.Error()[i:])
	}
	if _, built := s.(*value.SetV); !built && value.TooLarge(err) {
		// A union too large to build, kept lazy, or a set of
		// functions, subsets, ... over one: TLC's size() builds it
		// inside the Java method, whose stack is the one at the
		// application (TLC rev cc6b616, -maxSetSize 10: CardCupSub,
		// CardUnion, CardFcnU in setbound).
		out := errorf(pos, "%s%s", java, err.Error())
		out.Cause = javaCaught{}
		return out
	}
	if u, ok := s.(*value.CupV); ok && u.Bad != nil && err == u.Bad {
		// A union whose members TLC cannot compare, normalised inside
		// the Java method (TLC rev cc6b616: UNat3, Cardinality(UNION
		// {{1}, Nat})).
		return errorf(pos, "%s%s", java, u.Bad.(*Error).Msg)
	}
	if sub, ok := s.(*value.SubsetV); ok {
		switch sub.Base.(type) {
		case value.NatV, value.IntSetV:
			// SubsetValue's size asks its base's (E27: SUBSET Nat).
			return errorf(pos, "%sAttempted to compute the number of elements in the overridden value %s.", java, sub.Base)
		}
	}
	if strings.HasPrefix(err.Error(), "Attempted to enumerate the infinite set ") {
		return errorf(pos, "Attempted to compute cardinality of the value\n%s", s)
	}
	if v := nonSetOperand(s); v != nil {
		// [a : {}, b : 3], 3 \X {1}, [{1} -> 3]: TLC's size() multiplies
		// its operands' sizes, and that of an integer or a string fails
		// (Value.size) inside the Java method (TLC rev cc6b616: Card1,
		// Card2, Enum5, Enum6 of the wording hunt).
		switch v.(type) {
		case value.IntV:
			return errorf(pos, "%sAttempted to compute the number of elements in the integer %s.", java, v)
		case *value.StrV:
			return errorf(pos, "%sAttempted to compute the number of elements in the string %s.", java, v)
		}
	}
	var me *value.MethodError
	if errors.As(err, &me) {
		// A set TLC cannot sort (value.MixedSetV): its size() sorts it,
		// and the Java method catches the error (CardMix).
		out := errorf(pos, "%s%s", java, err.Error())
		out.Cause = javaCaught{}
		return out
	}
	return wrap(pos, err)
}

// chooseNotEnumerable is TLC's error for e, CHOOSE x \in S : P, when S
// (at setPos) is infinite: "Attempted to compute the value of an
// expression of\nform CHOOSE x \in S: P, but S was not enumerable." and
// the CHOOSE's range (TLC rev cc6b616, WChooseInf: CHOOSE n \in Nat : n >
// 5); err unchanged otherwise.
//
// S built from an infinite set ([e : Int], [Int -> {1}], Int \X {1},
// SUBSET Int, UNION {Int}, Int \cup {1}) is Enumerable in TLC: its
// elements() fails in its own class's words, as for a quantifier's bound
// (boundNotEnumerable; TLC rev cc6b616: ChRcdInt, ChFcnInt).
func chooseNotEnumerable(err error, setPos token.Pos, e ast.Expr) error {
	ee, ok := err.(*Error)
	if !ok || ee.Pos != setPos || !strings.HasPrefix(ee.Msg, "Attempted to enumerate the infinite set ") {
		return err
	}
	if in, ok := ee.Cause.(innerInfinite); ok {
		if msg := value.TLCEnumError(in.outer); msg != "" {
			return &Error{Pos: ee.Pos, Msg: msg, Cause: valueMethodError{in.outer, msg}}
		}
	}
	return &Error{Pos: e.Pos(), Expr: e, Msg: "Attempted to compute the value of an expression of\nform CHOOSE x \\in S: P, but S was not enumerable."}
}

// fcnArgError is TLC's error for the which argument of TLC's operator op
// (f @@ g) that is not a function: "The second argument of @@ should be
// a function, but instead it is:\n3", without a position (TLC rev
// cc6b616, WFcnPlus); err unchanged when it is not about x's kind.
func fcnArgError(err error, x cx, which, op string) error {
	v, ok := notAt(err, x)
	if !ok {
		return err
	}
	return errorf(x.pos, "The %s argument of %s should be a function, but instead it is:\n%s", which, op, v)
}

// selectSeqNotBool is TLC's error for SelectSeq(s, Test) when Test's
// value on an element is not a boolean: "The second argument of SelectSeq
// should be a boolean-valued operator, but instead it is:\n<Operator T>"
// (LAMBDA for a LAMBDA), without a position (TLC rev cc6b616:
// WSelectSeq, WSelectSeqOp); err unchanged otherwise.
func selectSeqNotBool(err error, body cx, test ast.Expr, pos token.Pos) error {
	if _, ok := notBoolAt(err, body); !ok {
		return err
	}
	name := "LAMBDA"
	if id, ok := ast.Unparen(test).(*ast.Ident); ok {
		name = id.Name
	}
	return errorf(pos, "The second argument of SelectSeq should be a boolean-valued operator, but instead it is:\n<Operator %s>", name)
}

// nonSetOperand is the first operand of s, a set of records, functions or
// tuples, that is not a set (value.NonSetV), in the order TLC's size()
// asks them for their sizes; nil when there is none.
func nonSetOperand(s value.SetValue) value.Value {
	var ops []value.SetValue
	switch s := s.(type) {
	case *value.RcdSetV:
		ops = s.Sets
	case *value.ProductV:
		ops = s.Sets
	case *value.FcnSetV:
		ops = []value.SetValue{s.Dom, s.Rng}
	}
	for _, o := range ops {
		if ns, ok := o.(*value.NonSetV); ok {
			return ns.V
		}
	}
	return nil
}
