---- MODULE ChooseTupleBad ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == x = CHOOSE <<a, 1>> : TRUE
Next == x' = x
====
