---- MODULE Clock2Bad ----
\* Clock2 with a step that skips an hour: it does not refine the hour
\* clock. TLC: the action property HC!HC ([][HCnxt]_hr) is violated by
\* the step from h = 1, m = 1 to h = 3, m = 0 (the third state).
EXTENDS Naturals
VARIABLES h, m
Init == h = 1 /\ m = 0
Next == IF m = 1 THEN h' = (IF h >= 11 THEN 1 ELSE h + 2) /\ m' = 0
                 ELSE m' = 1 /\ h' = h
HC == INSTANCE HourClock WITH hr <- h
Refines == HC!HC
====
