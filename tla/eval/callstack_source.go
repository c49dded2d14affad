package eval

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's replay of a failing computation (CallStackTool) gives the values
// it builds from a tuple or a record constructor the node that built
// them (Value.setSource). When a method of such a value fails (an index
// out of a tuple's bounds, \in of a tuple or a record), TLC's value
// throws a FingerprintException naming its node, and TLC prints "TLC was
// unable to fingerprint." (2147): the stack of nested expressions, then
// that node, and "Reason:" with the message (TLC rev cc6b616,
// model/testdata/tlc/evalerrors: FIdxInit, FRecInv, FArg, FLet). A value
// TLC computed before the replay has no node: one read from a state
// (SeqIdx), a constant definition's value (TLC evaluates those once at
// startup: FConstDef), an element of a constant set; so has none a value
// computed by an operator (\o, EXCEPT). The replay records, for each
// constructor evaluated, the value it built (CallStack.built). The spec
// reloaded for the replay does not fold inline constant sub-expressions,
// so they are built and recorded there as TLC builds them; what TLC
// computes at startup stays folded and records nothing (csfold.go).

// sourced reports whether e is a constructor whose value TLC's replay
// gives its node; a set filter's and a set map's too (SetPredValue,
// SetOfAll: TLC rev cc6b616, KEqFilter, KEqMap).
func sourced(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Tuple, *ast.Record, *ast.SetEnum, *ast.RecordSet, *ast.FuncSet, *ast.Product, *ast.SetFilter, *ast.SetMap:
		return true
	case *ast.Unary:
		return e.Op == token.SUBSET || e.Op == token.UNION
	case *ast.Binary:
		// a lazy S \cup T (NQCup), S \cap T, S \ T: TLC's Tool gives
		// the value of each its node (setSource)
		return e.Op == token.CUP || e.Op == token.CAP || e.Op == token.SETMINUS
	}
	return false
}

// record notes that v was built by e during the replay.
func (s *CallStack) record(v value.Value, e ast.Expr) {
	if !builtKey(v) {
		return
	}
	if s.built == nil {
		s.built = map[value.Value]ast.Expr{}
	}
	s.built[v] = e
}

// builtKey reports whether v is a value the replay notes the node of: a
// function or an enumerated set, each a pointer (a map key by identity).
func builtKey(v value.Value) bool {
	switch v.(type) {
	case *value.FcnV, *value.SetV, *value.MixedSetV, *value.RcdSetV, *value.FcnSetV, *value.ProductV, *value.SubsetV, *value.CupV,
		*value.CapV, *value.DiffV:
		return true
	}
	return false
}

// lazyMemberFailed is err, raised checking a member of s, with s as the
// value whose method raised it when s is a lazy set TLC's replay gives
// its node (SetOfRcdsValue, SetOfFcnsValue, SetOfTuplesValue,
// SubsetValue: TLC rev cc6b616, LRcdInit, LFcnInit, LProd): TLC then
// prints "TLC was unable to fingerprint." with that node.
func lazyMemberFailed(err error, s value.SetValue) error {
	if !builtKey(s) {
		return err
	}
	if _, ok := s.(*value.SetV); ok {
		return err
	}
	ee, ok := err.(*Error)
	if !ok {
		return err
	}
	if m, ok := ee.Cause.(*value.MethodError); ok {
		// Raised in a method of a value s holds (S of SUBSET S),
		// inside s's member: both named (FInitSubset: {"a"} \in
		// SUBSET {1, 2}).
		if _, own := ownSource(s); own {
			ee.Cause = value.InMethod(s, m)
		}
		return ee
	}
	if ee.Cause != nil {
		return err
	}
	ee.Cause = valueMethodError{s, ee.Msg}
	return ee
}

// Source is the node that built the value whose method raised the first
// error recorded (TLC's FingerprintException), nil when that error is not
// raised by a value's method or the value was not built during the replay.
//
// The error is the one the replay's outermost expression returned, as
// TLC's FingerprintException reaches its top unless a Java method of a
// standard module caught it on the way (SCard: Cardinality(SUBSET 3)).
func (s *CallStack) Source() ast.Expr {
	if src := s.Sources(); len(src) > 0 {
		return src[0]
	}
	return nil
}

