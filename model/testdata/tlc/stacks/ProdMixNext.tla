---- MODULE ProdMixNext ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = {1, "a"} \X {1}
====
