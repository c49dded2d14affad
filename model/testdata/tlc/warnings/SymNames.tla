---- MODULE SymNames ----
\* TLC names a symmetry set by the constant the cfg substitutes for it
\* (A <- MA: "A") and a nested argument by its text without spaces.
EXTENDS Naturals, TLC
CONSTANT A, B, a1, b1
VARIABLE x
MA == {a1}
MB == {b1}
MC == {b1}
Init == x \in A
Next == x' \in A
SymABC == Permutations(MA) \cup Permutations(  MB ) \cup Permutations(MC)
SymAB == Permutations(MA) \cup Permutations(  MB )
====
