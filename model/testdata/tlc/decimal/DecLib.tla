---- MODULE DecLib ----
Z == 3.25
====
