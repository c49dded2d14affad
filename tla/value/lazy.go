package value

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"sort"
	"strings"
)

// Symbolic sets. Each answers Member without enumerating and enumerates
// only on demand.

// IntervalV is lo..hi.
type IntervalV struct{ Lo, Hi int64 }

// NatV is Nat, IntSetV is Int, StringSetV is STRING.
type (
	NatV       struct{}
	IntSetV    struct{}
	StringSetV struct{}
)

// SubsetV is SUBSET Base.
type SubsetV struct {
	Base SetValue
	Src  any // the expression that built it, when known (FingerprintError)
	// memo, when not nil, is the set enumerated: a constant kept lazy
	// to print as TLC does is built once (Memoize).
	memo *SetV
}

// FcnSetV is [Dom -> Rng].
type FcnSetV struct {
	Dom, Rng SetValue
	Src      any // the expression that built it, when known (FingerprintError)
	// memo, when not nil, is the set enumerated: a constant kept lazy
	// to print as TLC does is built once (Memoize).
	memo *SetV
}

// RcdSetV is [n1 : S1, ...]: Keys are the field names as string values,
// sorted by Compare, Sets their sets.
type RcdSetV struct {
	Keys []Value
	Sets []SetValue
	Src  any // the expression that built it, when known (FingerprintError)
	// memo, when not nil, is the set enumerated: a constant kept lazy
	// to print as TLC does is built once (Memoize).
	memo *SetV
}

// SeqSetV is Seq(Base).
type SeqSetV struct {
	Base SetValue
	// Src is the \cup node that returned it as the union with an
	// empty set, when it did: TLC's OPCODE_cup gives the operand it
	// returns the node (setSource), named when a state holding it
	// cannot be fingerprinted (TLC rev cc6b616: y' = Seq({x}) \cup {},
	// golden lazyprint/VSeqCupEmpty).
	Src any
}

// ProductV is S1 \X S2 \X ...
type ProductV struct {
	Sets []SetValue
	Src  any // the expression that built it, when known (FingerprintError)
	// memo, when not nil, is the set enumerated: a constant kept lazy
	// to print as TLC does is built once (Memoize).
	memo *SetV
}

// CupV, CapV and DiffV are \cup, \cap and \ of sets at least one of which is
// infinite (finite ones are computed at once). A CupV that is UNION of a
// set of sets one of which is infinite has the members in Union (TLC's
// UnionValue, whose printing fails otherwise than a \cup's).
type (
	CupV struct {
		A, B  SetValue
		Union []Value
		Src   any // the expression that built it, when known (FingerprintError)
		// Bad is the error of normalising Union, whose members TLC
		// cannot compare (UNION {Nat, {1}}): TLC keeps the UnionValue
		// and meets it at the first use, which fails with it.
		Bad error
	}
	CapV struct {
		A, B SetValue
		Src  any // the expression that built it, when known (FingerprintError)
	}
	DiffV struct {
		A, B SetValue
		Src  any // the expression that built it, when known (FingerprintError)
	}
)

// The infinite sets.
var (
	Nat       SetValue = NatV{}
	IntSet    SetValue = IntSetV{}
	StringSet SetValue = StringSetV{}
)

func (*IntervalV) Kind() Kind { return KindSet }
func (NatV) Kind() Kind       { return KindSet }
func (IntSetV) Kind() Kind    { return KindSet }
func (StringSetV) Kind() Kind { return KindSet }
func (*SubsetV) Kind() Kind   { return KindSet }
func (*FcnSetV) Kind() Kind   { return KindSet }
func (*RcdSetV) Kind() Kind   { return KindSet }
func (*SeqSetV) Kind() Kind   { return KindSet }
func (*ProductV) Kind() Kind  { return KindSet }
func (*CupV) Kind() Kind      { return KindSet }
func (*CapV) Kind() Kind      { return KindSet }
func (*DiffV) Kind() Kind     { return KindSet }
func (s *IntervalV) Hash() uint64 {
	n := s.Hi - s.Lo + 1
	if n < 0 {
		n = 0
	}
	acc := round(seed^tagSet, uint64(n))
	for i := s.Lo; i <= s.Hi; i++ {
		acc = round(acc, IntV(i).Hash())
	}
	return finishCompound(acc)
}
func (s NatV) Hash() uint64       { return lazyHash(s) }
func (s IntSetV) Hash() uint64    { return lazyHash(s) }
func (s StringSetV) Hash() uint64 { return lazyHash(s) }
func (s *SubsetV) Hash() uint64   { return lazyHash(s) }
func (s *FcnSetV) Hash() uint64   { return lazyHash(s) }
func (s *RcdSetV) Hash() uint64   { return lazyHash(s) }
func (s *SeqSetV) Hash() uint64   { return lazyHash(s) }
func (s *ProductV) Hash() uint64  { return lazyHash(s) }
func (s *CupV) Hash() uint64      { return lazyHash(s) }
func (s *CapV) Hash() uint64      { return lazyHash(s) }
func (s *DiffV) Hash() uint64     { return lazyHash(s) }

