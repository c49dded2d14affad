---- MODULE Ring ----
\* A ring of N states, deep and narrow: the benchmark of the liveness
\* checking with -coverage (BenchmarkRingCoverage*). Leads has a tableau
\* whose node <0, t> is recorded only when N - 1 is expanded, after 0 was:
\* TLC then generates the successors of 0 .. N - 3 again, one within the
\* other (livereexpand.go). TLC's own recursion there overflows its stack
\* at N = 5000; at N = 500 TLC reports Next's 499:999, as we do.
EXTENDS Naturals, TLC
CONSTANT N
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % N
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Inv == IF x = N + 1 THEN PrintT(x) ELSE TRUE
Often == []<>(x = 0)
Leads == (x = N - 1) ~> (x = N - 2)
====
