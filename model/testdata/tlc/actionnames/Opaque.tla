---- MODULE Opaque ----
\* A \E over a set of the state is one action TLC does not expand: its
\* steps are named by the definition the \E is in and located at the whole
\* \E, not named by the operator applied under it (Recv(1)).
EXTENDS Naturals
VARIABLE x, S
Init == x = 0 /\ S = {1, 2}
Recv(m) == x' = x + m /\ UNCHANGED S
Next == \E m \in S : Recv(m)
Inv == x < 3
====