// enumSize is the size of s, which is about to be enumerated: more than
// MaxEnum() elements is an error, past the room TLC's ValueVec starts with
// (CheckBuilt: TLC's enumerators of [D -> R], [a : S] and S \X T add to a
// ValueVec of the default room, so that -maxSetSize 5 builds [1..2 ->
// 1..3], 9 functions, and refuses [1..2 -> 1..4], 16; golden
// setbound/Below10Fcn).
func enumSize(s SetValue) (int64, error) {
	n, err := s.Size()
	if err != nil {
		return 0, err
	}
	if n > max(MaxEnum(), vecStart) {
		return 0, tooLarge(s)
	}
	return n, nil
}

// notMember is the answer of Nat, Int and STRING for a value of the wrong
// kind: a model value is simply not an element (TLC), anything else is
// TLC's error, in the words of its UserValue member (TLC rev cc6b616:
// "a" \in Nat, 1 \in STRING; golden MemNatStr).
func notMember(x Value, s Value) (bool, error) {
	if x.Kind() == KindModel {
		return false, nil
	}
	return false, fmt.Errorf("Attempted to check if the value:\n%s\nis an element of %s.", x, s)
}

// ---- intervals and the infinite number sets

func (s *IntervalV) Member(x Value) (bool, error) {
	n, ok := x.(IntV)
	if !ok {
		if x.Kind() == KindModel {
			return false, nil
		}
		// TLC's IntervalValue.member (rev cc6b616: "a" \in 1..3).
		return false, fmt.Errorf("Attempted to check if the value:\n%s\nis in the integer interval %s", x, s)
	}
	return int64(n) >= s.Lo && int64(n) <= s.Hi, nil
}

func (s *IntervalV) Size() (int64, error) {
	if s.Hi < s.Lo {
		return 0, nil
	}
	// Hi - Lo + 1 leaves int64 near the ends of its range (an interval
	// read back from a state file, a function's domain): refused in the
	// words of TLC's IntervalValue.size, not wrapped to a negative size.
	// Within TLC's 32-bit integers this cannot happen.
	n := uint64(s.Hi) - uint64(s.Lo) + 1
	if n == 0 || n > math.MaxInt64 {
		return 0, tooLargeError{"Size of interval value exceeds the maximum representable size (32bits): " + s.String() + "."}
	}
	return int64(n), nil
}

// EnumLen is the number of elements Enum gives, or Enum's error when the
// interval is too large to enumerate: a loop over Lo, Lo+1, ... (EnumLen
// of them) visits Enum's elements in Enum's order without building them
// (a quantifier over 1..n).
//
// TLC's -maxSetSize does not bound an interval: TLC's IntervalValue
// builds its enumeration at its exact size, which its ValueVec never
// refuses (TLC rev cc6b616, model/testdata/tlc/setbound: \E i \in 1..20
// with -maxSetSize 10). Only an interval no Java array could hold is
// refused, as memory would be exhausted anyway.
func (s *IntervalV) EnumLen() (int64, error) {
	n, err := s.Size()
	if err == nil && n > math.MaxInt32 {
		return 0, tooLarge(s)
	}
	return n, err
}

func (s *IntervalV) Enum() (*SetV, error) {
	n, err := s.EnumLen()
	if err != nil {
		return nil, err
	}
	elems := make([]Value, 0, n)
	for i := s.Lo; i <= s.Hi; i++ {
		elems = append(elems, Int(i))
	}
	return SetFromSorted(elems), nil
}

func (s NatV) Member(x Value) (bool, error) {
	n, ok := x.(IntV)
	if !ok {
		return notMember(x, s)
	}
	return n >= 0, nil
}
func (s IntSetV) Member(x Value) (bool, error) {
	if _, ok := x.(IntV); !ok {
		return notMember(x, s)
	}
	return true, nil
}
func (s StringSetV) Member(x Value) (bool, error) {
	if _, ok := x.(*StrV); !ok {
		return notMember(x, s)
	}
	return true, nil
}
func (s NatV) Enum() (*SetV, error)       { return nil, infinite(s) }
func (s IntSetV) Enum() (*SetV, error)    { return nil, infinite(s) }
func (s StringSetV) Enum() (*SetV, error) { return nil, infinite(s) }
func (s NatV) Size() (int64, error)       { return 0, infinite(s) }
func (s IntSetV) Size() (int64, error)    { return 0, infinite(s) }
func (s StringSetV) Size() (int64, error) { return 0, infinite(s) }

// ---- SUBSET

func (s *SubsetV) Member(x Value) (bool, error) {
	xs, ok := x.(SetValue)
	if !ok {
		// TLC's SubsetValue.member: only a set is compared, a model value
		// too is an error (TLC rev cc6b616: m \in SUBSET {1}).
		shown := Value(s)
		if e, err := s.Enum(); err == nil {
			shown = e
		}
		return false, &MethodError{V: s, Err: fmt.Errorf("Attempted to check if the non-enumerable value\n%s\nis element of\n%s", x, shown)}
	}
	e, err := xs.Enum()
	if err != nil {
		return false, err
	}
	return allIn(e.elems, s.Base)
}

// allIn reports whether every one of vals is in s, stopping at the first
// that is not (or that cannot be compared with s's elements).
func allIn(vals []Value, s SetValue) (bool, error) {
	for _, v := range vals {
		in, err := s.Member(v)
		if err != nil || !in {
			return false, err
		}
	}
	return true, nil
}

