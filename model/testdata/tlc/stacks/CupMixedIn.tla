---- MODULE CupMixedIn ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x \in {{{1}, {"a"}} \cup {{2}}}
Next == UNCHANGED x
====
