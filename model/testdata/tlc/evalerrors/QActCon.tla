---- MODULE QActCon ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
AC == x'[1] = 0
====
