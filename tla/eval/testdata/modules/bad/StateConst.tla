---- MODULE StateConst ----
\* Lim <- XPlus replaces a constant with a state-level definition: TLC
\* refuses the model ("The configuration file substitutes constant Lim
\* with non-constant XPlus", exit 151) instead of evaluating x + 1 in each
\* state (which would never stop here: x < x + 1 always).
EXTENDS Naturals
CONSTANT Lim
VARIABLE x
XPlus == x + 1
Init == x = 0
Next == x < Lim /\ x' = x + 1
====
