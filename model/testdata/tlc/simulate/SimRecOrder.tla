---- MODULE SimRecOrder ----
\* A record constructor whose fields draw, written out of TLC's order of
\* its field names (zq and mq, parameters of Tags, are met first): TLC evaluates the fields
\* as written (aq, mq, zq), sorting the record only after.
EXTENDS Naturals, TLC
Tags(zq, mq) == zq + mq
VARIABLE r, n
Init == /\ r = [aq |-> RandomElement(1..100), mq |-> RandomElement(1..100), zq |-> RandomElement(1..100)]
        /\ n = 0
Next == /\ n' = n + 1
        /\ r' = [r EXCEPT !.aq = RandomElement(1..100), !.zq = RandomElement(1..100)]
Inv == n < 4
====
