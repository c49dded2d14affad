---- MODULE AliasPrimed ----
\* An ALIAS that reads the successor: TLC evaluates it over each step of
\* the trace, the last state's successor being itself (next = 1, 2, 2).
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Alias == [next |-> x']
Inv == x < 2
====
