---- MODULE PrLetPrimed ----
\* Printing LET definitions TLC's evaluator meets in an action, once every variable has a value: each is evaluated once per evaluation of the LET whatever its level (PrintT of x' is of constant level, d and f read x').
EXTENDS Naturals, TLC
VARIABLE x
K(p) == TRUE
Id(p) == p
Init == x = 0
Next == /\ x < 2
        /\ x' = x + 1
        /\ LET a == PrintT(<<"a", x, x'>>)
               d == x' > 0 /\ PrintT(<<"d", x'>>)
               e == K(x') /\ PrintT(<<"e", x>>)
               f == Id(x') > 0 /\ PrintT(<<"f", x>>)
           IN /\ a /\ a
              /\ d /\ d
              /\ e /\ e
              /\ f /\ f
        /\ LET g == x' # x /\ PrintT(<<"g", x'>>) IN g /\ ~~g
====
