---- MODULE PrLetDefInit ----
\* A printing LET inside a definition used after x = 0 in Init: printed once per evaluation (plus once at load).
EXTENDS Naturals, TLC
VARIABLE x
D == LET a == PrintT("a") /\ TLCSet(1, 5) IN a /\ a
Init == x = 0 /\ D
Next == x' = (x + 1) % 2
====