func (s *SubsetV) Size() (int64, error) {
	n, err := s.Base.Size()
	if err != nil {
		return 0, inOwnMethod(s, err)
	}
	if n >= 62 {
		return 0, subsetOverflow(s)
	}
	return 1 << n, nil
}

// subsetOverflow is TLC's refusal to count (and so to build) SUBSET S
// when S has 31 elements or more (SubsetValue.size in 32 bits; TLC rev
// cc6b616: x = SUBSET (1..40), Cardinality(SUBSET (1..70))). It is a
// refusal for the size alone, so a quantifier or CHOOSE still walks the
// subsets one at a time (Prepare), as TLC's enumerator does.
func subsetOverflow(s *SubsetV) error {
	return tooLargeError{"Overflow when computing the number of elements in:\n" + s.String()}
}

// subsetBuildMax is the most subsets Enum builds at TLC's default set
// bound: TLC's SubsetValue builds SUBSET S in a vector sized in advance,
// which its -maxSetSize never refuses (TLC rev cc6b616: x = SUBSET (1..4)
// and {s \in SUBSET (1..4) : ...} pass -maxSetSize 10), so the bound is
// not SUBSET's; past 2^20 subsets a quantifier or CHOOSE walks them
// instead of building them (a set map or a value still needs them built).
const subsetBuildMax = 1 << 20

func (s *SubsetV) Enum() (*SetV, error) {
	if s.memo != nil {
		return s.memo, nil
	}
	b, err := s.Base.Size()
	if err != nil {
		return nil, inOwnMethod(s, err)
	}
	if b >= 31 {
		return nil, subsetOverflow(s)
	}
	n := int64(1) << b
	if n > max(subsetBuildMax, MaxEnum()) {
		return nil, tooLarge(s)
	}
	base, err := s.Base.Enum()
	if err != nil {
		return nil, inOwnMethod(s, err)
	}
	out := make([]Value, 0, n)
	var m Meter
	for mask := int64(0); mask < n; mask++ {
		ones := bits.OnesCount64(uint64(mask))
		if err := m.Add(ones + 1); err != nil {
			return nil, err
		}
		elems := make([]Value, 0, ones)
		for i, e := range base.elems {
			if mask&(1<<i) != 0 {
				elems = append(elems, e)
			}
		}
		out = append(out, SetFromSorted(elems))
	}
	sort.Slice(out, func(i, j int) bool { return Compare(out[i], out[j]) < 0 })
	return SetFromSorted(out), nil
}

// ---- [Dom -> Rng]

func (s *FcnSetV) Member(x Value) (bool, error) {
	f, ok := x.(*FcnV)
	if lf, lazy := x.(*LazyFcnV); lazy {
		// TLC's SetOfFcnsValue.member makes it a function of pairs,
		// and fails in the set's method (TLC rev cc6b616: InFcnSet).
		return false, &MethodError{V: s, Err: &lazyFcnErr{lf}}
	}
	if !ok {
		if x.Kind() == KindModel {
			return false, nil
		}
		// TLC's SetOfFcnsValue.member, the set printed as its toString
		// prints it: enumerated when it is small (TLC rev cc6b616:
		// 3 \in [{1} -> {1}], golden MemFolded).
		return false, fmt.Errorf("Attempted to check if \n%s\nwhich is not a TLC function value, is in the set of functions:\n%s", x, tlcShown(s, s.String()))
	}
	if d, ok := s.Dom.(*NonSetV); ok {
		// TLC compares the function's domain with the operand (TLC rev
		// cc6b616: <<1, 2>> \in [3 -> {1, 2}]).
		keys := make([]string, f.Len())
		for i := range keys {
			keys[i] = f.Key(i).String()
		}
		return false, fmt.Errorf("Attempted to check equality of the set {%s} with the value:\n%s", strings.Join(keys, ", "), d.V)
	}
	dom, err := s.Dom.Enum()
	if err != nil {
		return false, err
	}
	if dom.Len() != f.Len() {
		return false, nil
	}
	if f.dom != dom { // else f is built on this very domain
		for i, d := range dom.elems {
			eq, err := EqualChecked(d, f.Key(i))
			if err != nil || !eq {
				return false, err
			}
		}
	}
	return allIn(f.vals, s.Rng)
}

func (s *FcnSetV) size() (int64, error) {
	d, err := s.Dom.Size()
	if err != nil {
		return 0, err
	}
	r, err := s.Rng.Size()
	if err != nil {
		return 0, err
	}
	total := int64(1)
	for i := int64(0); i < d; i++ {
		hi, lo := bits.Mul64(uint64(total), uint64(r))
		if hi != 0 || lo > uint64(MaxEnum())*64 {
			return 0, tooLarge(s)
		}
		total = int64(lo)
	}
	return total, nil
}

