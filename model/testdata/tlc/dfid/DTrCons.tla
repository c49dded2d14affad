---- MODULE DTrCons ----
\* Trace in a CONSTRAINT: an initial state's, then the exception.
EXTENDS Naturals, TLCExt, Sequences, TLC
VARIABLES x
Init == x = 0
Next == x < 3 /\ x' = x + 1
C == PrintT(Len(Trace)) /\ TRUE
====
