---- MODULE Bags ----
\* A Bags.tla on the library path, which SANY reads instead of its own
\* (as the tlapm library's): no CopiesIn here, and an Extra.
EmptyBag == <<>>
Extra == 1
====
