package model

import (
	"fmt"
	"strings"
	"sync"

	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// liveSpec is what the search must record for the temporal properties: one
// bit per state predicate (the P and Q of every property part, and ENABLED
// of every fairness condition) on each state, and one bit per fairness
// condition ("this step is an <<A>>_v step") on each edge. The liveness
// phase then needs no state values at all, only these bits and the
// fingerprints.
type liveSpec struct {
	preds []func(value.State) (bool, error)
	taken []func(s, t value.State) (bool, error)
	parts []livePart
	fair  []fairCond
	// stutterOf gives, for each edge bit, the state bit of the same
	// action on the stuttering step s -> s, or -1 (a fairness condition's
	// <<A>>_v is never a stuttering step).
	stutterOf []int
	atoms     map[atomKey]atomRef
	// wide: more than narrowBits state or step predicates; the recorded
	// uint64 are then indices into nodePats and edgePats.
	wide               bool
	nodePats, edgePats *bitTable
	// printer makes the evaluations TLC makes for its liveness checking
	// during the search (liveprints.go); made once, by checker.livePrinter.
	printerOnce sync.Once
	printer     *livePrinter
	// run is the spec's, for the values of constant-level parts (liveconst.go).
	run *eval.Run
	// formulaOf gives the nodes of the specification's fairness formulas
	// (as general folds them) the index of their formula, for TLC's order
	// of their items (liveprints.go).
	formulaOf map[*eval.LiveExpr]int
	// succOf, with a SYMMETRY, gives for each state bit read by a tableau
	// literal the edge bit of the same predicate on the step's actual
	// successor, or -1 (symlive.go); nil without a SYMMETRY.
	succOf []int
	// sym, with a SYMMETRY in memory, rebuilds the states TLC's product
	// construction evaluates on (symProduct); set by checkLiveness.
	sym *symSource
	// symDone holds the lassos of the disjuncts extraStates checked
	// ahead (nil for none found), and symExtra, per tableau formula,
	// the states its product met that the search did not (liveextra.go).
	symDone  map[*disjunct]*lasso
	symExtra map[string]map[uint64]bool
	symTF    string // the tableau formula of the product being built
}

// bitTable interns bit vectors of one width (in 64-bit words).
type bitTable struct {
	mu    sync.Mutex
	words int
	ids   map[string]uint64
	pats  [][]uint64 // read only after the search (or by one goroutine)
}

func newBitTable(bits int) *bitTable {
	return &bitTable{words: (bits + 63) / 64, ids: map[string]uint64{}}
}

// intern returns the index of the vector v (of t.words words).
func (t *bitTable) intern(v []uint64) uint64 {
	var key strings.Builder
	for _, w := range v {
		for i := 0; i < 8; i++ {
			key.WriteByte(byte(w >> (8 * i)))
		}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if id, ok := t.ids[key.String()]; ok {
		return id
	}
	id := uint64(len(t.pats))
	t.ids[key.String()] = id
	t.pats = append(t.pats, append([]uint64(nil), v...))
	return id
}

// words returns the bit vector a recorded state value (b) stands for;
// buf holds it when it is b itself.
func (ls *liveSpec) stateWords(b uint64, buf *[1]uint64) []uint64 {
	if !ls.wide {
		buf[0] = b
		return buf[:]
	}
	return ls.nodePats.pats[b]
}

// edgeWords is stateWords for a recorded edge value.
func (ls *liveSpec) edgeWords(b uint64, buf *[1]uint64) []uint64 {
	if !ls.wide {
		buf[0] = b
		return buf[:]
	}
	return ls.edgePats.pats[b]
}

// stateHas reports whether state predicate bit holds in a recorded state value.
func (ls *liveSpec) stateHas(b uint64, bit int) bool {
	if !ls.wide {
		return b&(1<<uint(bit)) != 0
	}
	return hasBit(ls.nodePats.pats[b], bit)
}

// edgeHas reports whether step predicate bit holds in a recorded edge value.
func (ls *liveSpec) edgeHas(b uint64, bit int) bool {
	if !ls.wide {
		return b&(1<<uint(bit)) != 0
	}
	return hasBit(ls.edgePats.pats[b], bit)
}

// edgeValue records the step predicate vector v.
func (ls *liveSpec) edgeValue(v []uint64) uint64 {
	if !ls.wide {
		return v[0]
	}
	return ls.edgePats.intern(v)
}

// stateWidth and edgeWidth are the words of the vectors.
func (ls *liveSpec) stateWidth() int {
	if !ls.wide {
		return 1
	}
	return ls.nodePats.words
}

func (ls *liveSpec) edgeWidth() int {
	if !ls.wide {
		return 1
	}
	return ls.edgePats.words
}

func hasBit(v []uint64, bit int) bool { return v[bit>>6]&(1<<uint(bit&63)) != 0 }

// atomKey identifies an atom of a General part; an action is registered
// with its negation applied (edges have no "negated" flag).
type atomKey struct {
	x   *eval.LiveExpr
	neg bool
}

// livePart is one conjunct of a PROPERTY, with the bits of its P and Q.
type livePart struct {
	prop       int    // index into Spec.Properties
	name       string // the part's own name (an instance of a quantified formula), or ""
	kind       eval.TemporalKind
	pBit, qBit int         // qBit is -1 unless kind is LeadsTo
	disj       []*disjunct // kind General: the negation's disjuncts
}

// fairCond is one WF_/SF_ conjunct of the specification.
type fairCond struct {
	name   string
	strong bool
	enBit  int // state bit: ENABLED <<A>>_v
	tkBit  int // edge bit: an <<A>>_v step
}

// narrowBits predicates fit in the uint64 recorded per state and per
// edge. With more (many fairness conditions: one per process and message,
// say), the uint64 is instead the index of the state's (or edge's) bit
// vector in a table of the distinct vectors met (see bitTable): a graph
// has few distinct combinations of predicate values.
const narrowBits = 64

// testForceWide, set by tests, makes every run use the bit tables.
var testForceWide bool

// maxBits bounds the predicates of one run.
const maxBits = 4096

func newLiveSpec(sp *eval.Spec) (*liveSpec, error) {
	if err := liveConsts(sp); err != nil {
		return nil, err
	}
	ls := &liveSpec{run: sp.Run}
	addPred := func(p func(value.State) (bool, error)) int {
		ls.preds = append(ls.preds, p)
		return len(ls.preds) - 1
	}
	ls.atoms = map[atomKey]atomRef{}
	for i, prop := range sp.Properties {
		if len(prop.Parts) == 0 {
			return nil, token.Unsupported(prop.Pos, fmt.Sprintf("property %s has no temporal formula the checker can handle", prop.Name))
		}
		for _, part := range prop.Parts {
			lp := livePart{prop: i, name: part.Name, kind: part.Kind, qBit: -1}
			if part.Kind == eval.General || len(sp.FairnessFormulas) > 0 || symTableau(sp, part.Kind) {
				// Fairness formulas other than WF/SF belong in the normal
				// form, so every part takes the general way then.
				f := simpleFormula(part)
				if f == nil {
					return nil, fmt.Errorf("model: property %s has a part without a formula", prop.Name)
				}
				ds, err := ls.general(sp.FairnessFormulas, f)
				if err != nil {
					return nil, token.Unsupported(prop.Pos, fmt.Sprintf("temporal property %s of this form: %v", prop.Name, err))
				}
				lp.kind, lp.disj = eval.General, ds
				ls.parts = append(ls.parts, lp)
				continue
			}
			switch part.Kind {
			case eval.Always, eval.Eventually, eval.AlwaysEventually, eval.EventuallyAlways:
			case eval.LeadsTo:
				if part.Q == nil {
					return nil, token.Unsupported(prop.Pos, "property "+prop.Name+": ~> without a right-hand side")
				}
				lp.qBit = addPred(part.Q)
			default:
				return nil, token.Unsupported(prop.Pos, fmt.Sprintf("property %s: temporal form %d", prop.Name, part.Kind))
			}
			if part.P == nil {
				return nil, token.Unsupported(prop.Pos, "property "+prop.Name+": a temporal part without a predicate")
			}
			lp.pBit = addPred(part.P)
			ls.parts = append(ls.parts, lp)
		}
	}
	if tautology(ls.parts) {
		return nil, ErrTautology
	}
	for _, f := range sp.Fairness {
		if f.Enabled == nil || f.Taken == nil {
			return nil, fmt.Errorf("model: fairness condition %s has no ENABLED or step predicate", f.Name)
		}
		fc := fairCond{name: f.Name, strong: f.Strong, enBit: addPred(f.Enabled), tkBit: len(ls.taken)}
		ls.taken = append(ls.taken, f.Taken)
		ls.stutterOf = append(ls.stutterOf, -1)
		ls.fair = append(ls.fair, fc)
	}
	if actualSucc(sp) {
		ls.addSuccessorBits()
	}
	if len(ls.preds) > maxBits || len(ls.taken) > maxBits {
		pos := token.Pos{}
		if len(sp.Properties) > 0 {
			pos = sp.Properties[0].Pos
		}
		return nil, token.Unsupported(pos, fmt.Sprintf("more than %d state predicates or fairness conditions in the temporal properties", maxBits))
	}
	if testForceWide || len(ls.preds) > narrowBits || len(ls.taken) > narrowBits {
		ls.wide = true
		ls.nodePats, ls.edgePats = newBitTable(len(ls.preds)), newBitTable(len(ls.taken))
	}
	return ls, nil
}

// markFormula records x's nodes as those of the fairness formula j.
func (ls *liveSpec) markFormula(x *eval.LiveExpr, j int) {
	if ls.formulaOf == nil {
		ls.formulaOf = map[*eval.LiveExpr]int{}
	}
	if _, ok := ls.formulaOf[x]; !ok {
		ls.formulaOf[x] = j
	}
	for _, k := range x.Kids {
		ls.markFormula(k, j)
	}
}

// general puts fairness /\ ~f in normal form and registers its atoms.
func (ls *liveSpec) general(fairness []*eval.LiveExpr, f *eval.LiveExpr) ([]*disjunct, error) {
	x := &eval.LiveExpr{Op: eval.LiveAnd}
	for j, fa := range fairness {
		fx := foldConst(fa, ls.run)
		ls.markFormula(fx, j)
		x.Kids = append(x.Kids, fx)
	}
	x.Kids = append(x.Kids, &eval.LiveExpr{Op: eval.LiveNot, Kids: []*eval.LiveExpr{foldConst(f, ls.run)}})
	conjs, err := dnf(nnf(x, false))
	if err != nil {
		return nil, err
	}
	var out []*disjunct
	for _, conj := range conjs {
		d, err := classify(conj, ls.atom)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// atom returns the bits of an atom, registering it the first time.
func (ls *liveSpec) atom(x *eval.LiveExpr, neg bool) atomRef {
	if !x.HasAction() {
		if r, ok := ls.atoms[atomKey{x, false}]; ok {
			r.neg = neg
			return r
		}
		ls.preds = append(ls.preds, func(s value.State) (bool, error) { return evalLive(x, s, nil) })
		r := atomRef{bit: len(ls.preds) - 1, stutterBit: -1}
		ls.atoms[atomKey{x, false}] = r
		r.neg = neg
		return r
	}
	if r, ok := ls.atoms[atomKey{x, neg}]; ok {
		return r
	}
	ls.taken = append(ls.taken, func(s, t value.State) (bool, error) {
		ok, err := evalLive(x, s, t)
		return ok != neg, err
	})
	ls.preds = append(ls.preds, func(s value.State) (bool, error) {
		ok, err := evalLive(x, s, s)
		return ok != neg, err
	})
	r := atomRef{action: true, bit: len(ls.taken) - 1, stutterBit: len(ls.preds) - 1}
	ls.stutterOf = append(ls.stutterOf, r.stutterBit)
	ls.atoms[atomKey{x, neg}] = r
	return r
}

func (ls *liveSpec) stateBits(t value.State) (uint64, error) {
	if ls.wide {
		v := make([]uint64, ls.nodePats.words)
		for i, p := range ls.preds {
			ok, err := p(t)
			if err != nil {
				return 0, &livePredError{index: i, err: err}
			}
			if ok {
				v[i>>6] |= 1 << uint(i&63)
			}
		}
		return ls.nodePats.intern(v), nil
	}
	var b uint64
	for i, p := range ls.preds {
		ok, err := p(t)
		if err != nil {
			return 0, &livePredError{index: i, err: err}
		}
		if ok {
			b |= 1 << uint(i)
		}
	}
	return b, nil
}

func (ls *liveSpec) takenBits(s, t value.State) (uint64, error) {
	if ls.wide {
		v := make([]uint64, ls.edgePats.words)
		for i, p := range ls.taken {
			ok, err := p(s, t)
			if err != nil {
				return 0, err
			}
			if ok {
				v[i>>6] |= 1 << uint(i&63)
			}
		}
		return ls.edgePats.intern(v), nil
	}
	var b uint64
	for i, p := range ls.taken {
		ok, err := p(s, t)
		if err != nil {
			return 0, err
		}
		if ok {
			b |= 1 << uint(i)
		}
	}
	return b, nil
}

// liveNode and liveEdge are the behaviour graph as the search records it.
type liveNode struct {
	fp    uint64
	bits  uint64
	depth int32
}

type liveEdge struct {
	from, to uint64
	taken    uint64
}

// liveGraph is the recorded behaviour graph; index() turns it into
// adjacency arrays over dense node ids for the SCC search.
type liveGraph struct {
	nodes []liveNode
	edges []liveEdge
	disk  *diskGraph // the disk-backed search: nodes and edges are in its files
}

// untabled reports whether TLC checks every part without a tableau: in
// its one branch of the parts of the forms []<>, <>[] and of general
// parts whose disjuncts need none (see branches).
func (ls *liveSpec) untabled() bool {
	for _, p := range ls.parts {
		switch p.kind {
		case eval.AlwaysEventually, eval.EventuallyAlways:
		case eval.General:
			for _, d := range p.disj {
				if d.tab != nil {
					return false
				}
			}
		default:
			return false
		}
	}
	return true
}

// branches is the number TLC reports as the branches of its
// implied-temporal satisfiability problem: it puts the disjuncts of the
// negated properties in bins by their tableau formula, and every disjunct
// that needs no tableau (only <>[] and []<> conditions, such as a negated
// WF or SF, or []<>P and <>[]P) shares one bin. Here each simple part that
// needs a tableau (<>P, P ~> Q) counts as a bin of its own, and General
// disjuncts share a bin when their tableau formulas are syntactically
// equal (TLC's LiveExprNode.equals, atoms by identity): the two <>FALSE
// of \A i \in {0, 1, 2} : (i = 1) ~> P(i) are one bin.
func (ls *liveSpec) branches() int {
	n, shared := 0, false
	seen := map[string]bool{}
	for _, p := range ls.parts {
		switch p.kind {
		case eval.AlwaysEventually, eval.EventuallyAlways:
			shared = true
		case eval.General:
			for _, d := range p.disj {
				if d.tab == nil {
					shared = true
				} else if k := tfKey(d.tf); !seen[k] {
					seen[k] = true
					n++
				}
			}
		default:
			n++
		}
	}
	if shared {
		n++
	}
	return n
}
