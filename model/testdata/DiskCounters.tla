---- MODULE DiskCounters ----
\* Three counters, each stepping from 0 to N: (N+1)^3 distinct states,
\* 1 + 3*N*(N+1)^2 generated (every state has one successor per counter
\* below N), depth 3*N + 1. The checkpoint and recovery tests derive their
\* expected counts from these formulas. The values are records, tuples,
\* strings and sets so that the disk encoding of every kind is exercised;
\* log is a function of c, so it adds no states.
EXTENDS Naturals
CONSTANT N
VARIABLES c, log
Log(cc) == <<"sum", {cc.x % 3, cc.y % 2}>>
Init == c = [x |-> 0, y |-> 0, z |-> 0] /\ log = Log(c)
Inc(k) == /\ c[k] < N
          /\ c' = [c EXCEPT ![k] = @ + 1]
          /\ log' = Log(c')
Next == Inc("x") \/ Inc("y") \/ Inc("z")
TypeOK == c.x + c.y + c.z <= 3 * N
\* With a temporal property (bench/DiskCountersLive.cfg: the liveness check
\* of disk mode on a graph of (N+1)^3 states): Full holds, Next being
\* weakly fair.
Spec == Init /\ [][Next]_<<c, log>> /\ WF_<<c, log>>(Next)
Full == <>(c.x = N /\ c.y = N /\ c.z = N)
\* Violated first at depth 2*N + 1 (DiskCountersFail.cfg).
NotCorner == ~(c.x = N /\ c.y = N)
====
