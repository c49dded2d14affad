---- MODULE SimRandom ----
\* RandomElement in Init and Next, drawn as TLC draws it: from a
\* java.util.Random seeded with -seed, one per thread (Init on TLC's main
\* thread, the behaviours on its worker's), one draw per element of a
\* function's domain, per field of a record, per factor of a product,
\* one for any other set (SUBSET S, 0..3), in TLC's order of its elements.
EXTENDS Naturals, TLC
CONSTANT Procs
VARIABLE r, f, s
Fns == [Procs -> 0..3]
Recs == [val : 1..3, tag : {"x", "y", "z"}]
Init == r = RandomElement(Recs) /\ f = RandomElement(Fns) /\ s = <<{}, "a">>
Pick(p) == f' = [f EXCEPT ![p] = RandomElement(0..3)] /\ UNCHANGED <<r, s>>
Next == \/ \E p \in Procs : Pick(p)
        \/ /\ r' = RandomElement([val : 1..3, tag : {"x", "y"}])
           /\ s' = RandomElement((SUBSET (1..4)) \X {"a", "b"})
           /\ UNCHANGED f
        \/ f' = RandomElement(Fns) /\ UNCHANGED <<r, s>>
====
