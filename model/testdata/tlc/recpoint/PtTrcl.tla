---- MODULE PtTrcl ----
EXTENDS Naturals, Integers, TLC, FiniteSets
VARIABLE v
S == {1,2,3}
R == [e \in S \X S |-> e[2] = e[1] + 1]
trcl[n \in Nat] == [x, y \in S |-> IF n = 0 THEN R[x,y] ELSE \/ trcl[n-1][x,y] \/ \E z \in S : trcl[n-1][x,z] /\ trcl[n-1][z,y]]
ASSUME PrintT(trcl[3])
ASSUME PrintT(trcl[3][1,3])
ASSUME PrintT(trcl[2][<<3,1>>])
Init == v = 0
Next == v' = v
====
