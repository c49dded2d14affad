---- MODULE QuantInv ----
\* TLC expands \A over a constant set in a PROPERTY and splits each copy
\* of the body as a conjunct, named by the body's range: the innermost
\* body [](x < i + j - 1) becomes two invariants, and TLC says "Invariant
\* line 10, col 42 to line 10, col 58 of module QuantInv is violated." at
\* x = 3 (exit 12), where the whole formula checked as temporal would
\* give "Temporal property Prop was violated." (exit 13).
EXTENDS Naturals
VARIABLE x
Prop == \A i \in {1, 2} : \A j \in {3} : [](x < i + j - 1)
Spec == x = 0 /\ [][x' = (x + 1) % 6]_x
====
