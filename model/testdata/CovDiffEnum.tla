---- MODULE CovDiffEnum ----
\* A quantifier over L \ R costs, each element of the difference and the
\* end, on the node that built L (TLC's SetEnumValue.diff keeps L's
\* CostModel): L's set constructor, or the body of the definition the cfg
\* replaces L's name by (Examples' Echo: \A n \in Node \ {initiator}).
EXTENDS Naturals
CONSTANT Node
N1 == {"a", "b", "c"}
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Inv1 == x < 3 => \A n \in Node \ {"a"} : n # "z"
Inv3 == x < 3 => \A n \in N1 \ {"a"} : n # "z"
Inv4 == x < 3 => \A n \in {"a", "b", "c"} \ {"a"} : n # "z"
====
