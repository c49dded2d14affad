---- MODULE CapFirst ----
EXTENDS Naturals, TLC
ASSUME PrintT({2, 1} \cap 3)
====
