package sema

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// Levels of TLA+ expressions: a state predicate may not prime variables,
// an action may not use temporal operators. The .cfg checks need them: an
// INVARIANT that primes a variable cannot be evaluated on a single state.
const (
	levelState    = 1
	levelAction   = 2
	levelTemporal = 3
)

// levelInfo is the level of an expression and where the construct that
// raised it to that level is.
type levelInfo struct {
	level int
	at    token.Pos
	what  string
}

func (a levelInfo) max(b levelInfo) levelInfo {
	if b.level > a.level {
		return b
	}
	return a
}

// lookFn finds the symbol a name used at pos means (nil: none known).
type lookFn func(name string, pos token.Pos) *symbol

// level computes the level of x, its names resolved at the module's top
// level: only a definition that precedes the use can be meant (TLA+ has
// no forward references), so a parameter or bound name that happens to
// equal a later definition's name is not mistaken for it. LET
// definitions count through their bodies, which Inspect visits. ENABLED
// makes its argument a state predicate.
func (c *checker) level(x ast.Node, depth int) levelInfo {
	return c.levelIn(nil, x, depth)
}

// levelIn is level with the names of x resolved in sc first: a LET
// definition, an operator parameter or an instance M (whose M!Op is the
// level of Op's body in M) is what the scope says it is, as SANY resolves
// it.
func (c *checker) levelIn(sc *scope, x ast.Node, depth int) levelInfo {
	return c.levelWith(c.topLook(sc), x, depth)
}

// topLook resolves names in sc, then among the module's definitions.
func (c *checker) topLook(sc *scope) lookFn {
	return func(name string, pos token.Pos) *symbol {
		if sc != nil {
			if s := sc.lookup(name); s != nil {
				return s
			}
		}
		if d := c.defs[name]; d != nil && before(d.Name.NamePos, pos) {
			return &symbol{name: name, kind: symDef, def: d}
		}
		return nil
	}
}

// levelWith is the level of x, its names resolved by look. As SANY's
// (OpApplNode.levelCheck with OpDefNode's level parameters), the level
// of an application of a user operator is its body's with each parameter
// at the level of its argument: an argument whose parameter the body does
// not use, or uses only under ENABLED (whose level is a state
// predicate's whatever its argument's), does not raise it (K(a, b) == a:
// K(TRUE, x' = 1) is constant). An operator parameter's application
// counts all its arguments (levelArg). A LET's definitions count where
// its body uses them.
func (c *checker) levelWith(look lookFn, x ast.Node, depth int) levelInfo {
	var out levelInfo
	if depth > 200 || x == nil {
		return out
	}
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Prime:
			out = out.max(levelInfo{levelAction, n.PrimePos, "a primed expression"})
		case *ast.Unary:
			if n.Op == token.MINUS {
				if s := look(token.MINUSDOT.String(), n.OpPos); s != nil && s.kind == symDef && s.def != nil {
					// The spec's own -. a == ... (sema.StdFirst).
					out = out.max(c.nameLevel(look, token.MINUSDOT.String(), n.OpPos, []ast.Expr{n.X}, depth))
					return false
				}
			}
			switch n.Op {
			case token.UNCHANGED:
				out = out.max(levelInfo{levelAction, n.OpPos, "UNCHANGED"})
			case token.ENABLED:
				return false
			case token.BOX, token.EVENTUALLY:
				out = out.max(levelInfo{levelTemporal, n.OpPos, "a temporal operator (" + n.Op.String() + ")"})
			}
		case *ast.Binary:
			if n.Op == token.LEADSTO {
				out = out.max(levelInfo{levelTemporal, n.OpPos, "a temporal operator (~>)"})
			}
			if s := look(n.Op.String(), n.OpPos); s != nil && (s.kind == symDef && s.def != nil || s.larg != nil) {
				// A spec's definition of the symbol (Foo's a + b == x'
				// with EXTENDS Foo, Naturals): its application's level.
				out = out.max(c.nameLevel(look, n.Op.String(), n.OpPos, []ast.Expr{n.X, n.Y}, depth))
				return false
			}
		case *ast.BoxAction:
			out = out.max(levelInfo{levelAction, n.Lbrack, "an action [A]_v"})
		case *ast.AngleAction:
			out = out.max(levelInfo{levelAction, n.Ltuple, "an action <<A>>_v"})
		case *ast.Fairness:
			out = out.max(levelInfo{levelTemporal, n.FairPos, "a fairness formula"})
		case *ast.Ident:
			out = out.max(c.nameLevel(look, n.Name, n.NamePos, nil, depth))
		case *ast.OpApp:
			s := look(n.Name.Name, n.Name.NamePos)
			if s == nil || s.kind != symDef && s.larg == nil {
				return true // a standard operator: its arguments count
			}
			out = out.max(c.nameLevel(look, n.Name.Name, n.Name.NamePos, n.Args, depth))
			return false
		case *ast.Let:
			inner := c.letLook(look, n)
			for _, u := range n.Defs {
				if _, ok := u.(*ast.OpDef); !ok {
					out = out.max(c.levelWith(inner, u, depth+1))
				}
			}
			out = out.max(c.levelWith(inner, n.Body, depth+1))
			return false
		case *ast.ModRef:
			for _, st := range n.Path {
				for _, a := range st.Args {
					out = out.max(c.levelWith(look, a, depth+1))
				}
			}
			if d, names := c.modRefDef(look, n); d != nil {
				dl := func(name string, _ token.Pos) *symbol { return names[name] }
				out = out.max(c.applyLevel(d, dl, true, look, n.Args, depth+1))
			} else {
				for _, a := range n.Args {
					out = out.max(c.levelWith(look, a, depth+1))
				}
			}
			return false
		}
		return true
	})
	return out
}

