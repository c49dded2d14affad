package model

import (
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/token"
)

// SANY warns, without refusing the spec, where a module's symbol table
// gets a second symbol of a name it holds already (tla2sany/semantic/
// SymbolTable.addSymbol, Context.mergeExtendContext):
//
//   - a declaration repeating one of the same kind and arity (VARIABLE
//     x, x; a CONSTANT N the module extends and declares again), or a
//     definition an unnamed INSTANCE brings in that the module already
//     has with the same arity (Sum(a, b) == ... then INSTANCE M whose M
//     defines its own Sum): "Multiple declarations or definitions for
//     symbol X.  \nThis duplicates the one at ...", at the new symbol;
//   - two modules the module extends giving it two different symbols of
//     one name and the same class (two definitions, or two
//     declarations): "Warning: the definition of 'X' conflicts with
//     \nits definition at ...", at the one extended later.
//
// The same symbol reached twice (a module extended by two others, or
// both extended and instantiated) is not warned about. SANY keeps its
// warnings with its errors and prints all of them after each module it
// processes once there are any (package sany).

// SanyWarning is one of SANY's warnings about a repeated name.
type SanyWarning struct {
	// Extends is true for mergeExtendContext's warning, false for
	// addSymbol's.
	Extends bool
	// Def is whether the symbol already there is a definition (else a
	// declaration): the word mergeExtendContext uses.
	Def  bool
	Name string
	// At is where the new symbol is declared or defined (its name),
	// Prev where the one already there is; AtInst and PrevInst, when not
	// nil, the INSTANCE that made them from a module with parameters
	// (SANY locates them there).
	At, Prev         token.Pos
	AtInst, PrevInst *ast.Instance
	// AtStd and PrevStd, when not "", are the standard modules (of TLC's
	// jar) that define the symbols instead: At or Prev is then not valid.
	AtStd, PrevStd string
	// AtMod and PrevMod name the modules whose text holds At and Prev
	// ("" when not known): a module after the first in a file counts its
	// lines from its own start, as SANY's copy of it does.
	AtMod, PrevMod string
	// Code is SANY's code of the warning (tla2sany.semantic.ErrorCode,
	// rev cc6b616), which TLC's -messagesAsErrors names: 4800
	// (EXTENDED_MODULES_SYMBOL_UNIFICATION_AMBIGUITY) for Extends', 4801
	// (INSTANCED_MODULES_SYMBOL_UNIFICATION_AMBIGUITY) for addSymbol's,
	// a definition an INSTANCE brings in and a declaration repeated in
	// the module itself alike (TLC on VARIABLE v, v).
	Code int
}

// SanyWarnings are SANY's warnings about repeated names while it
// processes root and the modules it uses (mods, by name), by module.
func SanyWarnings(root *ast.Module, mods map[string]*ast.Module) map[string][]SanyWarning {
	return SanyWarningsOf([]*ast.Module{root}, mods)
}

// SanyWarningsOf is SanyWarnings of each of roots: SANY processes every
// module of the root's file, those the root does not use too (a trace
// exploration spec's B_TEExpression and B_TETrace, which extend the
// spec as the root does), and each raises its own warnings.
func SanyWarningsOf(roots []*ast.Module, mods map[string]*ast.Module) map[string][]SanyWarning {
	b := &sanyBuilder{mods: mods, done: map[string]*sanyContext{}, warns: map[string][]SanyWarning{}}
	for _, root := range roots {
		if root == nil || root.Name == nil {
			continue
		}
		if _, ok := b.done[root.Name.Name]; ok {
			continue // processed already, as a module another one uses
		}
		b.done[root.Name.Name] = nil
		b.done[root.Name.Name] = b.moduleContext(root)
	}
	return b.warns
}

// warn records w for the module in, when warnings are collected.
func (b *sanyBuilder) warn(in string, w SanyWarning) {
	placed := func(p token.Pos, std string) bool { return p.IsValid() || std != "" }
	if b.warns != nil && in != "" && placed(w.At, w.AtStd) && placed(w.Prev, w.PrevStd) && (w.At != w.Prev || w.AtStd != w.PrevStd) {
		b.warns[in] = append(b.warns[in], w)
	}
}

// declared checks s, declared in module in, against the symbol its name
// had (addSymbol): the same kind and arity is only a warning.
func (b *sanyBuilder) declared(in string, s sanySymbol) func(sanySymbol, bool) {
	return func(prev sanySymbol, dup bool) {
		if dup && prev.kind == s.kind && prev.arity == s.arity {
			b.warn(in, SanyWarning{Name: s.key, At: s.pos, Prev: prev.pos, AtInst: s.inst, PrevInst: prev.inst, AtStd: s.std, PrevStd: prev.std, AtMod: s.mod, PrevMod: prev.mod, Code: 4801})
		}
	}
}

// imported checks s, which an unnamed INSTANCE in module in brings in
// (addSymbol, as declared).
func (b *sanyBuilder) imported(in string, s sanySymbol) func(sanySymbol, bool) {
	return b.declared(in, s)
}

// merged checks s, which module in extends, against the symbol its name
// had (mergeExtendContext): another symbol of the same Java class is a
// warning.
func (b *sanyBuilder) merged(in string, s sanySymbol) func(sanySymbol, bool) {
	return func(prev sanySymbol, dup bool) {
		if dup && sanyClass(prev.kind) == sanyClass(s.kind) {
			b.warn(in, SanyWarning{Extends: true, Def: sanyClass(prev.kind) == symDef, Name: s.key, At: s.pos, Prev: prev.pos, AtInst: s.inst, PrevInst: prev.inst, AtStd: s.std, PrevStd: prev.std, AtMod: s.mod, PrevMod: prev.mod, Code: 4800})
		}
	}
}

// sanyClass is the Java class of SANY's node for a symbol of kind k:
// OpDefNode for definitions, instances and built-ins, OpDeclNode for
// constants and variables.
func sanyClass(k symKind) symKind {
	switch k {
	case symDef, symInstance, symBuiltin:
		return symDef
	case symVariable:
		return symConstant
	}
	return k
}
