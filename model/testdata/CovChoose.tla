---- MODULE CovChoose ----
\* CHOOSE's loop fetches the elements of its set up to the one it returns,
\* no more: {x, 7, 9} costs 1 when x < 8 is chosen, 3 for 9 (index 2);
\* a \E that stops fetches one more (the next element or the end).
EXTENDS Naturals
VARIABLES x
Init == x \in {1, 2}
Next == /\ (CHOOSE m \in {x, 7, 9} : m < 8) < 8
        /\ (CHOOSE m \in {x, 7, 9} : m > 8) = 9
        /\ x' = x
Inv == \E m \in {x, 7, 9} : m = 7
====
