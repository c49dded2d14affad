---- MODULE StringPrev ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = "a\"b" "c"
Next == x' = x
====
