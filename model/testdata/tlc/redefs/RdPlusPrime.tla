---- MODULE RdPlusPrime ----
VARIABLE x
a + b == x'
====
