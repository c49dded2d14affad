---- MODULE StdExt ----
\* TLC's own standard modules, built in (TLC ran on it with StdExt.cfg:
\* every ASSUME holds; AssertEq(1, 2) is FALSE after printing
\* "Assertion failed", 1 and 2; x runs 0..2: 3 distinct, 1 + 2 generated).
\* Real is the string "Reals", as TLC evaluates the definition.
EXTENDS Integers, TLCExt, Randomization, Json, Reals
CONSTANT m1
VARIABLE x
ASSUME AssertEq(1 + 1, 2)
ASSUME ~AssertEq(1, 2)
ASSUME TLCNoOp(3) = 3
ASSUME TLCModelValue("m1") = m1
ASSUME Real = "Reals" /\ -3 + 1 = -2
Init == x = 0
Next == x < 2 /\ x' = TLCNoOp(x + 1)
====
