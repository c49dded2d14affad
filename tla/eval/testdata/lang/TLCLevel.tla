---- MODULE TLCLevel ----
\* TLCGet("level") is 0 in ASSUMEs and Init, the level of the expanded
\* state in Next (1 for an initial state), and the level of the state an
\* invariant is checked in; registers set in an ASSUME are read in Next.
EXTENDS Integers, TLC
VARIABLE x, y
ASSUME TLCGet("level") = 0
ASSUME TLCSet(3, 10)
Init == x = 0 /\ y = TLCGet("level")
Next == x < 3 /\ x' = x + 1 /\ y' = TLCGet("level") /\ TLCSet(3, TLCGet(3) + 1)
Inv == /\ y = x
       /\ TLCGet("level") = x + 1
       /\ TLCGet(3) \in 10..13
====
