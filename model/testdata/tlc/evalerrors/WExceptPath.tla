---- MODULE WExceptPath ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = <<1, 2>>
Next == x' = [x EXCEPT ![1].a = 2]
====
