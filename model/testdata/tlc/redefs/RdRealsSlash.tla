---- MODULE RdRealsSlash ----
EXTENDS Integers, Reals
a / b == a \div b
VARIABLE x
Init == x = 7 / 2
Next == UNCHANGED x
Inv == x = 3
====
