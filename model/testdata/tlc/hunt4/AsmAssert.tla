---- MODULE AsmAssert ----
\* A false Assert in an ASSUME: TLC prints 2132 without a position.
EXTENDS Integers, Sequences, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
ASSUME PrintT(Assert(FALSE, "boom"))
====
