---- MODULE InnerBox ----
CONSTANT Max
VARIABLE x
---- MODULE Inner ----
VARIABLE y
A == y' = 1
S == y = 1
====
Init == x = 0
Next == x' = x
I == INSTANCE Inner WITH y <- x
B == []I!A
C == []I!S /\ <>I!A
====
