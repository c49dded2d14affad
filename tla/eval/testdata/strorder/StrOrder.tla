---- MODULE StrOrder ----
\* TLC's order of strings, record fields and model values: the order in
\* which TLC interned each name (strorder_test.go gives TLC's output).
EXTENDS Naturals, Sequences, TLC, Json, StrOrderUsed
CONSTANT Procs, Who
VARIABLE x
Init == x = [zb |-> 1, za |-> 2]
Next == UNCHANGED x
ASSUME PrintT({"zeta", "alpha"})
ASSUME PrintT([zb |-> 1, za |-> 2])
ASSUME PrintT([za |-> 2, zb |-> 1])
ASSUME PrintT(CHOOSE s \in {"alpha", "zeta"} : TRUE)
ASSUME PrintT(Procs)
ASSUME PrintT(<<Who, {"beta", Who}>>)
ASSUME PrintT({"mine", "b", "a", "Nat", "Init", "Len"})
ASSUME PrintT({"lit", "usedlit", "used", "Procs"})
ASSUME PrintT(ToJson({"zz", "aa", "mm"}))
ASSUME PrintT([mine : {1}, Init : {2}])
ASSUME PrintT(\E s \in {"zeta", "alpha"} : PrintT(s))
ASSUME PrintT({"q" \o "2", "q" \o "1"})
Inv == x = [za |-> 2, zb |-> 1]
====
