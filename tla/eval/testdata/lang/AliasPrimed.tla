---- MODULE AliasPrimed ----
\* An ALIAS wspcycle cannot compile (here a primed variable) changes no
\* verdict: the trace shows the variables, with a warning.
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Alias == [next |-> x']
Inv == x < 2
====
