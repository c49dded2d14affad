---- MODULE StepOutsideProof ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = x + 1
Foo == <1>2 + 1
====
