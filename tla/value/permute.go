package value

import (
	"fmt"
	"sort"
	"strings"
)

// Perm is a permutation of model values, one element of the group a cfg
// SYMMETRY names (TLC's MVPerm). Only the model values it moves are
// stored: a model value not among them maps to itself.
type Perm struct {
	from, to []*MV // from[i] |-> to[i], sorted by from's name
}

// NewPerm builds the permutation mapping from[i] to to[i]. As TLC's
// MVPerm.put, a pair mapping a value to itself is left out, and of two
// pairs for the same value the first wins.
func NewPerm(from, to []*MV) *Perm {
	m := make(map[*MV]*MV, len(from))
	for i, f := range from {
		if _, dup := m[f]; dup || f == to[i] {
			continue
		}
		m[f] = to[i]
	}
	return permOf(m)
}

func permOf(m map[*MV]*MV) *Perm {
	p := &Perm{from: make([]*MV, 0, len(m)), to: make([]*MV, 0, len(m))}
	for f := range m {
		p.from = append(p.from, f)
	}
	sort.Slice(p.from, func(i, j int) bool { return p.from[i].name < p.from[j].name })
	for _, f := range p.from {
		p.to = append(p.to, m[f])
	}
	return p
}

// Size is the number of model values p moves (0: the identity).
func (p *Perm) Size() int { return len(p.from) }

// Moved returns the model values p moves; callers must not modify it.
func (p *Perm) Moved() []*MV { return p.from }

// Apply is p(m).
func (p *Perm) Apply(m *MV) *MV {
	for i, f := range p.from {
		if f == m {
			return p.to[i]
		}
	}
	return m
}

// Then is q after p (x |-> q(p(x))), computed as TLC's MVPerm.compose:
// pairs that come back to themselves are dropped.
func (p *Perm) Then(q *Perm) *Perm {
	m := make(map[*MV]*MV, len(p.from)+len(q.from))
	for i, f := range p.from {
		if r := q.Apply(p.to[i]); r != f {
			m[f] = r
		}
	}
	for i, f := range q.from {
		if _, moved := m[f]; !moved && p.Apply(f) == f {
			m[f] = q.to[i]
		}
	}
	return permOf(m)
}

// key identifies a permutation by its pairs.
func (p *Perm) key() string {
	var b strings.Builder
	for i, f := range p.from {
		fmt.Fprintf(&b, "%s>%s;", f.name, p.to[i].name)
	}
	return b.String()
}

