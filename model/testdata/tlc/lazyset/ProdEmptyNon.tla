---- MODULE ProdEmptyNon ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
CONSTANT m
VARIABLE x

Init == x = 0
Next == x' = x
Inv == {} \X 3 = {}
====
