---- MODULE MemNatStr ----
\* A string checked against Nat: TLC's error in its words (2158).
EXTENDS Naturals
VARIABLE x
Init == x = "a"
Next == UNCHANGED x
Inv == x \notin Nat
====
