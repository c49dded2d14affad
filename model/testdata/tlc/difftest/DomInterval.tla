---- MODULE DomInterval ----
\* DOMAIN of a function built over lo..hi is the interval lo..hi in TLC
\* (a FcnRcdValue over an IntervalValue), printed so.
EXTENDS Integers, Sequences, TLC
VARIABLE x
Init == x = 2
Next == x' = IF x < 4 THEN x + 1 ELSE x
f == [i \in x..4 |-> 0]
Inv == /\ ToString(DOMAIN f) = ToString(x) \o "..4"
       /\ ToString(DOMAIN [f EXCEPT ![4] = 1]) = ToString(x) \o "..4"
       /\ f = [i \in x..4 |-> 0]
====
