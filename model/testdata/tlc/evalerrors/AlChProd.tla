---- MODULE AlChProd ----
EXTENDS Integers, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x < 1 /\ x' = x + 1
Inv == x < 1
Alias == [x |-> x, y |-> CHOOSE r \in Int \X {1} : TRUE]
====
