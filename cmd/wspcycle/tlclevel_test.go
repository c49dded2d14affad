package main

import (
	"path/filepath"
	"testing"
)

// TestTLCLevelGolden runs the specs of model/tlcout/sany/testdata/level,
// each with TLC's output (plain and -tool) beside it, about SANY's level
// checks (tla/sema/level.go):
//   - an operator application's level counts an argument only where its
//     parameter raises the body's level: En(A) == ENABLED A, K(a, b) == a
//     (LevelEnabledArg, LevelUnusedArg, LevelUnusedArgList,
//     LevelInstanceEnabled through INSTANCE, LevelLetEnabled for a LET
//     definition used under ENABLED only): []<>(x = 0) /\ En(x' = x + 1)
//     is a temporal formula, which TLC checks (exit 13: with no fairness
//     a behaviour stuttering at x = 1 violates []<>(x = 0)); (x = 0) ~>
//     En(...) and []<>En(...) hold (exit 0: x' = x + 1 is always enabled);
//   - an operator parameter's application counts all its arguments, and
//     a RECURSIVE operator's are all counted: App(Op(_), v) == Op(v),
//     App(Id, x' = 1) and App(LAMBDA a : TRUE, x' = 1) are actions even
//     where the operator ignores its argument (LevelHigherOrder,
//     LevelLambda, LevelHigherOrderUsed, LevelRecursiveArg: exit 150), a
//     recursive operator of constants is constant (LevelRecursive: 13);
//   - level errors are not reported beside another semantic error
//     (LevelOtherError: TLC prints the unknown operator only);
//   - a THEOREM's body is level-checked (LevelTheorem: exit 150);
//   - a built-in operator's argument above the level it takes: ENABLED
//     <>P, x' = IF c THEN 0 ELSE <>P, [N]_x and <<N>>_x with N temporal
//     (LevelArgEnabled, LevelArgEq, LevelArgSquare, LevelArgAngle: "Level
//     error in applying operator ...", exit 150), and a user operator's
//     (G(a) == ENABLED a: G(<>P), LevelArgUser);
//   - a subscript above a state function ([N]_(x'), <<N>>_(x'), WF_(x')(N):
//     argument 2 of $SquareAct and $AngleAct, argument 1 of $WF,
//     LevelSubPrime) and a temporal fairness action (WF_x(<>P): argument 2
//     of $WF, one error, LevelWFTemp), reported only for an argument that
//     is level-correct itself: ENABLED (x' = 1 /\ [](x = 1)) is the
//     \land's error alone (LevelEnabledOnce); a temporal operand of a
//     set, a tuple, CHOOSE, SUBSET, UNION or [S -> T] ($SubsetOf, $Tuple,
//     $SetEnumerate, $BoundedChoose, $UnboundedChoose, $SetOfAll,
//     $SetOfFcns, LevelBuiltinArgs), of \in, /=, \subseteq, \union, f[e]
//     and EXCEPT (LevelInfixArgs: not where the operand has a level error
//     of its own, {[]P} \cup {TRUE} is $SetEnumerate's alone); a user operator's parameter primed or
//     UNCHANGED takes at most a state function (F(a) == a': F(x')), and a
//     LET's or an instance's operator is checked as the module's own, the
//     latter named I!Op with the instance's parameters counted first
//     (J(1)!CanStep(<>P): argument 2, LevelUserArgs);
//   - a PROPERTY is split by TLC's level bound (eval.levelBound), not
//     SANY's level: every argument of a definition counts, so
//     <>(x = 0) /\ E2(En(Next)) is refused as an action (2272, exit 151,
//     named E2: PropBoundArg) while <>(x = 0) /\ En(Next) is a state
//     predicate (PropBoundEnabled); TLC goes through a definition applied
//     to arguments, a parameter's argument and a LET to split what is
//     there, named by the definition: Property K (PropSplitArg),
//     Invariant J (PropSplitBoxArg), Invariant I for I([](x = 1))
//     (PropSplitParam), a LET's unused action definition is no action
//     (PropSplitLet), LET L == x = 1 IN []L is Invariant L
//     (PropSplitLetBox);
//   - a SPECIFICATION's conjuncts are sorted by the same level bound:
//     Init /\ [][Next]_x /\ E2(En(Next)) is "TLC cannot handle this
//     conjunct" (2239, exit 151, SpecBoundArg), and TLC goes through a
//     parameter's argument and a LET to find the initial predicate
//     (K(Init, x' = 1), SpecSplitArg; (LET L == x' = 1 IN Init),
//     SpecSplitLet).
func TestTLCLevelGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "tlcout", "sany", "testdata", "level")
	for _, c := range []struct {
		name string
		code int
	}{
		{"LevelEnabledArg", 13}, {"LevelUnusedArg", 13}, {"LevelUnusedArgList", 13},
		{"LevelLetEnabled", 13}, {"LevelInstanceEnabled", 13},
		{"LevelLeadsToEnabled", 0}, {"LevelAlwaysEnabled", 0},
		{"LevelOtherError", 150}, {"LevelTheorem", 150},
		{"LevelHigherOrder", 150}, {"LevelLambda", 150}, {"LevelHigherOrderUsed", 150},
		{"LevelRecursive", 13}, {"LevelRecursiveArg", 150},
		{"LevelArgEnabled", 150}, {"LevelArgEq", 150}, {"LevelArgSquare", 150}, {"LevelArgAngle", 150},
		{"LevelArgUser", 150}, {"LevelSubPrime", 150}, {"LevelWFTemp", 150},
		{"PropBoundArg", 151}, {"PropBoundEnabled", 0}, {"PropSplitArg", 13},
		{"PropSplitBoxArg", 12}, {"PropSplitParam", 12}, {"PropSplitLet", 0},
		{"PropSplitLetBox", 12}, {"LevelEnabledOnce", 150},
		{"LevelBuiltinArgs", 150}, {"LevelUserArgs", 150}, {"LevelInfixArgs", 150},
		{"SpecBoundArg", 151}, {"SpecSplitArg", 0}, {"SpecSplitLet", 0},
	} {
		tlcGoldenRun(t, dir, c.name, []string{"-noGenerateSpecTE"}, c.code, inSpecDir())
	}
}
