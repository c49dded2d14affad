---- MODULE DTrace ----
\* Trace (TLCExt) in an invariant: TLC's depth-first mode has no trace
\* beyond an initial state.
EXTENDS Naturals, TLCExt, Sequences
VARIABLES x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Inv == Len(Trace) < 3
====
