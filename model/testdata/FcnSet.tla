---- MODULE FcnSet ----
\* TLC's coverage (-coverage) of the enumeration of a set of functions;
\* TLC's own report is model/testdata/tlc/coverage/FcnSet.*.out.
\*  - f \in [{"a", "b"} -> {1, 2, 3}]: 9 functions, each costing its 2
\*    arguments on [..] (18), and 17 steps of the odometer of the two
\*    enumerators of {1, 2, 3} on it: 2 to start, then for each of the 8
\*    next functions 1 plus 2 for each enumerator that wraps (2 wrap
\*    once), then 3 to end.
\*  - g \in [1..2 -> {0, 1}], in each of the 9 branches of f: 8 and 10.
\*  - f' \in [{"a"} -> {4, 5}] in Next: 2 and 3 each time.
\*  - \E k \in [{"c", "d"} -> {7, 8}]: the quantifier first makes the set
\*    of the 4 functions (8, and 4 for their number) and enumerates it
\*    (5): 17 each time on [..], and 10 on {7, 8}.
EXTENDS Naturals
VARIABLES f, g, h
Init == /\ f \in [{"a", "b"} -> {1, 2, 3}]
        /\ g \in [1..2 -> {0, 1}]
        /\ h = 0
Next == /\ h < 1
        /\ h' = h + 1
        /\ f' \in [{"a"} -> {4, 5}]
        /\ \E k \in [{"c", "d"} -> {7, 8}] : g' = [i \in 1..2 |-> k["c"]]
====
