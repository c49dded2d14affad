---- MODULE AsmMod ----
\* An ASSUME failing in Integers' Java %: TLC prints 2169 without a position.
EXTENDS Integers, Sequences, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT(7 % -2)
====