func (s *FcnSetV) enum() (*SetV, error) {
	// TLC's SetOfFcnsValue enumerates its domain, then its range, each
	// refused in its own words when it is not a set (TLC rev cc6b616:
	// Enum2, Enum7 of the wording hunt: x \in [{1} -> 3]).
	if ns, ok := s.Dom.(*NonSetV); ok {
		return nil, &MethodError{V: s, Err: fmt.Errorf("Attempted to enumerate a set of the form [D -> R],but the domain D:\n%s\ncannot be enumerated.", ns.V)}
	}
	if ns, ok := s.Rng.(*NonSetV); ok {
		return nil, &MethodError{V: s, Err: fmt.Errorf("Attempted to enumerate a set of the form [D -> R],but the range R:\n%s\ncannot be enumerated.", ns.V)}
	}
	n, err := enumSize(s)
	if err != nil {
		return nil, err
	}
	// The functions EachFcn builds (TLC's FcnRcdValues), counted against
	// the memory bound as they are kept.
	out := make([]Value, 0, n)
	var m Meter
	if err := EachFcn(s, func(v Value) (bool, error) {
		if err := m.Add(len(v.(*FcnV).vals) + 1); err != nil {
			return false, err
		}
		out = append(out, v)
		return true, nil
	}); err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool { return Compare(out[i], out[j]) < 0 })
	return SetFromSorted(out), nil
}

// product calls f with every tuple of length n over choices (a fresh slice
// each time), until f returns false.
func product(n int, choices []Value, f func([]Value) bool) {
	sets := make([][]Value, n)
	for i := range sets {
		sets[i] = choices
	}
	productOf(sets, f)
}

func productOf(sets [][]Value, f func([]Value) bool) {
	for _, s := range sets {
		if len(s) == 0 {
			return
		}
	}
	idx := make([]int, len(sets))
	for {
		vals := make([]Value, len(sets))
		for i, j := range idx {
			vals[i] = sets[i][j]
		}
		if !f(vals) {
			return
		}
		k := len(sets) - 1
		for k >= 0 {
			idx[k]++
			if idx[k] < len(sets[k]) {
				break
			}
			idx[k] = 0
			k--
		}
		if k < 0 {
			return
		}
	}
}

// ---- [a : S, b : T]

func (s *RcdSetV) Member(x Value) (bool, error) {
	f, ok := x.(*FcnV)
	if !ok || !hasOnlyKeys(f, KindString) {
		// TLC's SetOfRcdsValue.member: a value that is not a record (a
		// function with a key that is not a string) is an error, not
		// FALSE (TLC rev cc6b616: <<1>> \in [a : Nat]).
		if x.Kind() == KindModel {
			return false, nil
		}
		return false, fmt.Errorf("Attempted to check if non-record\n%s\nis in the set of records:\n%s", x, tlcShown(s, s.tlcString()))
	}
	if f.Len() != len(s.Keys) {
		return false, nil
	}
	for i, key := range s.Keys {
		v, ok := f.Apply(key)
		if !ok {
			return false, nil
		}
		in, err := s.Sets[i].Member(v)
		if err != nil || !in {
			return false, err
		}
	}
	return true, nil
}

// tlcString is the set as TLC's SetOfRcdsValue prints it, [a: S, b: T].
func (s *RcdSetV) tlcString() string {
	var b strings.Builder
	b.WriteString("[")
	for i, k := range s.Keys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(k.(*StrV).s + ": " + s.Sets[i].String())
	}
	b.WriteString("]")
	return b.String()
}

func (s *RcdSetV) size() (int64, error) { return productSize(s, s.Sets) }

func (s *RcdSetV) enum() (*SetV, error) {
	dom := &SetV{elems: s.Keys}
	return enumProduct(s, s.Sets, func(vals []Value) Value { return &FcnV{dom: dom, vals: vals} })
}

// ---- Seq(S)

func (s *SeqSetV) Member(x Value) (bool, error) {
	if _, lazy := x.(*LazyFcnV); lazy {
		// TLC's Seq(S) membership converts x to a tuple first
		// (FcnLambdaValue.toTuple).
		return false, errors.New("To convert a function of form [x \\in S |-> f(x)] to a tuple, the set S must be enumerable.")
	}
	f, ok := x.(*FcnV)
	if !ok || !f.IsTuple() {
		// TLC's Seq(S) membership: a value that is not a sequence (a
		// record, a function whose domain is not 1..n) is an error, not
		// FALSE (TLC rev cc6b616: [a |-> 1] \in Seq(Nat)).
		if x.Kind() == KindModel {
			return false, nil
		}
		return false, fmt.Errorf("Attempted to check if the value:\n%s\nis an element of %s.", x, s)
	}
	return allIn(f.vals, s.Base)
}
func (s *SeqSetV) Enum() (*SetV, error) { return nil, infinite(s) }
func (s *SeqSetV) Size() (int64, error) { return 0, infinite(s) }

// ---- S \X T

func (s *ProductV) Member(x Value) (bool, error) {
	f, ok := x.(*FcnV)
	if !ok || !f.IsTuple() && !hasOnlyKeys(f, KindInt) {
		// TLC's SetOfTuplesValue.member: a value that is not a function
		// with integer keys is an error, not FALSE (TLC rev cc6b616:
		// [a |-> 1] \in Nat \X Nat).
		if x.Kind() == KindModel {
			return false, nil
		}
		return false, fmt.Errorf("Attempted to check if non-tuple\n%s\nis in the set of tuples:\n%s", x, tlcShown(s, s.String()))
	}
	if !f.IsTuple() || f.Len() != len(s.Sets) {
		return false, nil
	}
	for i, v := range f.vals {
		in, err := s.Sets[i].Member(v)
		if err != nil || !in {
			return false, inOwnMethod(s, err)
		}
	}
	return true, nil
}

