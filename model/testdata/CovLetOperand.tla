---- MODULE CovLetOperand ----
\* A LET that is an operand (A => LET ... IN ...) lists its definitions'
\* nodes before its body's, as where the LET is the whole body (Examples'
\* Chameneos' SumMet and Echo's AncestorProperties listed them after).
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Big == {x, 1}
Inv1 == x = 1 => LET f[c \in {1,2}] == {x, c}
                 IN f[1] # {}
Inv2 == x = 1 => LET a == Big
                 IN a # {}
Inv3 == x # 7 /\ LET a == Big
                     b == {x}
                 IN IF x = 1 THEN a # {} ELSE b # {}
====
