package model

import (
	"slices"

	"github.com/wspcycle/wspcycle/internal/javalang"
	"github.com/wspcycle/wspcycle/tla/ast"
	"github.com/wspcycle/wspcycle/tla/eval"
	"github.com/wspcycle/wspcycle/tla/token"
)

// This file computes the order in which TLC prints the variables of a
// state. It is neither the declaration order nor the alphabetical one:
//
//   - TLCStateMut.toString prints vars[0], vars[1], ... (tlc2/tool/
//     TLCStateMut.java), the array Spec.processSpec takes from
//     rootModule.getVariableDecls();
//   - ModuleNode.getVariableDecls (tla2sany/semantic/ModuleNode.java)
//     reverses the Vector that Context.getVariableDecls returns;
//   - Context.getVariableDecls (tla2sany/semantic/Context.java) walks
//     table.elements(), the module's java.util.Hashtable of symbols, keeping
//     the OpDeclNodes of kind VariableDeclKind.
//
// So the order is that of a java.util.Hashtable enumeration, reversed: it
// depends on String.hashCode of each name (UniqueString.hashCode is its
// string's), on the table's capacity (11, grown to 2n+1 each time the
// count reaches 3/4 of it, so on how many symbols the module context holds:
// SANY's 72 built-in operators, everything EXTENDS and INSTANCE bring in,
// every definition, declaration, theorem and nested module), and on the
// order of insertion (a bucket's chain is newest first, and each rehash
// reverses the chains it moves). TLCVarOrder replays those insertions.
// Replayed on every root module of tlaplus/Examples that SANY parses (404,
// with the CommunityModules and the proof library on the path), it gives
// the order getVariableDecls gives on each.

// TLCVarOrder is the order in which TLC prints vars, the variables of root
// (which uses the other modules mods, by name): indices into vars. It
// returns false when a variable is not found among the root's symbols (a
// hand-built spec), for the caller to fall back on another order.
func TLCVarOrder(root *ast.Module, mods map[string]*ast.Module, vars []string) ([]int, bool) {
	if root == nil {
		return nil, false
	}
	b := &sanyBuilder{mods: mods, done: map[string]*sanyContext{}}
	ctx := b.moduleContext(root)
	keys := make([]string, len(ctx.entries))
	for i, e := range ctx.entries {
		keys[i] = e.key
	}
	enum := JavaHashtableOrder(keys)
	at := make(map[string]int, len(vars))
	for i, v := range vars {
		at[v] = i
	}
	var order []int
	for _, k := range slices.Backward(enum) {
		e := ctx.entries[k]
		if e.kind != symVariable {
			continue
		}
		i, ok := at[e.key]
		if !ok {
			return nil, false
		}
		order = append(order, i)
	}
	if len(order) != len(vars) {
		return nil, false
	}
	return order, true
}

// JavaHashtableOrder is the order in which java.util.Hashtable's elements()
// enumerates the distinct keys put into a new Hashtable() in the order
// given, as indices into keys. It follows OpenJDK's Hashtable: initial
// capacity 11, load factor 0.75, index (hash & 0x7FFFFFFF) % capacity,
// a new entry at the head of its bucket, rehash to 2*capacity+1 before
// adding an entry when count >= threshold (walking the old buckets from
// the last, each chain from its head, every entry pushed on the head of
// its new bucket), and the enumeration from the last bucket to the first,
// each chain from its head.
func JavaHashtableOrder(keys []string) []int {
	type entry struct {
		i    int
		hash int32
		next *entry
	}
	tab := make([]*entry, 11)
	threshold := int(float32(len(tab)) * 0.75)
	bucket := func(h int32, n int) int { return int(h&0x7fffffff) % n }
	for i, k := range keys {
		h := javalang.StringHash(k)
		if i >= threshold {
			n := 2*len(tab) + 1
			grown := make([]*entry, n)
			for j := len(tab) - 1; j >= 0; j-- {
				for e := tab[j]; e != nil; {
					next := e.next
					b := bucket(e.hash, n)
					e.next, grown[b] = grown[b], e
					e = next
				}
			}
			tab, threshold = grown, int(float32(n)*0.75)
		}
		b := bucket(h, len(tab))
		tab[b] = &entry{i: i, hash: h, next: tab[b]}
	}
	order := make([]int, 0, len(keys))
	for j := len(tab) - 1; j >= 0; j-- {
		for e := tab[j]; e != nil; e = e.next {
			order = append(order, e.i)
		}
	}
	return order
}

