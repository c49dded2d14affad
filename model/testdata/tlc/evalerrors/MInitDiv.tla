---- MODULE MInitDiv ----
\* An invariant failing on an initial state with a standard module's error
\* (\div by 0, code 2179): TLC prints it as its general 1000, framed in
\* 2179 with -tool, with no range and no state, then the stack; exit 75.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == 1 \div x = 1
====
