---- MODULE Bags ----
\* A stand-in written for these tests: a Bags module on the search path,
\* which SANY reads instead of its own (as the tlapm library's): it has no
\* CopiesIn and extends a module that extends Sequences and FiniteSets.
EXTENDS TLC, BagsHelper
LOCAL INSTANCE Naturals
IsABag(B) == B \in [DOMAIN B -> {n \in Nat : n > 0}]
BagToSet(B) == DOMAIN B
SetToBag(S) == [e \in S |-> 1]
BagIn(e, B) == e \in BagToSet(B)
EmptyBag == SetToBag({})
B1 (+) B2 == [e \in (DOMAIN B1) \cup (DOMAIN B2) |->
                (IF e \in DOMAIN B1 THEN B1[e] ELSE 0) + (IF e \in DOMAIN B2 THEN B2[e] ELSE 0)]
BagCardinality(B) == 0
====
