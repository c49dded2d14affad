---- MODULE MapFreeRead ----
\* WF_x(x < 5) where x <- y + 1: TLC computes ENABLED <<x < 5>>_x over
\* MapBase's x, which the action leaves unassigned; x' # x then reads it:
\* an error (TLC: an exception, at the subscript), after the one state.
EXTENDS Naturals
VARIABLE y
Init == y = 0
Stay == Init /\ [][FALSE]_y
B == INSTANCE MapBase WITH x <- y + 1, z <- y
Prop == B!Idle
====
