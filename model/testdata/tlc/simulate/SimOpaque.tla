---- MODULE SimOpaque ----
EXTENDS Naturals, Sequences
VARIABLES x, log
Init == x = 1 /\ log = <<>>
Add(k) == x' = x + k /\ log' = Append(log, [by |-> k, at |-> x, tag |-> "add"])
Next == \E k \in 1..x : Add(k)
====