// symKind is what a symbol of a SANY module context is.
type symKind int

const (
	symBuiltin  symKind = iota // SANY's built-in operators
	symConstant                // a CONSTANT (OpDeclNode)
	symVariable                // a VARIABLE (OpDeclNode of VariableDeclKind)
	symDef                     // an operator or function definition (OpDefNode)
	symInstance                // I of I == INSTANCE M (OpDefNode of ModuleInstanceKind)
	symTheorem                 // a named THEOREM or ASSUME (ThmOrAssumpDefNode)
	symModule                  // a module nested in the module (ModuleNode)
)

type sanySymbol struct {
	key   string
	kind  symKind
	local bool
	// pos is where the symbol is declared or defined (its name), arity
	// its number of arguments: what SANY's warnings compare (sanywarn.go).
	// A standard module's and a built-in's have no position.
	pos   token.Pos
	arity int
	// inst is the INSTANCE that made this definition from a module with
	// parameters: SANY's node is then located at the INSTANCE.
	inst *ast.Instance
	// std is the standard module that defines the symbol (a definition
	// of TLC's jar, which has no position here): SANY's warnings name its
	// place there.
	std string
	// mod is the module whose text holds pos: a module after the first
	// in a file has positions counted from its own start, as SANY's copy
	// of it, so the file alone does not tell.
	mod string
	// recursive: declared by RECURSIVE (defined by a later unit).
	recursive bool
}

// sanyContext is a module's symbol table in the order SANY put the
// symbols into its Hashtable (a key already there is not put again).
type sanyContext struct {
	entries []sanySymbol
	has     map[string]bool
	at      map[string]int // index in entries by key
}

// add puts s into the context unless its key is there: then it returns
// the symbol there and true.
func (c *sanyContext) add(s sanySymbol) (sanySymbol, bool) {
	if c.has[s.key] {
		return c.entries[c.at[s.key]], true
	}
	c.has[s.key] = true
	if c.at == nil {
		c.at = map[string]int{}
	}
	c.at[s.key] = len(c.entries)
	c.entries = append(c.entries, s)
	return sanySymbol{}, false
}

type sanyBuilder struct {
	mods map[string]*ast.Module
	done map[string]*sanyContext
	// warns, when not nil, collects SANY's warnings by the module whose
	// processing raises them (sanywarn.go).
	warns map[string][]SanyWarning
}

func newSanyContext() *sanyContext {
	c := &sanyContext{has: map[string]bool{}}
	for _, k := range sanyBuiltins {
		c.add(sanySymbol{key: k, kind: symBuiltin})
	}
	return c
}

// context is the context of the module named name: a standard module of
// SANY's, or one of mods; nil for a module neither knows.
func (b *sanyBuilder) context(name string) *sanyContext {
	if c, ok := b.done[name]; ok {
		return c
	}
	var c *sanyContext
	switch {
	case b.mods[name] != nil:
		b.done[name] = nil // a cycle finds nothing
		c = b.moduleContext(b.mods[name])
	case sanyStandard[name] != nil:
		c = b.standardContext(name, sanyStandard[name])
	}
	b.done[name] = c
	return c
}

