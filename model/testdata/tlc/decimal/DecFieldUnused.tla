---- MODULE DecFieldUnused ----
EXTENDS Naturals
A == 1.5e3
====
