---- MODULE ClashB ----
EXTENDS Common
X == 2
====
