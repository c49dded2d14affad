---- MODULE GenHoist ----
\* -generate: a \E whose guard (m[self] <= b, not depending on w) fails
\* for all its elements still draws its order, as TLC's enumerator does
\* before it evaluates the body.
EXTENDS Naturals, TLC
VARIABLES m, v
P == {1, 2, 3}
Init == m = [p \in P |-> 0] /\ v = [p \in P |-> {}]
A(self) == \E b \in 0..2 :
             \/ /\ b > m[self]
                /\ m' = [m EXCEPT ![self] = b]
                /\ UNCHANGED v
             \/ /\ \E w \in {"x", "y"} :
                    /\ m[self] <= b
                    /\ v' = [v EXCEPT ![self] = v[self] \cup {<<b, w>>}]
                    /\ m' = [m EXCEPT ![self] = b]
Next == \E self \in P : A(self)
Inv == PrintT(<<TLCGet("level"), m, v>>)
====
