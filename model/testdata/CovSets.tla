---- MODULE CovSets ----
\* The costs TLC's coverage (-coverage) counts on the set operators'
\* operands; TLC's own report is model/testdata/tlc/coverage/CovSets.*.out.
\*  - \cap and \ ask their right operand for membership and cost nothing
\*    on either (A, B, C, and {2} in Grow).
\*  - S \cup T: TLC adds T's elements to S's, enumerating T (its size plus
\*    one on T's node) when S is a non-empty enumerated set, and returns T
\*    as it is when S is empty: {7} costs 2 and {x} nothing in D, and
\*    {x} in Grow costs only in the 2 steps where s is not empty.
\*  - \subseteq enumerates its left operand (E: 3 for {x, 8}).
EXTENDS Naturals, FiniteSets
VARIABLES x, s
Init == x = 0 /\ s = {}
Grow == /\ x < 4
        /\ x' = x + 1
        /\ s' = ({1, 2} \cap (s \cup {x})) \ {2}
Next == Grow
A == Cardinality({1, 2} \cap {x, 5}) <= 2
B == Cardinality({x, 5} \cap {1, 2}) <= 2
C == Cardinality({1, 2, 3} \ {x}) >= 0
D == Cardinality({x} \cup {7}) >= 0
E == {x, 8} \subseteq {0, 1, 2, 3, 4, 8}
====
