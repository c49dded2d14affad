---- MODULE LazySubset ----
\* Huge and infinite sets in an invariant, none of them enumerated:
\* SUBSET (1..23) has 2^23 elements. TLC: x runs 0, 1, 2; 3 distinct,
\* 3 generated, the invariant holds.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Inv == /\ SUBSET (1..23) \subseteq SUBSET (1..42)
       /\ [i \in 1..2 |-> i] \in [1..2 -> Nat]
       /\ x \in Nat
       /\ [a |-> x] \in [a : Nat]
====
