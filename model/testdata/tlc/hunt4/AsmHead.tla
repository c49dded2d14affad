---- MODULE AsmHead ----
\* An ASSUME failing in Sequences' Java Head: TLC prints 2184 without a position.
EXTENDS Integers, Sequences, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT(Head(<<>>))
====
