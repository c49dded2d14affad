---- MODULE InnerErr ----
EXTENDS Naturals
VARIABLE x
---- MODULE Inner ----
VARIABLE y
Foo == y + z
====
I == INSTANCE Inner WITH y <- x
Init == x = 0
Next == x' = x + 1
====