// String prints p as TLC prints an MVPerm: [a -> b, b -> a].
func (p *Perm) String() string {
	parts := make([]string, len(p.from))
	for i, f := range p.from {
		parts[i] = f.name + " -> " + p.to[i].name
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// PermGroup closes the permutations gens under composition, as TLC's
// MVPerms.permutationSubgroup does: the identity and repeated permutations
// are left out, and every composition of a generator with a permutation
// found so far is added until no new one appears. The result is the group
// the generators generate, less its identity (which a symmetry reduction
// always tries first, as the state itself).
func PermGroup(gens []*Perm) []*Perm {
	seen := map[string]bool{}
	var out []*Perm
	add := func(p *Perm) {
		if p.Size() == 0 {
			return
		}
		if k := p.key(); !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	for _, g := range gens {
		add(g)
	}
	base := out[:len(out):len(out)]
	for lo, hi := 0, len(out); lo < hi; lo, hi = hi, len(out) {
		for _, g := range base {
			for j := lo; j < hi; j++ {
				add(g.Then(out[j]))
			}
		}
	}
	return out
}

// Permute returns v with every model value m in it replaced by p(m), at
// any depth (in sets, in functions' domains and values, records, tuples),
// re-normalised: a set's elements and a function's domain are sorted again,
// so that the result is the canonical form of the permuted value. It
// returns v itself when p changes nothing in it. A symbolic set that p
// cannot reach into without enumerating (a filter of an infinite set) is an
// error.
func Permute(v Value, p *Perm) (Value, error) {
	switch x := v.(type) {
	case *MV:
		return p.Apply(x), nil
	case IntV, BoolV, *StrV:
		return v, nil
	case *SetV:
		elems, changed, err := permuteAll(x.elems, p)
		if err != nil || !changed {
			return v, err
		}
		return NewSet(elems), nil
	case *FcnV:
		vals, vchanged, err := permuteAll(x.vals, p)
		if err != nil {
			return nil, err
		}
		if x.dom == nil {
			if !vchanged {
				return v, nil
			}
			return &FcnV{vals: vals}, nil
		}
		keys, kchanged, err := permuteAll(x.dom.elems, p)
		if err != nil {
			return nil, err
		}
		switch {
		case kchanged:
			if !vchanged {
				vals = append([]Value(nil), x.vals...)
			}
			return FcnFromPairs(keys, vals), nil
		case vchanged:
			return FcnOn(x.dom, vals), nil
		}
		return v, nil
	case *IntervalV, NatV, IntSetV, StringSetV:
		return v, nil
	case *SubsetV:
		b, err := permuteSet(x.Base, p)
		if err != nil || b == x.Base {
			return v, err
		}
		return &SubsetV{Base: b}, nil
	case *SeqSetV:
		b, err := permuteSet(x.Base, p)
		if err != nil || b == x.Base {
			return v, err
		}
		return &SeqSetV{Base: b}, nil
	case *FcnSetV:
		d, err := permuteSet(x.Dom, p)
		if err != nil {
			return nil, err
		}
		r, err := permuteSet(x.Rng, p)
		if err != nil || (d == x.Dom && r == x.Rng) {
			return v, err
		}
		return &FcnSetV{Dom: d, Rng: r}, nil
	case *RcdSetV:
		sets, changed, err := permuteSets(x.Sets, p)
		if err != nil || !changed {
			return v, err
		}
		return &RcdSetV{Names: x.Names, Sets: sets}, nil
	case *ProductV:
		sets, changed, err := permuteSets(x.Sets, p)
		if err != nil || !changed {
			return v, err
		}
		return &ProductV{Sets: sets}, nil
	case *CupV, *CapV, *DiffV:
		a, b := binaryOperands(x)
		pa, err := permuteSet(a, p)
		if err != nil {
			return nil, err
		}
		pb, err := permuteSet(b, p)
		if err != nil || (pa == a && pb == b) {
			return v, err
		}
		switch x.(type) {
		case *CupV:
			return &CupV{A: pa, B: pb}, nil
		case *CapV:
			return &CapV{A: pa, B: pb}, nil
		}
		return &DiffV{A: pa, B: pb}, nil
	case SetValue:
		// A filter: permute its enumeration, when it has one.
		e, err := x.Enum()
		if err != nil {
			return nil, fmt.Errorf("cannot apply the SYMMETRY permutation %s to %s: %v", p, v, err)
		}
		return Permute(e, p)
	}
	return nil, fmt.Errorf("cannot apply the SYMMETRY permutation %s to the %s %s", p, v.Kind(), v)
}

func binaryOperands(v Value) (a, b SetValue) {
	switch x := v.(type) {
	case *CupV:
		return x.A, x.B
	case *CapV:
		return x.A, x.B
	case *DiffV:
		return x.A, x.B
	}
	return nil, nil
}

// permuteAll permutes each of vs; the result is a new slice only when some
// element changed.
func permuteAll(vs []Value, p *Perm) (out []Value, changed bool, err error) {
	for i, e := range vs {
		pe, err := Permute(e, p)
		if err != nil {
			return nil, false, err
		}
		if pe != e && out == nil {
			out = make([]Value, len(vs))
			copy(out, vs[:i])
		}
		if out != nil {
			out[i] = pe
		}
	}
	if out == nil {
		return vs, false, nil
	}
	return out, true, nil
}

func permuteSet(s SetValue, p *Perm) (SetValue, error) {
	v, err := Permute(s, p)
	if err != nil {
		return nil, err
	}
	return v.(SetValue), nil
}

func permuteSets(sets []SetValue, p *Perm) ([]SetValue, bool, error) {
	var out []SetValue
	for i, s := range sets {
		ps, err := permuteSet(s, p)
		if err != nil {
			return nil, false, err
		}
		if ps != s && out == nil {
			out = append([]SetValue(nil), sets...)
		}
		if out != nil {
			out[i] = ps
		}
	}
	if out == nil {
		return sets, false, nil
	}
	return out, true, nil
}
