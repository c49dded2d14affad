---- MODULE PrecCapCup ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x \in {0} \cap {1} \cup {2}
Next == x' = x
====
