---- MODULE DecParseAfter ----
EXTENDS Naturals
A == 1.5 )
====
