---- MODULE AliasTemporal ----
\* A temporal formula in an ALIAS is TLC's evaluation error in each state:
\* the trace shows the variables and _ALIASEvalError.
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Alias == [always |-> [](x > 0)]
Inv == x < 2
====
