---- MODULE FMemEager ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == 5 \notin {f \in 1..3 : f = IF x = 0 THEN "a" ELSE 1}
====
