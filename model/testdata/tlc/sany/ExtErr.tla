---- MODULE ExtErr ----
EXTENDS LA, LB
VARIABLE x
Init == x = 0
Next == x '= x
====