// moduleContext replays SANY's Generator on m: the built-ins, the
// extended modules' symbols, then each unit's.
func (b *sanyBuilder) moduleContext(m *ast.Module) *sanyContext {
	c := newSanyContext()
	name := ""
	if m.Name != nil {
		name = m.Name.Name
	}
	for _, e := range m.Extends {
		b.extend(c, e.Name, name)
	}
	for _, u := range m.Units {
		switch u := u.(type) {
		case *ast.Constants:
			for _, d := range u.Names {
				s := sanySymbol{key: d.Name.Name, kind: symConstant, pos: d.Name.NamePos, arity: d.Arity, mod: name}
				b.declared(name, s)(c.add(s))
			}
		case *ast.Variables:
			for _, id := range u.Names {
				s := sanySymbol{key: id.Name, kind: symVariable, pos: id.NamePos, mod: name}
				b.declared(name, s)(c.add(s))
			}
		case *ast.Recursive:
			for _, d := range u.Names {
				c.add(sanySymbol{key: d.Name.Name, kind: symDef, arity: d.Arity, recursive: true})
			}
		case *ast.OpDef:
			s := sanySymbol{key: sanyOpName(u), kind: symDef, local: u.Local, pos: u.Name.NamePos, arity: len(u.Params), mod: name}
			if prev, dup := c.add(s); dup && prev.recursive && !prev.pos.IsValid() {
				// The definition of a RECURSIVE operator: SANY's node,
				// made by the declaration, is located at the definition.
				c.entries[c.at[s.key]].pos, c.entries[c.at[s.key]].mod = s.pos, s.mod
			}
		case *ast.FuncDef:
			c.add(sanySymbol{key: u.Name.Name, kind: symDef, local: u.Local, pos: u.Name.NamePos, mod: name})
		case *ast.Theorem:
			if u.Name != nil {
				c.add(sanySymbol{key: u.Name.Name, kind: symTheorem})
			}
		case *ast.Assume:
			if u.Name != nil {
				c.add(sanySymbol{key: u.Name.Name, kind: symTheorem})
			}
		case *ast.Instance:
			b.instanceAt(c, "", u, name)
		case *ast.InstanceDef:
			b.instanceAt(c, u.Name.Name+"!", u.Inst, name)
			c.add(sanySymbol{key: u.Name.Name, kind: symInstance, local: u.Local})
		case *ast.InnerModule:
			if u.Module != nil && u.Module.Name != nil {
				c.add(sanySymbol{key: u.Module.Name.Name, kind: symModule})
			}
		}
	}
	return c
}

// extend is Context.mergeExtendContext: the extended module's non-LOCAL
// symbols, in the order they were put into its context.
func (b *sanyBuilder) extend(c *sanyContext, name, in string) {
	ext := b.context(name)
	if ext == nil {
		return
	}
	for _, s := range ext.entries {
		if !s.local {
			b.merged(in, s)(c.add(s))
		}
	}
}

// instance is Generator.generateInstance (INSTANCE M, prefix "") and
// processModuleDefinition (I == INSTANCE M, prefix "I!"): the instantiated
// module's non-LOCAL definitions (Context.getByClass(OpDefNode.class),
// which walks its Hashtable's enumeration; the unnamed form leaves out
// the J of a J == INSTANCE N there, keeping its J!Op), then its named
// theorems and assumptions (getByClass(ThmOrAssumpDefNode.class)), each
// named prefix+name, LOCAL when the INSTANCE is.
func (b *sanyBuilder) instance(c *sanyContext, prefix, name string, local bool, in string) {
	b.instanceOf(c, prefix, name, local, in, nil)
}

// instanceAt is instance for the INSTANCE u of module in.
func (b *sanyBuilder) instanceAt(c *sanyContext, prefix string, u *ast.Instance, in string) {
	b.instanceOf(c, prefix, u.Module.Name, u.Local, in, u)
}

// instanceOf is instance; at, when not nil, is the INSTANCE, where the
// definitions it makes from a module with parameters are located.
func (b *sanyBuilder) instanceOf(c *sanyContext, prefix, name string, local bool, in string, at *ast.Instance) {
	inst := b.context(name)
	if inst == nil {
		return
	}
	var made *ast.Instance
	if at != nil && slices.ContainsFunc(inst.entries, func(s sanySymbol) bool { return s.kind == symConstant || s.kind == symVariable }) {
		made = at
	}
	keys := make([]string, len(inst.entries))
	for i, s := range inst.entries {
		keys[i] = s.key
	}
	enum := JavaHashtableOrder(keys)
	defs := func(k symKind) bool { return k == symDef || (k == symInstance && prefix != "") }
	thms := func(k symKind) bool { return k == symTheorem }
	for _, want := range []func(symKind) bool{defs, thms} {
		for _, i := range enum {
			s := inst.entries[i]
			if want(s.kind) && !s.local {
				is := sanySymbol{key: prefix + s.key, kind: s.kind, local: local, pos: s.pos, arity: s.arity, inst: s.inst, std: s.std, mod: s.mod}
				if made != nil {
					is.inst = made
				}
				b.imported(in, is)(c.add(is))
			}
		}
	}
}

// standardContext builds the context of one of SANY's standard modules,
// named name, from its outline.
func (b *sanyBuilder) standardContext(name string, m *sanyStdModule) *sanyContext {
	c := newSanyContext()
	for _, e := range m.extends {
		b.extend(c, e, "")
	}
	for _, u := range m.units {
		switch {
		case u.instance != "":
			b.instance(c, "", u.instance, true, "")
		default:
			c.add(sanySymbol{key: u.def, kind: symDef, local: u.local, std: name, arity: sanyStdArity[u.def]})
		}
	}
	return c
}

