---- MODULE ReSubDef2 ----
EXTENDS Integers
VARIABLE x
a \subset b == a \subseteq b /\ a # b
Init == x = 0 /\ {1} \subset {1, 2}
Next == x' = x /\ ~({1} \subset {1})
====
