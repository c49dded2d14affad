---- MODULE HCfgSubstVal ----
EXTENDS Naturals
VARIABLE x
CONSTANT N
Init == x = 0
Next == x' = x
====
