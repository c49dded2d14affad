package eval

// stdLexed are the standard modules as SANY's lexer reads them from TLC's
// jar (tla2sany/StandardModules, TLC 2026.12): the names each interns, in
// order, each name once, and the modules each names after EXTENDS and
// after INSTANCE, which SANY reads next (strorder.go). wspcycle builds these
// modules in, so it has no file to read them from.
var stdLexed = map[string]lexedNames{
	"Naturals": {extends: nil, instances: nil, names: []string{
		"-------------------------------- MODULE", "Naturals", "----------------------------", "Nat",
		"==", "{", "}", "a", "+", "b", ",", "-", "CHOOSE", "n", ":", "=", "*", "TRUE", "^", "<", ">",
		"\\leq", "\\geq", "%", "\\div", "..",
		"=============================================================================",
	}},
	"Integers": {extends: []string{"Naturals"}, instances: nil, names: []string{
		"-------------------------------- MODULE", "Integers", "----------------------------", "EXTENDS",
		"Naturals", "Int", "==", "{", "}", "-.", "a", "0", "-",
		"=============================================================================",
	}},
	"FiniteSets": {extends: nil, instances: []string{"Naturals", "Sequences"}, names: []string{
		"---------------------------- MODULE", "FiniteSets", "-----------------------------", "LOCAL",
		"INSTANCE", "Naturals", "Sequences", "IsFiniteSet", "(", "S", ")", "==", "\\E", "seq", "\\in",
		"Seq", ":", "\\A", "s", "n", "1", "..", "Len", "[", "]", "=", "Cardinality", "LET", "CS", "T",
		"SUBSET", "IF", "{", "}", "THEN", "0", "ELSE", "+", "\\", "CHOOSE", "x", "IN",
		"=============================================================================",
	}},
	"Sequences": {extends: nil, instances: []string{"Naturals"}, names: []string{
		"------------------------------ MODULE", "Sequences", "-----------------------------", "LOCAL",
		"INSTANCE", "Naturals", "Seq", "(", "S", ")", "==", "UNION", "{", "[", "1", "..", "n", "->", "]",
		":", "\\in", "Nat", "}", "Len", "s", "CHOOSE", "DOMAIN", "=", "\\o", "t", "i", "+", "|->", "IF",
		"\\leq", "THEN", "ELSE", "-", "Append", ",", "e", "<<", ">>", "Head", "Tail", "CASE", "#",
		"SubSeq", "m", "SelectSeq", "Test", "_", "LET", "F", "0", "IN",
		"=============================================================================",
	}},
	"TLC": {extends: nil, instances: []string{"Naturals", "Sequences", "FiniteSets"}, names: []string{
		"------------------------------- MODULE", "TLC", "----------------------------------", "LOCAL",
		"INSTANCE", "Naturals", "Sequences", "FiniteSets",
		"-----------------------------------------------------------------------------", "Print", "(",
		"out", ",", "val", ")", "==", "PrintT", "TRUE", "Assert", "IF", "=", "THEN", "ELSE", "CHOOSE",
		"v", ":", "JavaTime", "n", "\\in", "Nat", "TLCGet", "i", "TLCSet", "d", ":>", "e", "[", "x", "{",
		"}", "|->", "]", "f", "@@", "g", "DOMAIN", "\\cup", "Permutations", "S", "->", "\\A", "w", "\\E",
		"SortSeq", "s", "Op", "_", "LET", "Perm", "p", "1", "..", "Len", "j", "<", "=>", "\\/", "IN",
		"RandomElement", "Any", "ToString", "a", "b", "STRING", ".", "TLCEval",
		"=============================================================================",
	}},
	"Bags": {extends: []string{"TLC"}, instances: []string{"Naturals"}, names: []string{
		"----------------------------- MODULE", "Bags", "--------------------------------", "EXTENDS",
		"TLC", "LOCAL", "INSTANCE", "Naturals", "IsABag", "(", "B", ")", "==", "\\in", "[", "DOMAIN",
		"->", "{", "n", "Nat", ":", ">", "0", "}", "]", "BagToSet", "SetToBag", "S", "e", "|->", "1",
		"BagIn", ",", "EmptyBag", "B1", "(+)", "B2", "\\cup", "IF", "THEN", "ELSE", "+", "(-)", "LET",
		"-", "IN", "d", "Sum", "f", "DSum", "SUBSET", "elt", "CHOOSE", "TRUE", "=", "\\", "BagUnion",
		"UNION", "\\sqsubseteq", "/\\", "\\subseteq", "\\A", "\\leq", "SubBag", "RemoveFromDom", "x",
		"y", "Combine", "BagSet", "i", "..", "Biggest", "Range", "r", "s", "\\geq", "RSB", "BB", "<<",
		">>", "BagOfAll", "F", "_", "BagCardinality", "CopiesIn",
		"=============================================================================",
	}},
	"TLCExt": {extends: nil, instances: []string{"TLC", "Integers"}, names: []string{
		"------------------------------- MODULE", "TLCExt", "-------------------------------", "LOCAL",
		"INSTANCE", "TLC", "Integers",
		"-----------------------------------------------------------------------------", "AssertEq", "(",
		"a", ",", "b", ")", "==", "IF", "#", "THEN", "/\\", "PrintT", "\"Assertion failed\"", "=",
		"ELSE", "AssertError", "err", "exp", "LET", "FailsEval", "e", "CHOOSE", "\\in", "BOOLEAN", ":",
		"TRUE", "TLCError", "s", "STRING", "IN", "Assert", "TLCGetOrDefault", "key", "defaultVal", "n",
		"TLCGetAndSet", "Op", "_", "val", "oldVal", "v", "{", "}", "TLCSet", "Trace", "CounterExample",
		"ToTrace", "CE", "TLCModelValue", "str", "ToString", "TLCDefer", "expression", "TLCNoOp",
		"PickSuccessor", "bool", "TLCCache", "closure", "TLCFP", "var", "i", "Int", "TLCEvalDefinition",
		"definitionName", "============================================================================",
	}},
	"Randomization": {extends: nil, instances: []string{"Naturals", "FiniteSets"}, names: []string{
		"-------------------------- MODULE", "Randomization", "------------------------------", "LOCAL",
		"INSTANCE", "Naturals", "FiniteSets", "RandomSubset", "(", "k", ",", "S", ")", "==", "CHOOSE",
		"T", "\\in", "SUBSET", ":", "Cardinality", "=", "RandomSetOfSubsets", "n", "\\leq",
		"TestRandomSetOfSubsets", "[", "i", "1", "..", "5", "|->", "]",
		"=============================================================================",
	}},
	"Json": {extends: nil, instances: []string{"Sequences", "FiniteSets", "TLC"}, names: []string{
		"-------------------------------- MODULE", "Json", "--------------------------------", "LOCAL",
		"INSTANCE", "Sequences", "FiniteSets", "TLC",
		"-----------------------------------------------------------------------------", "IsSequence",
		"(", "F", ",", "D", ")", "==", "TRUE", "\\/", "FALSE", "ToJsonKeyValue", "d", "ToString", "\\o",
		"\":\"", "[", "]", "RECURSIVE", "ToJsonObjectString", "_", "LET", "CHOOSE", "\\in", ":", "IN",
		"IF", "=", "DOMAIN", "THEN", "\"{\"", "\\", "{", "}", "\"}\"", "ELSE", "\", \"",
		"ToJsonArrayString", "\"[\"", "\"]\"", "ToJsonString", "IsFiniteSet", "ToJson", "value",
		"\"{}\"", "ToJsonArray", "\"[]\"", "ToJsonObject", "JsonSerialize", "absoluteFilename",
		"JsonDeserialize", "val", "ndJsonSerialize", "ndJsonDeserialize",
		"=============================================================================",
	}},
	"Reals": {extends: []string{"Integers"}, instances: nil, names: []string{
		"-------------------------------- MODULE", "Reals", "-------------------------------", "EXTENDS",
		"Integers", "Real", "==", "\"Reals\"", "a", "/", "b", "CHOOSE", "m", "\\in", ":", "*", "=",
		"Infinity", "i", "(", "\\notin", ")", "/\\", "\\A", "r", ">",
		"=============================================================================",
	}},
}

// stdLiterals are the string literals of the standard modules' definitions
// (not their comments), in the order of their text: SANY analyses those
// modules before the spec's, so these literals come before the spec's own.
var stdLiterals = map[string][]string{
	"TLCExt": {"Assertion failed"},
	"Json":   {":", "{", "}", ", ", "[", "]", "{}", "[]"},
	"Reals":  {"Reals"},
}
