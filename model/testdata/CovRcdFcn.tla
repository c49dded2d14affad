---- MODULE CovRcdFcn ----
\* Sets of records and of functions nested in one another, enumerated by
\* the initial predicate. A field of a record set is a $Pair of its name
\* and its set, listed in the order written (req, alive, dec, though the
\* names sort alive, req, dec), from the name when it counts one number
\* (dec : {"u"}), else by its set's nodes (alive : {TRUE}: {TRUE}, then
\* TRUE). A set of functions or records among the sets of another is
\* enumerated by its own odometer, costing on its node and its sets'
\* ([P -> {FALSE}] 16, {FALSE} 40; p's range 21, its fwd 22 and {"ns"} 55).
VARIABLES p, c
P == {1, 2}
Init == /\ p \in [P -> [vote : {"y", "n"}, alive : {TRUE}, fwd : [P -> {"ns"}]]]
        /\ c \in [req : [P -> {FALSE}], alive : {TRUE}, dec : {"u"}]
Next == UNCHANGED <<p, c>>
====