// nameLevel is the level of name used at pos, applied to args: a
// definition's application, a parameter's argument.
func (c *checker) nameLevel(look lookFn, name string, pos token.Pos, args []ast.Expr, depth int) levelInfo {
	s := look(name, pos)
	if s == nil {
		return levelInfo{}
	}
	if a := s.larg; a != nil {
		out := a.lv
		for _, x := range args {
			out = out.max(c.levelWith(look, x, depth+1))
		}
		return out
	}
	if s.kind != symDef || s.def == nil {
		return levelInfo{}
	}
	if c.defs[name] == s.def {
		return c.applyLevel(s.def, c.topLook(nil), true, look, args, depth+1)
	}
	dl := look
	if s.llook != nil {
		dl = s.llook
	}
	return c.applyLevel(s.def, dl, false, look, args, depth+1)
}

// levelArg is what an operator parameter stands for while the level of
// its operator's body is computed: the level of its argument. An
// operator argument (a definition's name, a LAMBDA) is at the level of
// its body, its parameters constant, and an application of its parameter
// counts all its arguments, as SANY's (App(Op(_), v) == Op(v): App(Id,
// x' = 1) is an action even where Id(a) == TRUE).
type levelArg struct {
	lv levelInfo
}

// argOf is what argument x (of the caller, whose names look resolves)
// stands for.
func (c *checker) argOf(look lookFn, x ast.Expr, depth int) *levelArg {
	switch a := ast.Unparen(x).(type) {
	case *ast.Lambda:
		return &levelArg{lv: c.lambdaLevel(a, look, look, nil, depth+1)}
	case *ast.OpSymbol:
		return &levelArg{}
	case *ast.Ident:
		if s := look(a.Name, a.NamePos); s != nil {
			if s.larg != nil {
				return s.larg
			}
			if s.kind == symDef && s.def != nil && len(s.def.Params) > 0 {
				return &levelArg{lv: c.nameLevel(look, a.Name, a.NamePos, nil, depth+1)}
			}
		}
	}
	return &levelArg{lv: c.levelWith(look, x, depth+1)}
}

// bindLook resolves params to args, then names as look does.
func bindLook(look lookFn, params []*ast.Ident, args []*levelArg) lookFn {
	if len(params) == 0 {
		return look
	}
	return func(name string, pos token.Pos) *symbol {
		for i, p := range params {
			if p.Name == name && i < len(args) {
				return &symbol{name: name, kind: symParam, larg: args[i]}
			}
		}
		return look(name, pos)
	}
}