// inOwnMethod is err, raised by a method of a set that knows its node
// (MethodError) inside a method of s, a lazy set that knows its own: TLC
// names both (ProdMix: <<1, "a">> \in {1, "a"} \X {1, "a"}). Other
// errors pass unchanged.
func inOwnMethod(s Value, err error) error {
	if m, ok := err.(*MethodError); ok && m.V != s {
		return &MethodError{V: s, Err: err}
	}
	return err
}

// Size and Enum: an operand's failing method is raised inside the
// product's own, which TLC names too ({1, "a"} \X {0} enumerated).
func (s *ProductV) Size() (int64, error) {
	n, err := productSize(s, s.Sets)
	return n, inOwnMethod(s, err)
}

func (s *ProductV) Enum() (*SetV, error) {
	if s.memo != nil {
		return s.memo, nil
	}
	e, err := enumProduct(s, s.Sets, func(vals []Value) Value { return &FcnV{vals: vals} })
	return e, inOwnMethod(s, err)
}

// productSize is the number of tuples taking one element from each of sets
// (the size of both [a : S, b : T] and S \X T). A size past MaxEnum()*64 is
// reported as tooLarge(s) at once, which also rules out overflow.
func productSize(s Value, sets []SetValue) (int64, error) {
	total := int64(1)
	for _, set := range sets {
		n, err := set.Size()
		if err != nil {
			return 0, err
		}
		hi, lo := bits.Mul64(uint64(total), uint64(n))
		if hi != 0 || lo > uint64(MaxEnum())*64 {
			return 0, tooLarge(s)
		}
		total = int64(lo)
	}
	return total, nil
}

// enumProduct enumerates s, the set holding mk(vals) for every tuple vals
// taking one element from each of sets.
//
// TLC's enumerator takes the operands in order and stops at the first
// empty one, so an operand it cannot enumerate (a NonSetV: [a : {}, b :
// 3], {} \X 3) fails only when no empty operand comes before it.
func enumProduct(s SetValue, sets []SetValue, mk func(vals []Value) Value) (*SetV, error) {
	for i, set := range sets {
		if ns, bad := set.(*NonSetV); bad {
			return nil, &MethodError{V: s, Err: cantEnumOperand(s, i, ns)}
		}
		if n, err := set.Size(); err != nil {
			break
		} else if n == 0 {
			return EmptySet, nil
		}
	}
	n, err := enumSize(s)
	if err != nil {
		return nil, err
	}
	elems := make([][]Value, len(sets))
	for i, set := range sets {
		e, err := set.Enum()
		if err != nil {
			return nil, err
		}
		elems[i] = e.elems
	}
	out := make([]Value, 0, n)
	var m Meter
	var merr error
	productOf(elems, func(vals []Value) bool {
		if merr = m.Add(len(vals) + 1); merr != nil {
			return false
		}
		out = append(out, mk(vals))
		return true
	})
	if merr != nil {
		return nil, merr
	}
	sort.Slice(out, func(i, j int) bool { return Compare(out[i], out[j]) < 0 })
	return SetFromSorted(out), nil
}

// ---- lazy \cup, \cap, \

// Member asks the operands' member() in TLC's order; an error is raised
// inside this set's method (TLC's SetCupValue, SetCapValue, SetDiffValue
// name their node around it).
func (s *CupV) Member(x Value) (bool, error) {
	if s.Bad != nil {
		return false, s.Bad
	}
	in, err := s.A.Member(x)
	if err != nil || in {
		return in, inMethod(s, err)
	}
	in, err = s.B.Member(x)
	return in, inMethod(s, err)
}
func (s *CapV) Member(x Value) (bool, error) {
	in, err := s.A.Member(x)
	if err != nil || !in {
		return false, inMethod(s, err)
	}
	in, err = s.B.Member(x)
	return in, inMethod(s, err)
}
func (s *DiffV) Member(x Value) (bool, error) {
	in, err := s.A.Member(x)
	if err != nil || !in {
		return false, inMethod(s, err)
	}
	out, err := s.B.Member(x)
	return !out, inMethod(s, err)
}

func (s *CupV) Enum() (*SetV, error) {
	if s.Bad != nil {
		return nil, s.Bad
	}
	if s.Union != nil && unionHasNonSet(s.Union) {
		// TLC's UnionValue enumerator.
		return nil, inMethod(s, errUnionNonEnum)
	}
	if isNonSet(s.A) || isNonSet(s.B) {
		// TLC's SetCupValue enumerator, which asks no operand.
		return nil, inMethod(s, fmt.Errorf("Attempted to enumerate S \\cup T when S:\n%s\nand T:\n%s\nare not both enumerable", s.A, s.B))
	}
	a, err := s.A.Enum()
	if err != nil {
		return nil, err
	}
	b, err := s.B.Enum()
	if err != nil {
		return nil, err
	}
	// TLC's SetCupValue and UnionValue build themselves (toSetEnum) by
	// adding every element of both operands to one ValueVec, duplicates
	// included, before sorting it.
	if err := CheckBuilt(len(a.elems) + len(b.elems)); err != nil {
		return nil, err
	}
	return Union(a, b)
}

func (s *CapV) Enum() (*SetV, error) {
	a, err := s.A.Enum()
	other := s.B
	if err != nil {
		if a, err = s.B.Enum(); err != nil {
			return nil, infinite(s)
		}
		other = s.A
	}
	return filter(a, other, true)
}

