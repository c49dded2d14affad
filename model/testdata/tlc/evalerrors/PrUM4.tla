---- MODULE PrUM4 ----
EXTENDS TLC
CONSTANT K
A == PrintT(<<"a", K>>)
J1 == INSTANCE PrUN
B == PrintT(<<"b", K>>)
J2 == INSTANCE PrUN2
C == PrintT(<<"c", K>>)
====
