---- MODULE LibP ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Helper == (q + 1
====
