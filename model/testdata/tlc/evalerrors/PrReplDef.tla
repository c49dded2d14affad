---- MODULE PrReplDef ----
\* A definition replaced by a printing one (D <- Over): Over once at load, its body again at each use of D.
EXTENDS Naturals, TLC
VARIABLE x
D == 1
Over == PrintT("o")
Init == x = 0 /\ D
Next == x' = (x + 1) % 3 /\ D
====
