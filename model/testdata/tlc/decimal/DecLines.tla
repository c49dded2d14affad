---- MODULE DecLines ----
EXTENDS Naturals
A == 1 .
  5
B == 2
====
