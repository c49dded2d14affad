---- MODULE ShadowUserLoaded ----
EXTENDS Bags, ShadowMid
VARIABLE x
THEOREM HelperSeven = 7
Init == x = 7
Next == UNCHANGED x
Inv == x < 7
====
