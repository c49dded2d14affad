---- MODULE Below10Over ----
EXTENDS Naturals
VARIABLE x
\* At -maxSetSize 5 the eleventh image makes the vector grow, past the
\* bound: refused, in TLC's words with the bound 5.
Init == x = {i * 2 : i \in 1..11}
Next == UNCHANGED x
====
