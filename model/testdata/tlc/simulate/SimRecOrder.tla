---- MODULE SimRecOrder ----
\* Records built in Next inside a tuple or a set print in the order their
\* fields are written in the simulator's trace: TLC does not normalise them.
EXTENDS Naturals, TLC
VARIABLE x, y
Init == x = 0 /\ y = <<>>
Next == /\ x' = x + 1
        /\ y' = <<[zz |-> x, b |-> 1, a |-> 2], {[q |-> 1, c |-> x]}>>
Inv == x < 2
====
