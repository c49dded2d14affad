package parser

import (
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
)

// syntaxTests are the forms SANY accepts that the checker reads but does
// not (all) evaluate: user-definable operators with SANY's precedence
// table, n-ary \X, labels, LAMBDA, unbounded and temporal quantifiers,
// Unicode. The precedence cases were checked against SANY (tla2tools'
// tla2sany.SANY): e.g. SUBSET S \cup S parses, DOMAIN f + 1 does not.
var syntaxTests = []struct{ src, want string }{
	{`a \prec b`, `(\prec a b)`},
	{`a ++ b ++ c`, `(++ (++ a b) c)`},
	{`a ** b + c`, `(+ (** a b) c)`},
	{`a (+) b \oplus c`, `(\oplus (\oplus a b) c)`},
	{`a \cdot b \cdot c`, `(\cdot (\cdot a b) c)`},
	{`a \sqsubseteq b /\ c`, `(/\ (\sqsubseteq a b) c)`},
	{`a // b ^^ c`, `(// a (^^ b c))`},
	{`a | b || c`, ``},
	{`a & b && c`, ``},
	{`a $ b $ c`, `($ ($ a b) c)`},
	{`a -+-> b`, `(-+-> a b)`},
	{`x := y`, `(:= x y)`},
	{`a <: b`, `(<: a b)`},
	{`a / b`, `(/ a b)`},
	{`S \subset T`, `(\subset S T)`},
	{`R^+`, `(^+ R)`},
	{`R^* \cup R^#`, `(\cup (^* R) (^# R))`},
	{`f[x]^+`, `(^+ (app f x))`},
	{`A \X B \X C`, `(\X A B C)`},
	{`(A \X B) \X C`, `(\X (paren (\X A B)) C)`},
	{`A \X (B \X C)`, `(\X A (paren (\X B C)))`},
	{`A \X B \cup C \X D`, `(\cup (\X A B) (\X C D))`},
	{`SUBSET S \cup T`, `(\cup (SUBSET S) T)`},
	{`UNION S \cup T`, `(\cup (UNION S) T)`},
	{`DOMAIN f \cup S`, `(\cup (DOMAIN f) S)`},
	{`lab:: x = 1`, `(label lab (= x 1))`},
	{`a /\ lab(p, q):: x = 1`, `(/\ a (label lab(p q) (= x 1)))`},
	{`a /\ (lab:: b /\ c) /\ d`, `(/\ (/\ a (paren (label lab (/\ b c)))) d)`},
	{`~ lab:: a = b`, `(~ (label lab (= a b)))`},
	{`a + lab:: b * c`, `(+ a (label lab (* b c)))`},
	{`a \X lab:: b \X c`, `(\X a (label lab (\X b c)))`},
	{`F(LAMBDA x, y : x + y, 0)`, `(call F (lambda (x y) (+ x y)) 0)`},
	{`FoldFunction(+, 0, f)`, `(call FoldFunction (op +) 0 f)`},
	{`F(\prec, -., ^+)`, `(call F (op \prec) (op -.) (op ^+))`},
	{`F(-x, -)`, `(call F (- x) (op -))`},
	{`\E x : P`, `(\E [(x \in <nil>)] P)`},
	{`\A x, y : P`, `(\A [(x y \in <nil>)] P)`},
	{`CHOOSE x : P`, `(choose (x \in <nil>) P)`},
	{`CHOOSE <<x, y>> : P`, `(choose (<<x y>> \in <nil>) P)`},
	{`CHOOSE <<x, y>> \in S : P`, `(choose (<<x y>> \in S) P)`},
	{`\EE x, y : P`, `(\EE [(x y \in <nil>)] P)`},
	{`\AA x : P`, `(\AA [(x \in <nil>)] P)`},
	{`∀ x ∈ S : x ≥ 0 ∧ ⟨x⟩ ≠ ⟨⟩`, `(\A [(x \in S)] (/\ (>= x 0) (# (tuple x) (tuple))))`},
	{`[x ∈ S ↦ x] ∈ [S → S]`, `(\in (fcn [(x \in S)] x) (-> S S))`},
	{`□[A]_v ∨ ◇⟨A⟩_v`, `(\/ ([] ([]_ A v)) (<> (<>_ A v)))`},
	{`a ≺ b`, `(\prec a b)`},
	{`S × T × U`, `(\X S T U)`},
}

