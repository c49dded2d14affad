wspcycle tlc: -coverage prints TLC's report (the number of values of each variable, the initial predicate, each action, the invariants and constraints with the evaluation counts of their expressions) every N minutes and at the end of the run; a variable's count is TLC's when no two of its values share a register of TLC's estimator (TLC's varies from run to run); costs are counted where TLC enumerates a set built by a set constructor, a set of functions, a product or a set of records, also in later states for a set an assignment stored or a subset x \in SUBSET S took, and for filters of SUBSET, products and record sets, not for sets inside other values nor lazy sets reached through a name; a recursive function used as a value is counted on its whole domain
TLC2 Version (devel)
Running breadth-first search Model-Checking with fp 0 and seed 6053471926943240217 with 1 worker on 2 cores with 18078MB heap and 64MB offheap memory [pid: 24316] (linux amd64, go1.26.8, in-memory fingerprint set, in-memory level queue).
Parsing file /tmp/coverage2/p9/CovChoose.tla
Parsing file Naturals.tla (built into wspcycle)
Semantic processing of module Naturals
Semantic processing of module CovChoose
Linting of module CovChoose
Starting... (2026-12-07 01:52:27)
Computing initial states...
Finished computing initial states: 2 distinct states generated at 2026-12-07 01:52:27.
Model checking completed. No error has been found.
  Estimates of the probability that TLC did not check all reachable states
  because two distinct states had the same fingerprint:
  calculated (optimistic):  val = 2.2E-19
The coverage statistics at 2026-12-07 01:52:27 (see https://explain.tlapl.us/module-coverage-statistics for how to interpret the following statistics).
<x line 6, col 11 to line 6, col 11 of module CovChoose>: 0
<Init line 7, col 1 to line 7, col 4 of module CovChoose>: 2:2
  line 7, col 9 to line 7, col 20 of module CovChoose: 2
  |line 7, col 15 to line 7, col 20 of module CovChoose: 1:3
<Next line 8, col 1 to line 8, col 4 of module CovChoose>: 0:2
  line 8, col 12 to line 8, col 47 of module CovChoose: 2
  |line 8, col 13 to line 8, col 42 of module CovChoose: 2
  ||line 8, col 38 to line 8, col 42 of module CovChoose: 2
  ||line 8, col 26 to line 8, col 34 of module CovChoose: 2:4
  |||line 8, col 27 to line 8, col 27 of module CovChoose: 2
  line 9, col 12 to line 9, col 47 of module CovChoose: 4
  |line 9, col 13 to line 9, col 42 of module CovChoose: 2
  ||line 9, col 38 to line 9, col 42 of module CovChoose: 6
  ||line 9, col 26 to line 9, col 34 of module CovChoose: 2:8
  |||line 9, col 27 to line 9, col 27 of module CovChoose: 2
  line 10, col 12 to line 10, col 17 of module CovChoose: 2
<Inv line 11, col 1 to line 11, col 3 of module CovChoose>
  line 11, col 8 to line 11, col 33 of module CovChoose: 2
  |line 11, col 29 to line 11, col 33 of module CovChoose: 4
  |line 11, col 17 to line 11, col 25 of module CovChoose: 2:6
  ||line 11, col 18 to line 11, col 18 of module CovChoose: 2
End of statistics.
4 states generated, 2 distinct states found, 0 states left on queue.
The depth of the complete state graph search is 1.
The average outdegree of the complete state graph is 0 (minimum is 0, the maximum 0 and the 95th percentile is 0).
Finished in 00s at (2026-12-07 01:52:27)
