package eval

import (
	"fmt"

	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
	"github.com/wspcycle/wspcycle/tla/value"
)

// TLC's ENABLED of an action of an instance (ENABLED written in an
// instantiated module, or WF/SF of an instance's action, in a
// SPECIFICATION or a PROPERTY) does not follow the substitutions of the
// instance contexts it is computed in when a variable is primed: TLC binds
// the instance contexts' substitutions before it starts ENABLED's partial
// next state, and its look-up of a primed variable stops there (the
// cutoff of Tool.lookup), so that the instance's own variable, by its
// name, is what the action assigns and reads in the next state. Unprimed,
// a variable is still its substitute, evaluated in the current state.
// So ENABLED A is computed over the instance's variables, from the values
// the substitutions give them: with a refinement mapping x <- f(y),
// ENABLED x' = e is TRUE (x' is free), whatever f. The other
// substitutions, of instances entered inside the action, are followed as
// usual. A variable the action leaves unassigned is free; reading it
// primed is an error, as in TLC.
//
// This differs from ENABLED over the spec's own variables as soon as a
// substitute is not a distinct variable: TLC's verdicts are followed.

// enabledCut is the ENABLED being compiled in an instance context: the
// instance contexts whose variables are free in the next state, and the
// slots given to those variables, after the spec's own ones.
type enabledCut struct {
	outer map[*instCtx]bool
	base  int            // the first free slot: the number of spec variables
	slots map[string]int // by name, as TLC's partial next state is
	names []string       // by slot - base
	cur   []cx           // the current value (the substitute) by slot - base
	src   []ast.Expr     // the substitute compiled into cur
	// sub: the subscript of WF/SF is being compiled (TLC's message when
	// the action leaves one of its variables free differs).
	sub bool
}

// newCut is the cut for an ENABLED compiled in en, or nil when en is not
// in an instance context that replaces a variable by something other
// than a distinct variable (renaming alone is ENABLED over the spec's
// variables: the usual compilation).
func (c *compiler) newCut(en cenv) *enabledCut {
	if !c.substitutesVariables(en) {
		return nil
	}
	cut := &enabledCut{outer: map[*instCtx]bool{}, base: len(c.varNames), slots: map[string]int{}}
	var walk func(m *modEnv)
	walk = func(m *modEnv) {
		if m == nil || m.ctx == nil || cut.outer[m.ctx] {
			return
		}
		cut.outer[m.ctx] = true
		for _, s := range m.subst {
			walk(c.env(s.en))
		}
	}
	walk(c.env(en))
	return cut
}

// size is the length of the next state ENABLED runs on.
func (cut *enabledCut) size() int {
	if cut == nil {
		return 0
	}
	return cut.base + len(cut.names)
}

// freeSlot is the slot of variable name of the instance context of x when
// ENABLED is being compiled with that context cut off, or -1.
func (c *compiler) freeSlot(name string, x *entry, pos token.Pos) int {
	cut := c.cut
	if cut == nil || x.kind != eVar || x.env == nil || x.env.ctx == nil || !cut.outer[x.env.ctx] {
		return -1
	}
	s, ok := x.env.subst[name]
	if !ok {
		return -1
	}
	if pos == (token.Pos{}) {
		pos = s.e.Pos()
	}
	i, ok := cut.slots[name]
	if !ok {
		i = cut.base + len(cut.names)
		cut.slots[name] = i
		cut.names = append(cut.names, name)
		cut.src = append(cut.src, s.e)
		// Compiled without the cut: a substitute is an expression of the
		// enclosing context, and unprimed anyway.
		c.cut = nil
		ae := s.en
		ae.primed, ae.init = false, false
		cut.cur = append(cut.cur, c.inline(pos, func() cx { return c.expr(s.e, ae) }))
		c.cut = cut
	} else if cut.src[i-cut.base] != s.e {
		// Two variables of the same name in different instance contexts,
		// whose current values may differ while TLC shares one slot.
		c.errs = append(c.errs, token.Unsupported(pos, fmt.Sprintf("ENABLED over two instance variables named %s substituted differently", name)))
	}
	return i
}

// freeVariable compiles a primed use of a free variable (slot i of the
// cut next state).
func (c *compiler) freeVariable(i int, pos token.Pos) cx {
	name, inSub := c.cut.names[i-c.cut.base], c.cut.sub
	return cx{fn: func(k *ctx) (value.Value, error) {
		if i < len(k.t) {
			if v := k.t[i]; v != nil {
				return v, nil
			}
		}
		if inSub {
			return nil, errorf(pos, "The action formula A appearing in a WF_v(A) or SF_v(A) operator does not specify the primed value of the variable %s occurring in the state formula v.", name)
		}
		return nil, errorf(pos, "The primed variable %s' is used before the action assigns it a value.", name)
	}, dep: depNext, pos: pos}
}

// unchangedSteps are the steps of UNCHANGED over variables vs: a free
// variable takes its current value, the substitute's.
func (c *compiler) unchangedSteps(vs []int, pos token.Pos) []step {
	out := make([]step, len(vs))
	for i, v := range vs {
		out[i] = step{kind: sUnchanged, v: v, pos: pos}
		if cut := c.cut; cut != nil && v >= cut.base {
			out[i].e = cut.cur[v-cut.base]
		}
	}
	return out
}

// enabledAction compiles action e for ENABLED in en, with en's instance
// contexts cut off when TLC does so, and returns it with the length of the
// next state to run it on (0: the spec's).
func (c *compiler) enabledAction(e ast.Expr, en cenv) ([]step, *enabledCut) {
	// TLC's ENABLED (Tool.enabled) neither warns on UNCHANGED nor
	// evaluates what is left as expressions (warnunch.go, letmode.go).
	savedIn := c.inEnabled
	c.inEnabled = true
	defer func() { c.inEnabled = savedIn }()
	cut := c.newCut(en)
	if cut == nil {
		return c.action(e, en), nil
	}
	saved := c.cut
	c.cut = cut
	defer func() { c.cut = saved }()
	return c.action(e, en), cut
}

// underCut compiles f with cut in force (nil: as usual).
func (c *compiler) underCut(cut *enabledCut, f func() cx) cx {
	saved := c.cut
	c.cut = cut
	defer func() { c.cut = saved }()
	return f()
}

// substitutesVariables reports whether en is (or lies in) an instance
// context where some variable is not, through the substitutions, a spec
// variable of its own (an expression, or a variable another one maps to
// too).
func (c *compiler) substitutesVariables(en cenv) bool {
	env := c.env(en)
	if env.subst == nil {
		return false
	}
	saved := c.cut
	c.cut = nil
	defer func() { c.cut = saved }()
	seen := map[int]bool{}
	for name := range env.subst {
		if x, ok := env.names[name]; !ok || x.kind != eVar {
			continue
		}
		i := c.varSlot(name, cenv{m: env, at: -1})
		if i < 0 || seen[i] {
			return true
		}
		seen[i] = true
	}
	return false
}
