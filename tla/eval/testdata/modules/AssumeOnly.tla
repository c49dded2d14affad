---- MODULE AssumeOnly ----
\* No INIT, NEXT or SPECIFICATION: TLC checks the assumptions only and
\* reports success with 0 states.
EXTENDS Naturals
CONSTANT N
ASSUME N > 2
ASSUME Ok == N * N = 9
====
