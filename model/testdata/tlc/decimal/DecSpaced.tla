---- MODULE DecSpaced ----
EXTENDS Naturals
A == 1 . 50
B == 2
====
