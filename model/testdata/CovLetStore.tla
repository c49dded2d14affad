---- MODULE CovLetStore ----
\* A LET definition whose body is a set constructor, listed under each
\* use, builds a set that keeps the body's node when the use stores it as
\* a function's value (f' = [f EXCEPT ![n] = s]): Inv's \E m \in f[n]
\* costs there in later states, as the {n} of Init costs on {n}.
EXTENDS Naturals
VARIABLES f
Init == f = [n \in 1..2 |-> {n}]
Next == \E n \in 1..2 :
          LET s == {m + 1 : m \in f[n]}
          IN /\ \A m \in s : m < 5
             /\ f' = [f EXCEPT ![n] = s]
Inv == \A n \in 1..2 : \E m \in f[n] : m > 0
====
