---- MODULE NoSpec ----
\* INIT and NEXT (no SPECIFICATION): x = 0 ~> x = 2 is violated by
\* stuttering at x = 1; TLC warns that no SPECIFICATION was given (2257).
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Prop == [](x = 0 => <>(x = 2))
====
