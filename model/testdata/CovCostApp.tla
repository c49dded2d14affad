---- MODULE CovCostApp ----
\* f' = mc(f), mc an operator whose body is a function constructor: the
\* state holds TLC's FcnLambdaValue, turned into a table, each element
\* costing on the body's constructor and the domain's enumeration on its
\* set, as for a constructor written in place (Examples' Echo: inbox' =
\* multicast(...)). Inv1 is CovDiffEnum's.
EXTENDS Naturals
CONSTANT Node
N1 == {"a", "b", "c"}
VARIABLE x, f
mc(net) == [m \in Node |-> IF m = "a" THEN net[m] + 1 ELSE net[m]]
Init == x = 0 /\ f = [n \in Node |-> 0]
Next == x < 2 /\ x' = x + 1 /\ f' = mc(f)
Inv1 == x < 3 => \A n \in Node \ {"a"} : f[n] = 0
Inv2 == \A n \in Node : f[n] < 5
====
