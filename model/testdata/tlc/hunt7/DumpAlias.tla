---- MODULE DumpAlias ----
\* TLC's -dump writes the states as they are, not through the ALIAS that
\* its trace of the violated invariant is shown through.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = "a"
Next == x < 2 /\ x' = x + 1 /\ y' = y
Inv == x < 2
Al == [double |-> 2 * x, y |-> y]
====
