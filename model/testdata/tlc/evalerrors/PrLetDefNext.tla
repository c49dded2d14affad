---- MODULE PrLetDefNext ----
\* A printing LET inside a definition used after every variable is assigned, in Init and Next: once per evaluation.
EXTENDS Naturals, TLC
VARIABLE x
D == LET a == PrintT("a") /\ TLCSet(1, 5) IN a /\ a
Init == x = 0 /\ D
Next == x' = (x + 1) % 2 /\ D
====
