---- MODULE InstOpsArity ----
\* An instance's infix operator given three arguments: SANY's error names
\* it through the instance (I!++), as for a named one (I!Pl).
EXTENDS Naturals, TLC
I == INSTANCE InstOpsLib
ASSUME PrintT(I!++(1, 2, 3))
ASSUME PrintT(I!Pl(1, 2, 3))
====
