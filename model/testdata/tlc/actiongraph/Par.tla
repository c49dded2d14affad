---- MODULE Par ----
EXTENDS Naturals
VARIABLES x, y
Init == x \in {0, 1} /\ y = 0
Move(p) == x' = (x + p) % 5 /\ UNCHANGED y
Pair(p, q) == y' = (y + p + q) % 3 /\ UNCHANGED x
Next == \/ \E p \in {1, 2}: Move(p)
        \/ \E p \in {1}, q \in {"a", "b"} : Pair(p, 1)
        \/ (x = 4 /\ x' = 0 /\ y' = y)
        \/ (x = 3 /\ x' = 1 /\ y' = y)
Spec == Init /\ [][Next]_<<x,y>>
====
