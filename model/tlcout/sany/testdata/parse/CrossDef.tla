---- MODULE CrossDef ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
(* comment *) Next == x' = (x
\* trailing
====
