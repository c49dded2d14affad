---- MODULE DecReals ----
\* Over Reals, used in Next.
EXTENDS Reals
VARIABLE x
Init == x = 0
Next == x' = IF x < 2 THEN x + 1 ELSE x + 0.5
Inv == x < 5
====
