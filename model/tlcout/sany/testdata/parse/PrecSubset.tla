---- MODULE PrecSubset ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == {x} \subseteq {1} \subseteq {2}
Next == x' = x
====
