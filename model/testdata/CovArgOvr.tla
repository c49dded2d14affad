---- MODULE CovArgOvr ----
\* A binder enumerating a parameter whose argument is a name the cfg
\* replaces by a set constructor (Node <- N1) costs on that constructor's
\* node under the argument, as for a constructor written as the argument
\* (Examples' Echo: IsIrreflexive(anc, Node)).
EXTENDS Naturals
CONSTANT Node
N1 == {"a", "b", "c"}
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Irr(R, S) == \A y \in S : R[y] # 7
Inv1 == x < 3 => Irr([n \in N1 |-> x], Node)
Inv2 == x < 3 => Irr([n \in {"a", "b"} |-> x], {"a", "b"})
====
