---- MODULE ChEnumFcnRng ----
EXTENDS Integers, Sequences
ASSUME (CHOOSE r \in [BOOLEAN -> Int] : TRUE) = 0
====
