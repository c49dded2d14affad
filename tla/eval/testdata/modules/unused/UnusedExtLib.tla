---- MODULE UnusedExtLib ----
EXTENDS Naturals
Max == 2
Bad(n) == Undef(n) + 1
====
