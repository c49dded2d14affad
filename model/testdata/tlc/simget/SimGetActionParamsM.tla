---- MODULE SimGetActionParamsM ----
EXTENDS Naturals
VARIABLES x
Init == x = 1
Inc == x' = x + 1
Dbl(k) == x' = x * k
Add(a, b) == x' = x + a + b
====