func (s *DiffV) Enum() (*SetV, error) {
	if isNonSet(s.A) {
		// TLC's SetDiffValue enumerator.
		return nil, inMethod(s, fmt.Errorf("Attempted to enumerate S \\ T when S:\n%s\nis not enumerable.", s.A))
	}
	a, err := s.A.Enum()
	if err != nil {
		return nil, err
	}
	return filter(a, s.B, false)
}

func filter(a *SetV, b SetValue, keep bool) (*SetV, error) {
	out := make([]Value, 0, len(a.elems))
	for _, e := range a.elems {
		in, err := b.Member(e)
		if err != nil {
			return nil, err
		}
		if in == keep {
			out = append(out, e)
		}
	}
	return SetFromSorted(out), nil
}

func (s *CupV) Size() (int64, error)  { return sizeOf(s) }
func (s *CapV) Size() (int64, error)  { return sizeOf(s) }
func (s *DiffV) Size() (int64, error) { return sizeOf(s) }

func sizeOf(s SetValue) (int64, error) {
	e, err := s.Enum()
	if err != nil {
		return 0, err
	}
	return int64(len(e.elems)), nil
}

// Union is A \cup B of two enumerated sets, refused when it has more than
// MaxEnum elements: TLC's SetEnumValue.cup and IntervalValue.cup copy A
// into a ValueVec and add only the elements of B not in A, so the bound
// counts the union, not its operands (TLC rev cc6b616: (1..600000) \cup
// (1..600000) has 600000 elements under the default bound).
func Union(a, b *SetV) (*SetV, error) {
	out := make([]Value, 0, len(a.elems)+len(b.elems))
	out = append(out, a.elems...)
	out = append(out, b.elems...)
	u, err := NewSetChecked(out)
	if err != nil {
		return nil, err
	}
	if err := CheckBuilt(len(u.elems)); err != nil {
		return nil, err
	}
	return u, nil
}

// ---- printing of symbolic sets

// String is TLC's IntervalValue.toString: an empty interval prints as
// {} (TLC rev cc6b616: 5..3 prints {}, golden EmptyRange), else lo..hi.
func (s *IntervalV) String() string {
	if s.Hi < s.Lo {
		return "{}"
	}
	return fmt.Sprintf("%d..%d", s.Lo, s.Hi)
}

func (NatV) String() string       { return "Nat" }
func (IntSetV) String() string    { return "Int" }
func (StringSetV) String() string { return "STRING" }

// String is TLC's SubsetValue.toString: enumerated when its base has
// fewer than 7 elements (TLCGlobals.expand; TLC rev cc6b616: SUBSET {x,
// 5} prints {{}, {0}, {5}, {0, 5}}, SUBSET (1..7) as written), else as
// written, SUBSET of an interval with parentheses since SUBSET binds
// tighter than .. ("SUBSET (1..40)").
func (s *SubsetV) String() string {
	if n, err := s.Base.Size(); err == nil && n < 7 {
		if e, err := s.Enum(); err == nil {
			return e.String()
		}
	}
	return s.written()
}

// written is SUBSET S as written.
func (s *SubsetV) written() string {
	if _, ok := s.Base.(*IntervalV); ok {
		return "SUBSET (" + s.Base.String() + ")"
	}
	return "SUBSET " + s.Base.String()
}

// PrintsAsWritten reports whether TLC's toString writes s as written
// rather than enumerated: SUBSET S of 7 elements or more, a set of
// functions, records or tuples of enumBound elements or more (or whose
// operands cannot be counted). A constant folded enumerated must keep
// such a set lazy to print as TLC does (TLC rev cc6b616: PrintT(SUBSET
// (1..7)) prints SUBSET (1..7)).
func PrintsAsWritten(s SetValue) bool {
	switch x := s.(type) {
	case *SubsetV:
		n, err := x.Base.Size()
		return err != nil || n >= 7
	case *FcnSetV:
		n, ok := x.count()
		return !ok || n >= enumBound
	case *RcdSetV:
		n, ok := operandsProduct(x.Sets)
		return !ok || n >= enumBound
	case *ProductV:
		n, ok := operandsProduct(x.Sets)
		return !ok || n >= enumBound
	}
	return false
}

// Memoize makes e, s enumerated, what s's Enum returns from now on: a
// constant TLC prints as written (PrintsAsWritten) stays lazy, built
// once. Call it before s is shared.
func Memoize(s SetValue, e *SetV) {
	switch x := s.(type) {
	case *SubsetV:
		x.memo = e
	case *FcnSetV:
		x.memo = e
	case *RcdSetV:
		x.memo = e
	case *ProductV:
		x.memo = e
	}
}

// enumBound is TLC's TLCGlobals.enumBound: the sets of functions,
// records and tuples with fewer elements print enumerated.
const enumBound = 2000

// expandedSet is s, a set of functions, records or tuples, as TLC's
// toString prints it (SetOfFcnsValue, SetOfRcdsValue, SetOfTuplesValue
// with TLCGlobals.expand): enumerated when its number of elements, sizes
// counted from its operands' (an error or more than 2^31-1 giving up),
// is below enumBound and it can be built; else sym, as written (TLC rev
// cc6b616: [{1} -> {x, 3}] prints {<<0>>, <<3>>}, [1..2 -> 1..50] as
// written). The count never asks s itself, whose errors name s.
func expandedSet(s SetValue, sizes func() (int64, bool), sym func() string) string {
	if n, ok := sizes(); ok && n < enumBound && n <= MaxEnum() {
		if e, err := s.Enum(); err == nil {
			return e.String()
		}
	}
	return sym()
}

