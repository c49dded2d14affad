---- MODULE AliasIf ----
\* An ALIAS choosing between two records by IF: TLC prints each state's
\* fields in the order the chosen record's constructor wrote them.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Alias == IF x > 1 THEN [a |-> x, b |-> 1] ELSE [b |-> 2, a |-> x]
Inv == x < 3
====
