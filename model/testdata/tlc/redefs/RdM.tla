---- MODULE RdM ----
EXTENDS Naturals
Sum(a, b) == a + b
====
