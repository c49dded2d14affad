---- MODULE VDomPerm ----
EXTENDS Naturals, Sequences, TLC
f[i \in {1,2}] == IF i = 1 THEN 0 ELSE f[i-1]
g[i \in 1..2] == 0
ASSUME PrintT(<<DOMAIN CHOOSE p \in Permutations({1,2}) : TRUE, DOMAIN f, DOMAIN g, DOMAIN [<<1,2>> EXCEPT ![1] = 3], DOMAIN [r \in {[a |-> 1]} |-> 0]>>)
====
