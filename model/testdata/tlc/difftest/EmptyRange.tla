---- MODULE EmptyRange ----
\* An empty interval prints {} in TLC (IntervalValue.toString).
EXTENDS Integers, TLC
VARIABLE x
Init == x = 0
Next == x' = IF x < 2 THEN x + 1 ELSE x
Inv == ToString(3..x) = "{}"
====
