---- MODULE Ctx ----
EXTENDS Naturals
VARIABLES x, y
InitP(n) == x = n
Init == InitP(0) /\ y = "a"
Bar(a, q) == x' = (x + a + q) % 4 /\ UNCHANGED y
Foo(a) == \E q \in {1, 2} : Bar(a, q)
Sw(s) == y' = s /\ UNCHANGED x
Opq == \E k \in {x, 3} : x' = k /\ UNCHANGED y
Next == \/ \E p \in {0, 1} : Foo(p)
        \/ \E s \in {"a", "b"}, t \in {<<1, 2>>} : Sw(s)
        \/ Opq
        \/ (x = 3 /\ x' = 0 /\ UNCHANGED y)
====
