---- MODULE Inner ----
EXTENDS Naturals
VARIABLES c
IInit == c = 0
Inc == c' = c + 1
Dec == c > 0 /\ c' = c - 1
INext == Inc \/ Dec
====
