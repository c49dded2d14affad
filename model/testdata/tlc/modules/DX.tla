---- MODULE DX ----
LOCAL INSTANCE DY
dx == dy
====
