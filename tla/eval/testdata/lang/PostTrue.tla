---- MODULE PostTrue ----
\* The POSTCONDITION is evaluated after the search, on its counts.
EXTENDS Integers, TLC
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Post == TLCGet("stats").distinct = 4 /\ TLCGet("stats").generated = 4 /\ TLCGet("level") = 0
====
