---- MODULE MapShared ----
\* Both abstract variables mapped to the one variable y, which never
\* changes. Over y, Both (y' = 1 /\ y' = 2) is never enabled; TLC computes
\* ENABLED over MapBase's x and z, free in the next state, where Both is
\* always enabled: WF_<<x, z>>(Both) is violated by the stuttering at y = 0.
VARIABLE y
Init == y = 0
Stay == Init /\ [][FALSE]_y
B == INSTANCE MapBase WITH x <- y, z <- y
Prop == B!BothFair
====
