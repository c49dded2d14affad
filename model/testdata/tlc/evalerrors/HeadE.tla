---- MODULE HeadE ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = <<>>
Next == x' = <<Head(x)>>
====
