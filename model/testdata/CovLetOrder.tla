---- MODULE CovLetOrder ----
\* TLC's coverage (-coverage) of a LET's definitions where the LET is, and
\* of a PROPERTY checked as an invariant; TLC's own report is
\* model/testdata/tlc/coverage/CovLetOrder.*.out.
\*  - Inv: TLC walks a LET's definitions in the order of the Hashtable of
\*    its Context: b ("b" hashes to bucket 10 of 11), a (9), then c (0).
\*    c's body is a LET: at the root of the invariant, the root answers
\*    for that LET with its body's node, s[x], so s's constructor counts
\*    under the name s of s[x], not where the inner LET is.
\*  - Inv2: the same order for two definitions (b, a), at the root.
\*  - Safe, Safe2: a PROPERTY []P with P a state predicate is an
\*    invariant for TLC, reported as "<Action" with P's range, with P's
\*    tree (4 states). They were listed by name, with no tree. The search
\*    ends in a deadlock (x = 3).
EXTENDS Naturals
VARIABLES x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Inv == LET a == x + 1
           b == x + 2
           c == LET s[n \in 0..x] == IF n = 0 THEN 0 ELSE s[n-1] + 1 IN s[x]
       IN a + b + c >= 0
Inv2 == LET a == x + 1
            b == x + 2
        IN a < b
Small == x < 10
Safe == [](x >= 0 /\ x < 5)
Safe2 == []Small
====
