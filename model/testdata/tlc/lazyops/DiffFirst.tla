---- MODULE DiffFirst ----
EXTENDS Naturals, TLC
ASSUME PrintT({"b", "a"} \ 3)
====
