---- MODULE DTrNext ----
\* Trace in Next: the initial state's, then TLC's NullPointerException.
EXTENDS Naturals, TLCExt, Sequences, TLC
VARIABLES x
Init == x = 0
Next == x < 3 /\ PrintT(Trace) /\ x' = x + 1
====
