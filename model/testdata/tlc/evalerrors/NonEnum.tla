---- MODULE NonEnum ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' \in {n \in Nat : n > 3}
====
