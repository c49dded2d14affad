---- MODULE QuantOrder ----
\* The order in which TLC binds the variables of a quantifier or set map
\* with several binders: the first binder turns fastest (<<1, 3>>, <<2, 3>>,
\* <<1, 4>>, <<2, 4>>), each set evaluated once, before the loop; x, y \in S
\* is two binders; \E stops at the first combination that holds. We bound
\* the last binder fastest.
EXTENDS Naturals, TLC
ASSUME {PrintT(<<a, b>>) : a \in {1, 2}, b \in {3, 4}} # {}
ASSUME \A a \in {1, 2}, b \in {3, 4} : PrintT(<<"A", a, b>>)
ASSUME \A a \in {1, 2}, <<b, c>> \in {<<3, 4>>, <<5, 6>>}, d, e \in {7, 8} :
         PrintT(<<"T", a, b, c, d, e>>)
ASSUME \E a \in 1..2, b \in {3, 4} : PrintT(<<"E", a, b>>) /\ a + b = 5
VARIABLE x
Init == x = 0
Next == UNCHANGED x
====
