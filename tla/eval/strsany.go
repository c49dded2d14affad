package eval

// sanyStartNames are the names SANY interns as it starts, before it reads
// any module (TLC 2026.12, rev cc6b616, read back from TLC's intern table
// after a run): the built-in operators (Context: STRING, FALSE, TRUE,
// BOOLEAN, the operators of TLA+ and the $ names of its constructs), the
// names of the built-in module and of SANY's formal parameters, then the
// parser's table of operator symbols with their synonyms (Operators), so
// that a string spelling an operator ("=", "\\in", "+", "\\X") ranks
// here, before any name of the spec.
var sanyStartNames = []string{
	"STRING", "FALSE", "TRUE", "BOOLEAN", "=", "/=", ".", "'", "\\lnot", "\\neg", "\\land", "\\lor",
	"\\equiv", "=>", "SUBSET", "UNION", "DOMAIN", "\\subseteq", "\\in", "\\notin", "\\",
	"\\intersect", "\\union", "\\times", "~>", "[]", "<>", "ENABLED", "UNCHANGED", "\\cdot", "-+->",
	"$AngleAct", "$BoundedChoose", "$BoundedExists", "$BoundedForall", "$CartesianProd", "$Case",
	"$ConjList", "$DisjList", "$Except", "$FcnApply", "$FcnConstructor", "$IfThenElse",
	"$NonRecursiveFcnSpec", "$Pair", "$RcdConstructor", "$RcdSelect", "$RecursiveFcnSpec", "$Seq",
	"$SetEnumerate", "$SetOfAll", "$SetOfFcns", "$SetOfRcds", "$SF", "$SquareAct", "$SubsetOf",
	"$TemporalExists", "$TemporalForall", "$TemporalWhile", "$Tuple", "$UnboundedChoose",
	"$UnboundedExists", "$UnboundedForall", "$WF", "$Nop", "$Qed", "$Pfcase", "$Have", "$Take",
	"$Pick", "$Witness", "$Suffices", "***I do not exist***", "--TLA+ BUILTINS--", "Formal_0",
	"Formal_1", "Formal_2", "[", "^", "/", "*", "-", "-.", "+", "^+", "^*", "^#", "<", "\\leq", ">",
	"\\geq", "...", "..", "|", "||", "&&", "&", "$$", "$", "??", "%%", "%", "##", "++", "--", "**",
	"//", "^^", "@@", "!!", "|-", "|=", "-|", "=|", "<:", ":>", ":=", "::=", "\\oplus", "\\ominus",
	"\\odot", "\\oslash", "\\otimes", "\\uplus", "\\sqcap", "\\sqcup", "\\div", "\\wr", "\\star",
	"\\o", "\\bigcirc", "\\bullet", "\\prec", "\\succ", "\\preceq", "\\succeq", "\\sim", "\\simeq",
	"\\ll", "\\gg", "\\asymp", "\\subset", "\\supset", "\\supseteq", "\\approx", "\\cong",
	"\\sqsubset", "\\sqsubseteq", "\\sqsupset", "\\sqsupseteq", "\\doteq", "\\propto", "~", "¬", "□",
	"◇", "/\\", "∧", "\\/", "∨", "<=>", "≡", "⇔", "#", "≠", "<=", "=<", "≤", ">=", "≥", "\\X", "×",
	"\\cap", "∩", "\\cup", "∪", "\\circ", "∘", "(+)", "⊕", "(-)", "⊖", "(.)", "⊙", "(/)", "⊘",
	"(\\X)", "⊗", "≈", "≔", "≍", "◯", "⩴", "●", "⋅", "≅", "÷", "≐", "‥", "…", "‼", "≫", "⇒", "∈", "⫤",
	"↝", "≪", "⊣", "∉", "⇸", "≺", "⪯", "∝", "⁇", "⊨", "⊢", "∼", "≃", "⊓", "⊔", "⊏", "⊑", "⊐", "⊒",
	"⋆", "⊂", "⊆", "≻", "⪰", "⊃", "⊇", "⊎", "‖", "≀", "⁺", "@",
}

// sanyNodeNames are the names of the kinds of syntax nodes (SANY's
// SyntaxTreeConstants), which SANY interns when it makes its first
// non-token node: after the first module header of the root file.
var sanyNodeNames = []string{
	"Not a node", "N_ActDecl", "N_ActionExpr", "N_AssumeDecl", "N_AssumeProve", "N_Assumption",
	"N_BeginModule", "N_Body", "N_BoundedQuant", "N_Case", "N_CaseArm", "N_CaseStatement",
	"N_ChooseStatement", "N_ConjItem", "N_ConjList", "N_ConsDecl", "N_DisjItem", "N_DisjList",
	"N_EndModule", "N_Except", "N_ExceptComponent", "N_ExceptSpec", "N_Times", "N_Extends",
	"N_FairnessExpr", "N_FcnAppl", "N_FcnConst", "N_FieldSet", "N_FieldVal", "N_FunctionDefinition",
	"N_FunctionParam", "N_GeneralId", "N_GenInfixOp", "N_GenNonExpPrefixOp", "N_GenPostfixOp",
	"N_GenPrefixOp", "N_IdentDecl", "N_Real", "N_IdentifierTuple", "N_IdentLHS", "N_IdPrefix",
	"N_IdPrefixElement", "N_IfThenElse", "N_InfixDecl", "N_InfixExpr", "N_InfixLHS", "N_InfixOp",
	"N_InnerProof", "N_Instance", "N_NonLocalInstance", "N_Integer", "N_LeafProof",
	"N_LetDefinitions", "N_LetIn", "N_MaybeBound", "N_Module", "N_ModuleDefinition",
	"N_NonExpPrefixOp", "N_Number", "N_NumberedAssumeProve", "N_OpApplication", "N_OpArgs",
	"N_OperatorDefinition", "N_OtherArm", "N_ParamDecl", "N_ParamDeclaration", "N_ParenExpr",
	"N_PostfixDecl", "N_PostfixExpr", "N_PostfixLHS", "N_PostfixOp", "N_PrefixDecl", "N_PrefixExpr",
	"N_PrefixLHS", "N_PrefixOp", "N_Proof", "N_ProofLet", "N_ProofName", "N_ProofStatement",
	"N_ProofStep", "N_QEDStep", "N_QuantBound", "N_RcdConstructor", "N_RecordComponent",
	"N_SetEnumerate", "N_SetOfAll", "N_SetOfFcns", "N_SetOfRcds", "N_String", "N_SubsetOf",
	"N_Substitution", "N_TempDecl", "N_Theorem", "N_Tuple", "N_UnBoundedOrBoundedChoose",
	"N_UnboundedQuant", "N_VariableDeclaration", "Token =", "Token \\in", "N_NewSymb", "N_Lambda",
	"N_Recursive", "N_Label", "N_StructOp", "N_NumerableStep", "N_TerminalProof", "N_UseOrHide",
	"N_NonExprBody", "N_DefStep", "N_HaveStep", "N_TakeStep", "N_WitnessStep", "N_PickStep",
	"N_CaseStep", "N_AssertStep",
}

// sanyRootEnd is the name SANY interns once the root file is parsed,
// before it parses the modules the root names.
const sanyRootEnd = "--unknown--"

// sanySemanticNames are the names SANY interns as it starts its semantic
// analysis (Generator), after parsing every file and before the first
// string literal.
var sanySemanticNames = []string{"LAMBDA", "$$InAssume", "nullODN", "nullOpArg", "nullLabelNode"}
