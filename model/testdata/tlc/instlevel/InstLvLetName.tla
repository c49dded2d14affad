---- MODULE InstLvLetName ----
EXTENDS Naturals, InstLvLetM
VARIABLE i
ASSUME Twice(1) = 2 /\ One = 1 /\ Sum({1, 2}) = 3
INSTANCE InstLvBoundM WITH K <- Twice(1) + One + Sum({1})
Init == i = 0
Next == Inc \/ UNCHANGED i
====
