---- MODULE Label ----
\* Labels in temporal properties: a label is transparent for evaluation,
\* but TLC does not split a PROPERTY through it.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 4
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Bad == lab:: [](x < 3)
Good == [](l1:: x < 4) /\ l2:: (<>(x = 2)) /\ l3:: []<>(l4:: x = 0)
Leads == lab:: ((x = 1) ~> (l5:: x = 3))
====
