---- MODULE FairnessOpen ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Spec == [][x' = x]_x /\ WF_x(x' = x

====
