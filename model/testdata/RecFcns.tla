---- MODULE RecFcns ----
\* TLC's coverage (-coverage) of recursive function definitions; TLC's own
\* report is model/testdata/tlc/coverage/RecFcns.*.out.
\*  - Fact, a definition of the module that reads x: listed under the name
\*    Fact where the invariant first applies it, its constructor (from
\*    Fact to the end of its body) counted with the name at each of the 5
\*    evaluations, its domain 0..x too (5), its body at each application,
\*    the recursive ones included (15).
\*  - CF, constant: evaluated before the search, its applications count
\*    nothing in it, and the invariant's conjunct is one line.
\*  - Twice: G, a LET's definition, is built once per evaluation of the
\*    LET although applied twice there (5, and 0..x 5); its body counts
\*    each application (24).
EXTENDS Naturals
VARIABLES x
Fact[n \in 0..x] == IF n = 0 THEN 1 ELSE n * Fact[n - 1]
CF[n \in 0..4] == IF n = 0 THEN 1 ELSE n * CF[n - 1]
Twice == LET G[n \in 0..x] == IF n = 0 THEN 0 ELSE 2 + G[n - 1]
         IN G[x] + G[x \div 2]
Init == x = 0
Next == x < 4 /\ x' = x + 1
Inv == /\ Fact[x] >= 1
       /\ CF[x] + CF[x \div 2] >= 1
       /\ Twice >= 0
====
