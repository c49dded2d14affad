---- MODULE LabelLike ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == x = 0 ::
Next == x' = x
====
