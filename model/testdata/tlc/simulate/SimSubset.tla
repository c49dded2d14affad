---- MODULE SimSubset ----
\* Randomization's RandomSubset drawn as TLC draws it (from new Random(seed)
\* of its main thread in Init, of its worker in the behaviours): an index
\* nextInt(n) and a prime increment, then k steps of a linear congruential
\* generator over the elements in TLC's order, the set left in the order
\* drawn; k > n gives every element, k = 0 none.
EXTENDS Naturals, TLC, Randomization
VARIABLE s, t
Init == s = RandomSubset(3, 1..20) /\ t = {{}}
Next == \/ s' = RandomSubset(2, {"a", "b", "c", "d", "e"}) /\ t' = RandomSubset(4, SUBSET (1..3))
        \/ s' = RandomSubset(5, 1..4) /\ t' = RandomSubset(0, {{1}})
====
