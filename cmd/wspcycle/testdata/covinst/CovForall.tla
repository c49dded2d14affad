---- MODULE CovForall ----
\* \A in actions (TLC's getNextStates, OPCODE_bf): the body is taken for
\* the first element, and pushed for the others on the list of conjuncts
\* still to do. A body taken from the list once every variable has a value
\* is evaluated as a formula: its node counts (Next's first disjunct: 6, one
\* per element after the first of S), and so do its conjuncts up to the first
\* false one and the x' of an assignment (x' = (x + i) % 5: 5 states
\* generated through it and 6 evaluations; its x' 6; S' = S: 5, never
\* evaluated as the formula is false before it). The second disjunct's \A
\* is a condition; the third is inside an \E over S, which TLC keeps whole:
\* reading S there costs on the set constructor the value came from
\* ({1, k} 12, {1} 20, each enumeration its size plus one).
EXTENDS Naturals
VARIABLES x, S
Init == x = 0 /\ S = {1}
Ok(i) == i \in S /\ x < 3
Next == \/ \A i \in S : x' = (x + i) % 5 /\ S' = S
        \/ /\ \A i \in S \cup {x} : Ok(i) \/ i = x
           /\ x' = x + 1
           /\ S' = S \cup {x % 3}
        \/ \E k \in S : \A j \in {k, k} : x' = j /\ S' = {1, k}
====