func TestSyntax(t *testing.T) {
	for _, tt := range syntaxTests {
		x, err := ParseExpr("t.tla", []byte(tt.src))
		if tt.want == "" {
			if err == nil {
				t.Errorf("%q: parsed as %s, want a precedence conflict", tt.src, ast.Sprint(x))
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tt.src, err)
			continue
		}
		if got := ast.Sprint(x); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

// moduleSyntaxTests are definitions and declarations: RECURSIVE, operator
// parameters, definitions of operator symbols, and the proof language.
var moduleSyntaxTests = []struct{ name, src, want string }{
	{"recursive", "RECURSIVE F(_), G(_, _), H\nF(x) == G(x, H)",
		`(module M (recursive F/1 G/2 H) (def F(x) (call G x H)))`},
	{"operator parameters", "Op(F(_), x, _ + _, -. _, _ ^+) == F(x)",
		`(module M (def Op(F/1 x +/2 -./1 ^+/1) (call F x)))`},
	{"infix definition", `a \prec b == a < b`,
		`(module M (def \prec(a b) (< a b)))`},
	{"prefix and postfix definitions", "-. a == 0 - a\nR ^+ == R",
		`(module M (def -.(a) (- 0 a)) (def ^+(R) R))`},
	{"local infix definition", "LOCAL a ** b == a",
		`(module M (def local **(a b) a))`},
	{"LET with RECURSIVE", "A == LET RECURSIVE f(_)\n         f(n) == f(n)\n         a (+) b == a\n     IN f(1)",
		`(module M (def A (let [(recursive f/1) (def f(n) (call f n)) (def \oplus(a b) a)] (call f 1))))`},
	{"unicode definition", "A ≜ 1",
		`(module M (def A 1))`},
	{"theorem", "THEOREM T == x = 1 => x > 0",
		`(module M (theorem T (=> (= x 1) (> x 0))))`},
	{"lemma with terminal proofs", "LEMMA TRUE OBVIOUS\nCOROLLARY TRUE PROOF OMITTED\nPROPOSITION P BY ONLY A, MODULE Naturals DEF B, +, MODULE M",
		`(module M (lemma TRUE (obvious)) (corollary TRUE (omitted)) (proposition P (by only A (module Naturals) def B (op +) (module M))))`},
	{"axiom", "AXIOM Ax == \\A x : x = x",
		`(module M (axiom Ax (\A [(x \in <nil>)] (= x x))))`},
	{"assume prove", "THEOREM ASSUME NEW x \\in S, NEW CONSTANT c, VARIABLE v, NEW F(_, _), x > 0, ASSUME P PROVE Q\n        PROVE x = x",
		`(module M (theorem (assume (new x \in S) (constant c) (variable v) (new F/2) (> x 0) (assume P prove Q) prove (= x x))))`},
	{"use and hide", "USE A, B DEF C\nHIDE DEF D",
		`(module M (use A B def C) (hide def D))`},
	{"structured proof", `THEOREM T == P
<1>1. x = 1
  BY DEF P
<1>a. ASSUME NEW y \in S PROVE y = y
  <2>1. SUFFICES x > 0
    OBVIOUS
  <2>. QED
<1>2. @ = 2
<1> DEFINE Q == 1  R(a) == a
<1> USE ONLY <1>1
<1>3. PICK z \in S : z = z
  BY <1>2
<1>4. TAKE a, b \in S
<1>5. WITNESS 1, 2
<1>6. HAVE a > 0
<1>7. CASE a = 1
<1> HIDE <1>1
<1> INSTANCE Inner WITH a <- 1, + <- F
<1> f[i \in S] == i
<*> QED
  BY <1>1, <1>a`,
		`(module M (theorem T P (proof (<1>1 (= x 1) (by def P)) ` +
			`(<1>a (assume (new y \in S) prove (= y y)) (proof (<2>1 suffices (> x 0) (obvious)) (<2> qed))) ` +
			`(<1>2 (= @ 2)) (<1> define (def Q 1) (def R(a) a)) (<1> use (use only <1>1)) ` +
			`(<1>3 pick (= z z) [(z \in S)] (by <1>2)) (<1>4 take [(a b \in S)]) (<1>5 witness 1 2) ` +
			`(<1>6 have (> a 0)) (<1>7 case (= a 1)) (<1> use (hide <1>1)) (<1> instance (instance Inner (a <- 1) (+ <- F))) ` +
			`(<1> define (fdef f [(i \in S)] i)) (<*> qed (by <1>1 <1>a)))))`},
	{"steps with <+> and <*>", "THEOREM P\nPROOF\n<+> TRUE\n  <+> QED\n<*> QED\nA == 1",
		`(module M (theorem P (proof (<+> TRUE (proof (<+> qed))) (<*> qed))) (def A 1))`},
	{"junction list in a step", "THEOREM P\n<1>1. /\\ a\n      /\\ b\n  OBVIOUS\n<1>2. QED",
		`(module M (theorem P (proof (<1>1 (/\* a b) (obvious)) (<1>2 qed))))`},
}

func TestModuleSyntax(t *testing.T) {
	for _, tt := range moduleSyntaxTests {
		m, err := ParseFile("M.tla", []byte(mod(tt.src)))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got := ast.Sprint(m); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
		ast.Inspect(m, func(n ast.Node) bool {
			if n != nil && !n.Pos().IsValid() {
				t.Errorf("%s: node %s without a position", tt.name, ast.Sprint(n))
			}
			return true
		})
	}
}
