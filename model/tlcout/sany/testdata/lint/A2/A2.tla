---- MODULE A2 ----
EXTENDS Sequences, FiniteSets
rec == [Len |-> 1, Cardinality |-> 2]
Op(x) == [rec |-> x]
Op2 == [Op |-> 1, Append |-> <<>>]
Op3 == [Op2 |-> Len(<<>>)]
Op4 == [Op3 |-> Cardinality({})]
Op5 == [Op4 |-> 2]
Op6 == [Op5 |-> Head(<<1>>)]
Op7 == [Op6 |-> {1} \cup {2}]
====
