---- MODULE InstLvBoundM ----
CONSTANT K
VARIABLE i
Inc == i' = K
====
