---- MODULE PropInit ----
\* A state predicate conjunct of a PROPERTY is checked on the initial
\* states only. In parentheses it is named by what they enclose (SANY has
\* no node for parentheses): TLC says "Property line 11, col 10 to line 11,
\* col 14 of module PropInit is violated by the initial state:" with the
\* state, no trace, no statistics (exit 13), and no warning 2255: Prop is
\* not a state predicate as a whole.
EXTENDS Naturals
VARIABLE x
Spec == x = 0 /\ [][x' = x + 1]_x
Prop == (x = 1) /\ [](x < 5)
====
