---- MODULE CommentInside ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == x = (* c *) (1 \* d
Next == x' = x
====
