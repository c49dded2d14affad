---- MODULE PrInstUnnamedVar ----
\* An unnamed INSTANCE substituting a variable: D and E are state-level, printing at each use.
EXTENDS Naturals, TLC
VARIABLE x
INSTANCE PrUM WITH K <- x
Init == x = 0 /\ E
Next == x' = (x + 1) % 2 /\ D
====
