---- MODULE RdNegPrime ----
EXTENDS Naturals
VARIABLE x
-. a == x'
====
