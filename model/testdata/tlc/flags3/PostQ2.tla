---- MODULE PostQ2 ----
EXTENDS Naturals, TLC
Hello == PrintT("hello-from-Q2")
Post == TLCGet("stats").distinct = 4
====
