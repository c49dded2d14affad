---- MODULE DAlias ----
\* An ALIAS, which TLC's depth-first mode does not apply to its traces.
EXTENDS Naturals
VARIABLES x
Init == x = 0
Next == x' = x + 1
Inv == x < 2
Alias == [y |-> x * 10]
Post == x = 99
====
