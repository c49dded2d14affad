---- MODULE TTAlias ----
EXTENDS Naturals, Sequences, FiniteSets
VARIABLES s, r, f
Init == s = {} /\ r = [a |-> 1, bb |-> <<"x", "y">>] /\ f = [i \in 1..3 |-> {}]
Next == /\ s' = s \cup {[id |-> Cardinality(s) + 1, name |-> "a long name to make it wide", tags |-> {"t1", "t2"}]}
        /\ r' = [r EXCEPT !.a = @ + 1]
        /\ f' = [f EXCEPT ![1] = f[1] \cup {Cardinality(s)}]
Inv == Cardinality(s) < 4
Al == [sz |-> Cardinality(s), r |-> r]
====
