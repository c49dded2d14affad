package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/wspcycle/wspcycle/model/tlcout"
)

// sanyCase is one spec of model/testdata/tlc/sany run with a cfg, and
// the exit code TLC (rev cc6b616) gave; its outputs are NAME.text.out and
// NAME.tool.out, made with -noGenerateSpecTE in that folder.
type sanyCase struct {
	name, spec, cfg string
	code            int
}

// TestTLCSanyGoldens compares `wspcycle tlc` with TLC on specs SANY or
// TLC's front end rejects (or, for a few, accepts where we did not):
//   - a module after the root module in its file (TTraceErr: an undefined
//     name in the Cnt_TEExpression of a trace exploration spec) is named
//     as SANY names it, by its own name, with lines from its header, and
//     its errors are printed after it and after every module processed
//     later; an inner module (InnerErr) is named by its file's module;
//   - once a module leaves errors, SANY prints them all again after each
//     later module, with errors of its own or not (ExtErr extends LA,
//     which has an error, and LB, which has none);
//   - Reals' symbols without EXTENDS Reals are undefined for SANY: / and
//     \subset, which nothing defines (ReDiv, ReSub), are "Could not find
//     declaration or definition of symbol" and "Couldn't resolve infix
//     operator symbol", Real and Infinity "Unknown operator" (ReRealS,
//     ReInf); a spec's own \subset is its operator (ReSubDef2, checked);
//   - a decimal with a number in another base before or after its point
//     (SanyOct: 1.\o17; SanyOctR: \o17.5; SanyOctLib: in the module LibOct
//     the root extends) parses, and SANY dies of Java's
//     NumberFormatException in the semantic pass of its module: TLC
//     prints the modules processed up to it, the exception, no "SANY
//     finished." nor "Starting...", then message 2171 (nested in itself
//     in -tool output), exit 150. We print the same: that exception's
//     text is what a tool reading TLC's output gets;
//   - a repeated parameter (HDupParam) or a bound name that a definition
//     names (HBoundShadow) is "Multiply-defined symbol", naming the other;
//     Op!3 of a body with two operands (HSel2) "Nonexistent operand";
//     @ outside an EXCEPT (HAtOutside) SANY's semantic error, not a parse
//     error;
//   - an argument for an operator parameter G(_) that does not fit: a
//     LAMBDA of another arity (HLamLong), a name of another arity
//     (HOpArgArity; a 0-ary definition's too, HOpArgDef0), an expression
//     (HOpArgExpr): SANY's error on it, then "Argument number 1 to
//     operator 'Foo' should be a 1-parameter operator." over the
//     application; fitting ones are checked (HOpArgGood);
//   - the .cfg: C <- 3 and C <- "a" are TLC's "substitutes for C with
//     the undefined identifier" after SANY (HCfgSubstVal, HCfgSubstStr),
//     C <- G with G of another arity its 2225 (HCfgSubstArity), exit 151;
//     a value for a VARIABLE is ignored (HCfgVarConst2 runs to TLC's
//     deadlock);
//   - an INSTANCE that substitutes nothing for an operator constant
//     Op(_) of the module (HInstVarConst, HInstBadSubst) names its
//     declaration "Op(_)" whole; an undefined name substituted for it
//     (HInstUndefOp) is "Unknown operator", then SANY's unpositioned
//     "An operator must be substituted for symbol 'Op'";
//   - a record or a set of records with a field twice (HRecordDup,
//     HRecSetDup, HRecDupLong) is SANY's "Non-unique fields in
//     constructor." over the second name, not a parse error;
//   - a module after the root module in its file is parsed only where the
//     spec uses it and no file of its name is on the path: one that does
//     not parse is no error unused (LaterUnused), SANY's parse error in
//     its own lines used (LaterParse); a file of its name wins
//     (LaterShadow, with LaterShadowB.tla);
//   - the .cfg: C <- TRUE, C <- BOOLEAN (CfgSubstTrue), C <- FALSE,
//     C <- STRING (CfgSubstFalse) substitute SANY's built-in operator;
//     C <- {1} is TLC's "It was expecting = or <-" (CfgSubstSet: it reads
//     { as the name, then 1 as the next constant);
//   - LET J == INSTANCE M of a standard module: J!Op without parameters is
//     the definition in TLC's M.tla, not its Java override (LetStdReal:
//     the string "Reals"; LetStdTrace: TRUE); LetStdBags (EmptyBag,
//     BagCardinality) is checked; R!Real of a module's R == INSTANCE
//     Reals is Reals' Real too (InstStdReal);
//   - a compound name N!...!s whose N is undefined (or defined later) is
//     "Unknown operator" over its last selector s (SelUndefPrefix: Init!1
//     before Init; SelUndefLast: Bar!Baz!Op; SelUndefColon: Init!:);
//   - what a THEOREM states and the names its proof uses are checked:
//     an undefined name in its body (ThmUndef), after ASSUME NEW ...
//     PROVE (ThmAssumeUndef), in PROOF BY (ThmProofUndef), in a step's
//     BY (ThmStepUndef, with a step name used before its step), in a step
//     where the theorem's NEW names are visible (ThmNewUndef); a proof
//     with SUFFICES, DEFINE, PICK, CASE, TAKE, HAVE and ASSUME steps is
//     accepted (ThmProofGood); so are the names of a USE or HIDE
//     outside a proof (UseUndef; UseGood is accepted);
//   - a DEF entry of a BY, USE or HIDE that names no defined operator (an
//     undefined name, after its "Unknown operator"; a constant, a
//     variable, a step name) is "DEF clause entry should describe a
//     defined operator."; a statement left with no fact and no entry is
//     then "Empty BY" or "Empty USE or HIDE statement." from its first
//     keyword, PROOF of PROOF BY, to its end (DefNope, DefEmpty,
//     DefKinds; a theorem's name is a DEF entry SANY takes, and so are
//     a standard module's operators, an instance's name, a DEFINE's;
//     BOOLEAN, STRING, TRUE and a NEW name are not, DefStd);
//   - a name a proof step declares is "Unknown operator" outside its
//     scope (StepScope): a PICK's or TAKE's name, a DEFINE's, a
//     SUFFICES's NEW name in the step's own proof and after its level,
//     an ASSUME ... PROVE step's NEW name after the step, a name before
//     its step, a theorem's NEW name in another theorem;
//   - an operator applied to a wrong number of arguments in a proof (a
//     BY's fact, a step, a PICK's predicate, a NEW H(_), a DEFINE's
//     operator) is "The operator F requires 2 arguments." as elsewhere
//     (ProofArity); a NEW STATE, ACTION or TEMPORAL name has its level:
//     [](A), F', [][G]_x, ENABLED H, C' of an action C are SANY's level
//     errors (NewLevel).
func TestTLCSanyGoldens(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "sany")
	for _, c := range sanyCases {
		for _, mode := range []string{"text", "tool"} {
			t.Run(c.name+"/"+mode, func(t *testing.T) {
				args := []string{"tlc", "-workers", "1", "-noGenerateSpecTE", "-config", c.cfg + ".cfg"}
				if mode == "tool" {
					args = append(args, "-tool")
				}
				var out, errb bytes.Buffer
				code := runIn(t, dir, append(args, c.spec+".tla"), &out, &errb)
				if code != c.code {
					t.Errorf("exit %d, want TLC's %d; stderr:\n%s", code, c.code, errb.String())
				}
				got := tlcout.Normalize(out.String(), mode == "tool")
				data, err := os.ReadFile(filepath.Join(dir, c.name+"."+mode+".out"))
				if err != nil {
					t.Fatal(err)
				}
				if want := tlcout.Normalize(string(data), mode == "tool"); got != want {
					t.Errorf("output differs from TLC's:\n%s\nfull output:\n%s", firstDiff(want, got), out.String())
				}
			})
		}
	}
}

