---- MODULE DShare ----
\* A and B share the successor C, B has D too, and E starts a longer
\* chain: whether A or B is entered first decides whether A is marked
\* done a level early, so TLC's generated counts vary from run to run
\* (41 or 42), its distinct counts do not.
EXTENDS Naturals
VARIABLES s
Succ == [i \in {"I","A","B","E","C","D","F1","F2","F3","F4"} |->
   CASE i = "I" -> {"A","B","E"} [] i = "A" -> {"C"} [] i = "B" -> {"C","D"}
     [] i = "E" -> {"F1"} [] i = "F1" -> {"F2"} [] i = "F2" -> {"F3"} [] i = "F3" -> {"F4"}
     [] OTHER -> {}]
Init == s = "I"
Next == \E t \in Succ[s] : s' = t
====
