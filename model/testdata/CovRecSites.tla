---- MODULE CovRecSites ----
\* A RECURSIVE operator applied from several places: TLC walks its body
\* under each application (CostModelCreator), so each place lists the
\* body with the evaluations made from there, the recursive applications
\* counting in the subtree of the enclosing one (glowingRaccoon product's
\* sumList: one subtree with every place's counts, under the first).
EXTENDS Naturals, Sequences
VARIABLES x
RECURSIVE Sum(_)
Sum(s) == IF s = <<>> THEN 0 ELSE Head(s) + Sum(Tail(s))
Init == x = 0
Next == \/ x < 3 /\ x' = x + Sum(<<1>>)
        \/ x < 2 /\ x' = x + Sum(<<1, 1>>)
Inv == Sum(<<x, x, x>>) < 100
====
