---- MODULE OrderConst ----
EXTENDS TLC, Bags, Naturals
F == ("b" :> 1) @@ ("a" :> 2)
G == <<("d" :> 1) @@ ("c" :> 2)>>
G2 == {("d" :> 1) @@ ("c" :> 2)}
G3 == [k |-> ("d" :> 1) @@ ("c" :> 2)]
CONSTANT N
H == ("b" :> N) @@ ("a" :> 2)
K(u) == ("b" :> u) @@ ("a" :> 2)
L == K(1)
ASSUME PrintT(ToString(F))
ASSUME PrintT(ToString(G))
ASSUME PrintT(ToString(G2))
ASSUME PrintT(ToString(G3))
ASSUME PrintT(ToString(H))
ASSUME PrintT(ToString(L))
ASSUME PrintT(ToString(LET M == ("b" :> 1) @@ ("a" :> 2) IN M))
====
