---- MODULE RdWarnExtends ----
EXTENDS RdWB, RdWC
VARIABLE v
Init == v = 0
Next == v' = v
====