// letLook resolves the definitions of the LET x (the later ones seeing
// the earlier ones), then names as look does.
func (c *checker) letLook(look lookFn, x *ast.Let) lookFn {
	inner := look
	for _, u := range x.Defs {
		d, ok := u.(*ast.OpDef)
		if !ok || d.Name == nil {
			continue
		}
		outer := inner
		var self lookFn
		self = func(name string, pos token.Pos) *symbol {
			if name == d.Name.Name {
				return &symbol{name: name, kind: symDef, def: d, llook: self}
			}
			return outer(name, pos)
		}
		inner = self
	}
	return inner
}

// applyLevel is the level of d (its body's names resolved by dlook)
// applied to args (the caller's, resolved by look). A module's
// definition (static) is cached by the levels of its arguments. A
// definition whose level is under way (RECURSIVE) is, conservatively, as
// high as its arguments.
func (c *checker) applyLevel(d *ast.OpDef, dlook lookFn, static bool, look lookFn, args []ast.Expr, depth int) levelInfo {
	if depth > 200 {
		return levelInfo{}
	}
	bound := make([]*levelArg, len(d.Params))
	key := levelKey{d: d}
	sig := make([]byte, 0, len(d.Params))
	for i := range d.Params {
		if i < len(args) {
			bound[i] = c.argOf(look, args[i], depth)
		} else {
			bound[i] = &levelArg{}
		}
		sig = append(sig, byte('0'+bound[i].lv.level))
	}
	key.sig = string(sig)
	if c.busy[d] {
		return argsMax(bound)
	}
	if static {
		if l, ok := c.levels[key]; ok {
			if l == nil {
				return argsMax(bound)
			}
			return *l
		}
		c.levels[key] = nil
	}
	if c.busy == nil {
		c.busy = map[*ast.OpDef]bool{}
	}
	c.busy[d] = true
	l := c.levelWith(bindLook(dlook, d.Params, bound), d.Body, depth+1)
	delete(c.busy, d)
	if static {
		c.levels[key] = &l
	}
	return l
}

// argsMax is the highest level of args.
func argsMax(args []*levelArg) levelInfo {
	var out levelInfo
	for _, a := range args {
		out = out.max(a.lv)
	}
	return out
}

// lambdaLevel is applyLevel's for a LAMBDA.
func (c *checker) lambdaLevel(x *ast.Lambda, llook, look lookFn, args []ast.Expr, depth int) levelInfo {
	bound := make([]*levelArg, len(x.Params))
	for i := range x.Params {
		if i < len(args) {
			bound[i] = c.argOf(look, args[i], depth)
		} else {
			bound[i] = &levelArg{}
		}
	}
	return c.levelWith(bindLook(llook, x.Params, bound), x.Body, depth+1)
}

// levelKey is a definition with the levels of its arguments.
type levelKey struct {
	d   *ast.OpDef
	sig string
}

// modRefDef is the definition M!Op (M!N!Op, ...) names, with the names
// visible in its module, or nil.
func (c *checker) modRefDef(look lookFn, x *ast.ModRef) (*ast.OpDef, map[string]*symbol) {
	if len(x.Path) == 0 {
		return nil, nil
	}
	sym := look(x.Path[0].Name.Name, x.Path[0].Name.NamePos)
	var names map[string]*symbol
	for i, st := range x.Path {
		if i > 0 {
			sym = names[st.Name.Name]
		}
		if sym == nil || sym.kind != symInst || sym.inst == nil {
			return nil, nil
		}
		names = c.im.exports(sym.inst)
	}
	if d := names[x.Name.Name]; d != nil && d.kind == symDef && d.def != nil {
		return d.def, names
	}
	return nil, nil
}

// defLevel is the level of d's body, its names resolved by look (nil: the
// module's), its parameters constant.
func (c *checker) defLevel(d *ast.OpDef, look lookFn, depth int) levelInfo {
	if look == nil {
		return c.applyLevel(d, c.topLook(nil), true, look, nil, depth)
	}
	return c.applyLevel(d, look, false, look, nil, depth)
}

// before reports whether a definition at p can be meant by a use at q: it
// precedes it in the same file, or it is in another module's file.
func before(p, q token.Pos) bool {
	return p.Filename != q.Filename || p.Before(q)
}
