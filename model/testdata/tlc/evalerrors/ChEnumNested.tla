---- MODULE ChEnumNested ----
EXTENDS Integers, Sequences
ASSUME (CHOOSE r \in [a : [Nat -> BOOLEAN]] : TRUE) = 0
====
