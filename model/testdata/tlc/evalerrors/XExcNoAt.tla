---- MODULE XExcNoAt ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = <<1, 2>>
Next == x' = [x EXCEPT ![3] = 7]
====
