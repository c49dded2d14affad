---- MODULE VDomain ----
EXTENDS Naturals, Sequences, TLC, Bags
ASSUME PrintT(<<DOMAIN <<1,2>>, DOMAIN (1:>1 @@ 2:>2), DOMAIN [i \in {1,2} |-> 0], DOMAIN [i \in 1..2 |-> 0]>>)
ASSUME PrintT(<<[i \in {1,2} |-> 0], [i \in 1..2 |-> 0], DOMAIN [[i \in {1,2} |-> 0] EXCEPT ![1] = 3], ToString(DOMAIN [i \in {1,2} |-> 0])>>)
ASSUME PrintT(<<BagToSet(SetToBag({1,2}) (+) SetToBag({2})), DOMAIN SetToBag({1,2}), DOMAIN (SetToBag({1,2}) (+) SetToBag({2})), DOMAIN (SetToBag({1,2}) (-) SetToBag({2})), DOMAIN BagUnion({SetToBag({1,2}), SetToBag({2})})>>)
ASSUME PrintT(<<SetToBag({1,2}) (+) SetToBag({2}), DOMAIN (SetToBag({1,2}) (-) SetToBag({1,2})), DOMAIN [f \in [1..2 -> {0}] |-> 0], DOMAIN CHOOSE f \in [1..2 -> {0}] : TRUE, DOMAIN CHOOSE f \in [{1,2} -> {0}] : TRUE>>)
ASSUME PrintT(<<DOMAIN [<<1,2>> EXCEPT ![1] = 3], DOMAIN Append(<<1>>, 2), DOMAIN ([i \in 1..2 |-> 0] @@ (3:>1)), DOMAIN SubSeq(<<1,2,3>>,1,2), DOMAIN [j \in {1} \cup {2} |-> 0]>>)
====
