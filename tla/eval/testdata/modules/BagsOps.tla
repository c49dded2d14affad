---- MODULE BagsOps ----
\* The standard module Bags, built in: each ASSUME states a value TLC
\* computes from the module's definitions (TLC checks them all true, and
\* with no behaviour reports success with 0 states).
EXTENDS Bags, Naturals, FiniteSets, TLC
B == SetToBag({"a", "b"})
C == [x \in {"a"} |-> 2]
ASSUME B = ("a" :> 1 @@ "b" :> 1)
ASSUME BagToSet(C) = {"a"}
ASSUME IsABag(C) /\ IsABag(EmptyBag) /\ ~IsABag([x \in {1} |-> 0])
ASSUME BagIn("a", C) /\ ~BagIn("c", C)
ASSUME CopiesIn("a", C) = 2 /\ CopiesIn("z", C) = 0
ASSUME BagCardinality(C) = 2 /\ BagCardinality(EmptyBag) = 0
ASSUME BagUnion({B, C}) = ("a" :> 3 @@ "b" :> 1)
ASSUME SubBag(C) = {EmptyBag, [x \in {"a"} |-> 1], C}
ASSUME Cardinality(SubBag(BagUnion({B, C}))) = 8
====
