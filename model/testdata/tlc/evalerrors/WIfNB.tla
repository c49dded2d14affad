---- MODULE WIfNB ----
EXTENDS Naturals, Sequences, FiniteSets
VARIABLE x
Init == x = 0
Next == x' = IF x THEN 1 ELSE 2
====
