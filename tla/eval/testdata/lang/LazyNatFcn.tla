---- MODULE LazyNatFcn ----
\* A function over Nat is applied at one point, never built, and a
\* set filter over Int answers membership without enumerating Int.
\* TLC: x runs 0..3 (x' = x + 1 through the function); 4 distinct,
\* 4 generated, the invariant holds.
EXTENDS Integers
VARIABLE x
Init == x = 0
Succ == [i \in Nat |-> i + 1]
Next == x < 3 /\ x' = [i \in Nat |-> i + 1][x] /\ x' = Succ[x]
Inv == x \in Nat /\ (x > 2 => x \in {i \in Int : i > 2}) /\ x \in {i \in Nat : i < 10}
====
