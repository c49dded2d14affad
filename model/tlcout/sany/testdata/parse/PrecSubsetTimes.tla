---- MODULE PrecSubsetTimes ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x \in SUBSET {0} \X {1}
Next == x' = x
====
