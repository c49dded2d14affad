---- MODULE LA ----
EXTENDS Sequences, LB
a == 1
====
