---- MODULE InstStd ----
EXTENDS Naturals
VARIABLE x
I == INSTANCE Naturals
S == INSTANCE Sequences
F == INSTANCE FiniteSets
T == INSTANCE TLC
Init == x = 0
Next == x' = x + 1
Inv == x < 1
Alias == [x |-> x, a |-> I!+(x, 1), b |-> I!-(5, x), c |-> I!*(2, 3), d |-> I!<(x, 3), e |-> I!..(1, 3), f |-> 3 \in I!Nat,
          g |-> S!Len(<<1, 2>>), h |-> S!Append(<<1>>, x), i |-> S!\o(<<1>>, <<2>>), j |-> F!Cardinality({1, 2}), k |-> T!ToString(x), l |-> T!:>(1, 2), m |-> I!\div(7, 2), n |-> I!%(7, 2)]
====
