package sema

import "github.com/wspcycle/wspcycle/tla/token"

// Builtin is one operator or constant of a standard module. Operators
// written by name (Len(s), Nat) are looked up by Name; operators written as
// symbols (+, \o, :>) are found by Op, the token kind the parser records.
type Builtin struct {
	Name   string     // the name as written: "Len", "Nat", "+", "\o"
	Module string     // the standard module that defines it
	Arity  int        // number of arguments; 0 for constants such as Nat
	Op     token.Kind // for symbolic operators, their kind (Binary or Unary); ILLEGAL otherwise
	Prefix bool       // the symbolic operator is prefix (unary -)
}

// Builtins lists every operator of the standard modules the subset allows
// (Naturals, Integers, FiniteSets, Sequences, TLC, Bags but for its
// infix operators (see bagsInfix), TLCExt, Randomization, Json, and Reals
// but for its / ) with its arity, as the
// modules of the TLA+ tools define them. The semantic checker uses it to
// decide what EXTENDS makes visible; the evaluator can use it to know which
// names are built in.
var Builtins = []Builtin{
	{Name: "Nat", Module: "Naturals"},
	{Name: "+", Module: "Naturals", Arity: 2, Op: token.PLUS},
	{Name: "-", Module: "Naturals", Arity: 2, Op: token.MINUS},
	{Name: "*", Module: "Naturals", Arity: 2, Op: token.STAR},
	{Name: "^", Module: "Naturals", Arity: 2, Op: token.EXP},
	{Name: "<", Module: "Naturals", Arity: 2, Op: token.LT},
	{Name: ">", Module: "Naturals", Arity: 2, Op: token.GT},
	{Name: "<=", Module: "Naturals", Arity: 2, Op: token.LEQ},
	{Name: ">=", Module: "Naturals", Arity: 2, Op: token.GEQ},
	{Name: `\div`, Module: "Naturals", Arity: 2, Op: token.DIV},
	{Name: "%", Module: "Naturals", Arity: 2, Op: token.MOD},
	{Name: "..", Module: "Naturals", Arity: 2, Op: token.DOTDOT},

	{Name: "Int", Module: "Integers"},
	{Name: "-.", Module: "Integers", Arity: 1, Op: token.MINUS, Prefix: true},

	{Name: "IsFiniteSet", Module: "FiniteSets", Arity: 1},
	{Name: "Cardinality", Module: "FiniteSets", Arity: 1},

	{Name: "Seq", Module: "Sequences", Arity: 1},
	{Name: "Len", Module: "Sequences", Arity: 1},
	{Name: `\o`, Module: "Sequences", Arity: 2, Op: token.CONCAT},
	{Name: "Append", Module: "Sequences", Arity: 2},
	{Name: "Head", Module: "Sequences", Arity: 1},
	{Name: "Tail", Module: "Sequences", Arity: 1},
	{Name: "SubSeq", Module: "Sequences", Arity: 3},
	{Name: "SelectSeq", Module: "Sequences", Arity: 2},

	{Name: "EmptyBag", Module: "Bags"},
	{Name: "IsABag", Module: "Bags", Arity: 1},
	{Name: "BagToSet", Module: "Bags", Arity: 1},
	{Name: "SetToBag", Module: "Bags", Arity: 1},
	{Name: "BagIn", Module: "Bags", Arity: 2},
	{Name: "CopiesIn", Module: "Bags", Arity: 2},
	{Name: "BagCardinality", Module: "Bags", Arity: 1},
	{Name: "BagUnion", Module: "Bags", Arity: 1},
	{Name: "SubBag", Module: "Bags", Arity: 1},
	{Name: "BagOfAll", Module: "Bags", Arity: 2},

	{Name: "Print", Module: "TLC", Arity: 2},
	{Name: "PrintT", Module: "TLC", Arity: 1},
	{Name: "Assert", Module: "TLC", Arity: 2},
	{Name: "JavaTime", Module: "TLC"},
	{Name: "TLCGet", Module: "TLC", Arity: 1},
	{Name: "TLCSet", Module: "TLC", Arity: 2},
	{Name: ":>", Module: "TLC", Arity: 2, Op: token.COLONGT},
	{Name: "@@", Module: "TLC", Arity: 2, Op: token.ATAT},
	{Name: "Permutations", Module: "TLC", Arity: 1},
	{Name: "SortSeq", Module: "TLC", Arity: 2},
	{Name: "RandomElement", Module: "TLC", Arity: 1},
	{Name: "Any", Module: "TLC"},
	{Name: "ToString", Module: "TLC", Arity: 1},
	{Name: "TLCEval", Module: "TLC", Arity: 1},

	{Name: "AssertEq", Module: "TLCExt", Arity: 2},
	{Name: "AssertError", Module: "TLCExt", Arity: 2},
	{Name: "TLCGetOrDefault", Module: "TLCExt", Arity: 2},
	{Name: "TLCGetAndSet", Module: "TLCExt", Arity: 4},
	{Name: "Trace", Module: "TLCExt"},
	{Name: "CounterExample", Module: "TLCExt"},
	{Name: "ToTrace", Module: "TLCExt", Arity: 1},
	{Name: "TLCModelValue", Module: "TLCExt", Arity: 1},
	{Name: "TLCDefer", Module: "TLCExt", Arity: 1},
	{Name: "TLCNoOp", Module: "TLCExt", Arity: 1},
	{Name: "PickSuccessor", Module: "TLCExt", Arity: 1},
	{Name: "TLCCache", Module: "TLCExt", Arity: 2},
	{Name: "TLCFP", Module: "TLCExt", Arity: 1},
	{Name: "TLCEvalDefinition", Module: "TLCExt", Arity: 1},

	{Name: "RandomSubset", Module: "Randomization", Arity: 2},
	{Name: "RandomSetOfSubsets", Module: "Randomization", Arity: 3},
	{Name: "TestRandomSetOfSubsets", Module: "Randomization", Arity: 3},

	{Name: "ToJson", Module: "Json", Arity: 1},
	{Name: "ToJsonArray", Module: "Json", Arity: 1},
	{Name: "ToJsonObject", Module: "Json", Arity: 1},
	{Name: "JsonSerialize", Module: "Json", Arity: 2},
	{Name: "JsonDeserialize", Module: "Json", Arity: 1},
	{Name: "ndJsonSerialize", Module: "Json", Arity: 2},
	{Name: "ndJsonDeserialize", Module: "Json", Arity: 1},

	{Name: "Real", Module: "Reals"},
	{Name: "Infinity", Module: "Reals"},
}

