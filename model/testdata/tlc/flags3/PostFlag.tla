---- MODULE PostFlag ----
EXTENDS Naturals, TLC
VARIABLES x
Init == x = 0
Next == x < 3 /\ x' = x + 1 /\ PrintT(<<"step", x>>)
PostP == PrintT("post") /\ TRUE
====
