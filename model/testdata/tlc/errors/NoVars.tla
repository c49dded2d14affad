---- MODULE NoVars ----
EXTENDS Naturals
CONSTANT Max
ASSUME Max > 1
====
