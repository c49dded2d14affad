---- MODULE SimGetAction ----
\* TLCGet("action") under -simulate: the action of the state evaluated,
\* its name without the values of its parameters and its range as the
\* trace names it; Init for an initial state.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
A == x' = x + 1
C(n) == x' = x + n
D(n) == \/ x' = x + n
        \/ x' = x + 2 * n
Next == \/ A
        \/ \E n \in {5, 6} : C(n)
        \/ x' = x + 3
        \/ D(7)
        \/ \E m \in {x} : x' = x + m + 1
Inv == /\ PrintT(<<x, TLCGet("action").name, TLCGet("action").location.beginLine, TLCGet("action").location.beginColumn, TLCGet("stats").behavior.actions>>)
       /\ x < 60
====
