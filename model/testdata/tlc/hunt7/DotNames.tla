---- MODULE DotNames ----
\* TLC's -dump dot colours an action by its definition's name, in the
\* order the steps written meet them (Alpha is first among the actions but
\* enabled last), labels it with its parameters' values (a string's quotes
\* escaped), and lists the legend in its HashMap's order.
EXTENDS Naturals
VARIABLES x, who
Init == x = 0 /\ who = "none"
Alpha == x = 2 /\ x' = 0 /\ who' = "none"
Zed(p) == x = 0 /\ x' = 1 /\ who' = p
Mid(p, q) == x = 1 /\ x' = 2 /\ who' = <<p, q>>
Next == \/ Alpha
        \/ \E p \in {"ann", "bob"} : Zed(p)
        \/ \E p \in {1, 2}, q \in {"c"} : Mid(p, q)
Spec == Init /\ [][Next]_<<x, who>>
====
