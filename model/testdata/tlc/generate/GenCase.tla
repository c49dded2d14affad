---- MODULE GenCase ----
\* -generate: a CASE action is TLC's UnsupportedOperationException,
\* reported with the behaviour so far, the statistics and progress.
EXTENDS Naturals, TLC
VARIABLES x, y
Init == x \in {0, 1} /\ y = {}
A == \E a, b \in 1..3 :
       /\ a < b
       /\ x < 6
       /\ x' = x + a
       /\ y' = y \cup {b}
B == \E s \in SUBSET {1, 2, 3} :
       /\ y # {}
       /\ s \subseteq y
       /\ y' = y \ s
       /\ x' = x
C == CASE x > 4 -> x' = 0 /\ y' = y
       [] x = 2 -> \E k \in {7, 8} : x' = k - 5 /\ y' = {k}
       [] OTHER -> FALSE
D == \E <<p, q>> \in {1, 2} \X {3, 4} : x = p /\ x' = q /\ UNCHANGED y
Next == A \/ B \/ C \/ D
Inv == PrintT(<<x, y>>)
====
