---- MODULE LabInst ----
\* Labels reached through instances, named and parameterised (TLC rev
\* cc6b616 accepts every reference below and gives these values):
\*   M!Op!lab             = K + 1 with K = 5               = 6
\*   M!Par(1)!inner(3)    = k * K with k = 3 and K = 5     = 15
\*   N(7)!Op!lab          = 7 + 1                          = 8
\*   N(2)!Nest!l1!l2      = K * 10 with K = 2              = 20
\*   M!Nest!l1            = 2 + 5 * 10                     = 52
\* x starts at M!Op!lab = 6 and steps to N(x)!Op!lab = x + 1: 6, 7, 8, 9,
\* 10, where Inv fails. TLC: "Invariant Inv is violated", 5 states
\* generated, 5 distinct, the trace 6 .. 10.
EXTENDS Naturals
VARIABLE x
M == INSTANCE LabInner WITH K <- 5
N(p) == INSTANCE LabInner WITH K <- p
ASSUME M!Op!lab = 6
ASSUME M!Par(1)!inner(3) = 15
ASSUME N(7)!Op!lab = 8
ASSUME N(2)!Nest!l1!l2 = 20
ASSUME M!Nest!l1 = 52
Init == x = M!Op!lab
Next == x' = N(x)!Op!lab
Inv == x < 10
====
