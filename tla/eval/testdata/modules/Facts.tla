---- MODULE Facts ----
\* Theorem names used as formulas, and the positional selectors TLC
\* evaluates (TLC ran on this spec with Facts.cfg: every ASSUME holds, x
\* runs 0..3, Inv holds: 4 distinct states, 1 + 3 generated).
\*   - THEOREM T == e (LEMMA, AXIOM, ...) makes T the formula e: ASSUME Pos
\*     evaluates \A n \in S : n > 0; Bounded (a LEMMA about x) is a state
\*     predicate in Inv.
\*   - T!: is T itself; Op!<< and Op!>> are Op!1 and Op!2; Op!n numbers
\*     the operands of the outermost operator (IF: condition, THEN, ELSE;
\*     a binder: its bounding sets); Op!(a, b) is a binder's body with the
\*     bound names denoting a, b (the bounding set is not consulted: Pos!(0)
\*     is 0 > 0, FALSE, though 0 \notin S).
\*   - LET I == INSTANCE Doubling WITH y <- v IN I!Double: an instance
\*     defined in a LET, its WITH seeing the operator's parameter.
EXTENDS Naturals
CONSTANT N
VARIABLE x
S == 1..N
THEOREM Pos == \A n \in S : n > 0
LEMMA Bounded == x \in 0..N
AXIOM Ax == N > 1
ASSUME Pos
ASSUME Pos!: /\ Ax
ASSUME Ax!<< = N /\ Ax!>> = 1
ASSUME Pos!1 = S /\ Pos!(7) = (7 > 0) /\ ~Pos!(0)
Pick == CHOOSE m \in S : m * m > N
ASSUME Pick!(3) = (9 > N)
Succ == [n \in S |-> n + 1]
ASSUME Succ!(N) = N + 1 /\ Succ!1 = S
Cond(a) == IF a > 2 THEN a ELSE 2 * a
ASSUME Cond(1)!1 = FALSE /\ Cond(5)!2 = 5 /\ Cond(1)!3 = 2
Pairs == {<<a, b>> : a \in S, b \in 1..2}
ASSUME Pairs!2 = 1..2 /\ Pairs!(3, 4) = <<3, 4>>
Twice(v) == LET I == INSTANCE Doubling WITH y <- v IN I!Double
ASSUME Twice(4) = 8
Init == x = 0
Next == x < N /\ x' = x + 1
Inv == Bounded!: /\ Bounded
====
