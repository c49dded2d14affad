---- MODULE LLib ----
EXTENDS TLC
l == 5
====
