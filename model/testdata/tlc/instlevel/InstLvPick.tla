---- MODULE InstLvPick ----
EXTENDS Naturals
Pick(s) == CHOOSE i \in {1, 2} : i = s
====
