---- MODULE LevelInfixArgs ----
VARIABLE x
Init == x = 0
Next == x' = 1
P == x = 1
f == [b \in BOOLEAN |-> 1]
G1 == ([]P) \in BOOLEAN
G2 == ([]P) # TRUE
G3 == f[[]P]
G4 == BOOLEAN \cup {TRUE} \cup ([]P)
G5 == [f EXCEPT ![TRUE] = []P]
G6 == ([]P) \subseteq BOOLEAN
G7 == {[]P} \cup {TRUE}
G8 == ([]P \/ x' = 1) = TRUE
====
