---- MODULE InstOpsInfix ----
\* An instance's infix operator written infix: SANY's parse error.
EXTENDS Naturals, TLC
I == INSTANCE InstOpsLib
ASSUME PrintT(1 I!++ 2)
====
