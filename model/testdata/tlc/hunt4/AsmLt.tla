---- MODULE AsmLt ----
\* An ASSUME failing in Naturals' Java <: TLC prints 2266 without a position.
EXTENDS Integers, Sequences, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT("a" < "b")
====
