---- MODULE PM ----
EXTENDS TLC
PC == PrintT("pm") /\ FALSE
====
