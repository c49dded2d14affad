---- MODULE Big ----
EXTENDS Naturals, Sequences
VARIABLES x, m
Init == x = 0 /\ m = [a |-> 1]
Move(p) == x' = (x + p) % 30 /\ UNCHANGED m
Rec(r, s) == m' = r /\ UNCHANGED x /\ s # {}
Next == \/ \E p \in 1..20 : Move(p)
        \/ \E r \in {[a |-> 1], [a |-> 2, b |-> "q"]}, s \in {{1, 2}, {<<"x", 3>>}} : Rec(r, s)
        \/ \E <<u, v>> \in {<<1, 2>>, <<3, 4>>} : x' = u + v /\ UNCHANGED m
        \/ (x = 1 /\ x' = 2 /\ UNCHANGED m)
        \/ (x = 2 /\ x' = 3 /\ UNCHANGED m)
        \/ (x = 3 /\ x' = 4 /\ UNCHANGED m)
        \/ (x = 4 /\ x' = 5 /\ UNCHANGED m)
        \/ (x = 5 /\ x' = 6 /\ UNCHANGED m)
        \/ (x = 6 /\ x' = 7 /\ UNCHANGED m)
        \/ (x = 7 /\ x' = 8 /\ UNCHANGED m)
        \/ (x = 8 /\ x' = 9 /\ UNCHANGED m)
        \/ (x = 9 /\ x' = 10 /\ UNCHANGED m)
        \/ (x = 10 /\ x' = 11 /\ UNCHANGED m)
        \/ (x = 11 /\ x' = 12 /\ UNCHANGED m)
        \/ (x = 12 /\ x' = 13 /\ UNCHANGED m)
        \/ (x = 13 /\ x' = 14 /\ UNCHANGED m)
        \/ (x = 14 /\ x' = 15 /\ UNCHANGED m)
        \/ (x = 15 /\ x' = 16 /\ UNCHANGED m)
        \/ (x = 16 /\ x' = 17 /\ UNCHANGED m)
        \/ (x = 17 /\ x' = 18 /\ UNCHANGED m)
====
