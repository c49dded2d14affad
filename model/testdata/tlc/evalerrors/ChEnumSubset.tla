---- MODULE ChEnumSubset ----
EXTENDS Integers, Sequences
ASSUME (CHOOSE r \in SUBSET Int : TRUE) = 0
====
