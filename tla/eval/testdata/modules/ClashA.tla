---- MODULE ClashA ----
EXTENDS Common
X == 1
====
