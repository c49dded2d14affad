---- MODULE DumpWide ----
\* A state whose values are wider than 80 columns: TLC's -dump and
\* -dump dot break them over lines as its trace printer does.
EXTENDS Naturals, Sequences
VARIABLES f, n, q
Init == /\ n = 0
        /\ f = [i \in {"alpha", "beta", "gamma", "delta"} |-> [count |-> 0, name |-> "some long name"]]
        /\ q = <<>>
Next == /\ n < 2
        /\ n' = n + 1
        /\ f' = [f EXCEPT !["alpha"].count = n + 1]
        /\ q' = Append(q, {"a fairly long string", "another fairly long string", "and a third one"})
Spec == Init /\ [][Next]_<<f, n, q>>
====
