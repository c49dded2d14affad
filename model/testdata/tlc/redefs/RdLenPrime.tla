---- MODULE RdLenPrime ----
VARIABLE x
Len(s) == x'
====
