---- MODULE Alias ----
\* The error trace shows each state through the ALIAS record, its fields
\* in the order written, TLCGet("level") the state's level.
EXTENDS Integers, TLC
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Alias == [y |-> x * 10, lvl |-> TLCGet("level")]
Inv == x < 2
====
