---- MODULE RecInitCheck ----
EXTENDS Naturals
VARIABLE x
RECURSIVE Check(_)
Check(n) == IF n = 0 THEN TRUE ELSE (x >= n \/ x = 0) /\ Check(n-1)
Init == x \in 0..4 /\ Check(2)
Next == UNCHANGED x
====
