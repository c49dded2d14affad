---- MODULE Selectors ----
\* Subexpression selectors on definitions: Init!1 is the first item of
\* Init's conjunction list, Bump(1)!1 the left operand of Bump's infix /\
\* with k = 1 (so an assignment of x'), Inv!2 the second item of Inv.
\* TLC: x goes 0, 1, 2, 3 with y = 1: 4 distinct states, 1 + 3 = 4
\* generated; Safe holds.
EXTENDS Naturals
VARIABLES x, y
Init == /\ x = 0
        /\ y = 1
Inv == /\ x \in 0..3
       /\ y \in 1..2
       /\ x + y < 100
TraceInit == Init!1 /\ Init!2
Bump(k) == x' = x + k /\ y' = y
Next == x < 3 /\ Bump(1)!1 /\ UNCHANGED y
Safe == Inv!1 /\ Inv!2
====
