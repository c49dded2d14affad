---- MODULE SubstLocal ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
LOCAL INSTANCE SubstB
Init == x = 0
Next == x' = IF x = Max THEN 0 ELSE x + 1
====
