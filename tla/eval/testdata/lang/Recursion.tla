---- MODULE Recursion ----
\* RECURSIVE operators: a fold over a set, mutual recursion, a LET
\* RECURSIVE, and an operator parameter passed on in the recursive call.
EXTENDS Naturals, Sequences
RECURSIVE Sum(_), IsEven(_), IsOdd(_)
Sum(S) == IF S = {} THEN 0 ELSE LET m == CHOOSE y \in S : TRUE IN m + Sum(S \ {m})
IsEven(n) == IF n = 0 THEN TRUE ELSE IsOdd(n - 1)
IsOdd(n) == IF n = 0 THEN FALSE ELSE IsEven(n - 1)
RECURSIVE Fold(_, _, _)
Fold(Op(_, _), base, s) == IF s = <<>> THEN base ELSE Op(Head(s), Fold(Op, base, Tail(s)))
Plus(a, b) == a + b
VARIABLE x
Init == x = 0
Next == x' = IF x < 4 THEN x + 1 ELSE x
Inv == /\ Sum(0..x) = (x * (x + 1)) \div 2
       /\ IsEven(x) = (x % 2 = 0)
       /\ Fold(Plus, 0, [i \in 1..x |-> i]) = Sum(1..x)
       /\ LET RECURSIVE Count(_)
              Count(s) == IF s = <<>> THEN 0 ELSE 1 + Count(Tail(s))
          IN \A k \in 0..x : Count([i \in 1..k |-> x]) = k
====
