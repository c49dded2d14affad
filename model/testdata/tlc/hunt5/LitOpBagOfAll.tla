---- MODULE LitOpBagOfAll ----
\* A LAMBDA whose body is a literal reaches BagOfAll's Java method as the literal's value.
EXTENDS Integers, Sequences, TLC, Bags
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT(BagOfAll(LAMBDA e: 1, <<1, 0>>))
====