var sanyCases = []sanyCase{
	{"TTraceErr", "TTraceErr", "TTraceErr", 150},
	{"InnerErr", "InnerErr", "Ok", 150},
	{"ExtErr", "ExtErr", "Ok", 150},
	{"ReDiv", "ReDiv", "Ok", 150},
	{"ReSub", "ReSub", "Ok", 150},
	{"ReSubDef2", "ReSubDef2", "Ok", 0},
	{"ReInf", "ReInf", "Ok", 150},
	{"ReRealS", "ReRealS", "Ok", 150},
	{"SanyOct", "SanyOct", "Ok", 150},
	{"SanyOctR", "SanyOctR", "Ok", 150},
	{"SanyOctLib", "SanyOctLib", "Ok", 150},
	{"HDupParam", "HDupParam", "HDupParam", 150},
	{"HBoundShadow", "HBoundShadow", "HBoundShadow", 150},
	{"HSel2", "HSel2", "HSel2", 150},
	{"HCfgSubstArity", "HCfgSubstArity", "HCfgSubstArity", 151},
	{"HCfgSubstVal", "HCfgSubstVal", "HCfgSubstVal", 151},
	{"HCfgSubstStr", "HCfgSubstStr", "HCfgSubstStr", 151},
	{"HCfgVarConst2", "HCfgVarConst2", "HCfgVarConst2", 11},
	{"HAtOutside", "HAtOutside", "HAtOutside", 150},
	{"HLamLong", "HLamLong", "HLamLong", 150},
	{"HOpArgArity", "HOpArgArity", "HOpArgArity", 150},
	{"HOpArgExpr", "HOpArgExpr", "HOpArgExpr", 150},
	{"HOpArgDef0", "HOpArgDef0", "HOpArgDef0", 150},
	{"HOpArgGood", "HOpArgGood", "HOpArgGood", 0},
	{"HInstBadSubst", "HInstBadSubst", "HInstBadSubst", 150},
	{"HInstVarConst", "HInstVarConst", "HInstVarConst", 150},
	{"HRecordDup", "HRecordDup", "HRecordDup", 150},
	{"HRecSetDup", "HRecSetDup", "HRecSetDup", 150},
	{"HRecDupLong", "HRecDupLong", "HRecDupLong", 150},
	{"HInstUndefOp", "HInstUndefOp", "HInstUndefOp", 150},
	{"LaterUnused", "LaterUnused", "Ok", 11},
	{"LaterParse", "LaterParse", "Ok", 150},
	{"LaterShadow", "LaterShadow", "Ok", 11},
	{"CfgSubstTrue", "CfgSubstTrue", "CfgSubstTrue", 11},
	{"CfgSubstFalse", "CfgSubstFalse", "CfgSubstFalse", 0},
	{"CfgSubstSet", "CfgSubstSet", "CfgSubstSet", 255},
	{"LetStdReal", "LetStdReal", "LetStdReal", 75},
	{"LetStdBags", "LetStdBags", "LetStdBags", 11},
	{"LetStdTrace", "LetStdTrace", "LetStdTrace", 75},
	{"InstStdReal", "InstStdReal", "Ok", 75},
	{"SelUndefPrefix", "SelUndefPrefix", "Ok", 150},
	{"SelUndefLast", "SelUndefLast", "Ok", 150},
	{"SelUndefColon", "SelUndefColon", "Ok", 150},
	{"ThmUndef", "ThmUndef", "Ok", 150},
	{"ThmAssumeUndef", "ThmAssumeUndef", "Ok", 150},
	{"ThmProofUndef", "ThmProofUndef", "Ok", 150},
	{"ThmStepUndef", "ThmStepUndef", "Ok", 150},
	{"ThmNewUndef", "ThmNewUndef", "Ok", 150},
	{"ThmProofGood", "ThmProofGood", "Ok", 11},
	{"UseUndef", "UseUndef", "Ok", 150},
	{"UseGood", "UseGood", "Ok", 11},
	{"DefNope", "DefNope", "Ok", 150},
	{"DefEmpty", "DefEmpty", "Ok", 150},
	{"DefKinds", "DefKinds", "Ok", 150},
	{"StepScope", "StepScope", "Ok", 150},
	{"ProofArity", "ProofArity", "Ok", 150},
	{"NewLevel", "NewLevel", "Ok", 150},
	{"DefStd", "DefStd", "Ok", 150},
}
