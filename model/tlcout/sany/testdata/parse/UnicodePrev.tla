---- MODULE UnicodePrev ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x ∈ {1} ∪
Next == x' = x
====
