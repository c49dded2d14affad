---- MODULE ChEnumSeq ----
EXTENDS Integers, Sequences
ASSUME (CHOOSE r \in [a : Seq({1})] : TRUE) = 0
====
