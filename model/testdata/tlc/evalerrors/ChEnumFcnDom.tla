---- MODULE ChEnumFcnDom ----
EXTENDS Integers, Sequences
ASSUME (CHOOSE r \in [Int -> BOOLEAN] : TRUE) = 0
====
