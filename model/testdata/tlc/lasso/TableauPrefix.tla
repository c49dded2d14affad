---- MODULE TableauPrefix ----
\* A property checked on the product with a tableau: TLC's prefix is the
\* shortest in states, from x = 1, the tableau moving on where x stays.
EXTENDS Naturals
VARIABLE x, y
Init == x \in 0..1 /\ y = 0
Next == \/ x < 4 /\ x' = x + 1 /\ y' = y
        \/ x = 4 /\ y < 2 /\ y' = y + 1 /\ x' = x
Spec == Init /\ [][Next]_<<x, y>> /\ WF_<<x, y>>(Next)
Prop == []((x # 4) => <>[](x # 4))
====
