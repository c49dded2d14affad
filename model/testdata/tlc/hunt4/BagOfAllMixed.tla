---- MODULE BagOfAllMixed ----
\* BagOfAll looks each image up among those met before with Java equals: 2 and "a" fail.
EXTENDS Integers, TLC, Bags
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT(BagOfAll(LAMBDA e: IF e = 1 THEN "a" ELSE 2, (1 :> 1) @@ (2 :> 1)))
====
