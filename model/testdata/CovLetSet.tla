---- MODULE CovLetSet ----
\* A LET definition whose body is a set constructor is listed under each
\* use; a binder enumerating the use ({e + 1 : e \in s}) costs the body's
\* node its size plus one, as a definition's body does. The sets x takes
\* from Init's {{1, 2}, {3}} keep their own nodes, and cost there when
\* s's filter enumerates x (6 and 4).
EXTENDS Naturals
VARIABLES x
Init == x \in {{1, 2}, {3}}
Next == LET s == {e \in x : e > 1}
        IN  /\ {e + 1 : e \in s} # {7}
            /\ {e : e \in s} # {8}
            /\ x' = x
====
