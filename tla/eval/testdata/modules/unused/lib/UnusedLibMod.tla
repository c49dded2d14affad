---- MODULE UnusedLibMod ----
Start == 0
Bad == NoSuchOp(Start)
====
