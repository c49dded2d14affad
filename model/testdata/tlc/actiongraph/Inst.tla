---- MODULE Inst ----
VARIABLES a, b
Limit == 3
INSTANCE InstBase WITH Max <- Limit
====
