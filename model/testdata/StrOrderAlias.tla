---- MODULE StrOrderAlias ----
EXTENDS Naturals
\* An ALIAS whose record TLC normalises: its fields print in TLC's order of
\* strings (zz, lexed first in Z), not as written (strorder_test.go).
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x < 2
Z == [zz |-> 0, aa |-> 0]
Al == CHOOSE r \in {[aa |-> x, zz |-> "s"], [aa |-> x + 1, zz |-> "s"]} : r.aa = x
====
