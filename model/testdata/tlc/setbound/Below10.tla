---- MODULE Below10 ----
EXTENDS Naturals
VARIABLE x
\* At -maxSetSize 5 the set map's ten images fit the room TLC's ValueVec
\* starts with: no refusal.
Init == x = {i * 2 : i \in 1..10}
Next == UNCHANGED x
====