// operandsProduct is the product of the sizes of sets, false when one
// has none or it passes TLC's int range.
func operandsProduct(sets []SetValue) (int64, bool) {
	total := int64(1)
	for _, set := range sets {
		n, err := set.Size()
		if err != nil {
			return 0, false
		}
		total *= n
		if total > math.MaxInt32 {
			return 0, false
		}
	}
	return total, true
}

func (s *FcnSetV) String() string { return expandedSet(s, s.count, s.written) }

// count is the number of functions in s as TLC's toString counts them,
// from its domain's and range's sizes; false when one has none or it
// passes TLC's int range.
func (s *FcnSetV) count() (int64, bool) {
	d, err := s.Dom.Size()
	if err != nil {
		return 0, false
	}
	r, err := s.Rng.Size()
	if err != nil {
		return 0, false
	}
	total := int64(1)
	for i := int64(0); i < d; i++ {
		total *= r
		if total > math.MaxInt32 {
			return 0, false
		}
	}
	return total, true
}

// written is [S -> T] as written.
func (s *FcnSetV) written() string { return "[" + s.Dom.String() + " -> " + s.Rng.String() + "]" }
func (s *SeqSetV) String() string  { return "Seq(" + s.Base.String() + ")" }

// String is TLC's SetCupValue: no parentheses (TLC rev cc6b616: LCupNatInit).
func (s *CupV) String() string {
	if s.Union != nil && s.B == Value(EmptySet) {
		return s.A.String() // UNION {S}: S
	}
	if _, err := s.Enum(); TooLarge(err) {
		// Too large to build: TLC's toString (TLCGlobals.expand)
		// fails building the union and prints each operand, itself
		// built when it can be (TLC rev cc6b616, -maxSetSize 10:
		// SUBSET {1,2,3} \cup SUBSET {1,2} in a state prints both
		// enumerated; golden setbound/XCupSub).
		return expanded(s.A) + " \\cup " + expanded(s.B)
	}
	return s.A.String() + " \\cup " + s.B.String()
}

// expanded is s as TLC's toString prints it: enumerated when it can be.
func expanded(s SetValue) string {
	if e, err := s.Enum(); err == nil {
		return e.String()
	}
	return s.String()
}

// String is TLC's SetCapValue and SetDiffValue: no parentheses (TLC rev
// cc6b616: x = 1 \ {2} in a state).
func (s *CapV) String() string  { return s.A.String() + " \\cap " + s.B.String() }
func (s *DiffV) String() string { return s.A.String() + " \\ " + s.B.String() }
func (s *RcdSetV) String() string {
	return expandedSet(s, func() (int64, bool) { return operandsProduct(s.Sets) }, s.written)
}

// written is [a : S, ...] as written.
func (s *RcdSetV) written() string {
	var b strings.Builder
	b.WriteByte('[')
	for i, k := range s.Keys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(k.(*StrV).s + ": " + s.Sets[i].String()) // as TLC: [a: Nat]
	}
	b.WriteByte(']')
	return b.String()
}
func (s *ProductV) String() string {
	return expandedSet(s, func() (int64, bool) { return operandsProduct(s.Sets) }, s.written)
}

// written is S \X T ... as written, in parentheses.
func (s *ProductV) written() string {
	parts := make([]string, len(s.Sets))
	for i, set := range s.Sets {
		parts[i] = set.String()
	}
	return "(" + strings.Join(parts, " \\X ") + ")"
}

func (s *IntervalV) write(b *strings.Builder) { b.WriteString(s.String()) }
func (s NatV) write(b *strings.Builder)       { b.WriteString(s.String()) }
func (s IntSetV) write(b *strings.Builder)    { b.WriteString(s.String()) }
func (s StringSetV) write(b *strings.Builder) { b.WriteString(s.String()) }
func (s *SubsetV) write(b *strings.Builder)   { b.WriteString(s.String()) }
func (s *FcnSetV) write(b *strings.Builder)   { b.WriteString(s.String()) }
func (s *RcdSetV) write(b *strings.Builder)   { b.WriteString(s.String()) }
func (s *SeqSetV) write(b *strings.Builder)   { b.WriteString(s.String()) }
func (s *ProductV) write(b *strings.Builder)  { b.WriteString(s.String()) }
func (s *CupV) write(b *strings.Builder)      { b.WriteString(s.String()) }
func (s *CapV) write(b *strings.Builder)      { b.WriteString(s.String()) }
func (s *DiffV) write(b *strings.Builder)     { b.WriteString(s.String()) }

// hasOnlyKeys reports whether every key of f is of kind k (true for an
// empty function).
func hasOnlyKeys(f *FcnV, k Kind) bool {
	for i := 0; i < f.Len(); i++ {
		if f.Key(i).Kind() != k {
			return false
		}
	}
	return true
}

