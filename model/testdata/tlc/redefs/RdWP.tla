---- MODULE RdWP ----
EXTENDS Naturals
CONSTANT K
Sum(a, b) == a + b + K
====
