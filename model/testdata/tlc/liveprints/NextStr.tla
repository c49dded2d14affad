---- MODULE NextStr ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == "a"
====
