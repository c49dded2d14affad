---- MODULE CovArgOrd ----
EXTENDS Naturals, Sequences
VARIABLE s
Att(q, i, j) == q[i] = q[j] \/ i = j
Init == s = <<1>>
Next == /\ Len(s) < 3
        /\ LET n == Len(s) + 1
               cols == { c \in 1..2 : ~ \E i \in 1 .. Len(s) : Att(Append(s, c), i, n) }
           IN \E c \in cols : s' = Append(s, c)
\* Att(Append(s, c), i, n): the arguments are listed in source order, not where Att's body first uses them.
====
