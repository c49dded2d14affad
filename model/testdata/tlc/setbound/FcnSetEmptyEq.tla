---- MODULE FcnSetEmptyEq ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == PrintT(<<[1..2 -> {}] = [1..3 -> {}], [a : {}] = [b : {}], (1..2) \X {} = {} \X (1..3), [1..2 -> {}] = {}>>) /\ x = 0
Next == UNCHANGED x
====
