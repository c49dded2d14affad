---- MODULE SimInstNamed ----
\* Named instances: I with implicit substitutions (x <- x, Max <- Max),
\* J with a parameter. Each application is one TLC action.
EXTENDS Naturals
CONSTANT Max
VARIABLE x
I == INSTANCE SimInstM
J(m) == INSTANCE SimInstM WITH Max <- m
Init == I!Init
Next == I!Down \/ J(3)!Up \/ (x > 4 /\ x' = 0)
Inv == x < 4
====
