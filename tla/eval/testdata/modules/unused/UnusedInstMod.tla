---- MODULE UnusedInstMod ----
EXTENDS Naturals
VARIABLE y
Small == y < 2
Bad == y' = Missing
====
