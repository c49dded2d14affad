---- MODULE Doubling ----
\* Instantiated by Facts.tla inside a LET.
EXTENDS Naturals
CONSTANT y
Double == 2 * y
====
