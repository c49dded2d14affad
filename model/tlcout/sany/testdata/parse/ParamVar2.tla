---- MODULE ParamVar2 ----
EXTENDS Naturals
CONSTANT N, Max
VARIABLE x
G == \A N \in {1} : N = 1
H == LET x == 1 IN x
Init == x = 0
Next == x' = 1 - x
====
