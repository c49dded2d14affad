---- MODULE ChEnumProd ----
EXTENDS Integers, Sequences
ASSUME (CHOOSE r \in BOOLEAN \X STRING : TRUE) = 0
====
