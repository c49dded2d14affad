package main

import (
	"path/filepath"
	"testing"
)

// TestTLCEvalErrors runs `wspcycle tlc` on specs with one evaluation error
// each and compares the output and exit code with TLC's own runs (rev
// cc6b616) kept in model/testdata/tlc/evalerrors (NAME.text.out,
// NAME.tool.out). TLC's classes, from those runs:
//
//   - a false Assert while computing next states (A, AAct: an Assert
//     with a tuple for its message, in the second disjunct of Next): 2132
//     without a position, exit 14; in Init (AInit) TLC's general 1000, in
//     which -tool nests the 2132, exit 75, with 0 states generated and
//     depth 0;
//
//   - any other error while computing next states is an exception TLC's
//     worker does not expect: 1000, "TLC threw an unexpected exception
//     ... java.lang.RuntimeException" then ": " and the message, with the
//     whole range of the expression that raised it (NfNext: x[1] of an
//     integer; Field: x.b, the range of x.b, not of b; Choose: the whole
//     CHOOSE), exit 75, but no position for an index out of a tuple's
//     bounds (SeqIdx) nor for a filter of a set TLC cannot enumerate
//     (NonEnum: x' \in {n \in Nat : n > 3}, "Attempted to enumerate
//     { x \in S : p(x) } when S:", the set, "is not enumerable"); Head of <<>> (HeadE) is 2184 without a position,
//     exit 255; in Init (NfInit) the message and range alone, exit 75;
//
//   - an invariant that fails to evaluate (I): "Evaluating invariant Inv
//     failed." (2111), the cause on its own line, its range; exit 76,
//     and TLC prints the out-degree after the depth; a false Assert as
//     the cause (AInv) has no range and is nested (2132) in -tool; an
//     action property (ActProp) is 2113, exit 75, without the out-degree;
//
//   - an error checking an initial state (Con: its CONSTRAINT; InvInit:
//     its invariant) is 2102: the cause, its range, "While working on the
//     initial state:" and the state, no trace, exit 75; after an
//     invariant the state is counted left on the queue (1 distinct, 1
//     left), after a constraint not (0 distinct);
//
//   - an operand of a comparison that is not an integer (Cmp: x < "a";
//     CmpLeq: "a" <= x) is TLC's 2266, "The second (first) argument of <
//     (<=) should be an integer, but instead it is:" and the value, with
//     no position and not wrapped as an unexpected exception, exit 255;
//
//   - an ASSUME that fails to evaluate (Asm: 1[2]) is 2105, "Evaluating
//     assumption <its range> failed.", the cause and its range, exit 10,
//     after "Starting..." and before any state is computed.
//
//   - a value that is not a boolean (tla/eval/tlcwording.go): a conjunct
//     of an action (WConj: x /\ x' = x; WExNB: after every variable is
//     assigned) is 2247, "In computing next states, TLC expected a
//     boolean expression,\nbut instead found 0." and the conjunct's
//     range, framed inside the 1000 in -tool; an operand of P /\ Q or
//     P \/ Q (WConjE, WDisjE) "Attempted to evaluate an expression of
//     form P /\ Q when P was\nan integer." and the range of P /\ Q; an
//     IF's condition (WIfNB) "A non-boolean expression (an integer) was
//     used as the condition of an IF." and the IF's range; ~x (WNot)
//     "Attempted to apply the operator ~ to a non-boolean\n(an
//     integer)" and the range of ~x;
//
//   - an operand of +, -, * that is not an integer (WPlus, WPlusL,
//     WMinus, WTimes) is the failure of TLC's Java method (2154, framed
//     in -tool): its signature and "Cannot cast tlc2.value.impl.
//     StringValue to tlc2.value.impl.IntValue", no position; \div by 0
//     (WDiv) is 2179, Cardinality of a non-set (WCard) 2181, Len of a
//     non-sequence (WLen) 2283, t \o s of a non-sequence (WConcat) 2182:
//     each without a position and not wrapped, exit 255; an equality of
//     values TLC cannot compare (WEq: 0 = "a") has no position;
//
//   - a field of a value that is not a record (NCase: x.a of 0) is
//     "Attempted to select field "a" from a non-record value 0" and the
//     range; of a tuple or a function of integers (WTupField, WFcnField)
//     "Attempted to apply function with integer domain to the
//     non-integer argument "a"", no position;
//
//   - x \in of a value that is not a set is TLC's member method's
//     error, without a position: of an integer (InInt) "Attempted to
//     check if the value:\n0\nis an element of the integer 3", of a
//     string (InStr) "... of the string "a""; a non-integer in an
//     interval (InIntv) "Attempted to check if the value:\n"a"\nis in
//     the integer interval 1..3"; DOMAIN of an integer (DomInt)
//     "Attempted to apply the operator DOMAIN to a non-function\n(an
//     integer)" and the range of the DOMAIN expression;
//
//   - an error in a temporal property's state predicate on a successor
//     (LState: <>(x > 0 => x[1] = 0) at x = 1) or in its action
//     predicate on a step (LAct: <<x' > x /\ x[1] = 0>>_x) is met when
//     TLC adds the successors of a state to its behaviour graph, the
//     successor already queued: the 2103 stack comes first (from the
//     predicate's body; for <<A>>_v from A), then the 1000 with the
//     range, the trace up to the state expanded, the out-degree, exit
//     255; the ENABLED of a fairness condition (LFair: WF_x(A), A
//     failing at x = 1) is evaluated when the state is expanded, after
//     its successors are generated: the trace ends at x = 1, 3 states
//     generated, depth 3, the stack from the A of WF_x(A);
//
//   - the P of []<>P or <>[]P (LAE, LEA; LAEEnabled, LEAEnabled: an
//     ENABLED in P), as a property or inside one, is TLC's checkState: it
//     is evaluated on a state when the state is expanded, as the ENABLED
//     of a fairness condition: the trace ends at the state, its
//     successors counted; [](ENABLED A => P) is an invariant to TLC
//     (EnInv: "Evaluating invariant Prop failed.", exit 76; EnMixed: with
//     a <> conjunct);
//
//   - an error in a temporal property's state predicate on an initial
//     state (WTempInit: <>(x[1] = 0)) is reported as on any initial
//     state (2102), and TLC exits 0.
//
//   - x \in S or x' \in S in the initial predicate or an action where S
//     is a record or a tuple (MRecInit, MRecNext, MTupInit, MTupNext) is
//     "In computing initial (next) states, the right side of \IN is not
//     enumerable." and the range of x \in S; as a boolean (MRec, MTup,
//     MRecInv, MTupInv, MRecSucc, MTupSucc) the member method of TLC's
//     class of S, without a position: "Attempted to check if
//     element:\n0\nis in the record:\n[a |-> 1]", "Attempted to check
//     set membership in a tuple value."; a function constructor's value
//     (MFcn, MFcnStr: over 1..2 or over {"a"}) "Attempted to check if the
//     value:\n1\nis an element of the function <<1, 2>>";
//
//   - a method of a value that TLC's replay built from a tuple or record
//     constructor fails (FIdxInit, FIdxNext, FIdxInv: <<1, 2>>[3]; MTup,
//     MRec, MRecInv, MTupInv; FArg: an operator's argument; FLet: a LET
//     definition): TLC prints 2147 "TLC was unable to fingerprint." in
//     place of the 2103 stack, the stack followed by the constructor, and
//     "Reason:" with the message; not for a value TLC computed before the
//     replay or by an operator (FConstDef: a constant definition; FSetElem:
//     an element of a constant set; FConcat: \o; FExcept: EXCEPT), nor
//     after an invariant of a successor (FIdxSucc), where the 2103 stack
//     or none is printed as for any error.
//
//   - an argument outside a function's domain is worded by TLC's class
//     of the function's value (tla/eval/tlcwording_apply.go), without a
//     position: a function constructor applied (GLam, GLamInit, GLamInv,
//     GLamStr, GLet: through a LET, GArg: an argument, GDefVar: a
//     definition that is not constant) "In applying the function\n<<1,
//     2>>,\nthe first argument is:\n3\nwhich is not in its domain.\n"
//     and an empty line; one a constant definition names (GDef) "Attempted
//     to apply function:\n<<1, 2>>\nto argument 3, which is not in the
//     domain of the function."; a record constructor's (GRec) "Attempted
//     to access nonexistent field 'b' of record\n[a |-> 1]", with 2147;
//
//   - more of a standard module's messages with a code of their own,
//     without a position, exit 255 while computing next states: SubSeq's
//     bounds (WSubSeq, WSubSeq2) 2183; Append to a non-sequence (WAppend)
//     and "a" \o <<1>> (WConcatStr) 2182; an overflow of ^, + or * (WExpOver,
//     WExp31, WPlusOver, WTimesOver) 2178 "Overflow when computing 2^64";
//     Cardinality of an infinite set (WCardInf) 2181; Head or Tail of a
//     non-sequence (WHeadStr) 2283; an argument named with "a" (WFcnPlus:
//     "The second argument of @@ should be a function"; WModNeg: 7 % -2)
//     2169, with "an" (Cmp) 2266, SelectSeq's test that is not a boolean
//     (WSelectSeq, WSelectSeqOp) "The second argument of SelectSeq should
//     be a boolean-valued operator, but instead it is:\n<Operator T>"
//     (<Operator LAMBDA>) 2169; in the initial predicate (WHeadInit,
//     WCmpInit, WDivInit, WModNeg) each is TLC's general 1000, which -tool
//     frames around the message's own code, exit 75;
//
//   - the Java method of an operand of +, -, *, .. that is not an
//     integer is Integers' when the spec extends Integers (WPlusInt,
//     WDotDotStr: "tlc2.module.Integers.DotDot", its result an
//     IntervalValue), else Naturals';
//
//   - EXCEPT of a value that is not a function (WExcept, WExceptPath:
//     ![1].a of 1) "Attempted to apply EXCEPT construct to the value 0.",
//     no position; CHOOSE over an infinite set (WChooseInf) "Attempted to
//     compute the value of an expression of\nform CHOOSE x \in S: P, but S
//     was not enumerable." and the CHOOSE's range, but over a set TLC
//     enumerates built of one it cannot ([Int -> BOOLEAN], [BOOLEAN ->
//     Int], [a : BOOLEAN, b : Int], SUBSET Int, BOOLEAN \X STRING, [a :
//     [Nat -> BOOLEAN]], [a : Seq({1})]: ChEnum*) that set's enumerator's
//     words, without a position; {1} = 1 (WEqSet) is
//     the set's equals method, with 2147 naming {1}, which the replay
//     built; the rest of the sweep (WChooseNone, WTailE, WAssertStr,
//     WPrintNext, WDivNeg, WModelEq, WModelLt, WAssertInv, WDivZeroPlus)
//     were TLC's already;
//
//   - SUBSET of a value that is not a set is TLC's SubsetValue, kept
//     unevaluated, which fails where it is used, without a position and
//     with the SUBSET node after the stack (2147): enumerated (SInit,
//     SNext, SExists) "Attempted to compute the number of elements in the
//     integer 3." (SStr: the string "a"; STup, SRec: "Attempted to compute
//     the value of an expression of form\nSUBSET S, but S is a
//     non-enumerable value:" and the value); a non-set checked against it
//     (SInv, SSucc) "Attempted to check if the non-enumerable value\n0\nis
//     element of\nSUBSET 3", a set (SSetIn) its first element checked
//     against the base; under Cardinality (SCard) the failure of TLC's
//     Java method (2154, framed in -tool), the 2103 stack ending at
//     Cardinality.
//
//   - an EXCEPT whose path leads outside the function's domain (XExcAt,
//     XExcNoAt: ![3] of a pair, with or without @; XExcRec: !.b of a
//     record; XExcFcn) leaves the function unchanged, and TLC warns
//     (2144) "The EXCEPT was applied to non-existing fields of the value
//     at" and the location of the function expression, when it is met.
//
//   - a definition without parameters of constant level that prints is
//     evaluated once after "Starting...", used or not, module by module
//     (the extended first: TPrintExt), each in order, before the ASSUMEs
//     (TPrintAsm), and prints nothing where it is used (TPrintOrder,
//     TPrintVar); an error there is dropped (TPrintErr, unused: exit 0).
//
//   - a literal taken as an action (UNextIf: an IF's branch 3; UNextStr:
//     "a"; UNextCase: a disjunct's conjunct 7) is "The next state
//     relation is not a boolean expression." and the literal: a numeral
//     by its value, without a position, a string by its range; in the
//     initial predicate (UInitNum, UInitStr) a conjunct that is not a
//     boolean is 2247 as in an action, a numeral named by its value after
//     the message, and no conjunct that is not a boolean is on the stack
//     (UInitVar).
//
//   - a function over 1..n built as a function ([i \in 1..2 |-> i]: YFcnInv,
//     YFcnNext; an element of [1..2 -> {0}]: YSetOfFcn; kept by EXCEPT:
//     YFcnExc) is a FcnRcdValue to TLC once in a state: an argument
//     outside its domain is "Attempted to apply function:"; a tuple
//     (YTupInv, YTupNext), or what \o makes of the function (YFcnConcat),
//     "Attempted to access index 3 of tuple".
//
//   - an INVARIANT, CONSTRAINT or ACTION_CONSTRAINT that is not a boolean
//     is TLC's 2215, "TLC expected a boolean value, but did not find
//     one." and the range of its body on the same line, framed in -tool:
//     on an initial state in place of the cause (VConNB, VInvNB), on a
//     successor's constraint as the unexpected exception's message, with
//     an empty stack (VConNBNext, VActConNB); a successor's invariant is
//     2111 as usual (VInvNBNext). An error with a code of its own in a
//     CONSTRAINT on an initial state (VConDiv, VConStr, VConHead,
//     VConAssert) is TLC's general 1000, the message alone (framed in its
//     code in -tool), no state, exit 75, as for an invariant (VInvStr);
//     on a successor it is its own code, exit 255 (VConStrNext).
//
//   - a key of the wrong kind applied to a tuple (KTupStr: <<1, 2>>["a"])
//     is "Attempted to access tuple at a non integral index: "a"", to a
//     record (KRecInt: [a |-> 1][1]; KRecExc: in an EXCEPT) "Attempted to
//     access record by a non-string argument: 1", without a position,
//     with 2147 naming the constructor; 1 :> 2 is a FcnRcdValue
//     (KColonGt: (1 :> 2)[3] "Attempted to apply function:").
//
//   - an ASSUME that is not a boolean (KAsmNum: ASSUME 3) is 2105, the
//     ASSUME named as SANY names a numeral, by its value, and TLC's 2215
//     naming it again (framed in -tool); a standard module's error there
//     (KAsmDiv) has no position and is framed in its code in -tool; a
//     false ASSUME (KAsmFalse) is 2104. Assert fails on any first argument
//     but TRUE (KAssertNB: Assert(3, "m"), exit 14).
//
//   - a bound of \A or \E that is not a set (KForallInt, KExistsStr) is
//     "TLC encountered a non-enumerable quantifier bound\n3." and the
//     bound, a numeral named by its value.
//
//   - SubSeq takes a string and makes one (KSubSeqStr: SubSeq("abc", 2,
//     3) = "bc"; KSubSeqStrOver: its bounds, 2183); SelectSeq of a
//     non-sequence (KSelectSeqStr) "The first argument of SelectSeq should
//     be a sequence", 2169, exit 255.
//
//   - BagToSet, BagCardinality of a non-function (KBagToSet, KBagCard),
//     Permutations of a non-set (KPermInt): "Applying BagToSet to the
//     following value,\nwhich is not a function with a finite domain:"
//     and the value, 2176, exit 255; RandomElement({}) (KRandEmpty) the
//     failure of TLC's Java method (2154).
//
//   - -"a" (KNegStr) is the failure of Integers' Neg (2154); a function
//     constructor over a..b applied to a non-integer (KLamTwoArgs:
//     [i \in 1..2 |-> i][1, 2]) its interval's member method, "Attempted
//     to check if the value:\n<<1, 2>>\nis in the integer interval 1..2".
//
//   - Cardinality of a set whose size TLC cannot compute, other than
//     Nat itself (WCardInf), is the failure of its Java method (2154)
//     around the set's own error: a filter of Nat (KCardFilter), SUBSET
//     Nat (KCardSubsetNat: "Attempted to compute the number of elements
//     in the overridden value Nat.").
//
//   - PrintT of a set TLC keeps unevaluated enumerates it, and fails as
//     its Java method (2154, framed in -tool inside 2105 in an ASSUME)
//     when it cannot: a filter of Nat (KPrintFilter, KPrintInfInit in
//     Init; was printed as "{n \in Nat : ...}" with no error), [Nat ->
//     S], SUBSET Nat, Nat \X S, [a : Nat] (KPrintFcnSet, KPrintSubsetNat,
//     KPrintProd, KPrintRcdSet); Seq(S) prints as it is (KPrintSeq).
//
//   - a recursion without end (KRecDepth: a RECURSIVE operator;
//     KRecFcnDepth: a recursive function) ends TLC's in a Java
//     StackOverflowError, 1005, no stack, exit 255; in Init
//     (KRecDepthInit) TLC's general 1000, the empty stack, exit 75.
//
//   - a primed variable read before the action assigns it (UNextSet:
//     Next == {x'}; UNextPrimeFirst: x' > 0 /\ x' = 1) is TLC's 2280,
//     "In evaluation, the identifier x is either undefined or not an
//     operator." and the variable's range, framed in -tool.
//
// After an error in Init, in Next, in an initial state's checks or in an
// action property, TLC prints "The error occurred when TLC was evaluating
// the nested expressions at the following positions:" (2103) and the
// stack of the source ranges it was evaluating, which it finds by
// replaying the failing computation (cmd/wspcycle/tlcnested.go,
// tla/eval/callstack.go). Each expression being evaluated is on it; the
// conjuncts of an action already taken stay on it (TLC's generator
// calls the rest of the action from inside each conjunct: NfNext: the
// conjunction, x < 2, x' = x[1], x[1]); an action of Next starts at the
// leaf of TLC's split of Next (NExSplit: the body of \E; NNextOr: C's
// body; NLet: the body of LET; NSpec: A's body for Next == A), the
// initial predicate at its definition's body (NSpecInit); a LET
// definition, an operator, an argument, a recursive operator or
// function puts its use and its body (NLet, NOpApp, NOpArg: F's
// parameter and then the argument, NRec, NRecFcn: each level of the
// recursion), IF, CASE and \E their branch taken (NIf, NCase, NExInner,
// NInitEx), INVARIANT and CONSTRAINT their body (NInvQ); parentheses are
// no node (NParen, NDisj); positions in EXTENDS'd and INSTANCE'd modules
// name their module (NExt, NInst); after an initial state the stack
// starts with the initial predicate (Con, InvInit); none after an
// invariant of a successor (I, AInv: TLC's replay finds the state seen)
// or an ASSUME (Asm); once every variable is assigned the rest of the
// action pushes nothing (WExNB). An error in a function constructor
// assigned to a variable (NFcnCons) is met when TLC fingerprints the
// successor: 2147 "TLC was unable to fingerprint.", the stack and the
// cause. A successor's CONSTRAINT or ACTION_CONSTRAINT that fails to
// evaluate has its body on the stack alone, the successors being all
// computed first, and the depth is the level expanded, TLC checking them
// before it writes the state (QCon, QActCon); x' \in S puts x' \in S,
// S and the element that failed (QMem); a LET in Init the LET, its body
// and the conjuncts taken (QInitLet: y[1] of y == x + 1, whose own
// evaluation ended); an error before an UNCHANGED the conjuncts up to it
// (QUnch); \A after every variable is assigned the \A evaluated whole,
// its body and x[i] (QForall). What the spec prints while TLC computes
// the initial states again is printed again before the stack (PInit, PInv: Init's PrintT);
// after an error in Next, what TLC prints rebuilding the trace and
// replaying the successors is printed after the trace (PNext). After an
// error computing successors, the depth is the next
// level's once a new state of it was found (NNextOr: depth 2).
//
// Lazy sets whose operand is not a set (Seq(3), [a : 3], [1..2 -> 3],
// 3 \X {2}) fail only at membership, in the operand's class's words
// (LSeqInt, LRcdInit), or not at all when the element is rejected first
// (LFcnNext: <<1>> \in [1..2 -> 3] is FALSE, a deadlock); a member
// error of [a : S], [S -> T], S \X T or SUBSET S built in the
// computation is 2147 with the set's node (LRcdNat, LFcnInt, LProd); a
// value of the wrong kind in Nat, Int or STRING is 2158 (KStrInNat,
// KStrInInt). A quantifier bound TLC cannot enumerate is "TLC
// encountered the non-enumerable quantifier bound" with the range and an
// explanation inside the message for Nat, Int and Seq(S) (NEInitE, NQInt,
// NQSeqNext, NESetMap), the older words for STRING (NEInvA), and x \in
// Nat in an action "the right side of \IN is not enumerable" (NEInitIn,
// NQNextSeqIn). Init == 1 and Init == x = 0 \/ 2 are "The init state
// relation is not a boolean expression." (BInit1, BInitOr). A set
// enumeration holding Nat and a set fails comparing them in the order
// written (UNat1: Nat with {1}; UNat2: {1} with Nat), when TLC's
// UnionValue is first used, with its stack (UNION, the set, the inner
// set) or inside Cardinality's Java method (UNat3, UNat4). A
// parenthesised conjunction ending Init, evaluated once every variable
// has a value, stays on the stack (PInitParen, PInitParen3). A CASE with
// no arm true names its whole range (CCaseNone); RandomElement(Nat) is
// 2176 "Applying RandomElement to the following value,\nwhich is not a
// finite set:" (CRandNat); TLCGet("nosuch") fails inside TLC's Java
// method, 2145 nested in 2154 with -tool (CTLCGetBad). The condition of
// an IF taken as an action that is not a boolean is "In computing next
// states, a non-boolean expression (a string) was used as the condition
// of an IF." with the IF's range glued to it (CIfStr, CIfInt), in Init
// "In computing initial states, ..." with the range on its own line
// (CIfInit). A quantifier bound built from an infinite set ([Nat ->
// {1}], [a : Nat], Nat \X {1}, SUBSET Nat, Nat \cup {-1}) fails in its
// own class's words, with the \E and the set's node on TLC's
// fingerprint stack (NQFcnSet, NQRcdSet, NQProd, NQSubset, NQCup), and
// so does the set of a CHOOSE (ChRcdInt, ChFcnInt; in an ALIAS, AlChProd),
// which TLC refuses in its own words ("CHOOSE x \in S: P, but S was not
// enumerable") only for a set that is not Enumerable at all (Int, Seq(S)).
// x \in of a boolean, of an untyped model value and of a function TLC
// keeps lazy is its class's member method's words, without a position
// (KInBool: "is an element of the boolean TRUE", KInModel, KInLazyFcn);
// IsFiniteSet of an integer or a model value fails inside the Java
// method in its class's words (KFinInt, KFinModel: "Attempted to check
// if the model value M is a finite set."), of a tuple, a record or a
// function is TRUE (KFinFcn); an interval compared with a non-set names
// itself enumerated, as IntervalValue.equals asks its toSetEnum()
// (KEqIntv: "the set {1, 2, 3}"). A warning met evaluating (2144: an
// EXCEPT outside a lazy function's domain) is given again by the
// evaluations TLC makes again, in their place: replaying Init for the
// stack, after "While working on the initial state:" and its state,
// just before the stack (XWarnInit, XWarnInv, XWarnCon); rebuilding Next
// in the trace's last state, after the trace (XWarnNext, XWarnPrint with
// the PrintT before it); once more than the first (the hint) and only in
// plain output (the -tool text is the same, printed once). PrintT of a
// UNION whose members TLC cannot compare fails with the comparison its
// sort of them in the written order meets first (XPrintUnion: UNION
// {{x}, Nat}, "Attempted to compare overridden value Nat with
// non-overridden value:\n{0}"; XPrintUnion3: three members). A set
// filter's and a set map's value, whose equals fails, names its node as
// TLC's replay gives it one: 2147 with the node last on the stack
// (KEqFilter: {y \in 1..3 : TRUE} = "a"; KEqMap: {y + 1 : y \in 1..2} = 1).
// x \in a filter TLC keeps lazy whose base's member fails is
// SetPredValue's "Cannot decide if element:", the base and the
// predicate's node, without a position (KInFilterNat, KInFilterInt in
// Next, KInFilterSeq).
func TestTLCEvalErrors(t *testing.T) {
	dir := filepath.Join("..", "..", "model", "testdata", "tlc", "evalerrors")
	want := map[string]int{"A": 14, "AAct": 14, "AInit": 75, "NfInit": 75, "NfNext": 75, "Field": 75, "Choose": 75,
		"SeqIdx": 75, "HeadE": 255, "I": 76, "AInv": 76, "ActProp": 75, "Con": 75, "InvInit": 75, "Asm": 10,
		"Cmp": 255, "CmpLeq": 255, "NonEnum": 75,
		"NBullet": 75, "NCase": 75, "NDisj": 75, "NExInner": 75, "NExSplit": 75, "NExt": 75, "NFcnCons": 75, "NIf": 75,
		"NInitEx": 75, "NInst": 75, "NInvQ": 75, "NLet": 75, "NNextOr": 75, "NOpApp": 75, "NOpArg": 75, "NParen": 75,
		"NRec": 75, "NRecFcn": 75, "NSpec": 75, "NSpecInit": 75,
		"WConj": 75, "WConjE": 75, "WDisjE": 75, "WIfNB": 75, "WNot": 75, "WExNB": 75,
		"WPlus": 75, "WPlusL": 75, "WMinus": 75, "WTimes": 75, "WTupField": 75, "WFcnField": 75, "WDiv": 255, "WTempInit": 0,
		"WEq": 75, "WCard": 255, "WRandSubNeg": 75, "MInitDiv": 75, "MSuccCard": 76, "WLen": 255, "WConcat": 255,
		"PInit": 75, "PInv": 75, "PNext": 75,
		"QCon": 75, "QActCon": 75, "QConMod": 75, "QConIf": 75, "QActConMod": 75, "QForall": 75, "QInitLet": 75, "QMem": 75, "QUnch": 75,
		"InInt": 75, "InStr": 75, "InIntv": 75, "DomInt": 75, "LState": 255, "LAct": 255, "LFair": 255,
		"MRecInit": 75, "MRecNext": 75, "MRecInv": 75, "MTupInit": 75, "MTupNext": 75, "MTupInv": 75, "MRecSucc": 76, "MTupSucc": 76,
		"MTup": 75, "MFcn": 75, "MRec": 75, "MFcnStr": 75,
		"FIdxInit": 75, "FIdxNext": 75, "FIdxInv": 75, "FIdxSucc": 76, "FConstDef": 75, "FArg": 75, "FLet": 75, "FConcat": 75,
		"FSetElem": 75, "FExcept": 75,
		"WChooseNone": 75, "WTailE": 255, "WSubSeq": 255, "WAppend": 255, "WConcatStr": 255, "WAssertStr": 14, "WPrintNext": 75,
		"WEqSet": 75, "WExpOver": 255, "WDivNeg": 12, "WModNeg": 75, "WExceptPath": 75, "WModelEq": 11, "WModelLt": 255, "WCardInf": 255,
		"WChooseInf": 75, "ChEnumFcnDom": 10, "ChEnumFcnRng": 10, "ChEnumRcd": 10, "ChEnumSubset": 10, "ChEnumProd": 10, "ChEnumNested": 10, "ChEnumSeq": 10, "WExcept": 75, "WAssertInv": 76, "WHeadStr": 255, "WDivZeroPlus": 255, "WFcnPlus": 255, "WHeadInit": 75,
		"WCmpInit": 75, "WDivInit": 75, "WExp31": 255, "WPlusOver": 255, "WTimesOver": 255, "WSubSeq2": 255,
		"WPlusInt": 75, "WDotDotStr": 75, "WPowZero": 75, "WSortSeqSet": 75, "WSelectSeq": 255, "WSelectSeqOp": 255,
		"LAEEnabled": 255, "LEAEnabled": 255, "LAE": 255, "LEA": 255, "EnInv": 76, "EnMixed": 76,
		"GLam": 75, "GLamInit": 75, "GLet": 75, "GLamInv": 75, "GLamStr": 75, "GRec": 75, "GRecFld": 75, "GDef": 75, "GDefVar": 75, "GArg": 75,
		"SInit": 75, "SNext": 75, "SInv": 75, "SSucc": 76, "SStr": 75, "STup": 75, "SRec": 75, "SSetIn": 75, "SExists": 75, "SCard": 75,
		"XExcAt": 0, "XExcNoAt": 0, "XExcRec": 0, "XExcFcn": 0,
		"TPrintUnused": 0, "TPrintOrder": 0, "TPrintAsm": 0, "TPrintErr": 0, "TPrintExt": 0, "TPrintVar": 0,
		"UNextIf": 75, "UNextStr": 75, "UNextCase": 75, "UInitNum": 75, "UInitStr": 75, "UInitVar": 75,
		"YFcnInv": 75, "YFcnNext": 75, "YSetOfFcn": 75, "YTupInv": 75, "YTupNext": 75, "YFcnExc": 76, "YFcnConcat": 76, "YFcnLet": 75,
		"VConNB": 75, "VConNBNext": 75, "VInvNB": 75, "VActConNB": 75, "VInvNBNext": 76, "VConStr": 75, "VConDiv": 75, "VConAssert": 75,
		"VConHead": 75, "VInvStr": 75, "VConStrNext": 255, "VView": 75, "VViewNext": 75, "VActConInit": 75,
		"KTupStr": 75, "KRecInt": 75, "KRecExc": 75, "KColonGt": 75,
		"KAsmNum": 10, "KAsmDiv": 10, "KAssertNB": 14, "KAsmFalse": 10,
		"KForallInt": 75, "KExistsStr": 75,
		"KSubSeqStr": 0, "KSelectSeqStr": 255, "KSubSeqStrOver": 255,
		"KBagToSet": 255, "KBagCard": 255, "KPermInt": 255, "KRandEmpty": 75,
		"KLamTwoArgs": 75, "KNegStr": 75,
		"KCardFilter": 75, "KCardSubsetNat": 75,
		"KPrintInfInit": 75, "KPrintFilter": 10, "KPrintFcnSet": 10, "KPrintSubsetNat": 10, "KPrintProd": 10, "KPrintSeq": 0, "KPrintRcdSet": 10,
		"KRecDepth": 255, "KRecFcnDepth": 255, "KRecDepthInit": 75,
		"UNextSet": 75, "UNextPrimeFirst": 75,
		"MXFcnRec": 0, "MXFcnTup": 0, "MXSizes": 0,
		"BInit1": 75, "BInitOr": 75, "KIntInStr": 75, "KStrInInt": 255, "KStrInNat": 75,
		"LFcnDom": 75, "LFcnInit": 75, "LFcnInt": 75, "LFcnNext": 11, "LNotIn": 75, "LProd": 75, "LRcdInit": 75, "LRcdInt": 75,
		"LRcdNext": 75, "LSeqInit": 75, "LSeqInt": 75, "LSeqInv": 75, "LSeqNat": 75, "LSeqNext": 255, "LSeqSeq": 75, "LRcdNat": 75,
		"NEInitA": 75, "NEInitE": 75, "NEInitIn": 75, "NEInvA": 75, "NEInvE": 75, "NESetMap": 75, "NEStrE": 75,
		"NQInitStrIn": 75, "NQInt": 75, "NQMapSeq": 75, "NQNextInt": 75, "NQNextSeqIn": 75, "NQSeqNext": 75,
		"PInitParen": 75, "PInitParen2": 75, "PInitParen3": 75,
		"UNat1": 75, "UNat2": 75, "UNat3": 75, "UNat4": 75, "UNat7": 75,
		"CCaseNone": 75, "CRandNat": 75, "CTLCGetBad": 75, "CIfStr": 75, "CIfInt": 75, "CIfInit": 75,
		"NQCup": 75, "NQFcnSet": 75, "NQProd": 75, "NQRcdSet": 75, "NQSubset": 75,
		"ChRcdInt": 75, "ChFcnInt": 75, "AlChProd": 12,
		"KInBool": 75, "KInModel": 75, "KInLazyFcn": 75, "KFinInt": 75, "KFinModel": 75, "KFinFcn": 0, "KEqIntv": 75,
		"XWarnNext": 75, "XWarnInv": 75, "XWarnInit": 75, "XWarnPrint": 75, "XWarnCon": 75,
		"XPrintUnion": 75, "XPrintUnion3": 75, "KEqFilter": 75, "KEqMap": 75,
		"KInFilterNat": 75, "KInFilterInt": 75, "KInFilterSeq": 75}
	for name, code := range want {
		tlcGoldenRun(t, dir, name, nil, code, inSpecDir())
	}
}
