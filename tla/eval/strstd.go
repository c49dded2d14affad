package eval

// stdLexed are the standard modules as SANY's lexer reads them from TLC's
// jar (tla2sany/StandardModules, TLC 2026.12): the names each interns, in
// order, each name once, and the modules each names after EXTENDS and
// INSTANCE, which SANY reads next (strorder.go). wspcycle builds these
// modules in, so it has no file to read them from.
var stdLexed = map[string]lexedNames{
	"Naturals":      {uses: nil, names: []string{"Naturals", "Nat", "a", "b", "CHOOSE", "n", "TRUE"}},
	"Integers":      {uses: []string{"Naturals"}, names: []string{"Integers", "EXTENDS", "Naturals", "Int", "a", "0"}},
	"FiniteSets":    {uses: []string{"Naturals", "Sequences"}, names: []string{"FiniteSets", "LOCAL", "INSTANCE", "Naturals", "Sequences", "IsFiniteSet", "S", "seq", "Seq", "s", "n", "1", "Len", "Cardinality", "LET", "CS", "T", "SUBSET", "IF", "THEN", "0", "ELSE", "CHOOSE", "x", "IN"}},
	"Sequences":     {uses: []string{"Naturals"}, names: []string{"Sequences", "LOCAL", "INSTANCE", "Naturals", "Seq", "S", "UNION", "1", "n", "Nat", "Len", "s", "CHOOSE", "DOMAIN", "t", "i", "IF", "THEN", "ELSE", "Append", "e", "Head", "Tail", "CASE", "SubSeq", "m", "SelectSeq", "Test", "LET", "F", "0", "IN"}},
	"TLC":           {uses: []string{"Naturals", "Sequences", "FiniteSets"}, names: []string{"TLC", "LOCAL", "INSTANCE", "Naturals", "Sequences", "FiniteSets", "Print", "out", "val", "PrintT", "TRUE", "Assert", "IF", "THEN", "ELSE", "CHOOSE", "v", "JavaTime", "n", "Nat", "TLCGet", "i", "TLCSet", "d", "e", "x", "f", "g", "DOMAIN", "Permutations", "S", "w", "SortSeq", "s", "Op", "LET", "Perm", "p", "1", "Len", "j", "IN", "RandomElement", "Any", "ToString", "a", "b", "STRING", "TLCEval"}},
	"Bags":          {uses: []string{"TLC", "Naturals"}, names: []string{"Bags", "EXTENDS", "TLC", "LOCAL", "INSTANCE", "Naturals", "IsABag", "B", "DOMAIN", "n", "Nat", "0", "BagToSet", "SetToBag", "S", "e", "1", "BagIn", "EmptyBag", "B1", "B2", "IF", "THEN", "ELSE", "LET", "IN", "d", "Sum", "f", "DSum", "SUBSET", "elt", "CHOOSE", "TRUE", "BagUnion", "UNION", "SubBag", "RemoveFromDom", "x", "y", "Combine", "BagSet", "i", "Biggest", "Range", "r", "s", "RSB", "BB", "BagOfAll", "F", "BagCardinality", "CopiesIn"}},
	"TLCExt":        {uses: []string{"TLC", "Integers"}, names: []string{"TLCExt", "LOCAL", "INSTANCE", "TLC", "Integers", "AssertEq", "a", "b", "IF", "THEN", "PrintT", "ELSE", "AssertError", "err", "exp", "LET", "FailsEval", "e", "CHOOSE", "BOOLEAN", "TRUE", "TLCError", "s", "STRING", "IN", "Assert", "TLCGetOrDefault", "key", "defaultVal", "n", "TLCGetAndSet", "Op", "val", "oldVal", "v", "TLCSet", "Trace", "CounterExample", "ToTrace", "CE", "TLCModelValue", "str", "ToString", "TLCDefer", "expression", "TLCNoOp", "PickSuccessor", "bool", "TLCCache", "closure", "TLCFP", "var", "i", "Int", "TLCEvalDefinition", "definitionName"}},
	"Randomization": {uses: []string{"Naturals", "FiniteSets"}, names: []string{"Randomization", "LOCAL", "INSTANCE", "Naturals", "FiniteSets", "RandomSubset", "k", "S", "CHOOSE", "T", "SUBSET", "Cardinality", "RandomSetOfSubsets", "n", "TestRandomSetOfSubsets", "i", "1", "5"}},
	"Json":          {uses: []string{"Sequences", "FiniteSets", "TLC"}, names: []string{"Json", "LOCAL", "INSTANCE", "Sequences", "FiniteSets", "TLC", "IsSequence", "F", "D", "TRUE", "FALSE", "ToJsonKeyValue", "d", "ToString", "RECURSIVE", "ToJsonObjectString", "LET", "CHOOSE", "IN", "IF", "DOMAIN", "THEN", "ELSE", "ToJsonArrayString", "ToJsonString", "IsFiniteSet", "ToJson", "value", "ToJsonArray", "ToJsonObject", "JsonSerialize", "absoluteFilename", "JsonDeserialize", "val", "ndJsonSerialize", "ndJsonDeserialize"}},
	"Reals":         {uses: []string{"Integers"}, names: []string{"Reals", "EXTENDS", "Integers", "Real", "a", "b", "CHOOSE", "m", "Infinity", "i", "r"}},
}

// stdLiterals are the string literals of the standard modules' definitions
// (not their comments), in the order of their text: SANY analyses those
// modules before the spec's, so these literals come before the spec's own.
var stdLiterals = map[string][]string{
	"TLCExt": {"Assertion failed"},
	"Json":   {":", "{", "}", ", ", "[", "]", "{}", "[]"},
	"Reals":  {"Reals"},
}
