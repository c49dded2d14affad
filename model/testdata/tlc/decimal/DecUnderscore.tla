---- MODULE DecUnderscore ----
EXTENDS Naturals
A == 1.5_
B == 2
====
