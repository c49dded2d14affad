---- MODULE CovInstNestC ----
\* The outer instantiated module of CovInstNest.
EXTENDS Naturals
VARIABLE z
B == INSTANCE CovInstNestB WITH y <- [a |-> z].a
====
