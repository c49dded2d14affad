---- MODULE EqString ----
EXTENDS Naturals, TLC, Sequences
ASSUME PrintT(STRING = {"a"})
====
