package sema

import (
	"strconv"
	"strings"

	"github.com/wspcycle/wspcycle/tla/ast"
)

// SANY resolves the step names a proof uses (BY <1>2, <2>1 in an
// expression, <1>2!1) like operator names, each in the scope its step
// opens: the step's own proof and the later steps of the proof that
// holds it, with their proofs (TLC rev cc6b616). A step name used before
// its step, outside the proof that holds it (a substep's name after its
// proof, a name from another theorem's proof) is "Unknown operator".
// Names are compared by level and label: <*>2 is the step 2 of the
// proof at hand (<01>2 is <1>2).

// stepKey is a step name's level and label.
type stepKey struct {
	level int
	label string
}

// stepKeyOf is the key of the step name name (without its dots) in a
// proof of level level; ok is false for a name without a label (<1>,
// <*>), which cannot be referred to.
func stepKeyOf(name string, level int) (stepKey, bool) {
	i := strings.IndexByte(name, '>')
	if i < 0 || i == len(name)-1 {
		return stepKey{}, false
	}
	l := level
	if inner := name[1:i]; inner != "*" && inner != "+" {
		n, err := strconv.Atoi(inner)
		if err != nil {
			return stepKey{}, false
		}
		l = n
	}
	return stepKey{l, name[i+1:]}, true
}

// proofSteps checks the step names proof p uses; enclosing is the level
// of the proof around it (-1 for a theorem's), visible the step names in
// scope.
func (c *checker) proofSteps(p ast.Proof, enclosing int, visible map[stepKey]*ast.Step) {
	switch p := p.(type) {
	case *ast.TerminalProof:
		for _, x := range p.Facts {
			c.stepRefs(x, enclosing+1, visible)
		}
	case *ast.StepsProof:
		if len(p.Steps) == 0 {
			return
		}
		level := enclosing + 1
		if k, ok := stepKeyOf(p.Steps[0].Name+"x", -1); ok && k.level >= 0 {
			level = k.level // <n> fixes the level; <*> and <+> are one down
		}
		scope := make(map[stepKey]*ast.Step, len(visible)+len(p.Steps))
		for k, st := range visible {
			scope[k] = st
		}
		for _, st := range p.Steps {
			for _, x := range st.Exprs {
				c.stepRefs(x, level, scope)
			}
			for _, b := range st.Bounds {
				if b != nil && b.Set != nil {
					c.stepRefs(b.Set, level, scope)
				}
			}
			if st.Use != nil {
				for _, x := range st.Use.Facts {
					c.stepRefs(x, level, scope)
				}
			}
			if k, ok := stepKeyOf(st.Name, level); ok {
				scope[k] = st
			}
			if st.Proof != nil {
				c.proofSteps(st.Proof, level, scope)
			}
		}
	}
}

// stepRefs reports the step names in x that are not in visible.
func (c *checker) stepRefs(x ast.Node, level int, visible map[stepKey]*ast.Step) {
	if x == nil {
		return
	}
	ast.Inspect(x, func(n ast.Node) bool {
		var name string
		var at ast.Node
		var sels []*ast.Selector
		switch n := n.(type) {
		case *ast.StepRef:
			name, at = n.Name, n
		case *ast.ModRef:
			if len(n.Path) == 0 && n.Name != nil && strings.HasPrefix(n.Name.Name, "<") {
				name, at, sels = n.Name.Name, n.Name, n.Sels // <1>2!1
			}
		}
		if at == nil {
			return true
		}
		k, ok := stepKeyOf(name, level)
		if !ok {
			return true
		}
		st := visible[k]
		if st == nil {
			c.errorf(at.Pos(), "undefined name %s (a step name is known only in its step's proof and the later steps of the proof that holds it)", name)
			return true
		}
		if len(sels) > 0 && len(st.Exprs) == 1 {
			if i, err := strconv.Atoi(sels[0].Sel); err == nil {
				if n := operands(st.Exprs[0]); n >= 0 && (i < 1 || i > n) {
					c.errorf(sels[0].Pos, "%s!%d selects no operand: the formula of step %s has %d", name, i, name, n)
				}
			}
		}
		return true
	})
}

// operands is the number of operands SANY's selector !n may pick in e,
// or -1 where this package does not tell (only the forms whose
// operands are plain are counted: a literal has none, an operator
// application its arguments, a junction list its items).
func operands(e ast.Expr) int {
	switch e := e.(type) {
	case *ast.Bool, *ast.Number, *ast.String:
		return 0
	case *ast.Paren:
		return operands(e.X)
	case *ast.Binary:
		return 2
	case *ast.Unary, *ast.Prime:
		return 1
	case *ast.OpApp:
		return len(e.Args)
	case *ast.Junction:
		return len(e.Items)
	}
	return -1
}
