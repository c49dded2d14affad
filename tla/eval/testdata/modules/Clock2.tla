---- MODULE Clock2 ----
\* A clock with minutes 0..1 refines the hour clock: the instance HC maps
\* hr to h, and the property HC!HC says every step is an HCnxt step or
\* leaves h unchanged. TLC: 12 * 2 = 24 distinct states, one successor
\* each: 1 + 24 = 25 states generated; the property holds.
EXTENDS Naturals
VARIABLES h, m
Init == h = 1 /\ m = 0
Next == IF m = 1 THEN h' = (IF h = 12 THEN 1 ELSE h + 1) /\ m' = 0
                 ELSE m' = 1 /\ h' = h
HC == INSTANCE HourClock WITH hr <- h
Refines == HC!HC
====
