---- MODULE AssumeRange ----
\* A false ASSUME over two lines is named by its whole range: TLC says
\* "Assumption line 8, col 8 to line 9, col 15 of module AssumeRange is
\* false." (exit 10); the true one before it is not named.
EXTENDS Naturals
CONSTANT N
ASSUME N > 0
ASSUME /\ N < 10
       /\ N > 5
VARIABLE x
Init == x = 0
Next == x' = x
====
