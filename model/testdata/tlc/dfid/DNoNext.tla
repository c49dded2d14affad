---- MODULE DNoNext ----
\* No next-state relation: TLC reports success after the initial states.
EXTENDS Naturals
VARIABLES x
Init == x \in {1, 2}
====
