---- MODULE RdWM ----
EXTENDS Naturals
Sum(a, b) == a + b
Foo == 1
====
