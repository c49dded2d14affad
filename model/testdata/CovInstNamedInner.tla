---- MODULE CovInstNamedInner ----
EXTENDS Naturals
CONSTANT A
VARIABLE v
Small == \A a \in A : v[a] <= 2
Big(b) == \A a \in A : v[a] <= b
Inv == /\ Small
       /\ \A a \in A : v[a] \in 0..2
       /\ DOMAIN v = A
       /\ \A c \in 1..2 : Big(c + 1)
====
