---- MODULE AssumeParen ----
\* A false ASSUME in parentheses is named by what they enclose: TLC says
\* "Assumption line 7, col 9 to line 7, col 13 of module AssumeParen is
\* false." (exit 10).
EXTENDS Naturals
CONSTANT N
ASSUME (N > 5)
VARIABLE x
Init == x = 0
Next == x' = x
====
