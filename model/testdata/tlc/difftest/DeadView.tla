---- MODULE DeadView ----
\* A deadlock on a state of the third level, found after another state
\* of that level gave a new one: TLC's depth is then 4 (the level of the
\* last state it wrote), not 3.
EXTENDS Naturals
VARIABLE x, hist
Init == x = 0 /\ hist = <<>>
Next == x < 4 /\ \E d \in {1, 2} : x' = x + d /\ hist' = <<d>>
View == x
====
