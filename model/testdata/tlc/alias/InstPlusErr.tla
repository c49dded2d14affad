---- MODULE InstPlusErr ----
VARIABLE x
I == INSTANCE Naturals
Init == x = I!+(1, "a")
Next == UNCHANGED x
====
