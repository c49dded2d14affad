---- MODULE LibOct ----
B == 2
A == 1.\o17
====
