---- MODULE InstLetNat ----
EXTENDS Integers
I == INSTANCE Naturals
VARIABLE x
Op(a) == LET J == INSTANCE Naturals IN a \in J!Nat
Op2 == LET K == INSTANCE Integers IN K!Int
Init == x = <<Op(5), Op2, 5 \in I!Nat, LET L == INSTANCE Naturals IN L!Nat \subseteq Int,
              LET M == INSTANCE Naturals IN {y \in 0..3 : y \in M!Nat},
              LET N == INSTANCE Integers IN <<N!Nat, N!+(1, 2), -1 \in Int>>>>
Next == UNCHANGED x
Inv == x = <<TRUE, {1}, FALSE, FALSE, {0}, <<>>>>
====
