---- MODULE J ----
EXTENDS Naturals, Sequences
CONSTANT m
VARIABLES s, q, r, str, f, mv, t
Init == s = {1, 2} /\ q = <<1, "a">> /\ r = [a |-> 1, b |-> TRUE] /\ str = "hi" /\ f = [i \in {1, 3} |-> i] /\ mv = m /\ t = <<>>
Next == s' = {} /\ UNCHANGED <<q, r, str, f, mv, t>>
Inv == s # {}
====