// Size and Enum of [S -> T] and [a : S]: an error raised in a method of
// a set inside that knows its node is raised in this set's method too,
// which TLC names with it (FcnSetMixInit, RcdSetMixInit).
func (s *FcnSetV) Size() (int64, error) { n, err := s.size(); return n, inOwnMethod(s, err) }
func (s *FcnSetV) Enum() (*SetV, error) {
	if s.memo != nil {
		return s.memo, nil
	}
	e, err := s.enum()
	return e, inOwnMethod(s, err)
}
func (s *RcdSetV) Size() (int64, error) { n, err := s.size(); return n, inOwnMethod(s, err) }
func (s *RcdSetV) Enum() (*SetV, error) {
	if s.memo != nil {
		return s.memo, nil
	}
	e, err := s.enum()
	return e, inOwnMethod(s, err)
}

// tlcShown is the lazy set s as TLC's toString prints it in a message:
// enumerated when it has fewer than 2000 elements (TLCGlobals.expand,
// enumBound), else as written, sym (TLC rev cc6b616: <<1, 2>> \in [a :
// {1}, b : {2}] names {[a |-> 1, b |-> 2]}).
func tlcShown(s SetValue, sym string) string {
	if n, err := s.Size(); err == nil && n < 2000 {
		if e, err := s.Enum(); err == nil {
			return e.String()
		}
	}
	return sym
}

// cantEnumOperand is TLC's error enumerating s, [a : S, ...] or S \X ...,
// when its operand i (ns) is not a set: its enumerator's, raised in its
// own method (TLC rev cc6b616: [a : 3, b : {}], 3 \X {}).
func cantEnumOperand(s SetValue, i int, ns *NonSetV) error {
	if r, ok := s.(*RcdSetV); ok {
		name, _ := AsString(r.Keys[i])
		return fmt.Errorf("Attempted to enumerate a set of the form [l1 : v1, ..., ln : vn],\nbut can't enumerate the value of the `%s' field:\n%s", name, ns.V)
	}
	return fmt.Errorf("Attempted to enumerate a set of the form s1 \\X s2 ... \\X sn,\nbut can't enumerate s%d:\n%s", i, ns.V)
}

// isNonSet reports whether s is an operand that is not a set (NonSetV).
func isNonSet(s SetValue) bool {
	_, ok := s.(*NonSetV)
	return ok
}

// errUnionNonEnum is TLC's UnionValue's error enumerating a union one of
// whose members it cannot enumerate.
var errUnionNonEnum = errors.New("Attempted to enumerate UNION(s), but some element of s is nonenumerable.")

// unionHasNonSet reports whether a member of a lazy UNION is not a set.
func unionHasNonSet(members []Value) bool {
	for _, m := range members {
		if _, ok := m.(SetValue); !ok {
			return true
		}
	}
	return false
}

// Walked is what TLC's enumerator of a union gives (SetCupValue's and
// UnionValue's Enumerator): each operand's elements in turn, duplicates
// included, with no bound on their number. A union too large to build
// is walked so where TLC walks it: x \in S in an action, \subseteq, the
// range of [D -> S] (TLC rev cc6b616, -maxSetSize 10: x \in [{1, 2} ->
// UNION {1..8, 5..10}] generates 196 initial states, 100 distinct).
func (s *CupV) Walked() ([]Value, error) {
	if s.Bad != nil {
		return nil, s.Bad
	}
	parts := []Value{s.A, s.B}
	if s.Union != nil {
		parts = s.Union
	}
	var out []Value
	for _, p := range parts {
		ps, ok := p.(SetValue)
		if !ok {
			return nil, errUnionNonEnum
		}
		if c, ok := ps.(*CupV); ok {
			e, err := c.Walked()
			if err != nil {
				return nil, err
			}
			out = append(out, e...)
			continue
		}
		if _, ok := ps.(*FilterV); ok {
			// A filter of a union TLC cannot sort walks it.
			if e, ok, err := WalkUnsorted(ps); ok {
				if err != nil {
					return nil, err
				}
				out = append(out, e...)
				continue
			}
		}
		e, err := ps.Enum()
		if TooLarge(err) {
			// A function, record or tuple set too large to build:
			// TLC's enumerator walks it too (SetOfFcnsValue's,
			// SetOfRcdsValue's, SetOfTuplesValue's Enumerator; TLC rev
			// cc6b616, -maxSetSize 100: x \in UNION {[1..4 -> 0..4]}
			// and x \in [1..4 -> 0..4] \cup [1..3 -> 0..4] give 625
			// and 750 initial states, goldens setbound/UFcnOne, UFcnCup).
			if walked, ok, werr := walkBase(ps); ok {
				if werr != nil {
					return nil, werr
				}
				out = append(out, walked...)
				continue
			}
		}
		if err != nil {
			return nil, err
		}
		out = append(out, e.elems...)
	}
	return out, nil
}

// walkBase is the elements of s, a function, record or tuple set, walked
// one at a time with no bound on their number (EachFcn, EachRcd,
// EachTuple); ok false for any other set.
func walkBase(s SetValue) (elems []Value, ok bool, err error) {
	collect := func(v Value) (bool, error) {
		elems = append(elems, v)
		return true, nil
	}
	switch x := s.(type) {
	case *FcnSetV:
		err = EachFcn(x, collect)
	case *RcdSetV:
		err = EachRcd(x, collect)
	case *ProductV:
		err = EachTuple(x, collect)
	default:
		return nil, false, nil
	}
	return elems, true, err
}
