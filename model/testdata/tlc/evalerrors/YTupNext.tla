---- MODULE YTupNext ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = <<1, 2>>
Next == x' = [x EXCEPT ![1] = x[3]]
====
