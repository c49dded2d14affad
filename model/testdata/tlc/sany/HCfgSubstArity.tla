---- MODULE HCfgSubstArity ----
EXTENDS Naturals
VARIABLE x
CONSTANT N
G(a) == a
Init == x = 0
Next == x' = x
====
