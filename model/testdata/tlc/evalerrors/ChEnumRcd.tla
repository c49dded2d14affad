---- MODULE ChEnumRcd ----
EXTENDS Integers, Sequences
ASSUME (CHOOSE r \in [a : BOOLEAN, b : Int] : TRUE) = 0
====
