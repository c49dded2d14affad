---- MODULE P1 ----
EXTENDS Naturals, Sequences
CONSTANT c
foo == 23
Bar(a) == a
r1 == [foo |-> 42, c |-> "s"]
r2 == [foo |-> 1 + 2]
r3 == [Bar |-> "x", Len |-> 3]
r4 == [foo : {1}]
r5 == LET foo2 == 3 IN [foo2 |-> 1]
r6 == \A foo3 \in {1} : [foo3 |-> 1] = [foo3 |-> 2]
r7 == [Nat |-> 1, Seq |-> 2]
r8(p) == [r1 |-> p]
r9 == [r2 |-> [r3 |-> "a"]]
r10 == [r5 |-> Nat]
r11 == [r6 |-> {}]
====
