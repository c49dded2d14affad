---- MODULE SymOr ----
EXTENDS Naturals, TLC
CONSTANTS A, B
VARIABLES owner, n
Init == owner = A /\ n = 0
Next == \/ n < 3 /\ n' = n + 1 /\ owner' \in {A, B}
        \/ n = 3 /\ n' = 0 /\ UNCHANGED owner
Sym == Permutations({A, B})
Spec == Init /\ [][Next]_<<owner, n>>
P == [](n < 2) \/ [](owner = A)
====
