---- MODULE NQInitStrIn ----
EXTENDS Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x \in STRING
Next == x' = x
====
