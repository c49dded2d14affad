---- MODULE PrecLeqSynonyms ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == 0 =< x <= 2
Next == x' = x
====
