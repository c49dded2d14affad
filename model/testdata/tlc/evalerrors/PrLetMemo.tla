---- MODULE PrLetMemo ----
\* A LET definition that prints, used twice in a constant definition: evaluated once (TLC caches the LazyValue).
EXTENDS Naturals, TLC
VARIABLE x
D == LET a == PrintT("l") IN a /\ a
Init == x = 0 /\ D
Next == x' = (x + 1) % 3 /\ D
====
