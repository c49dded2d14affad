---- MODULE RdInstArity ----
EXTENDS Naturals
VARIABLE v
Sum(a) == a
INSTANCE RdM
Init == v = 0
Next == v' = (v + 1) % 3
Ok == Sum(2, 3) \in 0..100
Bad == Sum(v, 3) # 4
====
