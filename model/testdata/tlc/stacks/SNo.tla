---- MODULE SNo ----
EXTENDS Naturals
Val(q) == q[1]
====
