package eval

import "github.com/wspcycle/wspcycle/tla/ast"

// sanySelectorNames are the names SANY interns when it first resolves a
// reference to a name in an expression (its Generator makes a Selector,
// which interns them): in the first module analysed that refers to a
// name, before that module's literals that follow the reference.
var sanySelectorNames = []string{">>", "<<", ":"}

// tlcOverrideNames are the names TLC interns when it installs the Java
// overrides of a module (the names of the methods of tlc2.module.M that
// it looks up by name, in the order reflection lists them, TLC 2026.12),
// after SANY's work, module by module in the order SANY analysed them.
// TLC and the arithmetic modules bring no name of their own.
var tlcOverrideNames = map[string][]string{
	"Sequences": {"SelectInSeq", "Insert", "Cons"},
	"Bags":      {"CopiesIn"},
	"TLCExt": {"error", "getTrace", "assertError", "pickSuccessor", "lassoOrdinal", "tlcDefer", "tlcNoOp",
		"tlcModelValue", "tlcEval2", "tlcFingerprint", "tlcDefByName", "tlcGetOrDefault"},
	"Json": {"toJson", "toJsonArray", "toJsonObject", "ndDeserialize", "deserialize", "ndSerialize",
		"textSerialize", "serialize"},
	"Randomization": {"RandomSubsetSet"},
}

// semanticWalk goes through module m as SANY's semantic analysis does
// (strorder.go), calling lit with each string literal's value and ref at
// each reference to a name (an identifier, an operator application, an
// M!Op, TRUE or FALSE), in the order of the text. A name being declared
// (a constant, a variable, a bound variable, a parameter, a field) is not
// a reference.
func semanticWalk(m *ast.Module, lit func(string), ref func()) {
	declared := map[*ast.Ident]bool{}
	bounds := func(bs ...*ast.Bound) {
		for _, b := range bs {
			if b != nil {
				for _, id := range b.Names {
					declared[id] = true
				}
			}
		}
	}
	ast.Inspect(m, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.String:
			lit(n.Value)
		case *ast.Constants, *ast.Variables, *ast.Recursive:
			return false
		case *ast.Ident:
			if !declared[n] {
				ref()
			}
		case *ast.Bool, *ast.OpApp, *ast.ModRef:
			ref()
		case *ast.Instance:
			declared[n.Module] = true
			for _, w := range n.With {
				declared[w.Name] = true
			}
		case *ast.Quant:
			bounds(n.Bounds...)
		case *ast.Choose:
			bounds(n.Bound)
		case *ast.SetFilter:
			bounds(n.Bound)
		case *ast.SetMap:
			bounds(n.Bounds...)
		case *ast.FuncCons:
			bounds(n.Bounds...)
		case *ast.FuncDef:
			bounds(n.Bounds...)
		case *ast.Step:
			bounds(n.Bounds...)
		case *ast.Lambda:
			for _, id := range n.Params {
				declared[id] = true
			}
		case *ast.Label:
			declared[n.Name] = true
			for _, id := range n.Params {
				declared[id] = true
			}
		case *ast.Theorem:
			if n.Name != nil {
				declared[n.Name] = true
			}
		case *ast.NewDecl:
			declared[n.Name] = true
		}
		return true
	})
}
