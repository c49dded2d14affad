---- MODULE MemRcd ----
\* A tuple is not a record: TLC's x \in [a : Nat] is an error on it, not
\* FALSE.
EXTENDS Naturals
VARIABLE x
Init == x = [a |-> 0]
Next == x = [a |-> 0] /\ x' = <<1>>
Inv == ~(x \in [a : Nat]) => x = <<1>>
====
