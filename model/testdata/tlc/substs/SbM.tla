---- MODULE SbM ----
EXTENDS Naturals
CONSTANT K
VARIABLE x
Op == x + K
====
