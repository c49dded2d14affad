---- MODULE InstLvBoundName ----
EXTENDS Naturals, InstLvPick
VARIABLE i
ASSUME Pick(1) = 1
INSTANCE InstLvBoundM WITH K <- Pick(2)
Init == i = 0
Next == Inc \/ UNCHANGED i
====
