---- MODULE LaterShadowB ----
Foo == 2
====
