---- MODULE SubstMany ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
LOCAL I(K) == INSTANCE SubstB WITH M <- 1,
   y <- x
J == INSTANCE SubstB
Init == x = 0
Next == x' = IF x = Max THEN 0 ELSE x + 1
====
