---- MODULE RecLet ----
EXTENDS Naturals
VARIABLES x, y
Bump(v) == x' = v
Init == x = 0 /\ y = 0
Next == LET RECURSIVE Pick(_, _)
            Pick(S, acc) == IF S = {} THEN Bump(acc % 5) /\ y' = y
                            ELSE \E e \in S : Pick(S \ {e}, acc + e)
        IN x < 4 /\ Pick({1, 2}, x)
====
