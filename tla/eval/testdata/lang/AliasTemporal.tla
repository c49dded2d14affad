---- MODULE AliasTemporal ----
\* An ALIAS wspcycle cannot compile (here a temporal operator) changes no
\* verdict: the trace shows the variables, with a warning.
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Alias == [always |-> [](x > 0)]
Inv == x < 2
====