// sanyOpName is the name SANY gives a definition: the identifier, or the
// canonical spelling of an operator symbol (<= is \leq, (+) is \oplus).
func sanyOpName(d *ast.OpDef) string {
	if d.Op == token.ILLEGAL {
		return d.Name.Name
	}
	if n, ok := sanySynonyms[d.Name.Name]; ok {
		return n
	}
	return d.Name.Name
}

// sanySynonyms are the spellings of symbols whose SANY name differs.
var sanySynonyms = map[string]string{
	"<=": `\leq`, "=<": `\leq`, ">=": `\geq`, "#": "/=", "<=>": `\equiv`, "~": `\lnot`,
	`\cup`: `\union`, `\cap`: `\intersect`, `\X`: `\times`, `\circ`: `\o`,
	"(+)": `\oplus`, "(-)": `\ominus`, "(.)": `\odot`, "(/)": `\oslash`, `(\X)`: `\otimes`,
}

// sanyBuiltins are SANY's built-in operators (tla2sany/semantic/
// Context.initialize), which every module context holds first, in order.
var sanyBuiltins = []string{
	`STRING`, `FALSE`, `TRUE`, `BOOLEAN`, `=`, `/=`, `.`, `'`, `\lnot`, `\neg`, `\land`, `\lor`,
	`\equiv`, `=>`, `SUBSET`, `UNION`, `DOMAIN`, `\subseteq`, `\in`, `\notin`, `\`, `\intersect`,
	`\union`, `\times`, `~>`, `[]`, `<>`, `ENABLED`, `UNCHANGED`, `\cdot`, `-+->`, `$AngleAct`,
	`$BoundedChoose`, `$BoundedExists`, `$BoundedForall`, `$CartesianProd`, `$Case`, `$ConjList`,
	`$DisjList`, `$Except`, `$FcnApply`, `$FcnConstructor`, `$IfThenElse`, `$NonRecursiveFcnSpec`,
	`$Pair`, `$RcdConstructor`, `$RcdSelect`, `$RecursiveFcnSpec`, `$Seq`, `$SetEnumerate`,
	`$SetOfAll`, `$SetOfFcns`, `$SetOfRcds`, `$SF`, `$SquareAct`, `$SubsetOf`, `$TemporalExists`,
	`$TemporalForall`, `$TemporalWhile`, `$Tuple`, `$UnboundedChoose`, `$UnboundedExists`,
	`$UnboundedForall`, `$WF`, `$Nop`, `$Qed`, `$Pfcase`, `$Have`, `$Take`, `$Pick`, `$Witness`,
	`$Suffices`,
}

// sanyStdModule is the outline of a standard module of SANY's
// (tla2sany/StandardModules): what it extends, then its units in order:
// a definition (LOCAL or not) or a LOCAL INSTANCE of another module.
type sanyStdModule struct {
	extends []string
	units   []sanyStdUnit
}

type sanyStdUnit struct {
	def      string
	local    bool
	instance string // LOCAL INSTANCE instance
}

func stdDefs(names ...string) []sanyStdUnit {
	us := make([]sanyStdUnit, len(names))
	for i, n := range names {
		us[i] = sanyStdUnit{def: n}
	}
	return us
}

func stdInstances(names ...string) []sanyStdUnit {
	us := make([]sanyStdUnit, len(names))
	for i, n := range names {
		us[i] = sanyStdUnit{instance: n}
	}
	return us
}

// sanyStandard outlines the standard modules wspcycle builds in, as the
// TLA+ tools' jar ships them. A RECURSIVE operator that is then defined
// LOCAL stays visible (its RECURSIVE declaration is not LOCAL), hence
// Json's three ToJson*String.
var sanyStandard = map[string]*sanyStdModule{
	"Naturals":   {units: stdDefs("Nat", "+", "-", "*", "^", "<", ">", `\leq`, `\geq`, "%", `\div`, "..")},
	"Integers":   {extends: []string{"Naturals"}, units: stdDefs("Int", "-.")},
	"Reals":      {extends: []string{"Integers"}, units: stdDefs("Real", "/", "Infinity")},
	"Sequences":  {units: append(stdInstances("Naturals"), stdDefs("Seq", "Len", `\o`, "Append", "Head", "Tail", "SubSeq", "SelectSeq")...)},
	"FiniteSets": {units: append(stdInstances("Naturals", "Sequences"), stdDefs("IsFiniteSet", "Cardinality")...)},
	"TLC": {units: append(stdInstances("Naturals", "Sequences", "FiniteSets"),
		stdDefs("Print", "PrintT", "Assert", "JavaTime", "TLCGet", "TLCSet", ":>", "@@", "Permutations",
			"SortSeq", "RandomElement", "Any", "ToString", "TLCEval")...)},
	"Bags": {extends: []string{"TLC"}, units: slices.Concat(stdInstances("Naturals"),
		stdDefs("IsABag", "BagToSet", "SetToBag", "BagIn", "EmptyBag", `\oplus`, `\ominus`),
		[]sanyStdUnit{{def: "Sum", local: true}},
		stdDefs("BagUnion", `\sqsubseteq`, "SubBag", "BagOfAll", "BagCardinality", "CopiesIn"))},
	"TLCExt": {units: append(stdInstances("TLC", "Integers"),
		stdDefs("AssertEq", "AssertError", "TLCGetOrDefault", "TLCGetAndSet", "Trace", "CounterExample",
			"ToTrace", "TLCModelValue", "TLCDefer", "TLCNoOp", "PickSuccessor", "TLCCache", "TLCFP",
			"TLCEvalDefinition")...)},
	"Randomization": {units: append(stdInstances("Naturals", "FiniteSets"),
		stdDefs("RandomSubset", "RandomSetOfSubsets", "TestRandomSetOfSubsets")...)},
	"Json": {units: slices.Concat(stdInstances("Sequences", "FiniteSets", "TLC"),
		[]sanyStdUnit{{def: "IsSequence", local: true}, {def: "ToJsonKeyValue", local: true}},
		stdDefs("ToJsonObjectString", "ToJsonArrayString", "ToJsonString", "ToJson", "ToJsonArray",
			"ToJsonObject", "JsonSerialize", "JsonDeserialize", "ndJsonSerialize", "ndJsonDeserialize"))},
}

// sanyStdArity are the arities of the standard modules' definitions
// that take arguments (their names are distinct across the modules):
// SANY's warning about a definition an INSTANCE brings in again compares
// them.
var sanyStdArity = map[string]int{
	"+": 2, "-": 2, "*": 2, "^": 2, "<": 2, ">": 2, `\leq`: 2, `\geq`: 2, "%": 2, `\div`: 2, "..": 2,
	"-.": 1, "/": 2,
	"Seq": 1, "Len": 1, `\o`: 2, "Append": 2, "Head": 1, "Tail": 1, "SubSeq": 3, "SelectSeq": 2,
	"IsFiniteSet": 1, "Cardinality": 1,
	"Print": 2, "PrintT": 1, "Assert": 2, "TLCGet": 1, "TLCSet": 2, ":>": 2, "@@": 2, "Permutations": 1,
	"SortSeq": 2, "RandomElement": 1, "ToString": 1, "TLCEval": 1,
	"IsABag": 1, "BagToSet": 1, "SetToBag": 1, "BagIn": 2, `\oplus`: 2, `\ominus`: 2, "Sum": 1,
	"BagUnion": 1, `\sqsubseteq`: 2, "SubBag": 1, "BagOfAll": 2, "BagCardinality": 1, "CopiesIn": 2,
	"AssertEq": 2, "AssertError": 2, "TLCGetOrDefault": 2, "TLCGetAndSet": 4, "ToTrace": 1,
	"TLCModelValue": 1, "TLCDefer": 1, "TLCNoOp": 1, "PickSuccessor": 1, "TLCCache": 2, "TLCFP": 1,
	"TLCEvalDefinition": 1,
	"RandomSubset":      2, "RandomSetOfSubsets": 3, "TestRandomSetOfSubsets": 3,
	"IsSequence": 2, "ToJsonKeyValue": 2, "ToJsonObjectString": 2, "ToJsonArrayString": 2, "ToJsonString": 2,
	"ToJson": 1, "ToJsonArray": 1, "ToJsonObject": 1, "JsonSerialize": 2, "JsonDeserialize": 1,
	"ndJsonSerialize": 2, "ndJsonDeserialize": 1,
}

// SpecVarOrder is the order in which TLC prints the variables of sp's
// states (TLCVarOrder), or by name (VarOrder) for a spec without a module.
func SpecVarOrder(sp *eval.Spec) []int {
	if order, ok := TLCVarOrder(sp.Module, sp.Modules, sp.Vars); ok {
		return order
	}
	return VarOrder(sp.Vars)
}
