---- MODULE LexStrUni ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0 /\ "aé'b
Next == x' = IF x = Max THEN 0 ELSE x + 1
TypeOK == x \in 0..Max
====
