package gen

import (
	"strconv"

	"github.com/wspcycle/wspcycle/tla/token"
)

// prove checks, for every phase and trigger, that at most one compiled or waiting action
// is enabled at every counter value: stateless panics at run time when two guards of one
// (state, trigger) hold at once, and a wait that overlaps a transition would be ambiguous.
//
// Why enumeration is a proof here: every guard is a Boolean combination of comparisons
// between integer sums of the counter r, its bound m and literals, i.e. of half-planes
// a*r + b*m + c >= 0 (or = 0) with integer coefficients. Two guards overlap on a union of
// cells of the arrangement of those lines and of r = 0, r = m, m = 1. With A the largest
// |a| or |b| and C the sum of the |c|, every vertex of the arrangement has m <= 2*A*C
// (Cramer's rule with an integer denominator of at least 1); a bounded cell lies below its
// vertices, and along an unbounded cell the lattice points recur at least every A*A steps
// of m. So if any bound m admits an overlap, one does with m <= 2*A*C + 4*A*A + 8, and
// enumerating m = 1 .. that and r = 0 .. m decides the question for every bound.
func prove(m *Machine) error {
	A, C := 1, 0
	var cmp []compare
	for _, a := range m.Actions {
		comparisons(a.Guard, &cmp)
	}
	for _, c := range cmp {
		l := linearize(intArith{op: "-", x: c.x, y: c.y})
		A = maxInt(A, abs(l.a), abs(l.b))
		C += abs(l.c)
	}
	for _, a := range m.Actions {
		if a.Refs != nil {
			l := linearize(a.Refs)
			A = maxInt(A, abs(l.a), abs(l.b))
			C += abs(l.c)
		}
	}
	maxBound := 2*A*C + 4*A*A + 8
	if maxBound > 1<<10 {
		var errs token.ErrorList
		errs.Add(m.Actions[0].Pos, "the control fragment's integers are too large to prove its guards exclusive")
		return errs
	}
	var errs token.ErrorList
	points := 0
	reported := map[[2]*Action]bool{}
	for _, s := range m.States {
		for _, t := range m.Triggers {
			var cands []*Action
			for _, a := range m.Actions {
				if a.Trigger == t && !a.Hand && contains(a.From, s) {
					cands = append(cands, a)
				}
			}
			if len(cands) < 2 {
				points += len(cands) * (maxBound + 1) * (maxBound + 2) / 2
				continue
			}
			for max := 1; max <= maxBound; max++ {
				for refs := 0; refs <= max; refs++ {
					points++
					e := env{refs: refs, max: max}
					var first *Action
					for _, a := range cands {
						if !a.enabled(s, e) {
							continue
						}
						if first == nil {
							first = a
							continue
						}
						key := [2]*Action{first, a}
						if reported[key] {
							continue
						}
						reported[key] = true
						errs.Add(a.Pos, "guards of "+first.Name+" ("+first.Pos.String()+") and "+a.Name+
							" both hold for "+t+" in phase "+s+" at "+m.Counter+"="+itoa(refs)+boundText(m, max)+
							": stateless would panic; make them mutually exclusive")
					}
				}
			}
		}
	}
	if len(errs) > 0 {
		return sorted(errs)
	}
	m.Proof = Proof{MaxBound: maxBound, Points: points}
	return nil
}

func boundText(m *Machine, max int) string {
	if m.Max == "" {
		return ""
	}
	return " " + m.Max + "=" + itoa(max)
}

// linear is a*counter + b*bound + c.
type linear struct{ a, b, c int }

func linearize(x intExpr) linear {
	switch x := x.(type) {
	case intLit:
		return linear{c: int(x)}
	case counter:
		return linear{a: 1}
	case bound:
		return linear{b: 1}
	case intNeg:
		l := linearize(x.x)
		return linear{-l.a, -l.b, -l.c}
	case intArith:
		l, r := linearize(x.x), linearize(x.y)
		if x.op == "-" {
			r = linear{-r.a, -r.b, -r.c}
		}
		return linear{l.a + r.a, l.b + r.b, l.c + r.c}
	}
	return linear{}
}

// comparisons collects the comparisons of a guard.
func comparisons(x boolExpr, out *[]compare) {
	switch x := x.(type) {
	case compare:
		*out = append(*out, x)
	case logic:
		for _, a := range x.args {
			comparisons(a, out)
		}
	case not:
		comparisons(x.x, out)
	}
}

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}

func maxInt(xs ...int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func itoa(i int) string { return strconv.Itoa(i) }
