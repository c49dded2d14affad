---- MODULE SeqIdx ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = <<1, 2>>
Next == x' = <<x[3]>>
====
