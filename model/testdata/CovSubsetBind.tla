---- MODULE CovSubsetBind ----
\* The subsets a binder takes from SUBSET T keep SUBSET T's node: a later
\* enumeration of one (\cup's right operand, \subseteq's left one up to its
\* first element outside, through a parameter, a LET, a \cup with an empty
\* left operand, a \ keeping its left operand's node, a value stored in a
\* function) costs there.
EXTENDS Naturals, FiniteSets
CONSTANT C, P
VARIABLE f, b
Init == f = [i \in {"E", "W"} |-> IF i = "E" THEN C \cup P ELSE {}] /\ b = "E"
Other(x) == IF x = "E" THEN "W" ELSE "E"
Safe(S) == \/ S \subseteq C
           \/ Cardinality(S \cap C) =< Cardinality(S \cap P)
Move(S, x) == /\ Cardinality(S) \in {1, 2}
              /\ LET here == f[x] \ S
                     there == f[Other(x)] \cup S
                 IN /\ Safe(here)
                    /\ Safe(there)
                    /\ b' = Other(x)
                    /\ f' = [i \in {"E", "W"} |-> IF i = x THEN here ELSE there]
Next == \E S \in SUBSET f[b] : Move(S, b)
Inv == /\ \A S \in SUBSET f["W"] : S \subseteq C \/ Cardinality(S) > 0
       /\ \E T \in {{} \cup S : S \in SUBSET f[b]} : T \subseteq P
====
