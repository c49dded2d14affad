---- MODULE BagOps ----
\* Bags' (+), (-), \sqsubseteq and BagOfAll, in actions and invariants;
\* :> is visible through Bags, which EXTENDS TLC.
EXTENDS Naturals, Bags
VARIABLE b, c
Init == b = SetToBag({1, 2}) /\ c = EmptyBag
Next == \/ BagCardinality(b) < 5 /\ \E e \in {1, 2, 3} : b' = b (+) SetToBag({e}) /\ c' = c
        \/ c \sqsubseteq b /\ BagCardinality(c) < 3 /\ \E e \in BagToSet(b) : c' = c (+) SetToBag({e}) /\ UNCHANGED b
        \/ c # EmptyBag /\ b' = b (-) c /\ c' = EmptyBag
Half(n) == n \div 2
Inv == /\ BagCardinality(BagOfAll(Half, b)) = BagCardinality(b)
       /\ BagOfAll(LAMBDA e : e \div 4, b) = IF b = EmptyBag THEN EmptyBag ELSE 0 :> BagCardinality(b)
       /\ (b (-) b) = EmptyBag
       /\ (SetToBag({1}) (+) SetToBag({1}) (-) SetToBag({1})) = SetToBag({1})
       /\ SetToBag({1}) \sqsubseteq SetToBag({1, 2}) /\ ~(SetToBag({1, 2}) \sqsubseteq SetToBag({1}))
Inv2 == ~(CopiesIn(3, b) = 2 /\ CopiesIn(1, c) = 2)
====
