---- MODULE PrecNeqSynonyms ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x # 0 /= TRUE
Next == x' = x
====
