---- MODULE AssertEqShape ----
\* AssertEq of a tuple and a record: TLC's a # b fails comparing them (an
\* error), where wspcycle printed "Assertion failed" and went on.
EXTENDS Naturals, TLCExt
VARIABLE x
Init == x = 0
Next == x' = IF x = 0 THEN 1 ELSE x
Inv == x = 0 \/ AssertEq(<<x>>, [a |-> x])
====
