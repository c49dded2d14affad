---- MODULE QuantInit ----
\* A quantified state predicate in a PROPERTY is expanded too: each copy
\* is checked on the initial states, named by the body's range without
\* its parentheses. TLC warns (2255: Prop is a state predicate as a whole)
\* and says "Property line 9, col 28 to line 9, col 36 of module QuantInit
\* is violated by the initial state:" for i = 2 (exit 13).
EXTENDS Naturals
VARIABLE x
Prop == \A i \in {1, 2} : (x = i - 1)
Spec == x = 0 /\ [][x' = (x + 1) % 6]_x
====
