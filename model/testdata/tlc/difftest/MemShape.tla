---- MODULE MemShape ----
\* A record looked up in a set of tuples: TLC's comparison fails (an
\* error), where a total order would say FALSE and the disjunction hold.
EXTENDS Naturals
VARIABLE x
Init == x = <<1>>
Next == x = <<1>> /\ x' = [a |-> 1]
Inv == x \in {<<1>>, <<2>>} \/ x.a = 1
====
