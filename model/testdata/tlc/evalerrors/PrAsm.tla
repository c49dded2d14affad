---- MODULE PrAsm ----
\* ASSUMEs that print, and a printing definition used twice in an ASSUME.
EXTENDS Naturals, TLC
VARIABLE x
ASSUME PrintT("a")
D == PrintT("d")
ASSUME D /\ D
Init == x = 0
Next == x' = x
====
