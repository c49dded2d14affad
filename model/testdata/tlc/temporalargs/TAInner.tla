---- MODULE TAInner ----
EXTENDS Naturals
VARIABLE y
Step(n) == y = n
Hold(S(_), n) == []<>S(n)
Ev(a) == <>a
Inv == [](y < 2)
====
