---- MODULE LitOpSelectSeq ----
\* A definition whose body is a literal string reaches SelectSeq's Java method as that string.
EXTENDS Integers, Sequences, TLC, Bags
VARIABLE x
Init == x = 0
Next == UNCHANGED x
H(e) == "s"
ASSUME PrintT(SelectSeq(<<1, 2>>, H))
====
