---- MODULE DViewInv ----
\* A VIEW; with -view TLC prints the traces' states through it.
EXTENDS Naturals
VARIABLES x, c
Init == x = 0 /\ c = 0
Next == x' = (x + 1) % 4 /\ c' = c + 1
View == <<x, "v">>
Inv == c < 3
====
