---- MODULE M ----
CONSTANT Step(_)
VARIABLE y
Next == Step(1)
====
