---- MODULE SX ----
EXTENDS Naturals, Post
VARIABLE x
Init == x = 0
Next == x' = IF x < 2 THEN x + 1 ELSE x
====
