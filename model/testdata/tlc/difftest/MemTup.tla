---- MODULE MemTup ----
\* A record is not a tuple: TLC's x \in Nat \X Nat is an error on it, not
\* FALSE; a function with integer keys other than 1..n is only not in it.
EXTENDS Naturals
VARIABLE x
Init == x = <<0, 0>>
Next == \/ x = <<0, 0>> /\ x' = [i \in {2, 3} |-> 0]
        \/ x = [i \in {2, 3} |-> 0] /\ x' = [a |-> 1, b |-> 2]
Inv == x \in Nat \X Nat \/ x # <<0, 0>>
====
