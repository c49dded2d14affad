---- MODULE CovQuant ----
\* Quantifiers over sets built by set constructors. With several binders,
\* each set is evaluated once (we evaluated a later binder's set once per
\* value of the earlier ones) and costs what TLC's enumerators fetch: the
\* first binder turns fastest, a set that ends is enumerated anew, and the
\* first set's enumerator looks one value ahead when the body stops the
\* loop. A set named by a definition (S) costs on the definition's body,
\* listed under the name; a one-binder \E that stops costs the values
\* fetched, one ahead.
EXTENDS Naturals
CONSTANT B
VARIABLE x
S == {x, 2, 5}
Init == x = 0
Next == x < 2 /\ x' = x + 1
Inv == /\ \A a \in B, b \in B, c \in {1, x} : a + b + c + x > 0
       /\ \A a \in S, b \in B, c \in S : a + b + c >= x
       /\ \A a \in {1}, b \in {x, 3}, c \in {x, 4} : a + b + c >= x
       /\ \A a \in S : a >= x
       /\ \E a \in S : a = x
       /\ \E a \in {x, 2, 5} : a = x
       /\ \E a \in {x, 3}, b \in {4, x} : a = b
       /\ \E a \in {1, 2, 3}, b \in {x, 3}, c \in {0, 1, 2, 3} : a + b = c + x
       /\ {a + b : a \in {1, 2}, b \in {x, 3}} # {}
====
