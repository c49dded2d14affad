---- MODULE CovTupleArg ----
\* f[a, b] is $FcnApply(f, $Tuple(a, b)) in SANY: the arguments are listed
\* under a node of their own, with the application's range (Examples'
\* Echo: R[m, n]); they were listed under the application.
EXTENDS Naturals
VARIABLE x, y
Init == x = 0 /\ y = [p \in {<<0, 0>>, <<0, 1>>, <<0, 2>>, <<1, 0>>, <<1, 1>>, <<1, 2>>} |-> p[2]]
Next == x' = (x + 1) % 3 /\ UNCHANGED y
Inv1 == \A a \in {0, 1}: y[a, x] = x
Inv2 == \A a \in {0, 1}: y[a, IF a = 0 THEN x ELSE 1] # 7
====