// bagsInfix are the infix operators of Bags, (+), (-) and \sqsubseteq:
// names of the module like the others (a spec that extends Bags may use
// them, the evaluator rejects them as unsupported where they are used),
// kept out of Builtins because a spec that does not extend Bags may
// define \oplus, \ominus or \sqsubseteq itself.
var bagsInfix = map[token.Kind]bool{token.OPLUS: true, token.OMINUS: true, token.SQSUBSETEQ: true}

// CoreNames are built into the language itself (no EXTENDS needed) and
// appear in the tree as identifiers.
var CoreNames = map[string]bool{"BOOLEAN": true, "STRING": true}

// moduleImports lists, for each standard module, the modules whose
// operators EXTENDS makes visible with it. Integers extends Naturals;
// Sequences, FiniteSets and TLC only instantiate their helpers LOCALly, so
// they export nothing else (as in the TLA+ tools' standard modules).
var moduleImports = map[string][]string{
	"Naturals":   {"Naturals"},
	"Integers":   {"Integers", "Naturals"},
	"FiniteSets": {"FiniteSets"},
	"Sequences":  {"Sequences"},
	"TLC":        {"TLC"},
	"Bags":       {"Bags", "TLC"}, // Bags EXTENDS TLC
	// TLC's own standard modules: TLCExt, Randomization and Json only
	// instantiate their helpers LOCALly; Reals extends Integers.
	"TLCExt":        {"TLCExt"},
	"Randomization": {"Randomization"},
	"Json":          {"Json"},
	"Reals":         {"Reals", "Integers", "Naturals"},
}

// Visible returns the builtins that EXTENDS of the given modules makes
// visible, keyed by name (symbolic operators by their Name, unary minus as
// "-.").
func Visible(extends []string) map[string]Builtin {
	mods := map[string]bool{}
	for _, e := range extends {
		for _, m := range moduleImports[e] {
			mods[m] = true
		}
	}
	vis := map[string]Builtin{}
	for _, b := range Builtins {
		if mods[b.Module] {
			vis[b.Name] = b
		}
	}
	return vis
}

// builtinByOp finds the builtin for a symbolic operator kind.
func builtinByOp(k token.Kind, prefix bool) (Builtin, bool) {
	for _, b := range Builtins {
		if b.Op == k && b.Prefix == prefix {
			return b, true
		}
	}
	return Builtin{}, false
}

// moduleOf names the module that defines a builtin name, for hints.
func moduleOf(name string) string {
	for _, b := range Builtins {
		if b.Name == name {
			return b.Module
		}
	}
	return ""
}