// Sources is Source and, when the failing method called a method of
// another value the replay built that failed in turn (a set sorting its
// elements, each a set), the nodes of those too, outermost first, as
// TLC's FingerprintException.getNewHead chains them.
func (s *CallStack) Sources() []ast.Expr {
	if ee, ok := s.last.(*Error); ok {
		if b, ok := ee.Cause.(badSubset); ok {
			return []ast.Expr{b.e}
		}
		if t, ok := ee.Cause.(tupleCompare); ok {
			return []ast.Expr{t.e} // callstack_unch.go
		}
		if b, ok := ee.Cause.(setCompare); ok {
			var out []ast.Expr
			if b.union != nil {
				out = append(out, b.union)
			}
			out = append(out, b.e)
			if b.inner != nil {
				out = append(out, b.inner)
			}
			return out
		}
	}
	var out []ast.Expr
	for _, f := range failedValues(s.last) {
		if src, ok := ownSource(f); ok {
			// TLC's SubsetValue, SetOfTuplesValue, SetOfFcnsValue and
			// SetOfRcdsValue always know their node.
			if e, ok := src.(ast.Expr); ok {
				out = append(out, e)
			}
			continue
		}
		if !builtKey(f) {
			continue
		}
		if e := s.built[f]; e != nil {
			out = append(out, e)
		}
	}
	return out
}

// valueMethodError is the cause of an error TLC raises in a method of a
// value (its class's apply or member): the value.
type valueMethodError struct {
	f   value.Value
	msg string
}

func (v valueMethodError) Error() string { return v.msg }

// ownSource is the node a lazy set knows itself (SUBSET, \X, [S -> T],
// [a : S]: their Src); ok false for other values.
func ownSource(f value.Value) (any, bool) {
	switch x := f.(type) {
	case *value.SubsetV:
		return x.Src, true
	case *value.ProductV:
		return x.Src, true
	case *value.FcnSetV:
		return x.Src, true
	case *value.RcdSetV:
		return x.Src, true
	case *value.SeqSetV:
		// Seq(S) returned by S \cup {}, known by the union's node.
		return x.Src, x.Src != nil
	}
	return nil, false
}

// failedValues is the values whose methods raised err, outermost first:
// one, or the chain of a value.MethodError.
func failedValues(err error) []value.Value {
	ee, ok := err.(*Error)
	if !ok {
		return nil
	}
	switch c := ee.Cause.(type) {
	case valueMethodError:
		return []value.Value{c.f}
	case fcnMemberCause:
		return []value.Value{c.f}
	case *value.MethodError:
		var out []value.Value
		for e := error(c); ; {
			m, ok := e.(*value.MethodError)
			if !ok {
				return out
			}
			out = append(out, m.V)
			e = m.Err
		}
	}
	return nil
}

// csSourceOf is the constructor e stands for when e is the name of an
// operator's parameter or of a LET definition without parameters: TLC
// evaluates either when it is used (a LazyValue), during the replay, so
// that its value gets the constructor's node (FArg: F(<<1, 2>>) with F(a)
// == a[3]; FLet: LET t == <<1, 2>> IN t[3]); nil otherwise.
func csSourceOf(e ast.Expr, en cenv) ast.Expr {
	for i := 0; i < maxInline; i++ {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			break
		}
		b := en.sc.lookup(id.Name)
		if b == nil {
			return nil
		}
		switch b.kind {
		case bArg:
			e, en = b.arg, b.argEnv
			continue
		case bLetOp:
			if len(b.op.Params) == 0 {
				e = b.op.Body
				en.sc = b.opEnv
				continue
			}
		}
		return nil
	}
	if e = ast.Unparen(e); sourced(e) {
		return e
	}
	return nil
}

// csRecord makes x note its value as built by src (csSourceOf).
func (c *compiler) csRecord(x cx, src ast.Expr) cx {
	s, fn := c.cs, x.fn
	x.fn = func(k *ctx) (value.Value, error) {
		v, err := fn(k)
		if err == nil {
			s.record(v, src)
		}
		return v, err
	}
	return x
}

// equalityFailed is the error of a = b that TLC's a.equals(b) raises (a
// value of another kind): its cause names a, whose node TLC's 2147 names
// when the replay built it (WEqSet: {1} = 1).
func equalityFailed(err error, a value.Value, pos token.Pos) error {
	ee, ok := wrap(pos, err).(*Error)
	if !ok {
		return err
	}
	if ee.Cause != nil {
		return ee
	}
	ee.Cause = valueMethodError{a, ee.Msg}
	return ee
}
