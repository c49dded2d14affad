package parser

import (
	"testing"

	"github.com/wspcycle/wspcycle/tla/ast"
)

// exprTests pairs source text with the tree it must produce, written as
// ast.Sprint S-expressions. Precedence and associativity follow the TLA+
// operator table.
var exprTests = []struct{ src, want string }{
	// Precedence and associativity.
	{`a + b * c`, `(+ a (* b c))`},
	{`a * b + c`, `(+ (* a b) c)`},
	{`a - b - c`, `(- (- a b) c)`},
	{`a + b + c`, `(+ (+ a b) c)`},
	{`a + b - c`, `(+ a (- b c))`},
	{`a - b + c`, `(+ (- a b) c)`},
	{`a * b * c`, `(* (* a b) c)`},
	{`-a + b`, `(+ (- a) b)`},
	{`-a ^ 2`, `(- (^ a 2))`},
	{`a + -b`, `(+ a (- b))`},
	{`a % -b`, `(% a (- b))`},
	{`a ^ ~b`, `(^ a (~ b))`},
	{`~a = b`, `(~ (= a b))`},
	{`~a /\ b`, `(/\ (~ a) b)`},
	{`\lnot a \land \neg b`, `(/\ (~ a) (~ b))`},
	{`a /\ b /\ c`, `(/\ (/\ a b) c)`},
	{`a \/ b \lor c`, `(\/ (\/ a b) c)`},
	{`a => b /\ c`, `(=> a (/\ b c))`},
	{`a <=> b \equiv c = d`, ``}, // conflict: tested in errors
	{`a \equiv b`, `(<=> a b)`},
	{`a = b => c # d`, `(=> (= a b) (# c d))`},
	{`a /= b`, `(# a b)`},
	{`a =< b /\ a \leq b /\ a \geq b`, `(/\ (/\ (<= a b) (<= a b)) (>= a b))`},
	{`x \in S \cup T`, `(\in x (\cup S T))`},
	{`x \notin S \union T \union U`, `(\notin x (\cup (\cup S T) U))`},
	{`S \intersect T`, `(\cap S T)`},
	{`S \subseteq T \ U`, `(\subseteq S (\ T U))`},
	{`1..N + 1`, `(.. 1 (+ N 1))`},
	{`x \in -6..6`, `(\in x (.. (- 6) 6))`},
	{`a :> b @@ c :> d @@ e`, `(@@ (@@ (:> a b) (:> c d)) e)`},
	{`s \o t \circ u`, `(\o (\o s t) u)`},
	{`a * b % c`, `(% (* a b) c)`},
	{`a \div b`, `(\div a b)`},
	{`S \X T`, `(\X S T)`},
	{`S \times T \cup U`, `(\cup (\X S T) U)`},
	{`ENABLED A /\ B`, `(/\ (ENABLED A) B)`},
	{`UNCHANGED <<x, y>> /\ z' = z`, `(/\ (UNCHANGED (tuple x y)) (= (' z) z))`},
	{`[]P => Q`, `(=> ([] P) Q)`},
	{`[]<>P`, `([] (<> P))`},
	{`<>[]P \/ Q`, `(\/ (<> ([] P)) Q)`},
	{`P ~> Q`, `(~> P Q)`},
	{`UNION S = T`, `(= (UNION S) T)`},
	{`DOMAIN f \cup g`, `(\cup (DOMAIN f) g)`},
	{`SUBSET DOMAIN f`, `(SUBSET (DOMAIN f))`},
	{`x' = x + 1`, `(= (' x) (+ x 1))`},
	{`-x'`, `(- (' x))`},
	{`~x'`, `(~ (' x))`},
	{`ENABLED (x')`, `(ENABLED (paren (' x)))`},
	{`x - -1`, `(- x (- 1))`},
	{`-5`, `(- 5)`},

	// Literals.
	{`42`, `42`},
	{`\b101 + \o17 + \hFF + \HfF`, `(+ (+ (+ 5 15) 255) 255)`},
	{`"a\"b\\c\n\t"`, `"a\"b\\c\n\t"`},
	{`TRUE /\ FALSE`, `(/\ TRUE FALSE)`},
	{`BOOLEAN \cup STRING`, `(\cup BOOLEAN STRING)`},

	// Application, selection, priming.
	{`f[a, b]`, `(app f a b)`},
	{`f[a][b]`, `(app (app f a) b)`},
	{`r.a.b`, `(. (. r a) b)`},
	{`f[x].a`, `(. (app f x) a)`},
	{`f[x]'`, `(' (app f x))`},
	{`box[b].queue'`, `(' (. (app box b) queue))`},
	{`Len(s) + Foo(a, b)`, `(+ (call Len s) (call Foo a b))`},
	{`Print(x, TRUE)`, `(call Print x TRUE)`},
	{`Assert(x > 0, "neg")`, `(call Assert (> x 0) "neg")`},
	{`Seq(S)`, `(call Seq S)`},
	{`(a + b) * c`, `(* (paren (+ a b)) c)`},

	// Sets.
	{`{}`, `(set)`},
	{`{1, 2, 3}`, `(set 1 2 3)`},
	{`{x \in S : x > 1}`, `(filter (x \in S) (> x 1))`},
	{`{x \in S : x \in T}`, `(filter (x \in S) (\in x T))`},
	{`{<<x, y>> \in S \X T : x < y}`, `(filter (<<x y>> \in (\X S T)) (< x y))`},
	{`{x * 2 : x \in S}`, `(map (* x 2) [(x \in S)])`},
	{`{<<x, y>> : x \in S, y \in T}`, `(map (tuple x y) [(x \in S) (y \in T)])`},
	{`{x + y : x, y \in S}`, `(map (+ x y) [(x y \in S)])`},
	{`{f[x] : <<x, y>> \in R}`, `(map (app f x) [(<<x y>> \in R)])`},
	{`{x \in S}`, `(set (\in x S))`},
	{`{x \in S, y}`, `(set (\in x S) y)`},

	// Tuples, functions, records.
	{`<<>>`, `(tuple)`},
	{`<<1, "a", <<>>>>`, `(tuple 1 "a" (tuple))`},
	{`<<<<1>>>>`, `(tuple (tuple 1))`},
	{`[x \in S |-> x + 1]`, `(fcn [(x \in S)] (+ x 1))`},
	{`[x \in S, y \in T |-> x]`, `(fcn [(x \in S) (y \in T)] x)`},
	{`[x, y \in S |-> x]`, `(fcn [(x y \in S)] x)`},
	{`[<<x, y>> \in S \X T |-> x]`, `(fcn [(<<x y>> \in (\X S T))] x)`},
	{`[S -> T]`, `(-> S T)`},
	{`[S \cup T -> BOOLEAN]`, `(-> (\cup S T) BOOLEAN)`},
	{`[a |-> 1, b |-> "x"]`, `(record (a |-> 1) (b |-> "x"))`},
	{`[a : S, b : 1..2]`, `(recordset (a : S) (b : (.. 1 2)))`},
	{`[f EXCEPT ![a] = 1]`, `(except f (![a] = 1))`},
	{`[f EXCEPT ![a] = @ + 1, ![b] = @ - 1]`, `(except f (![a] = (+ @ 1)) (![b] = (- @ 1)))`},
	{`[f EXCEPT ![a].b[c] = @]`, `(except f (![a].b[c] = @))`},
	{`[f EXCEPT !.x = 1, ![a, b] = 2]`, `(except f (!.x = 1) (![a b] = 2))`},
	{`[r EXCEPT !.q = Append(@, [from |-> a])]`, `(except r (!.q = (call Append @ (record (from |-> a)))))`},

	// Actions and fairness.
	{`[Next]_vars`, `([]_ Next vars)`},
	{`[][Next]_vars`, `([] ([]_ Next vars))`},
	{`[A]_<<x, y>>`, `([]_ A (tuple x y))`},
	{`<<A>>_vars`, `(<>_ A vars)`},
	{`<<A /\ B>>_<<x>>`, `(<>_ (/\ A B) (tuple x))`},
	{`WF_vars(Serve)`, `(WF_ vars Serve)`},
	{`SF_<<x, y>>(A(1))`, `(SF_ (tuple x y) (call A 1))`},
	{`WF_(x)(A)`, `(WF_ (paren x) A)`},
	// An instance's definition as a subscript: the parenthesis after it
	// is the action (SANY reads WF_R!vars(R!Next) so).
	{`WF_R!vars(R!Next)`, `(WF_ (call R!vars) (call R!Next))`},
	{`SF_R!S!vars(A)`, `(SF_ (call R!S!vars) A)`},
	{`WF_R(1)!vars(A)`, `(WF_ (call R!vars 1) A)`},
	{`[A]_R!vars`, `([]_ A (call R!vars))`},
	{`Init /\ [][Next]_vars /\ WF_vars(Serve)`, `(/\ (/\ Init ([] ([]_ Next vars))) (WF_ vars Serve))`},
	{`ENABLED <<A>>_v`, `(ENABLED (<>_ A v))`},

	// Bodies that extend as far right as possible.
	{`IF a THEN b ELSE c + 1`, `(if a b (+ c 1))`},
	{`x = IF a THEN b ELSE c /\ d`, `(= x (if a b (/\ c d)))`},
	{`\E x \in S : P /\ Q`, `(\E [(x \in S)] (/\ P Q))`},
	{`a /\ \E x \in S : P /\ Q`, `(/\ a (\E [(x \in S)] (/\ P Q)))`},
	{`\A x \in S, y \in T : P`, `(\A [(x \in S) (y \in T)] P)`},
	{`\forall x, y \in S : P`, `(\A [(x y \in S)] P)`},
	{`\exists <<x, y>> \in S : P`, `(\E [(<<x y>> \in S)] P)`},
	{`CHOOSE x \in S : x > 0`, `(choose (x \in S) (> x 0))`},
	{`CHOOSE <<x, y>> \in S : x > y`, `(choose (<<x y>> \in S) (> x y))`},
	{`CASE a -> 1 [] b -> 2`, `(case (a -> 1) (b -> 2))`},
	{`CASE a -> 1 [] b -> 2 [] OTHER -> 3 + 4`, `(case (a -> 1) (b -> 2) (other (+ 3 4)))`},
	{`LET a == 1 IN a + 1`, `(let [(def a 1)] (+ a 1))`},
	{`LET a == 1 b(x) == x IN b(a)`, `(let [(def a 1) (def b(x) x)] (call b a))`},
	{`LET f[n \in Nat] == IF n = 0 THEN 1 ELSE n * f[n - 1] IN f[3]`, `(let [(fdef f [(n \in Nat)] (if (= n 0) 1 (* n (app f (- n 1)))))] (app f 3))`},
	{`~ \E x \in S : P`, `(~ (\E [(x \in S)] P))`},

	// Junction lists (layout).
	{"/\\ a\n/\\ b", `(/\* a b)`},
	{"/\\ a\n/\\ \\/ b\n   \\/ c\n/\\ d", `(/\* a (\/* b c) d)`},
	{"\\/ /\\ a\n   /\\ b\n\\/ c", `(\/* (/\* a b) c)`},
	{"/\\ a\n/\\ b\n=> c", `(=> (/\* a b) c)`},
	{"/\\ a\n\\/ b", `(\/ (/\* a) b)`},
	{"/\\ a\n   = b\n/\\ c", `(/\* (= a b) c)`},
	{"/\\ a\n   /\\ b", `(/\* (/\ a b))`},
	{"/\\ IF a THEN b ELSE c\n/\\ d", `(/\* (if a b c) d)`},
	{"/\\ \\E x \\in S : x\n/\\ d", `(/\* (\E [(x \in S)] x) d)`},
	{"x = /\\ a\n    /\\ b", `(= x (/\* a b))`},
	{"/\\ a /\\\tb\n/\\ c", `(/\* (/\ a b) c)`}, // a tab that is not in the indentation is harmless
	{"/\\ [a |-> 1,\n    b |-> 2]\n/\\ c", `(/\* (record (a |-> 1) (b |-> 2)) c)`},
}

func TestParseExpr(t *testing.T) {
	for _, tt := range exprTests {
		if tt.want == "" {
			continue
		}
		x, err := ParseExpr("t", []byte(tt.src))
		if err != nil {
			t.Errorf("%q: %v", tt.src, err)
			continue
		}
		if got := ast.Sprint(x); got != tt.want {
			t.Errorf("%q\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

func TestPositions(t *testing.T) {
	x, err := ParseExpr("f.tla", []byte("a +\n  \"é\" + b'"))
	if err != nil {
		t.Fatal(err)
	}
	bin := x.(*ast.Binary)
	if p := bin.OpPos; p.Line != 2 || p.Col != 7 {
		t.Errorf("second + at %v, want 2:7 (columns count code points)", p)
	}
	pr := bin.Y.(*ast.Prime)
	if p := pr.X.Pos(); p.Line != 2 || p.Col != 9 || p.Filename != "f.tla" {
		t.Errorf("b at %v, want f.tla:2:9", p)
	}
	if p := pr.PrimePos; p.Col != 10 {
		t.Errorf("prime at %v, want col 10", p)
	}
}
