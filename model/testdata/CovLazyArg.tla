---- MODULE CovLazyArg ----
\* A function constructor passed as an operator's argument and applied
\* through the parameter counts its body at the points applied only
\* (TLC's FcnLambdaValue): Inv2 applies 2 of 3 points, Inv3 one of two.
EXTENDS Naturals
CONSTANT Node
N1 == {"a", "b", "c"}
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Irr(R, S) == \A y \in S : R[y] # 7
Inv1 == x < 3 => Irr([n \in N1 |-> x], Node)
Inv2 == x < 3 => Irr([n \in N1 |-> x], {"a", "b"})
Foo(f, S) == f[1] + S
Inv3 == Foo([c \in {1, 2} |-> x + c], 2) # 70
====
