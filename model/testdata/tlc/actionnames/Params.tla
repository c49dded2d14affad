---- MODULE Params ----
\* TLC names a step by the action of its split of Next it came from: the
\* definition the action was found in and the values of that definition's
\* own formal parameters (Add(2,1): not i; Two(1,0): not k; A: not i). An
\* application whose arguments read the state (Inc(x + 1)) is not gone
\* into: it is one action, named Inc and located at the application.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Inc(n) == \/ x < 2 /\ x' = n
          \/ x = 100 /\ x' = 0
Add(i, j) == x = 2 /\ x' = x + i + j
Ap(F(_), n) == x = 5 /\ x' = F(n)
Two(a, b) == \E k \in {a} : x = 6 /\ x' = x + k - b
A == \E i \in {1} : x = 7 /\ x' = x + i
Next == \/ Inc(x + 1)
        \/ \E i \in {1} : Add(i * 2, i)
        \/ Ap(LAMBDA m : m, 6)
        \/ \E i \in {1}, j \in {0} : Two(i, j)
        \/ A
Inv == x # 8
====
