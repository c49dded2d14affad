---- MODULE PrLetCov ----
\* Printing LETs and P => Q evaluated once every variable has a value, in Init, Next and an invariant: -coverage changes only the report (PrLetCovCov), each LET definition printing once per evaluation of the LET, Q once.
EXTENDS Naturals, TLC
VARIABLE x
K(p) == TRUE
Init == /\ x = 0
        /\ LET s == PrintT(<<"is", x>>) /\ x = 0
               k == PrintT("ik")
               j == K(x) /\ PrintT("ij")
           IN /\ s /\ s /\ k /\ k /\ j /\ j
Next == /\ x < 2
        /\ x' = x + 1
        /\ LET a == PrintT(<<"a", x, x'>>)
               d == x' > 0 /\ PrintT(<<"d", x'>>)
           IN /\ a /\ a
              /\ d /\ d
        /\ (x > 0) => PrintT(<<"imp", x, x'>>)
Inv == LET g == PrintT(<<"g", x>>) IN g /\ g
====
