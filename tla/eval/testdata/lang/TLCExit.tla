---- MODULE TLCExit ----
\* TLCSet("exit", TRUE) stops the search once the state being expanded
\* (x = 3) is done, with no error.
EXTENDS Integers, TLC
VARIABLE x
Init == x = 0
Next == x < 10 /\ x' = x + 1 /\ TLCSet("exit", x = 3)
====
