---- MODULE InstStdOps ----
VARIABLE x
I == INSTANCE Integers
S == INSTANCE Sequences
Ap(F(_, _), a, b) == F(a, b)
Init == x = 0
Next == x' = I!+(x, 1)
Inv == I!<(x, 1)
Alias == [x |-> x, neg |-> I!-.(x), sub |-> I!-(5, x), ap |-> Ap(I!+, x, 10), cat |-> Ap(S!\o, <<x>>, <<2>>), int |-> I!..(x, 2), pow |-> I!^(2, x), ge |-> I!>=(x, 0), ints |-> I!-.(1) \in I!Int]
====
