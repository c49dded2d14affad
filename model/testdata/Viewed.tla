---- MODULE Viewed ----
\* A VIEW makes an infinite spec finite: t counts steps forever, but states
\* are identified by View == x alone. Expected, worked by hand: views 0, 1, 2
\* (distinct 3), generated 4 (1 initial + 3 successors, the last back to view
\* 0), depth 3; the explored states have t <= 2, so Inv holds. ok.
EXTENDS Naturals
VARIABLES x, t
Init == x = 0 /\ t = 0
Next == x' = (x + 1) % 3 /\ t' = t + 1
View == x
Inv == t < 10
====
