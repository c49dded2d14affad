---- MODULE RandConst ----
\* TLC evaluates the constant definitions that draw once, at startup, in
\* order (A, B, Unused, T: Unused too), from new Random(seed), and the
\* initial states draw after them (InitDraw, RandConstInit.cfg).
EXTENDS Naturals, Randomization, TLC
A == RandomElement(1..1000)
B == RandomSetOfSubsets(3, 2, 1..4)
Unused == RandomElement(1..1000)
T == TestRandomSetOfSubsets(2, 1, 1..3)
VARIABLE x
Init == x = <<A, B, T>>
InitDraw == x \in {<<A, B, T, RandomElement(1..100)>>}
Next == UNCHANGED x
Inv == x[1] = 0
====
