---- MODULE RdWarnDecl ----
VARIABLE v, v
CONSTANT N, N
Init == v = N
Next == v' = v
====
